// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinedock.h"

#include "itemmodels/timelinemodel.h"
#include "query/searchterms.h"
#include "query/timeline.h"
#include "selection/selectionhub.h"
#include "store/store.h"
#include "timelinechart.h"
#include "timelineview.h"
#include "ui/emptystate.h"
#include "ui/scopedescription.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax::ui {

using itemmodels::TimelineModel;

TimelinePanel::TimelinePanel(store::Store &store, SelectionHub &hub, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_hub(hub)
{
    setObjectName(u"timelinePanel"_s);
    m_model = new TimelineModel(m_store, this);
    m_model->setBackgroundFrom(5000); // a large corpus's filtered views take seconds to count
    m_chart = new TimelineChart(*m_model);
    m_view = new TimelineView(m_chart, this);
    m_chart->applyPalette(palette());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    auto *bar = new QHBoxLayout;
    auto button = [this, bar](const QString &name, const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        bar->addWidget(b);
        return b;
    };
    button(u"timelineAll"_s, tr("All"), tr("Everything with a date"), [this] { showPreset(Preset::All); });
    button(u"timelineDecade"_s, tr("Decade"), tr("Ten years around the selected article"),
           [this] { showPreset(Preset::Decade); });
    button(u"timelineYear"_s, tr("Year"), tr("A year around the selected article"), [this] { showPreset(Preset::Year); });
    button(u"timelineMonth"_s, tr("Month"), tr("A month around the selected article"),
           [this] { showPreset(Preset::Month); });
    button(u"timelineReset"_s, tr("Reset"), tr("Everything, and no date filter on the library (Home)"),
           [this] { reset(); });
    m_status = new QLabel(this);
    m_status->setObjectName(u"timelineStatus"_s);
    bar->addWidget(m_status, 1);
    button(u"timelineFilterLibrary"_s, tr("Filter Library to View"),
           tr("Show only the articles published in the days in view (Shift+drag on the chart chooses a range)"),
           [this] { m_hub.setDateRange(m_chart->from(), m_chart->to()); });
    layout->addLayout(bar);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_empty = new EmptyStateLabel(m_stack);
    m_empty->setObjectName(u"timelineEmpty"_s);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    m_reload = new QTimer(this);
    m_reload->setSingleShot(true);
    m_reload->setInterval(60);
    connect(m_reload, &QTimer::timeout, this, [this] { requestData(); });
    connect(m_view, &TimelineView::rangeChanged, m_reload, qOverload<>(&QTimer::start));
    connect(m_view, &TimelineView::markClicked, this, &TimelinePanel::openRow);
    connect(m_view, &TimelineView::rangeChosen, &m_hub, &SelectionHub::setDateRange);
    connect(m_view, &TimelineView::resetRequested, this, &TimelinePanel::reset);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelinePanel::seriesArrived);
    connect(m_model, &TimelineModel::loadingChanged, this, &TimelinePanel::updateState);
    connect(&m_hub, &SelectionHub::articleChanged, m_chart, &TimelineChart::setSelectedArticle);
    // After the library and the entity sidebar have followed, in an event of its own: finding
    // an entity's or a search's articles and their extent takes tens of milliseconds in a large
    // corpus.
    connect(&m_hub, &SelectionHub::entityChanged, this, &TimelinePanel::followEntity, Qt::QueuedConnection);
    connect(&m_hub, &SelectionHub::searchQueryChanged, this, &TimelinePanel::followSearch, Qt::QueuedConnection);
    connect(&m_hub, &SelectionHub::sourcesChanged, this, &TimelinePanel::followSources, Qt::QueuedConnection);
    connect(&m_hub, &SelectionHub::dateRangeChanged, this, [this](QDate from, QDate to) {
        if (from.isValid() && to.isValid())
            m_view->showRange(from, to);
    });
    m_chart->setSelectedArticle(m_hub.article());
    m_search = m_hub.searchQuery();
    followEntity(m_hub.entity());
}

store::ArticleFilter TimelinePanel::filter() const
{
    store::ArticleFilter f;
    f.ids = m_entityIds;
    f.search = m_search;
    f.country = m_country;
    // The timeline's readers take an outlet as its articles (ids), with an entity's if both.
    if (m_outletIds && f.ids) {
        QList<qint64> named = *f.ids, both;
        std::sort(named.begin(), named.end());
        std::set_intersection(m_outletIds->cbegin(), m_outletIds->cend(), named.cbegin(), named.cend(),
                              std::back_inserter(both));
        f.ids = both;
    } else if (m_outletIds) {
        f.ids = m_outletIds;
    }
    return f;
}

void TimelinePanel::requestData(bool corpusChanged)
{
    m_reload->stop();
    m_fitPending = false; // a range asked for after "All" replaces it
    query::TimelineRequest r;
    r.filter = filter();
    r.from = m_chart->from();
    r.to = m_chart->to();
    r.mentionLimit = m_mentionLimit;
    m_model->setRequest(r, corpusChanged);
}

void TimelinePanel::reload()
{
    if (!m_chart->from().isValid()) {
        showPreset(Preset::All);
        return;
    }
    m_hasData = query::timelineExtent(m_store, filter()).first.isValid();
    requestData(true);
}

void TimelinePanel::setImporting(bool importing)
{
    m_importing = importing;
    updateState();
}

void TimelinePanel::setMentionLimit(int limit)
{
    m_mentionLimit = limit;
    requestData();
}

void TimelinePanel::reset()
{
    m_hub.setDateRange({}, {});
    showPreset(Preset::All);
}

void TimelinePanel::seriesArrived()
{
    if (m_fitPending) {
        m_fitPending = false;
        const query::TimelineData &d = m_model->series();
        m_hasData = d.from.isValid() && d.to.isValid();
        if (m_hasData) {
            const auto [from, to] = query::withMargin(d.from, d.to);
            m_view->showRange(from, to, false);
        }
    }
    updateState();
}

