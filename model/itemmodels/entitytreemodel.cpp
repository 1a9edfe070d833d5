// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitytreemodel.h"

#include "analysis/entities/entity.h"
#include "store/backgroundread.h"
#include "store/store.h"

#include <QFutureWatcher>

#include <array>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace parallax::itemmodels {

namespace {

// Children carry their group's row + 1 in the internal id; groups carry 0.
constexpr quintptr groupId = 0;

// The groups of the tree, in order.
constexpr std::array groupTypes = {entities::EntityType::Person, entities::EntityType::Place,
                                   entities::EntityType::Organization, entities::EntityType::Event,
                                   entities::EntityType::Other};

QString groupTitle(const QString &type)
{
    if (type == "person"_L1)
        return EntityTreeModel::tr("People");
    if (type == "place"_L1)
        return EntityTreeModel::tr("Places");
    if (type == "organization"_L1)
        return EntityTreeModel::tr("Organisations");
    if (type == "event"_L1)
        return EntityTreeModel::tr("Events");
    return EntityTreeModel::tr("Other");
}

} // namespace

EntityTreeModel::EntityTreeModel(store::Store &store, QObject *parent, int pageSize)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_pageSize(std::max(1, pageSize))
{
    reload();
}

store::EntityQuery EntityTreeModel::query(const QString &type) const
{
    return store::EntityQuery{type, m_filter, m_byCount};
}

void EntityTreeModel::reload()
{
    if (isScoped()) {
        reloadScope();
        return;
    }
    fill(store::EntityStore(m_store.database()).countByType(query({})));
}

QList<EntityTreeModel::Group> EntityTreeModel::readGroups(const store::EntityStore &es, const QHash<QString, int> &totals,
                                                          const QString &filter, bool byCount, int pageSize)
{
    QList<Group> groups;
    for (entities::EntityType t : groupTypes) {
        Group g;
        g.type = entities::typeName(t);
        g.total = totals.value(g.type);
        // The first page comes with the tree, so that an expanded tree shows at once.
        if (g.total > 0)
            g.rows = es.page(store::EntityQuery{g.type, filter, byCount}, 0, pageSize);
        groups << g;
    }
    return groups;
}

void EntityTreeModel::fill(const QHash<QString, int> &totals)
{
    ++m_generation; // a background read still running is outdated
    m_scopeRead.stop();
    m_reading = false;
    setGroups(readGroups(store::EntityStore(m_store.database()), totals, m_filter, m_byCount, m_pageSize));
}

void EntityTreeModel::setGroups(const QList<Group> &groups)
{
    beginResetModel();
    m_groups = groups;
    endResetModel();
}

int EntityTreeModel::entityCount() const
{
    int n = 0;
    for (const Group &g : m_groups)
        n += g.total;
    return n;
}

void EntityTreeModel::reloadInBackground()
{
    if (isScoped()) {
        reloadScope();
        return;
    }
    if (m_backgroundFrom < 0 || entityCount() < m_backgroundFrom || !m_store.canOpenElsewhere()) {
        reload();
        Q_EMIT reloaded();
        return;
    }
    // 100,000 entities take about 110 ms to count by type and page by mentions: during an import
    // the sidebar refreshes every few seconds, and the window must not wait for it.
    const int generation = ++m_generation;
    m_reading = true;
    using Read = std::optional<QList<Group>>;
    auto *watcher = new QFutureWatcher<Read>(this);
    connect(watcher, &QFutureWatcher<Read>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_reading = false;
        if (const Read groups = watcher->result())
            setGroups(*groups); // else the corpus could not be opened: the rows shown stay
        Q_EMIT reloaded();
    });
    watcher->setFuture(QtConcurrent::run([path = m_store.path(), filter = m_filter, byCount = m_byCount, pageSize = m_pageSize]() -> Read {
        store::Store corpus;
        if (!corpus.open(path))
            return std::nullopt;
        const store::EntityStore es(corpus.database());
        return readGroups(es, es.countByType(store::EntityQuery{{}, filter, byCount}), filter, byCount, pageSize);
    }));
}

void EntityTreeModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    if (isScoped() && m_scoped)
        setGroups(scopedGroups()); // the scope's entities are in memory
    else
        reload();
}

void EntityTreeModel::setScope(const store::ArticleFilter &scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    m_scoped.reset();
    m_scopeArticles = -1;
    m_scopeError.clear();
    reload();
}

EntityTreeModel::ScopeRead EntityTreeModel::readScope(const store::Store &store, const store::ArticleFilter &scope)
{
    ScopeRead read;
    const std::optional<QList<qint64>> ids = store.articleIds(scope);
    if (!ids) {
        read.error = store.lastError();
        return read;
    }
    read.articles = int(ids->size());
    const store::EntityStore es(store.database());
    read.rows = es.within(*ids);
    if (!read.rows) {
        read.error = es.lastError();
        return read;
    }
    // Both orders sorted here, off the window's thread: 100,000 names take about 100 ms to sort.
    read.byCount = store::EntityStore::order(*read.rows, true);
    read.byName = store::EntityStore::order(*read.rows, false);
    // And what the name filter and the groups need of each row, so that filtering 100,000
    // entities on the window's thread compares folded text and nothing else.
    read.folded.reserve(read.rows->size());
    read.group.reserve(read.rows->size());
    for (const store::EntityRow &r : std::as_const(*read.rows)) {
        read.folded << r.name.toCaseFolded();
        read.group << groupOf(r.type);
    }
    return read;
}

void EntityTreeModel::reloadScope()
{
    const int generation = ++m_generation;
    if (m_backgroundFrom < 0 || !m_store.canOpenElsewhere()) {
        m_scopeRead.stop();
        applyScope(readScope(m_store, m_scope));
        Q_EMIT reloaded();
        return;
    }
    // A scope of most of 100,000 articles reads 1.4 million (entity, article) rows: about 0.3 s.
    m_reading = true;
    store::readInBackground(
        m_store.path(), this, m_scopeRead, [scope = m_scope](const store::Store &corpus) { return readScope(corpus, scope); },
        [](const QString &error) {
            ScopeRead unread;
            unread.error = error;
            return unread;
        },
        [this, generation](const ScopeRead &read) {
            if (generation != m_generation)
                return; // a newer read is on its way, or the scope was left
            m_reading = false;
            applyScope(read);
            Q_EMIT reloaded();
        });
}

void EntityTreeModel::applyScope(const ScopeRead &read)
{
    m_reading = false;
    m_scopeError = read.error;
    if (!read.rows) {
        m_scoped.reset();
        // Not countable (the search cannot be read, say): the whole corpus, and why.
        m_scopeArticles = -1;
        fill(store::EntityStore(m_store.database()).countByType(query({})));
        return;
    }
    m_scoped = read;
    m_scopeArticles = read.articles;
    setGroups(scopedGroups());
}

std::optional<store::EntityRow> EntityTreeModel::inScope(const QString &key) const
{
    if (!m_scoped)
        return std::nullopt;
    for (const store::EntityRow &r : std::as_const(*m_scoped->rows)) {
        if (r.key == key)
            return r;
    }
    return std::nullopt;
}

qint8 EntityTreeModel::groupOf(const QString &type)
{
    for (qsizetype g = 0; g < qsizetype(groupTypes.size()); ++g) {
        if (entities::typeName(groupTypes[size_t(g)]) == type)
            return qint8(g);
    }
    return qint8(groupTypes.size() - 1); // Other
}

