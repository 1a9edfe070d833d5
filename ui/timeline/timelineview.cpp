// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "itemmodels/timelinemodel.h"
#include "timelinechart.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QRubberBand>
#include <QToolTip>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

namespace parallax::ui {

namespace {
constexpr qint64 minDays = 6;           // a week in view at least
constexpr qint64 maxDays = 400 * 366;   // four centuries at most
}

TimelineView::TimelineView(TimelineChart *chart, QWidget *parent)
    : QChartView(chart, parent)
    , m_chart(chart)
{
    setObjectName(u"timelineView"_s);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setToolTip(tr("Wheel: zoom · drag: pan · Ctrl+drag: zoom to a range · Shift+drag: filter the library "
                  "to a range · arrows: pan · +/−: zoom · Home: everything · click a mark to open it"));
    m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
}

QChart *TimelineView::chartToExport() const
{
    return m_chart;
}

const QAbstractItemModel *TimelineView::chartData() const
{
    return &m_chart->model();
}

QString TimelineView::chartFileName() const
{
    return u"timeline"_s;
}

QDate TimelineView::dateAtView(int x) const
{
    return m_chart->dateAt(m_chart->mapFromScene(mapToScene(QPoint(x, 0))).x());
}

void TimelineView::showRange(QDate from, QDate to, bool announce)
{
    if (!from.isValid() || !to.isValid())
        return;
    if (to < from)
        std::swap(from, to);
    if (from.daysTo(to) < minDays) {
        const qint64 grow = (minDays - from.daysTo(to) + 1) / 2;
        from = from.addDays(-grow);
        to = from.addDays(minDays);
    }
    if (from.daysTo(to) > maxDays)
        to = from.addDays(maxDays);
    if (from == m_chart->from() && to == m_chart->to())
        return;
    m_chart->setRange(from, to);
    if (announce)
        Q_EMIT rangeChanged(from, to);
}

void TimelineView::zoom(qreal factor, QDate around)
{
    const QDate from = m_chart->from(), to = m_chart->to();
    if (!from.isValid())
        return;
    if (!around.isValid())
        around = from.addDays(from.daysTo(to) / 2);
    const qint64 before = qint64(std::llround(around.daysTo(from) * factor));
    const qint64 after = qint64(std::llround(around.daysTo(to) * factor));
    showRange(around.addDays(before), around.addDays(after));
}

void TimelineView::pan(qreal fraction)
{
    const QDate from = m_chart->from(), to = m_chart->to();
    if (!from.isValid())
        return;
    const qint64 shift = qint64(std::llround(from.daysTo(to) * fraction));
    showRange(from.addDays(shift ? shift : (fraction < 0 ? -1 : 1)), to.addDays(shift ? shift : (fraction < 0 ? -1 : 1)));
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        event->ignore();
        return;
    }
    zoom(std::pow(0.8, delta / 120.0), dateAtView(int(event->position().x())));
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    m_pressPos = event->pos();
    m_pressFrom = m_chart->from();
    m_pressTo = m_chart->to();
    m_moved = false;
    if (event->button() == Qt::RightButton || (event->modifiers() & Qt::ControlModifier))
        m_drag = Drag::Zoom;
    else if (event->modifiers() & Qt::ShiftModifier)
        m_drag = Drag::Choose;
    else if (event->button() == Qt::LeftButton)
        m_drag = Drag::Pan;
    else
        m_drag = Drag::None;
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None) {
        const int row = m_chart->rowAt(m_chart->mapFromScene(mapToScene(event->pos())));
        if (row >= 0) {
            const auto &model = m_chart->model();
            const QModelIndex index = model.index(row, 0);
            QString tip = index.data(Qt::ToolTipRole).toString();
            if (tip.isEmpty()) {
                tip = tr("%1: %Ln article(s) published %2 – %3", nullptr,
                         model.index(row, itemmodels::TimelineModel::ArticlesColumn).data().toInt())
                          .arg(model.index(row, itemmodels::TimelineModel::CountryColumn).data().toString(),
                               model.index(row, itemmodels::TimelineModel::StartColumn).data().toString(),
                               model.index(row, itemmodels::TimelineModel::EndColumn).data().toString());
            }
            QToolTip::showText(event->globalPosition().toPoint(), tip, this);
        } else {
            QToolTip::hideText();
        }
        setCursor(row >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        return;
    }
    if ((event->pos() - m_pressPos).manhattanLength() > 3)
        m_moved = true;
    if (!m_moved)
        return;
    if (m_drag == Drag::Pan) {
        const qreal width = m_chart->plotArea().width();
        if (width > 0) {
            const qint64 days = m_pressFrom.daysTo(m_pressTo);
            const qint64 shift = qint64(std::llround(-(event->pos().x() - m_pressPos.x()) / width * days));
            showRange(m_pressFrom.addDays(shift), m_pressTo.addDays(shift));
        }
    } else {
        const QRect plot = mapFromScene(m_chart->mapToScene(m_chart->plotArea())).boundingRect();
        m_band->setGeometry(QRect(QPoint(m_pressPos.x(), plot.top()), QPoint(event->pos().x(), plot.bottom())).normalized());
        m_band->show();
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = std::exchange(m_drag, Drag::None);
    m_band->hide();
    if (!m_moved) {
        if (drag == Drag::Pan) {
            const int row = m_chart->rowAt(m_chart->mapFromScene(mapToScene(event->pos())));
            if (row >= 0)
                Q_EMIT markClicked(row);
        }
        return;
    }
    QDate a = dateAtView(m_pressPos.x()), b = dateAtView(event->pos().x());
    if (b < a)
        std::swap(a, b);
    if (drag == Drag::Zoom)
        showRange(a, b);
    else if (drag == Drag::Choose)
        Q_EMIT rangeChosen(a, b);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left: pan(-0.1); break;
    case Qt::Key_Right: pan(0.1); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoom(0.8, {}); break;
    case Qt::Key_Minus: zoom(1.25, {}); break;
    case Qt::Key_Home: Q_EMIT resetRequested(); break;
    default: QChartView::keyPressEvent(event); return;
    }
    event->accept();
}

} // namespace parallax::ui