void TimelinePanel::showPreset(Preset preset)
{
    if (preset == Preset::All && m_model->loadsInBackground()) {
        // The extent of a filtered view of a large corpus (tens of milliseconds for a search that
        // matches most of it) is found with its series, off the window's thread; the view fits
        // them when they come.
        query::TimelineRequest r;
        r.filter = filter();
        r.mentionLimit = m_mentionLimit;
        m_reload->stop();
        m_model->setRequest(r);
        m_fitPending = true;
        updateState();
        return;
    }
    const auto [first, last] = query::timelineExtent(m_store, filter());
    m_hasData = first.isValid();
    if (!m_hasData) {
        requestData();
        return;
    }
    QDate centre = m_chart->from().isValid() ? m_chart->from().addDays(m_chart->from().daysTo(m_chart->to()) / 2)
                                             : last;
    if (const auto a = m_hub.article() > 0 ? m_store.article(m_hub.article()) : std::nullopt; a && a->published.isValid())
        centre = a->published;
    switch (preset) {
    case Preset::All: {
        const auto [from, to] = query::withMargin(first, last);
        m_view->showRange(from, to);
        break;
    }
    case Preset::Decade: m_view->showRange(centre.addYears(-5), centre.addYears(5)); break;
    case Preset::Year: m_view->showRange(centre.addMonths(-6), centre.addMonths(6)); break;
    case Preset::Month: m_view->showRange(centre.addDays(-15), centre.addDays(15)); break;
    }
    requestData();
}

void TimelinePanel::followEntity(const QString &key)
{
    if (key != m_hub.entity())
        return; // another selection followed this one before it was delivered: that one's event comes
    if (key.isEmpty())
        m_entityIds.reset();
    else
        m_entityIds = query::articlesNaming(m_store, key);
    m_chart->setCaption(filterCaption());
    showPreset(Preset::All);
}

void TimelinePanel::followSources(const QString &country, const QString &outlet)
{
    if (country != m_hub.country() || outlet != m_hub.outlet())
        return; // replaced by a newer choice whose event comes
    m_country = country;
    m_outlet = outlet;
    if (outlet.isEmpty())
        m_outletIds.reset();
    else
        m_outletIds = m_store.outletArticles(outlet);
    m_chart->setCaption(filterCaption());
    showPreset(Preset::All);
}

void TimelinePanel::followSearch(const QString &query)
{
    if (query == m_search || query != m_hub.searchQuery())
        return; // unchanged, or replaced by a newer search whose event comes
    m_search = query;
    m_chart->setCaption(filterCaption());
    showPreset(Preset::All);
}

QString TimelinePanel::filterCondition() const
{
    QStringList parts;
    if (m_entityIds)
        parts << tr("naming “%1”").arg(query::entityCaption(m_store, m_hub.entity()));
    if (!m_search.isEmpty())
        parts << tr("matching %1").arg(query::quotedQuery(m_search));
    if (!m_outlet.isEmpty() || !m_country.isEmpty())
        parts << tr("from %1").arg(m_outlet.isEmpty() ? countryName(m_country)
                                   : m_country.isEmpty() ? outletName(m_outlet)
                                                         : outletName(m_outlet) + u", "_s + countryName(m_country));
    return parts.join(tr(" and "));
}

QString TimelinePanel::filterCaption() const
{
    const QString condition = filterCondition();
    return condition.isEmpty() ? QString() : tr("articles %1").arg(condition);
}

void TimelinePanel::openRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    const qint64 id = index.data(TimelineModel::ArticleIdRole).toLongLong();
    if (id <= 0)
        return;
    m_hub.setArticle(id);
    // a density mark opens the first of its articles, with no sentence to point at
    if (index.data(TimelineModel::MentionedRole).toBool() && !index.data(TimelineModel::DensityRole).toBool())
        Q_EMIT sentenceRequested(id, index.data(TimelineModel::SentenceStartRole).toInt());
}

void TimelinePanel::updateState()
{
    if (!m_hasData) {
        const QString condition = filterCondition();
        m_empty->setText(!condition.isEmpty() ? tr("No dated article %1.").arg(condition)
                         : m_importing
                             ? tr("Importing…\n\nThe timeline shows the imported articles as the import commits them.")
                             : tr("No dates yet.\n\nImport articles (File → Import Files…): the timeline "
                                  "shows when each country's outlets reported, and the dates the "
                                  "articles mention."));
        m_stack->setCurrentWidget(m_empty);
        m_status->clear();
        return;
    }
    m_stack->setCurrentWidget(m_view);
    const query::TimelineData &d = m_model->series();
    int articles = 0;
    for (const auto &r : d.reported)
        articles += r.articles;
    QString text = tr("%Ln article(s) in view", nullptr, articles);
    if (!d.mentionsStored)
        text += tr(" · mentioned dates appear once the corpus is analysed for dates");
    else if (d.mentionsAsDensity)
        text += tr(" · %Ln mentioned date(s), counted per %1 (zoom in to see each)", nullptr, int(d.mentionTotal))
                    .arg(query::bucketName(d.bucket));
    else
        text += tr(" · %Ln mentioned date(s)", nullptr, int(d.mentioned.size()));
    if (!d.error.isEmpty())
        text += tr(" · cannot count: %1").arg(d.error);
    // the chart keeps the previous picture until the new counts arrive
    if (m_model->isLoading())
        text = tr("Counting… (showing the previous view) · ") + text;
    m_status->setText(text);
}

bool TimelinePanel::event(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_chart->applyPalette(palette());
    return QWidget::event(event);
}

} // namespace parallax::ui
