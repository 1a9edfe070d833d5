// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemodel.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace parallax::itemmodels {

TimelineModel::TimelineModel(const store::Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

void TimelineModel::setRequest(const query::TimelineRequest &request, bool corpusChanged)
{
    const store::ArticleFilter &a = m_request.filter, &b = request.filter;
    const bool sameArticles = a.search == b.search && a.country == b.country && a.ids == b.ids;
    m_request = request;
    if (sameArticles && !corpusChanged && !m_data.countries.isEmpty() && !m_request.countries)
        m_request.countries = m_data.countries; // a zoom or a pan: the lanes stay
    load();
}

void TimelineModel::reload()
{
    m_request.countries.reset(); // re-read: an import may add a country
    load();
}

bool TimelineModel::loadsInBackground() const
{
    return m_backgroundFrom >= 0 && m_store.canOpenElsewhere() && m_store.articleCount() >= m_backgroundFrom;
}

void TimelineModel::load()
{
    const int generation = ++m_generation;
    const QString path = m_store.path();
    if (!loadsInBackground()) {
        beginResetModel();
        m_data = query::loadTimeline(m_store, m_request);
        endResetModel();
        return;
    }
    // A large corpus: filtered views walk every date their articles mention (seconds), so the
    // series is read through a connection of its own while the window stays usable.
    if (!m_watcher) {
        m_watcher = new QFutureWatcher<query::TimelineData>(this);
        connect(m_watcher, &QFutureWatcher<query::TimelineData>::finished, this, [this] {
            if (m_watcher->property("generation").toInt() != m_generation)
                return; // superseded: the newer request's own read is on its way
            beginResetModel();
            m_data = m_watcher->result();
            endResetModel();
            m_loading = false;
            Q_EMIT loadingChanged(false);
        });
    }
    m_watcher->future().cancel(); // not started yet: never runs
    m_watcher->setProperty("generation", generation);
    m_watcher->setFuture(QtConcurrent::run([path, request = m_request] {
        store::Store corpus;
        if (!corpus.open(path)) {
            query::TimelineData failed;
            failed.error = corpus.lastError();
            return failed;
        }
        return query::loadTimeline(corpus, request);
    }));
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
}

QStringList TimelineModel::countries() const
{
    return m_data.countries;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : reportedRows() + mentionedRows();
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (row < reportedRows())
        return reportedData(m_data.reported.at(row), index.column(), role);
    if (m_data.mentionsAsDensity)
        return densityData(m_data.mentionDensity.at(row - reportedRows()), index.column(), role);
    return mentionedData(m_data.mentioned.at(row - reportedRows()), index.column(), role);
}

QVariant TimelineModel::reportedData(const store::ReportedCount &r, int column, int role) const
{
    const QDate end = query::bucketEnd(r.bucket, m_data.bucket);
    switch (role) {
    case StartDateRole: return r.bucket;
    case EndDateRole: return end;
    case ArticleIdRole: return r.firstArticle;
    case SentenceStartRole: return -1;
    case MentionedRole: return false;
    case DensityRole: return false;
    case Qt::DisplayRole:
        switch (column) {
        case LaneColumn: return u"reported"_s;
        case CountryColumn: return r.country;
        case StartColumn: return r.bucket.toString(Qt::ISODate);
        case EndColumn: return end.toString(Qt::ISODate);
        case ArticlesColumn: return r.articles;
        case ArticleColumn: return r.articles == 1 ? QVariant(r.firstArticle) : QVariant();
        case ValueColumn: return query::bucketName(m_data.bucket);
        default: return {};
        }
    default: return {};
    }
}

QVariant TimelineModel::mentionedData(const store::MentionedDate &m, int column, int role) const
{
    switch (role) {
    case StartDateRole: return m.firstDay;
    case EndDateRole: return m.lastDay;
    case ArticleIdRole: return m.article;
    case SentenceStartRole: return m.sentence.start;
    case MentionedRole: return true;
    case MentionSpanRole: return int(store::mentionSpan(m.firstDay, m.lastDay));
    case DensityRole: return false;
    case Qt::ToolTipRole: return u"%1 (%2) — %3"_s.arg(m.surface, m.value, m.sentenceText);
    case Qt::DisplayRole:
        switch (column) {
        case LaneColumn: return u"mentioned"_s;
        case CountryColumn: return m.country;
        case StartColumn: return m.firstDay.toString(Qt::ISODate);
        case EndColumn: return m.lastDay.toString(Qt::ISODate);
        case ArticlesColumn: return 1;
        case MentionsColumn: return 1;
        case ArticleColumn: return m.article;
        case ValueColumn: return m.value;
        case ModColumn: return m.mod;
        case TextColumn: return m.sentenceText;
        default: return {};
        }
    default: return {};
    }
}

namespace {

QString spanName(store::MentionSpan span)
{
    switch (span) {
    case store::MentionSpan::Day: return u"days"_s;
    case store::MentionSpan::Months: return u"months"_s;
    case store::MentionSpan::Years: return u"years"_s;
    }
    return {};
}

} // namespace

QVariant TimelineModel::densityData(const store::MentionedCount &m, int column, int role) const
{
    // The bucket, cut to the days in view (a bucket of a long span may start before them).
    const QDate start = std::max(m.bucket, m_data.from);
    const QDate end = std::min(query::bucketEnd(m.bucket, m_data.bucket), m_data.to);
    switch (role) {
    case StartDateRole: return start;
    case EndDateRole: return end;
    case ArticleIdRole: return m.firstArticle;
    case SentenceStartRole: return -1;
    case MentionedRole: return true;
    case MentionSpanRole: return int(m.span);
    case DensityRole: return true;
    case Qt::ToolTipRole: {
        // A count of distinct articles is only shown when the store could tell it exactly.
        const QString articles = m.articles >= 0
            ? QCoreApplication::translate("TimelineModel", " in %n article(s)", nullptr, m.articles) : QString();
        return QCoreApplication::translate("TimelineModel", "%n date(s) mentioned", nullptr, m.mentions)
            + u" (%1)%2 from %3, %4 – %5"_s.arg(spanName(m.span), articles, m.country.isEmpty() ? u"unknown"_s : m.country,
                 start.toString(Qt::ISODate), end.toString(Qt::ISODate));
    }
    case Qt::DisplayRole:
        switch (column) {
        case LaneColumn: return u"mentioned"_s;
        case CountryColumn: return m.country;
        case StartColumn: return start.toString(Qt::ISODate);
        case EndColumn: return end.toString(Qt::ISODate);
        case ArticlesColumn: return m.articles >= 0 ? QVariant(m.articles) : QVariant();
        case MentionsColumn: return m.mentions;
        case ArticleColumn: return m.articles == 1 ? QVariant(m.firstArticle) : QVariant();
        case ValueColumn: return query::bucketName(m_data.bucket);
        case TextColumn: return spanName(m.span);
        default: return {};
        }
    default: return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const QStringList names = {u"lane"_s, u"country"_s, u"start"_s, u"end"_s, u"articles"_s,
                                      u"mentions"_s, u"article"_s, u"value"_s, u"mod"_s, u"text"_s};
    return section >= 0 && section < names.size() ? QVariant(names.at(section)) : QVariant();
}

} // namespace parallax::itemmodels
