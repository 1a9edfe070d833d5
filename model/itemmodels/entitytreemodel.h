// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/backgroundread.h"
#include "store/entitystore.h"
#include "store/store.h"

#include <QAbstractItemModel>
#include <QList>

namespace parallax::store {
class Store;
}

namespace parallax::itemmodels {

/**
 * The entities of the corpus as a tree by type (person, place, organization, event, other),
 * each with its mention and article counts. Children are read a page at a time (fetchMore),
 * filtered and sorted in SQL, so the tree stays instant with 100,000 entities.
 */
class EntityTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, KeyRole, TypeRole };
    enum Column { NameColumn, MentionsColumn, ArticlesColumn, ColumnCount };

    /** pageSize: rows read at a time per type (the first page is read with the tree). */
    explicit EntityTreeModel(store::Store &store, QObject *parent = nullptr, int pageSize = 200);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /** Shows only entities whose name contains text; empty shows all. */
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    /** Most mentioned first (true) or by name. */
    void setSortByCount(bool byCount);
    /** Reads everything again (after an import or an edit). */
    void reload();
    /**
     * Reads everything again on a thread of its own (a connection of its own) when the tree
     * last read held at least setBackgroundFrom() entities, keeping the rows shown until the new
     * ones come; at once otherwise. reloaded() says when. A newer read supersedes an older one.
     */
    void reloadInBackground();
    /** See reloadInBackground(); negative (the default): never in the background. */
    void setBackgroundFrom(int entities) { m_backgroundFrom = entities; }
    /** The entities of every type, as last read. */
    int entityCount() const;

    /**
     * Counts within the articles a filter selects (a search, dates, an outlet country, an
     * outlet, ids): only the entities named there, with their mentions and articles there. An
     * empty filter counts the whole corpus. Reads again: on a thread of its own when reads may
     * go to the background (setBackgroundFrom()), keeping the rows shown until reloaded().
     */
    void setScope(const store::ArticleFilter &scope);
    const store::ArticleFilter &scope() const { return m_scope; }
    bool isScoped() const { return !m_scope.isEmpty(); }
    /** The articles of the scope as last counted; -1 while unscoped or not yet counted. */
    int scopeArticles() const { return m_scopeArticles; }
    /** Why the scope could not be counted (the whole corpus is shown then), or empty. */
    QString scopeError() const { return m_scopeError; }
    /** An entity's row within the scope as last counted (its counts there); nullopt: not named there. */
    std::optional<store::EntityRow> inScope(const QString &key) const;
    /** Whether a read on a thread of its own is under way. */
    bool isReading() const { return m_reading; }

    /** The index of an entity already fetched, or an invalid index. */
    QModelIndex indexOfKey(const QString &key) const;

    int pageSize() const { return m_pageSize; }

Q_SIGNALS:
    /** A reload asked for by reloadInBackground() is in place. */
    void reloaded();

private:
    struct Group
    {
        QString type;
        int total = 0;
        QList<store::EntityRow> rows;
        QList<qsizetype> rest; ///< in a scope, the rows not fetched yet (indexes into its rows)
    };
    /** What a scope holds: its article count and its entities, unsorted. */
    struct ScopeRead
    {
        std::optional<QList<store::EntityRow>> rows; ///< nullopt: could not be read (error)
        int articles = 0;
        QString error;
        QList<qsizetype> byCount; ///< the rows' positions, most mentioned first
        QList<qsizetype> byName;  ///< and by name
        QStringList folded;       ///< each row's name case-folded, for the name filter
        QList<qint8> group;       ///< each row's group in the tree
    };
    static ScopeRead readScope(const store::Store &store, const store::ArticleFilter &scope);
    /** The group of the tree an entity type goes in (Other for a type it does not know). */
    static qint8 groupOf(const QString &type);
    /** Reads the scope again, in the background when allowed. */
    void reloadScope();
    void applyScope(const ScopeRead &read);
    /** The groups of the scope's entities as filtered and sorted now, each with its first page. */
    QList<Group> scopedGroups() const;
    store::EntityQuery query(const QString &type) const;
    /** Rebuilds the groups with these totals per type, each with its first page. */
    void fill(const QHash<QString, int> &totals);
    /** The groups of a filter and order with these totals per type, each with its first page. */
    static QList<Group> readGroups(const store::EntityStore &es, const QHash<QString, int> &totals,
                                   const QString &filter, bool byCount, int pageSize);
    void setGroups(const QList<Group> &groups);

    store::Store &m_store;
    QList<Group> m_groups;
    QString m_filter;
    bool m_byCount = true;
    int m_pageSize = 200;
    bool m_fetching = false; ///< views may ask for more while rows are being inserted
    int m_backgroundFrom = -1;
    int m_generation = 0; ///< of the latest background read
    store::ArticleFilter m_scope;
    std::optional<ScopeRead> m_scoped; ///< the scope's entities and their orders, as last read
    int m_scopeArticles = -1;
    QString m_scopeError;
    bool m_reading = false;
    store::Interruptible m_scopeRead; ///< a newer scope, or none, stops the count under way
};

} // namespace parallax::itemmodels
