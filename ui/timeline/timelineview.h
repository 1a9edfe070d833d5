// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/chartexport/exportdialog.h"

#include <QChartView>
#include <QDate>

class QRubberBand;

namespace parallax::ui {

class TimelineChart;

/**
 * The timeline's view: the wheel zooms around the pointer, dragging pans, Ctrl+drag (or a
 * right-button drag) zooms to a rubber band, Shift+drag chooses a date range, arrow keys pan,
 * +/- zoom, Home shows everything. A click on a mark reports its model row; hovering shows
 * what the mark is.
 */
class TimelineView final : public QChartView, public ExportableChart
{
    Q_OBJECT
public:
    TimelineView(TimelineChart *chart, QWidget *parent = nullptr);
    TimelineChart *timeline() const { return m_chart; }

    /** Zooms by a factor (< 1 zooms in) around a date. */
    void zoom(qreal factor, QDate around);
    /** Moves the view by a fraction of its width (negative: back in time). */
    void pan(qreal fraction);
    /**
     * Sets the days in view (clamped to a week at least); announce false: without rangeChanged
     * (the series for them is already there).
     */
    void showRange(QDate from, QDate to, bool announce = true);

    QChart *chartToExport() const override;
    const QAbstractItemModel *chartData() const override;
    QString chartFileName() const override;

Q_SIGNALS:
    /** The days in view changed (zoom or pan). */
    void rangeChanged(QDate from, QDate to);
    void markClicked(int row);
    /** The user chose a range of days with Shift+drag. */
    void rangeChosen(QDate from, QDate to);
    /** Home was pressed: show everything. */
    void resetRequested();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Drag { None, Pan, Zoom, Choose };
    QDate dateAtView(int x) const;

    TimelineChart *m_chart;
    QRubberBand *m_band = nullptr;
    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    QDate m_pressFrom;
    QDate m_pressTo;
    bool m_moved = false;
};

} // namespace parallax::ui
