// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlelistmodel.h"

#include "store/backgroundread.h"

#include <QElapsedTimer>
#include <QFont>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace parallax::itemmodels {

ArticleListModel::ArticleListModel(store::Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    reload();
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::ArticleSummary &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return a.supersededBy > 0 ? tr("%1 (earlier version)").arg(a.title) : a.title;
        case OutletColumn: return a.outlet.isEmpty() ? u"—"_s : a.outlet;
        case CountryColumn: return a.country.isEmpty() ? u"—"_s : a.country;
        case DateColumn:
            return a.published.isValid() ? a.published.toString(Qt::ISODate)
                                               + (a.dateProvenance == Provenance::Inferred ? u" *"_s : QString())
                                         : u"—"_s;
        case ContextColumn: {
            QString plain = a.snippet;
            plain.remove(QChar(2));
            plain.remove(QChar(3));
            return plain;
        }
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = u"%1\n%2"_s.arg(a.title, a.source);
        if (!a.snippet.isEmpty()) {
            QString plain = a.snippet;
            plain.replace(QChar(2), u'[');
            plain.replace(QChar(3), u']');
            tip += u"\n\n"_s + plain;
        }
        if (a.supersededBy > 0)
            tip += tr("\nAn earlier version: a changed version of this article was imported later (article %1).")
                       .arg(a.supersededBy);
        if (a.dateProvenance == Provenance::Inferred)
            tip += u"\n* publication date inferred from the text"_s;
        else if (a.outlet.isEmpty())
            tip += u"\nOutlet unknown"_s;
        return tip;
    }
    case Qt::FontRole:
        if (a.supersededBy > 0) { // an earlier version, listed but set apart
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case SupersededByRole: return a.supersededBy;
    case IdRole: return a.id;
    case DateProvenanceRole: return provenanceName(a.dateProvenance);
    case SourceRole: return a.source;
    case SnippetRole: return a.snippet;
    default: break;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Title");
    case OutletColumn: return tr("Outlet");
    case CountryColumn: return tr("Country");
    case DateColumn: return tr("Published");
    case ContextColumn: return tr("In context");
    }
    return {};
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const auto page = m_store.articles(m_filter, m_sortKey, m_order, int(m_rows.size()), pageSize);
    if (!page || page->isEmpty()) {
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows += *page;
    endInsertRows();
}

namespace {

constexpr store::SortKey sortKeys[] = {store::SortKey::Title, store::SortKey::Outlet, store::SortKey::Country,
                                       store::SortKey::Published, store::SortKey::Relevance};

} // namespace

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortKey = sortKeys[column];
    m_order = order;
    reload();
}

int ArticleListModel::sortColumn() const
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (sortKeys[c] == m_sortKey)
            return c;
    }
    return DateColumn;
}

ArticleListModel::Order ArticleListModel::orderFor(const store::ArticleFilter &filter) const
{
    Order o{m_sortKey, m_order, m_keyBeforeSearch, m_orderBeforeSearch};
    const bool searchBegins = m_filter.search.isEmpty() && !filter.search.isEmpty();
    const bool searchEnds = !m_filter.search.isEmpty() && filter.search.isEmpty();
    if (searchBegins && m_sortKey != store::SortKey::Relevance) {
        o.keyBefore = m_sortKey;
        o.orderBefore = m_order;
        o.key = store::SortKey::Relevance;
        o.order = Qt::DescendingOrder;
        o.changed = true;
    } else if (searchEnds && m_sortKey == store::SortKey::Relevance) {
        o.key = m_keyBeforeSearch;
        o.order = m_orderBeforeSearch;
        o.changed = true;
    }
    return o;
}

bool ArticleListModel::setFilter(const store::ArticleFilter &filter)
{
    const std::optional<int> total = m_store.articleCount(filter);
    if (!total) {
        m_error = m_store.lastError();
        return false;
    }
    m_error.clear();
    ++m_generation; // a background read still running is outdated
    m_filterRead.stop();
    const Order o = orderFor(filter);
    m_filter = filter;
    m_wordForms = filter.search.isEmpty() ? QList<store::WordForms>{} : m_store.wordForms(filter.search);
    m_sortKey = o.key;
    m_order = o.order;
    m_keyBeforeSearch = o.keyBefore;
    m_orderBeforeSearch = o.orderBefore;
    reloadWith(*total);
    if (o.changed)
        Q_EMIT sortChanged(sortColumn(), m_order);
    setLoading(false);
    return true;
}

void ArticleListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

bool ArticleListModel::loadsInBackground() const
{
    return m_backgroundFrom >= 0 && m_store.canOpenElsewhere() && m_store.articleCount() >= m_backgroundFrom;
}

namespace {

struct FirstPage
{
    std::optional<int> total;
    QList<store::ArticleSummary> rows;
    QString error;
    QList<store::WordForms> forms;
};

} // namespace

void ArticleListModel::setFilterInBackground(const store::ArticleFilter &filter)
{
    if (!loadsInBackground()) {
        Q_EMIT filterApplied(setFilter(filter));
        return;
    }
    // A search that matches most of a large corpus takes 40-90 ms to count and rank: the window
    // stays responsive while a connection of its own reads them.
    const int generation = ++m_generation;
    const Order o = orderFor(filter);
    const auto read = [filter, key = o.key, order = o.order](const store::Store &corpus) {
        FirstPage page;
        page.total = corpus.articleCount(filter);
        if (!page.total) {
            page.error = corpus.lastError();
            return page;
        }
        page.rows = corpus.articles(filter, key, order, 0, pageSize).value_or(QList<store::ArticleSummary>{});
        if (!filter.search.isEmpty())
            page.forms = corpus.wordForms(filter.search);
        return page;
    };
    const auto shown = [this, generation, filter, o, keyThen = m_sortKey, orderThen = m_order](const FirstPage &page) {
        if (generation != m_generation)
            return; // superseded by a newer filter, or by one applied here
        m_loading = false; // said below, once the list is in place
        if (!page.total) {
            m_error = page.error;
            Q_EMIT filterApplied(false);
            Q_EMIT loadingChanged(false);
            return;
        }
        m_error.clear();
        m_wordForms = page.forms;
        if (m_sortKey != keyThen || m_order != orderThen) {
            // a header was clicked while the filter was read: its first page in that order
            m_filter = filter;
            m_keyBeforeSearch = o.keyBefore;
            m_orderBeforeSearch = o.orderBefore;
            reloadWith(*page.total);
        } else {
            apply(filter, o, *page.total, page.rows);
        }
        Q_EMIT filterApplied(true);
        Q_EMIT loadingChanged(false);
    };
    m_pendingFilter = filter;
    setLoading(true);
    // A newer filter stops this read (typing a search asks for one per pause).
    store::readInBackground(m_store.path(), this, m_filterRead, read,
                            [](const QString &error) { return FirstPage{std::nullopt, {}, error, {}}; }, shown);
}

void ArticleListModel::apply(const store::ArticleFilter &filter, const Order &o, int total,
                             const QList<store::ArticleSummary> &rows)
{
    m_filter = filter;
    m_keyBeforeSearch = o.keyBefore;
    m_orderBeforeSearch = o.orderBefore;
    beginResetModel();
    ++m_resets;
    m_sortKey = o.key;
    m_order = o.order;
    m_total = total;
    m_rows = rows;
    endResetModel();
    if (o.changed)
        Q_EMIT sortChanged(sortColumn(), m_order);
}

void ArticleListModel::reload()
{
    reloadWith(std::nullopt);
}

void ArticleListModel::reloadWith(std::optional<int> total)
{
    beginResetModel();
    ++m_resets;
    m_rows.clear();
    m_total = total ? *total : m_store.articleCount(m_filter).value_or(0);
    const auto page = m_store.articles(m_filter, m_sortKey, m_order, 0, pageSize);
    if (page)
        m_rows = *page;
    endResetModel();
}

int ArticleListModel::corpusSize() const
{
    return m_store.articleCount();
}

qint64 ArticleListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

qint64 ArticleListModel::idBeside(const QSet<qint64> &leaving) const
{
    qsizetype first = -1, last = -1;
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (leaving.contains(m_rows.at(row).id)) {
            first = first < 0 ? row : first;
            last = row;
        }
    }
    if (last < 0)
        return 0;
    for (qsizetype row = last + 1; row < m_rows.size(); ++row) {
        if (!leaving.contains(m_rows.at(row).id))
            return m_rows.at(row).id;
    }
    for (qsizetype row = first - 1; row >= 0; --row) {
        if (!leaving.contains(m_rows.at(row).id))
            return m_rows.at(row).id;
    }
    return 0;
}

std::optional<qint64> ArticleListModel::neighbourOf(qint64 id, int delta) const
{
    return m_store.neighbour(m_filter, m_sortKey, m_order, id, delta);
}

