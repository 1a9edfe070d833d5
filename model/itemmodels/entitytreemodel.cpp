// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitytreemodel.h"

#include "analysis/entities/entity.h"
#include "store/store.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace parallax::itemmodels {

namespace {

// Children carry their group's row + 1 in the internal id; groups carry 0.
constexpr quintptr groupId = 0;

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
    fill(store::EntityStore(m_store.database()).countByType(query({})));
}

QList<EntityTreeModel::Group> EntityTreeModel::readGroups(const store::EntityStore &es, const QHash<QString, int> &totals,
                                                          const QString &filter, bool byCount, int pageSize)
{
    QList<Group> groups;
    for (entities::EntityType t : {entities::EntityType::Person, entities::EntityType::Place,
                                   entities::EntityType::Organization, entities::EntityType::Event,
                                   entities::EntityType::Other}) {
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
    if (m_backgroundFrom < 0 || entityCount() < m_backgroundFrom || !m_store.canOpenElsewhere()) {
        reload();
        Q_EMIT reloaded();
        return;
    }
    // 100,000 entities take about 110 ms to count by type and page by mentions: during an import
    // the sidebar refreshes every few seconds, and the window must not wait for it.
    const int generation = ++m_generation;
    using Read = std::optional<QList<Group>>;
    auto *watcher = new QFutureWatcher<Read>(this);
    connect(watcher, &QFutureWatcher<Read>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
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
    reload();
}

void EntityTreeModel::setSortByCount(bool byCount)
{
    if (byCount == m_byCount)
        return;
    m_byCount = byCount;
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
    const QList<store::EntityRow> page =
        store::EntityStore(m_store.database()).page(query(g.type), int(g.rows.size()), m_pageSize);
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
