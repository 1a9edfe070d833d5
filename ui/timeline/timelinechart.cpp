// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinechart.h"

#include "itemmodels/timelinemodel.h"
#include "ui/theme.h"

#include <QCategoryAxis>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>

#include <cmath>

using namespace Qt::StringLiterals;

namespace parallax::ui {

using itemmodels::TimelineModel;


/**
 * Draws the marks of both lanes (reported discs, mentioned spans and points, or counts per
 * bucket as strips) and the selected article's links over the plot, and the row labels left of
 * it. The scatter series only carry the legend.
 */
class MentionLane final : public QGraphicsItem
{
public:
    explicit MentionLane(TimelineChart *chart)
        : QGraphicsItem(chart)
        , m_chart(chart)
    {
        setZValue(10);
        setAcceptedMouseButtons(Qt::NoButton);
    }
    QRectF boundingRect() const override { return m_chart->rect(); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

    /** The mark of a mentioned row, in chart coordinates (a point is a small square around it). */
    QRectF markOf(int row) const;

private:
    TimelineChart *m_chart;
};

QRectF MentionLane::markOf(int row) const
{
    const QModelIndex index = m_chart->model().index(row, 0);
    const QDate first = index.data(TimelineModel::StartDateRole).toDate();
    const QDate last = index.data(TimelineModel::EndDateRole).toDate();
    if (row < m_chart->model().reportedRows()) {
        // a strip cell: the bucket's width, 80% of its country's row, so rows never touch
        const qreal y = m_chart->laneY(row);
        const QPointF top = m_chart->toPosition(first, y + 0.4);
        const QPointF bottom = m_chart->toPosition(last.addDays(1), y - 0.4);
        return QRectF(QPointF(top.x(), top.y()), QPointF(std::max(bottom.x() - 0.5, top.x() + 2), bottom.y()));
    }
    // Each country's mentions get their own band inside the row, so that the same year
    // mentioned by both sides shows as two spans, not one blended colour.
    const qsizetype countries = std::max<qsizetype>(m_chart->m_countries.size(), 1);
    const qsizetype band = std::max<qsizetype>(
        m_chart->m_countries.indexOf(m_chart->model().index(row, TimelineModel::CountryColumn).data().toString()), 0);
    const qreal y = m_chart->laneY(row) + 0.7 * ((band + 0.5) / countries - 0.5);
    const QPointF a = m_chart->toPosition(first, y);
    if (index.data(TimelineModel::DensityRole).toBool()) {
        // a count per bucket: as wide as the bucket, as tall as the square root of the count allows
        const qreal rowHeight = std::abs(m_chart->toPosition(first, y + 1).y() - a.y());
        const qreal share = std::sqrt(m_chart->model().index(row, TimelineModel::MentionsColumn).data().toDouble()
                                      / m_chart->m_maxDensity);
        const qreal h = std::max(rowHeight * 0.7 / countries * (0.25 + 0.75 * share), 3.0);
        const QPointF b = m_chart->toPosition(last.addDays(1), y);
        return QRectF(QPointF(a.x(), a.y() - h / 2), QPointF(std::max(b.x() - 0.5, a.x() + 2), a.y() + h / 2));
    }
    if (TimelineModel::mentionSpanOf(index) == store::MentionSpan::Day) {
        const QPointF c = a + QPointF((m_chart->toPosition(first.addDays(1), y).x() - a.x()) / 2, 0);
        return QRectF(c - QPointF(4.5, 4.5), QSizeF(9, 9));
    }
    const qreal rowHeight = std::abs(m_chart->toPosition(first, y + 1).y() - a.y());
    const QPointF b = m_chart->toPosition(last.addDays(1), y);
    const qreal h = std::clamp(rowHeight * 0.6 / countries, 3.0, 16.0);
    return QRectF(QPointF(a.x(), a.y() - h / 2), QPointF(std::max(b.x(), a.x() + 2), a.y() + h / 2));
}

void MentionLane::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const TimelineModel &model = m_chart->model();
    painter->save();
    // The row labels, left of the plot: as large as the rows allow.
    const QRectF plot = m_chart->plotArea();
    const qreal rowHeight = plot.height() / std::max<qsizetype>(m_chart->m_rowLabels.size(), 1);
    QFont font = m_chart->font();
    font.setPixelSize(int(std::clamp(rowHeight - 1, 7.0, 12.0)));
    painter->setFont(font);
    painter->setPen(m_chart->m_text);
    for (qsizetype i = 0; i < m_chart->m_rowLabels.size(); ++i) {
        const qreal y = m_chart->toPosition(m_chart->m_from, qreal(i)).y();
        painter->drawText(QRectF(0, y - rowHeight / 2, plot.left() - 4, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                          m_chart->m_rowLabels.at(i));
    }
    painter->setClipRect(plot);
    painter->setRenderHint(QPainter::Antialiasing);
    // The reported lane: a disc per bucket, its area proportional to the article count; with
    // many articles, a strip per country row, each bucket's cell darker for more articles.
    const bool strips = m_chart->reportedAsStrips();
    for (int row = 0; row < model.reportedRows(); ++row) {
        const QModelIndex index = model.index(row, TimelineModel::ArticlesColumn);
        QColor c = countryColor(model.index(row, TimelineModel::CountryColumn).data().toString());
        if (strips) {
            const qreal share = index.data().toDouble() / m_chart->m_maxCount;
            const QRectF r = markOf(row);
            c.setAlphaF(0.15 + 0.85 * std::sqrt(share));
            painter->setPen(r.width() > 6 ? QPen(c.darker(130), 0.8) : QPen(Qt::NoPen));
            painter->setBrush(c);
            painter->drawRect(r);
            continue;
        }
        const qreal d = 8 + 16 * std::sqrt(index.data().toDouble() / m_chart->m_maxCount);
        painter->setPen(QPen(c.darker(140), 1));
        painter->setBrush(c);
        painter->drawEllipse(m_chart->positionOf(row), d / 2, d / 2);
    }
    QList<int> selected;
    for (int row = model.reportedRows(); row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, TimelineModel::CountryColumn);
        QColor c = countryColor(index.data().toString());
        const QRectF r = markOf(row);
        if (index.data(TimelineModel::DensityRole).toBool()) {
            // darker where more dates are mentioned
            const qreal share = model.index(row, TimelineModel::MentionsColumn).data().toDouble() / m_chart->m_maxDensity;
            painter->setPen(QPen(c.darker(120), 0.8));
            c.setAlphaF(0.30 + 0.6 * std::sqrt(share));
            painter->setBrush(c);
            painter->drawRect(r);
            continue;
        }
        if (index.data(TimelineModel::ArticleIdRole).toLongLong() == m_chart->selectedArticle())
            selected.append(row);
        if (r.width() <= 9.5 && r.height() <= 9.5 && std::abs(r.width() - r.height()) < 0.5) {
            c.setAlphaF(0.85);
            painter->setPen(QPen(c.darker(130), 1));
            painter->setBrush(c);
            painter->drawEllipse(r);
        } else {
            painter->setPen(QPen(c, 1));
            c.setAlphaF(0.30);
            painter->setBrush(c);
            painter->drawRoundedRect(r, 2, 2);
        }
    }
    // The selected article: its mentions outlined and joined to where it was published.
    for (int row : std::as_const(selected)) {
        const QRectF r = markOf(row);
        const auto &m = model.series().mentioned.at(row - model.reportedRows());
        const int countryRow = int(m_chart->m_countries.indexOf(m.country));
        if (countryRow < 0)
            continue;
        const QPointF published = m_chart->toPosition(m.published, countryRow)
            + QPointF((m_chart->toPosition(m.published.addDays(1), countryRow).x()
                       - m_chart->toPosition(m.published, countryRow).x()) / 2, 0);
        QPen pen(m_chart->m_text, 1.6, Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(r.adjusted(-1.5, -1.5, 1.5, 1.5));
        painter->drawLine(QPointF(std::clamp(published.x(), r.left(), r.right()), r.center().y()), published);
        painter->setPen(QPen(m_chart->m_text, 2));
        painter->drawEllipse(published, 7, 7);
    }
    painter->restore();
}

TimelineChart::TimelineChart(TimelineModel &model, QGraphicsItem *parent)
    : QChart(parent)
    , m_model(model)
{
    setObjectName(u"timelineChart"_s);
    m_x = new QDateTimeAxis(this);
    m_x->setTickCount(8);
    m_y = new QCategoryAxis(this);
    m_y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_y->setGridLineVisible(true);
    // Qt Charts elides a row label unless its row is ten pixels taller than the text, which
    // seven countries in a low dock never are: the lane draws the row labels itself.
    m_y->setLabelsVisible(false);
    addAxis(m_x, Qt::AlignBottom);
    addAxis(m_y, Qt::AlignLeft);
    m_anchor = new QLineSeries(this);
    addSeries(m_anchor);
    m_anchor->attachAxis(m_x);
    m_anchor->attachAxis(m_y);
    for (QLegendMarker *marker : legend()->markers(m_anchor))
        marker->setVisible(false);
    legend()->setAlignment(Qt::AlignTop);
    setMargins(QMargins(6, 4, 10, 4));
    m_lane = new MentionLane(this);
    m_text = Qt::black;

    connect(m_x, &QDateTimeAxis::rangeChanged, this, [this] { m_lane->update(); });
    connect(this, &QChart::plotAreaChanged, this, [this] { m_lane->update(); });
    connect(&m_model, &QAbstractItemModel::modelReset, this, &TimelineChart::rebuild);
    rebuild();
}

qreal TimelineChart::laneY(int row) const
{
    const QModelIndex index = m_model.index(row, 0);
    if (!index.data(TimelineModel::MentionedRole).toBool())
        return m_countries.indexOf(m_model.index(row, TimelineModel::CountryColumn).data().toString());
    return m_countries.size() + int(TimelineModel::mentionSpanOf(index));
}

QPointF TimelineChart::toPosition(QDate day, qreal y) const
{
    // QChart's mapping functions are not const, although they change nothing.
    return const_cast<TimelineChart *>(this)->mapToPosition(QPointF(msecsOf(day), y), m_anchor);
}

qreal TimelineChart::msecsOf(QDate day) const
{
    const qint64 jd = day.toJulianDay();
    if (const auto it = m_msecs.constFind(jd); it != m_msecs.cend())
        return *it;
    if (m_msecs.size() > 200000)
        m_msecs.clear();
    const qreal ms = qreal(day.startOfDay().toMSecsSinceEpoch());
    m_msecs.insert(jd, ms);
    return ms;
}

QDate TimelineChart::dateAt(qreal x) const
{
    const QPointF v = const_cast<TimelineChart *>(this)->mapToValue(QPointF(x, plotArea().center().y()), m_anchor);
    return QDateTime::fromMSecsSinceEpoch(qint64(v.x())).date();
}

void TimelineChart::rebuild()
{
    // The series carry the legend only: rebuilt when the countries change, not on every pan.
    const QStringList countries = m_model.countries();
    if (countries != m_countries || m_series.isEmpty()) {
        for (QScatterSeries *s : std::as_const(m_series)) {
            removeSeries(s);
            delete s;
        }
        m_series.clear();
        m_countries = countries;
        for (const QString &country : std::as_const(m_countries)) {
            auto *s = new QScatterSeries(this);
            s->setName(tr("%1 reported").arg(country.isEmpty() ? tr("unknown") : country));
            s->setColor(countryColor(country));
            s->setBorderColor(countryColor(country).darker(140));
            s->setMarkerShape(QScatterSeries::MarkerShapeCircle);
            s->setMarkerSize(10);
            m_series.insert(country, s);
            addSeries(s);
            s->attachAxis(m_x);
            s->attachAxis(m_y);
        }
    }
    m_maxCount = 9; // a lone article is a small disc, not the largest
    for (int row = 0; row < m_model.reportedRows(); ++row)
        m_maxCount = std::max(m_maxCount, m_model.index(row, TimelineModel::ArticlesColumn).data().toInt());
    // Discs for a handful of articles per bucket; past that they would overlap into a smear.
    m_reportedStrips = m_maxCount > 9 || m_model.mentionsAsDensity();
    m_maxDensity = 1;
    if (m_model.mentionsAsDensity()) {
        for (int row = m_model.reportedRows(); row < m_model.rowCount(); ++row)
            m_maxDensity = std::max(m_maxDensity, m_model.index(row, TimelineModel::MentionsColumn).data().toInt());
    }

    // The rows: the reported lane's countries by their code, then the mentioned lane's spans.
    m_rowLabels.clear();
    for (const QString &country : std::as_const(m_countries))
        m_rowLabels.append(country.isEmpty() ? tr("unknown") : country);
    // too many dates in view to draw each: how many per bucket, a darker and taller strip for more
    const QString counted = m_model.mentionsAsDensity() ? tr(" (counts)") : QString();
    m_rowLabels.append(tr("mentioned · days") + counted);
    m_rowLabels.append(tr("mentioned · months") + counted);
    m_rowLabels.append(tr("mentioned · years") + counted);
    for (const QString &label : m_y->categoriesLabels())
        m_y->remove(label);
    m_y->setStartValue(-0.5);
    for (int i = 0; i < m_rowLabels.size(); ++i)
        m_y->append(m_rowLabels.at(i), i + 0.5); // the grid lines between rows
    m_y->setRange(-0.5, m_rowLabels.size() - 0.5);
    QFont font = this->font();
    font.setPixelSize(12);
    qreal widest = 0;
    for (const QString &label : std::as_const(m_rowLabels))
        widest = std::max(widest, QFontMetricsF(font).horizontalAdvance(label));
    setMargins(QMargins(int(std::ceil(widest)) + 8, 4, 10, 4));
    if (!m_from.isValid() || !m_to.isValid())
        setRange(m_model.series().from, m_model.series().to);
    updateTitle();
    m_lane->update();
}

void TimelineChart::setRange(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return;
    m_from = from;
    m_to = std::max(from, to);
    m_x->setFormat(labelFormat());
    m_x->setRange(from.startOfDay(), m_to.addDays(1).startOfDay());
    updateTitle();
    m_lane->update();
}

QString TimelineChart::labelFormat() const
{
    const qint64 days = m_from.isValid() && m_to.isValid() ? m_from.daysTo(m_to) : 0;
    if (days > 8 * 366)
        return u"yyyy"_s;
    if (days > 300)
        return u"MMM yyyy"_s;
    if (days > 40)
        return u"d MMM yyyy"_s;
    return u"ddd d MMM"_s;
}

void TimelineChart::updateTitle()
{
    QString title = tr("When it was reported, and the dates mentioned");
    if (m_from.isValid())
        title += u" · %1 – %2"_s.arg(m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate));
    title += tr(" · per %1").arg(query::bucketName(m_model.series().bucket));
    if (!m_caption.isEmpty())
        title += u" · "_s + m_caption;
    setTitle(title);
}

void TimelineChart::setCaption(const QString &caption)
{
    m_caption = caption;
    updateTitle();
}

void TimelineChart::setSelectedArticle(qint64 id)
{
    m_selected = id;
    m_lane->update();
}

void TimelineChart::applyPalette(const QPalette &palette)
{
    m_text = palette.color(QPalette::Text);
    applyChartPalette(this, palette);
    m_lane->update();
}

int TimelineChart::rowAt(QPointF pos) const
{
    int best = -1;
    qreal bestScore = 1e18;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        qreal score = 0;
        if (row < m_model.reportedRows() && reportedAsStrips()) {
            if (!m_lane->markOf(row).adjusted(-1, 0, 1, 0).contains(pos))
                continue;
            score = QLineF(pos, m_lane->markOf(row).center()).length();
        } else if (row < m_model.reportedRows()) {
            const qreal d = QLineF(pos, positionOf(row)).length();
            if (d > 12)
                continue;
            score = d;
        } else {
            const QRectF r = m_lane->markOf(row).adjusted(-3, -3, 3, 3);
            if (!r.contains(pos))
                continue;
            score = std::min(r.width(), 1e6) + QLineF(pos, r.center()).length() / 100; // narrowest first
        }
        if (score < bestScore) {
            bestScore = score;
            best = row;
        }
    }
    return best;
}

QRectF TimelineChart::markOf(int row) const
{
    if (row < m_model.reportedRows() && !m_reportedStrips)
        return QRectF(positionOf(row), QSizeF());
    return m_lane->markOf(row);
}

QPointF TimelineChart::positionOf(int row) const
{
    if (row >= m_model.reportedRows())
        return m_lane->markOf(row).center();
    const QModelIndex index = m_model.index(row, 0);
    const QDate first = index.data(TimelineModel::StartDateRole).toDate();
    const QDate last = index.data(TimelineModel::EndDateRole).toDate();
    return const_cast<TimelineChart *>(this)->mapToPosition(
        QPointF((msecsOf(first) + msecsOf(last.addDays(1))) / 2, laneY(row)), m_anchor);
}

} // namespace parallax::ui