void ArticleListModel::findNeighbour(qint64 id, int delta, QObject *context,
                                     std::function<void(std::optional<qint64>)> done)
{
    if (!loadsInBackground()) {
        done(neighbourOf(id, delta));
        return;
    }
    store::readInBackground(
        m_store.path(), context,
        [filter = m_filter, key = m_sortKey, order = m_order, id, delta](const store::Store &corpus) {
            return corpus.neighbour(filter, key, order, id, delta);
        },
        std::move(done));
}

void ArticleListModel::findAllIds(QObject *context, std::function<void(std::optional<QList<qint64>>)> done) const
{
    if (!loadsInBackground()) {
        done(m_store.articleIds(m_filter));
        return;
    }
    store::readInBackground(
        m_store.path(), context, [filter = m_filter](const store::Store &corpus) { return corpus.articleIds(filter); },
        std::move(done));
}

int ArticleListModel::rowOf(qint64 id, bool *further)
{
    if (further)
        *further = false;
    const auto loaded = [this, id](qsizetype from) {
        for (qsizetype i = from; i < m_rows.size(); ++i) {
            if (m_rows.at(i).id == id)
                return int(i);
        }
        return -1;
    };
    // In order of relevance every page ranks the matches again: only the loaded rows are looked in.
    if (const int row = loaded(0); row >= 0 || !canFetchMore({}) || m_sortKey == store::SortKey::Relevance)
        return row;
    // Is it in the list at all? One question to the store: paging to the end of a search that
    // matched most of a large corpus to find that out kept the window waiting for seconds.
    store::ArticleFilter one = m_filter;
    if (one.ids && !one.ids->contains(id))
        return -1;
    one.ids = QList<qint64>{id};
    if (m_store.articleCount(one).value_or(0) == 0)
        return -1;
    // Then the pages after those loaded, within bounds: an article far down a long list is left
    // unselected rather than the window waiting for the list to load down to it.
    QElapsedTimer spent;
    spent.start();
    while (canFetchMore({}) && m_rows.size() < maxRowsToFind && spent.elapsed() < maxMsToFind) {
        const qsizetype from = m_rows.size();
        fetchMore({});
        if (const int row = loaded(from); row >= 0)
            return row;
        if (m_rows.size() == from)
            break;
    }
    if (further)
        *further = canFetchMore({});
    return -1;
}

namespace {

struct RowsDown
{
    QList<store::ArticleSummary> rows;
    bool found = false;
};

// The rows of the list from `offset` down to the article, up to row `limit`.
RowsDown readDownTo(const store::Store &store, const store::ArticleFilter &filter, store::SortKey key,
                    Qt::SortOrder order, int offset, int limit, qint64 id)
{
    constexpr int page = 4096;
    RowsDown down;
    while (!down.found && offset + down.rows.size() < limit) {
        const auto rows = store.articles(filter, key, order, offset + int(down.rows.size()), page);
        if (!rows || rows->isEmpty())
            break;
        for (const store::ArticleSummary &row : *rows)
            down.found = down.found || row.id == id;
        down.rows += *rows;
    }
    return down;
}

} // namespace

void ArticleListModel::loadDownTo(qint64 id, QObject *context, std::function<void(int)> done)
{
    if (m_sortKey == store::SortKey::Relevance // every page ranks the matches again
        || m_rows.size() >= m_loadDownLimit) {
        done(-1);
        return;
    }
    const int offset = int(m_rows.size());
    const int resets = m_resets;
    auto append = [this, id, offset, resets](const RowsDown &down) {
        if (resets != m_resets || m_rows.size() != offset || !down.found)
            return -1;
        beginInsertRows({}, offset, offset + int(down.rows.size()) - 1);
        m_rows += down.rows;
        endInsertRows();
        for (qsizetype i = offset; i < m_rows.size(); ++i) {
            if (m_rows.at(i).id == id)
                return int(i);
        }
        return -1;
    };
    if (!loadsInBackground()) {
        done(append(readDownTo(m_store, m_filter, m_sortKey, m_order, offset, m_loadDownLimit, id)));
        return;
    }
    store::readInBackground(
        m_store.path(), context,
        [filter = m_filter, key = m_sortKey, order = m_order, offset, limit = m_loadDownLimit, id](const store::Store &corpus) {
            return readDownTo(corpus, filter, key, order, offset, limit, id);
        },
        [append, done = std::move(done)](const RowsDown &down) { done(append(down)); });
}

} // namespace parallax::itemmodels
