// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartexport.h"

#include <QAction>
#include <QDialog>
#include <QPointer>

class QAbstractItemModel;
class QChart;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace parallax::ui {

/** A widget that shows a chart the user can export (File → Export Chart…). */
class ExportableChart
{
public:
    virtual ~ExportableChart() = default;
    virtual QChart *chartToExport() const = 0;
    /** Exactly what the chart plots, one row per mark, for CSV. */
    virtual const QAbstractItemModel *chartData() const = 0;
    /** A file name without suffix, e.g. "timeline". */
    virtual QString chartFileName() const = 0;
};

/** Asks where to and how big, then exports a chart. */
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const ExportableChart &chart, QWidget *parent = nullptr);
    QString path() const;
    ExportOptions options() const;
    /** Exports with the dialog's choices; an empty string on success. */
    QString exportNow();

private:
    void browse();
    void updateFormat();
    const ExportableChart &m_chart;
    QComboBox *m_format = nullptr;
    QLineEdit *m_path = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QSpinBox *m_dpi = nullptr;
};

/**
 * File → Export Chart…: follows the keyboard focus to the chart the user works with (the last
 * one that had focus stays current) and is enabled while there is one.
 */
class ExportChartAction final : public QAction
{
    Q_OBJECT
public:
    explicit ExportChartAction(QObject *parent);
    /** Makes a chart widget the current one (it must implement ExportableChart). */
    void setCurrent(QWidget *chartWidget);
    QWidget *current() const { return m_current; }

private:
    void focusChanged(QWidget *now);
    void run();
    QPointer<QWidget> m_current;
};

} // namespace parallax::ui
