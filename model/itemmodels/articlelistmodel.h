// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/backgroundread.h"
#include "store/store.h"

#include <QAbstractTableModel>
#include <QSet>

#include <functional>

namespace parallax::itemmodels {

/**
 * The library: articles as a table (title, outlet, country, date), loaded a page at a time
 * (fetchMore), sorted and filtered in SQL so it stays instant with a large corpus.
 *
 * With a search, a fifth column shows each article's matches in context, and sorting by it
 * sorts by relevance (BM25, best first). A new search starts sorted by relevance; clearing it
 * brings back the order used before.
 */
class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, OutletColumn, CountryColumn, DateColumn, ContextColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        DateProvenanceRole,
        SourceRole,
        SnippetRole, ///< the context column's text with the matches between \u0002 and \u0003
        SupersededByRole, ///< the changed version that replaced the article (0: it is the current one)
    };

    explicit ArticleListModel(store::Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /** Applies a filter; false (and the list unchanged) when its search cannot be read. */
    bool setFilter(const store::ArticleFilter &filter);
    /**
     * Applies a filter as setFilter() does, reading its count and first page on a thread of its
     * own (a connection of its own) when loadsInBackground(): the list keeps its rows until they
     * come, and a newer filter supersedes one still being read. filterApplied() says when (at
     * once when read here), and whether its search could be read (lastError()).
     */
    void setFilterInBackground(const store::ArticleFilter &filter);
    /** Corpora stored in a file with at least this many articles; negative (the default): never. */
    void setBackgroundFrom(int articles) { m_backgroundFrom = articles; }
    bool loadsInBackground() const;
    /** True while a filter is being read in the background. */
    bool isLoading() const { return m_loading; }
    const store::ArticleFilter &filter() const { return m_filter; }
    /** The filter being read in the background, or else the one in place. */
    const store::ArticleFilter &wantedFilter() const { return m_loading ? m_pendingFilter : m_filter; }
    QString lastError() const { return m_error; }
    /** The words of the filter's search that also find their other forms, with those forms. */
    const QList<store::WordForms> &wordForms() const { return m_wordForms; }
    /** The number of articles that match the filter (loaded or not). */
    int totalCount() const { return m_total; }
    int corpusSize() const;

    /** The column the list is sorted by, and in which order. */
    int sortColumn() const;
    Qt::SortOrder sortOrder() const { return m_order; }

    qint64 idAt(int row) const;
    /**
     * The article a reader goes to when these leave the list, as in a mail client: the first
     * row loaded after the last of them, else the last before the first of them; 0 if none.
     */
    qint64 idBeside(const QSet<qint64> &leaving) const;
    const store::Store &store() const { return m_store; }
    /**
     * The row of an article, loading pages until it is found (up to maxRowsToFind rows, for at
     * most maxMsToFind; in order of relevance, among the rows loaded only); -1 when it is filtered
     * out or further down (then `further` is set: loadDownTo() reaches it).
     */
    int rowOf(qint64 id, bool *further = nullptr);
    /**
     * Loads the rows down to an article further down the list than those loaded, then answers
     * its row to `done` in `context`'s thread (-1 if the list changed meanwhile or it is not
     * there). Read through a connection of its own when loadsInBackground(): tens of thousands
     * of rows take a second or two. Not called if `context` is destroyed first.
     */
    void loadDownTo(qint64 id, QObject *context, std::function<void(int)> done);
    /**
     * The ids of the whole list, loaded or not, answered to `done` in `context`'s thread: read
     * through a connection of its own when loadsInBackground(), else at once.
     */
    void findAllIds(QObject *context, std::function<void(std::optional<QList<qint64>>)> done) const;
    /** How many rows loadDownTo() loads at most (250,000; 0 turns it off). */
    void setLoadDownLimit(int rows) { m_loadDownLimit = rows; }
    /**
     * The article after (delta > 0) or before (delta < 0) `id` in the whole list, loaded or not:
     * its id, 0 at that end of the list, std::nullopt when the store cannot tell (see
     * Store::neighbour). For stepping from an article further down than the rows loaded.
     */
    std::optional<qint64> neighbourOf(qint64 id, int delta) const;
    /**
     * neighbourOf(), answered to `done` in `context`'s thread: read through a connection of its
     * own when loadsInBackground() (a walk of 100,000 rows from a cold cache takes a few hundred
     * milliseconds), else at once. Not called if `context` is destroyed first.
     */
    void findNeighbour(qint64 id, int delta, QObject *context, std::function<void(std::optional<qint64>)> done);
    static constexpr int maxRowsToFind = 4096;
    static constexpr int maxMsToFind = 50;

public Q_SLOTS:
    /** Re-reads everything (after an import). */
    void reload();

Q_SIGNALS:
    /** The order changed without sort() being called (a search began or ended). */
    void sortChanged(int column, Qt::SortOrder order);
    /** A filter given to setFilterInBackground() is in place (ok), or its search cannot be read. */
    void filterApplied(bool ok);
    /** A background read began or ended (isLoading()). */
    void loadingChanged(bool loading);

private:
    /** Re-reads everything; the filter's count when already known. */
    void reloadWith(std::optional<int> total);

    /** The order a new filter brings: by relevance when a search begins, the earlier one when it ends. */
    struct Order
    {
        store::SortKey key;
        Qt::SortOrder order;
        store::SortKey keyBefore;
        Qt::SortOrder orderBefore;
        bool changed = false;
    };
    Order orderFor(const store::ArticleFilter &filter) const;
    void setLoading(bool loading);
    /** Puts a filter, its order, count and first page in place. */
    void apply(const store::ArticleFilter &filter, const Order &order, int total, const QList<store::ArticleSummary> &rows);

    store::Store &m_store;
    store::ArticleFilter m_filter;
    store::SortKey m_sortKey = store::SortKey::Published;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    store::SortKey m_keyBeforeSearch = store::SortKey::Published; ///< restored when a search ends
    Qt::SortOrder m_orderBeforeSearch = Qt::DescendingOrder;
    QList<store::ArticleSummary> m_rows;
    int m_total = 0;
    QString m_error;
    QList<store::WordForms> m_wordForms;
    store::ArticleFilter m_pendingFilter; ///< being read in the background
    int m_backgroundFrom = -1;
    int m_generation = 0; ///< of the latest background read: older ones are dropped when they finish
    store::Interruptible m_filterRead; ///< the latest filter's read, stopped by a newer one
    int m_loadDownLimit = 250000;
    int m_resets = 0;     ///< of the rows: rows read for a list since replaced are dropped
    bool m_loading = false;
    static constexpr int pageSize = 256;
};

} // namespace parallax::itemmodels