QList<EntityTreeModel::Group> EntityTreeModel::scopedGroups() const
{
    QList<Group> groups;
    for (entities::EntityType t : groupTypes) {
        Group g;
        g.type = entities::typeName(t);
        groups << g;
    }
    if (!m_scoped)
        return groups;
    // Rows stay in the order read; filtering keeps it. The filter is arrange()'s: part of the
    // name in any case.
    const QString filter = m_filter.toCaseFolded();
    const QList<store::EntityRow> &rows = *m_scoped->rows;
    for (qsizetype i : m_byCount ? m_scoped->byCount : m_scoped->byName) {
        if (!filter.isEmpty() && !m_scoped->folded.at(i).contains(filter))
            continue;
        Group &g = groups[m_scoped->group.at(i)];
        // Only the first page is copied; the rest stays an index until it is fetched.
        if (g.rows.size() < m_pageSize)
            g.rows << rows.at(i);
        else
            g.rest << i;
    }
    for (Group &g : groups)
        g.total = int(g.rows.size() + g.rest.size());
    return groups;
}

void EntityTreeModel::setSortByCount(bool byCount)
{
    if (byCount == m_byCount)
        return;
    m_byCount = byCount;
    if (isScoped() && m_scoped) {
        setGroups(scopedGroups());
        return;
    }
    // The same entities in another order: the totals stand, only the first pages are read again.
    QHash<QString, int> totals;
    for (const Group &g : std::as_const(m_groups))
        totals.insert(g.type, g.total);
    fill(totals);
}

QModelIndex EntityTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, groupId) : QModelIndex();
    if (parent.internalId() != groupId || parent.column() != 0 || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).rows.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex EntityTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupId);
}

int EntityTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != groupId || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).rows.size());
}

int EntityTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool EntityTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_groups.isEmpty();
    return parent.internalId() == groupId && parent.column() == 0 && m_groups.at(parent.row()).total > 0;
}

bool EntityTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (m_fetching || !parent.isValid() || parent.internalId() != groupId || parent.column() != 0)
        return false;
    const Group &g = m_groups.at(parent.row());
    return g.rows.size() < g.total;
}

void EntityTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Group &g = m_groups[parent.row()];
    QList<store::EntityRow> page;
    if (isScoped() && m_scoped) {
        const qsizetype n = std::min<qsizetype>(g.rest.size(), m_pageSize);
        page.reserve(n);
        for (qsizetype k = 0; k < n; ++k)
            page << m_scoped->rows->at(g.rest.at(k));
        g.rest.remove(0, n);
    } else {
        page = store::EntityStore(m_store.database()).page(query(g.type), int(g.rows.size()), m_pageSize);
    }
    if (page.isEmpty()) {
        g.total = int(g.rows.size()); // the corpus changed under us: stop asking
        return;
    }
    m_fetching = true;
    beginInsertRows(parent, int(g.rows.size()), int(g.rows.size() + page.size() - 1));
    g.rows << page;
    endInsertRows();
    m_fetching = false;
}

QVariant EntityTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == groupId) {
        const Group &g = m_groups.at(index.row());
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return u"%1 (%2)"_s.arg(groupTitle(g.type)).arg(g.total);
        if (role == TypeRole)
            return g.type;
        return {};
    }
    const store::EntityRow &r = m_groups.at(int(index.internalId() - 1)).rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return r.name;
        return index.column() == MentionsColumn ? r.mentions : r.articleCount;
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case IdRole:
        return r.id;
    case KeyRole:
        return r.key;
    case TypeRole:
        return r.type;
    default:
        return {};
    }
}

QVariant EntityTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Entity");
    case MentionsColumn: return tr("Mentions");
    case ArticlesColumn: return tr("Articles");
    default: return {};
    }
}

QModelIndex EntityTreeModel::indexOfKey(const QString &key) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const QList<store::EntityRow> &rows = m_groups.at(g).rows;
        for (int r = 0; r < rows.size(); ++r) {
            if (rows.at(r).key == key)
                return createIndex(r, 0, quintptr(g + 1));
        }
    }
    return {};
}

} // namespace parallax::itemmodels
