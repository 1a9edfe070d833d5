// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChart>
#include <QDate>
#include <QHash>

class QCategoryAxis;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;

namespace parallax::itemmodels {
class TimelineModel;
}

namespace parallax::ui {

class MentionLane;

/**
 * The timeline as a chart of the TimelineModel, on one date axis: the "reported" lane (one row
 * per outlet country, a disc per bucket sized by its article count, or with many articles a strip
 * of cells shaded by it) and the "mentioned" lane
 * (the dates the articles mention: days as points, months and years as spans; with too many in
 * view, their counts per bucket as strips), coloured by the reporting outlet's country. The selected article's mentions are joined to its publication.
 * All Qt Charts code of the timeline lives in this folder.
 */
class TimelineChart final : public QChart
{
    Q_OBJECT
public:
    explicit TimelineChart(itemmodels::TimelineModel &model, QGraphicsItem *parent = nullptr);

    itemmodels::TimelineModel &model() const { return m_model; }
    /** Shows the days [from, to] on the date axis. */
    void setRange(QDate from, QDate to);
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    /** The date under an x position in chart coordinates. */
    QDate dateAt(qreal x) const;

    void setSelectedArticle(qint64 id);
    qint64 selectedArticle() const { return m_selected; }
    /** Colours for a light or dark palette. */
    void applyPalette(const QPalette &palette);
    /** A caption added to the title, e.g. the entity the chart is filtered by. */
    void setCaption(const QString &caption);

    /** The model row whose mark is under a point in chart coordinates (within a few pixels), or -1. */
    int rowAt(QPointF pos) const;
    /** The rectangle a row's mark fills, in chart coordinates (a reported disc's is its centre only). */
    QRectF markOf(int row) const;
    /** Where a row's mark is drawn, in chart coordinates (its centre). */
    QPointF positionOf(int row) const;
    /** True when the reported lane is drawn as a strip per country (too many articles for discs). */
    bool reportedAsStrips() const { return m_reportedStrips; }
    /** The date axis's label format for the current range (adapts to the zoom). */
    QString labelFormat() const;

private:
    void rebuild();
    void updateTitle();
    qreal laneY(int row) const;
    QPointF toPosition(QDate day, qreal y) const;
    /** The start of a day in local time, as the date axis counts (each day converted once). */
    qreal msecsOf(QDate day) const;
    friend class MentionLane;

    itemmodels::TimelineModel &m_model;
    QDateTimeAxis *m_x = nullptr;
    QCategoryAxis *m_y = nullptr;
    QLineSeries *m_anchor = nullptr;
    QHash<QString, QScatterSeries *> m_series;
    QStringList m_countries;
    QStringList m_rowLabels; ///< bottom to top: the countries' codes, then the mentioned spans
    MentionLane *m_lane = nullptr;
    QDate m_from;
    QDate m_to;
    qint64 m_selected = 0;
    int m_maxCount = 1;
    bool m_reportedStrips = false;
    int m_maxDensity = 1; ///< the largest count of mentioned dates in a bucket, in density mode
    QString m_caption;
    QColor m_text;
    /**
     * Julian day to msecs: the local time of each conversion asks the C library for the time
     * zone, which reads the zone file's status each time (most of the time a repaint took).
     */
    mutable QHash<qint64, qreal> m_msecs;
};

} // namespace parallax::ui
