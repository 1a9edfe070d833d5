// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysis.h"
#include "core/article.h"
#include "store/wordformsearch.h"

#include <QDate>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace parallax::store {

class ArticleWriter;
class EntityStore;
class SearchRank;

/** A row of the article list: everything but the body. */
struct ArticleSummary
{
    qint64 id = 0;
    QString source;
    QString title;
    QString outlet;
    QString country;
    QString language;
    QDate published;
    Provenance dateProvenance = Provenance::Unknown;
    int words = 0;
    qint64 supersededBy = 0; ///< the changed version imported later that replaced this one; 0 when current
    QString snippet; ///< sorted by relevance: the search's matches in context, between \u0002 and \u0003
    double score = 0; ///< sorted by relevance: BM25, higher is better
};

/** A full-text search hit, best first. */
struct SearchHit
{
    qint64 id = 0;
    QString title;
    QDate published;
    double score = 0; ///< BM25, higher is better
    QString snippet;  ///< with the matches between \u0002 and \u0003
};

/** Relevance: BM25 for the filter's search, best first when descending (without a search: Published). */
enum class SortKey { Title, Outlet, Country, Published, Words, Relevance };

/** Which articles a list shows. Empty fields do not filter. */
/**
 * An ArticleFilter's country or outlet that selects the articles without one ("-", as the CLI
 * takes it: --country - or --outlet -).
 */
inline const QString noSource = QStringLiteral("-");
/** The value stored for a filter's country or outlet: empty for noSource. */
inline QString storedSource(const QString &filterValue)
{
    return filterValue == noSource ? QStringLiteral("") : filterValue;
}

struct ArticleFilter
{
    QString search;            ///< an FTS5 query
    QDate from;                ///< published on or after
    QDate to;                  ///< published on or before
    QString country;           ///< ISO 3166 alpha-2; noSource: articles without a country
    /**
     * One outlet, in any case (noSource: articles without one). Store's article lists and counts take it; the timeline's readers
     * do not: they are given the outlet's articles as ids (Store::outletArticles()).
     */
    QString outlet;
    std::optional<QList<qint64>> ids; ///< only these articles (e.g. those mentioning an entity)

    bool isEmpty() const
    {
        return search.isEmpty() && !from.isValid() && !to.isValid() && country.isEmpty() && outlet.isEmpty() && !ids;
    }
    bool operator==(const ArticleFilter &) const = default;
};

/**
 * The corpus file: one SQLite connection, owned by the thread that opened it.
 * Every other thread opens its own Store on the same file. All SQL of the application lives
 * in this folder. Errors are returned as values with lastError().
 */
class Store final
{
public:
    Store();
    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    /** Opens (creating if needed) and migrates the corpus at path; ":memory:" for tests. */
    bool open(const QString &path);
    /** Opens and applies only the first `steps` migrations (for migration tests). */
    bool openAtVersion(const QString &path, int steps);
    /**
     * How many migrations the corpus file at path has yet to apply, read without changing it:
     * 0 when it is current, -1 when there is no corpus there (missing, empty, not SQLite, or
     * another program's database).
     */
    static int pendingMigrations(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    /**
     * Whether the corpus was opened for reading only: it is on a read-only disk or share, in a
     * folder that cannot be written, or kept read-only (keepReadOnly()). Everything reads as
     * usual; every write fails.
     */
    bool isReadOnly() const { return m_readOnly; }
    /**
     * From now on this process opens the corpus at path for reading only, on every connection
     * (the window's and its background readers'): `--read-only`.
     */
    static void keepReadOnly(const QString &path);
    /** Why it is read-only, for messages ("it was opened for reading only", …); empty when not. */
    QString readOnlyReason() const;
    /** Whether another connection (a background read's) can open the corpus: a file, not memory. */
    bool canOpenElsewhere() const { return !m_path.isEmpty() && m_path != QLatin1StringView(":memory:"); }
    QString lastError() const { return m_error; }
    /**
     * What kind of failure lastError() was: one of the corpus file itself (a full disk, a read or
     * write error, a damaged or read-only file), after which every write would fail too; or one
     * of the operation (a bad value, a query, a missing row).
     */
    enum class Fault { Operation, DiskFull, Storage };
    Fault lastFault() const { return m_fault; }
    QSqlDatabase database() const;
    int schemaVersion() const;
    QString sqliteVersion() const;
    QStringList appliedMigrations() const;

    /** Sets the connection's page cache, in KiB, and returns what it was (0 when unknown). */
    int setPageCacheKiB(int kib);
    /**
     * Sets how many pages the write-ahead log may hold before a commit copies them into the
     * corpus file (SQLite's wal_autocheckpoint); returns the previous value.
     */
    int setCheckpointPages(int pages);

    bool beginTransaction();
    bool commitTransaction();
    void rollbackTransaction();

    enum class InsertOutcome { Inserted, Duplicate, Failed };
    /**
     * Inserts an article with its paragraphs and sentences inside the current transaction
     * (all or nothing, through a savepoint). Sets a.id. A body already stored is a Duplicate.
     */
    InsertOutcome insertArticle(Article &a, const analysis::AnalysisResult &analysis = {});

    int articleCount() const;

    /**
     * From now on, each SQL statement of this connection stops with an error soon after *stop
     * becomes true (a read on another thread whose result nobody wants any more); nullptr: never.
     * The flag must outlive the connection's use.
     */
    void setInterrupt(const std::atomic_bool *stop);

    /** The corpus file's size on disk, its write-ahead log included, and what compact() could free. */
    struct DiskUse
    {
        qint64 bytes = 0;       ///< the file and its write-ahead log
        qint64 freeBytes = 0;   ///< pages no longer used (left by removals, re-imports, migrations)
    };
    DiskUse diskUse() const;
    /**
     * The room compact() needs on disk: SQLite writes its temporary copy of the corpus in its
     * temporary folder (SQLITE_TMPDIR, TMPDIR, then the system's) and the rewritten pages to the
     * write-ahead log beside the corpus, each about as large as what the corpus holds.
     */
    struct CompactRoom
    {
        QString tempFolder;      ///< where SQLite puts its temporary copy
        QString corpusFolder;    ///< where the corpus and its write-ahead log are
        qint64 tempNeeded = 0;   ///< bytes the temporary copy takes
        qint64 corpusNeeded = 0; ///< bytes the write-ahead log takes
        qint64 tempFree = -1;    ///< free bytes there (-1: unknown)
        qint64 corpusFree = -1;
        bool sameVolume = false; ///< both on one file system: it needs the two together
    };
    CompactRoom compactRoom() const;
    /** Empty when there is room enough; otherwise what is missing, where, and what the user can do. */
    static QString roomProblem(const CompactRoom &room);
    /**
     * Rewrites the corpus file without its unused pages (SQLite's VACUUM) and empties the
     * write-ahead log; every row stays as it is. Setting *cancel stops it, leaving the corpus as it
     * was. It does not start without the room compactRoom() says it needs. Returns the use before
     * and after, or nullopt and lastError().
     */
    std::optional<std::pair<DiskUse, DiskUse>> compact(const std::atomic_bool *cancel = nullptr);
    QList<ArticleSummary> articles(SortKey key = SortKey::Published, Qt::SortOrder order = Qt::AscendingOrder,
                                   int offset = 0, int limit = -1) const;
    /** A page of the filtered list; std::nullopt and lastError() when the search cannot be read. */
    std::optional<QList<ArticleSummary>> articles(const ArticleFilter &filter, SortKey key, Qt::SortOrder order,
                                                  int offset, int limit) const;
    std::optional<int> articleCount(const ArticleFilter &filter) const;
    /**
     * The article after (delta > 0) or before (delta < 0) `id` in the filtered list in this
     * order: its id, 0 when `id` is at that end of the list, std::nullopt when `id` is not in the
     * list, the order is by relevance (which pages rank afresh), or the list cannot be read. Walks
     * the order's index, as a page of a long list does: a reader stepping from an article far
     * down a list the window has not loaded that far.
     */
    std::optional<qint64> neighbour(const ArticleFilter &filter, SortKey key, Qt::SortOrder order, qint64 id,
                                    int delta) const;
    std::optional<Article> article(qint64 id) const;
    /** FTS5 search ranked by BM25. std::nullopt and lastError() on a query syntax error. */
    std::optional<QList<SearchHit>> search(const QString &query, int limit = 50);
    /** The ids of all articles matching a query (for filtering lists). */
    std::optional<QList<qint64>> matchingIds(const QString &query);
    /**
     * The words of a search that also find other forms of themselves (остров: острова,
     * островов…), with the forms the corpus holds; empty for a Japanese or Chinese search.
     * Every search of the store widens its words so (quotes keep a word as written).
     */
    QList<WordForms> wordForms(const QString &query) const;
    /**
     * How many articles each outlet country has, and each outlet (by name, any case), by name;
     * and how many have none recorded.
     */
    struct SourceCounts
    {
        QList<std::pair<QString, int>> countries;
        QList<std::pair<QString, int>> outlets;
        int withoutCountry = 0;
        int withoutOutlet = 0;
    };
    std::optional<SourceCounts> sourceCounts() const;
    /** The ids of every article of the filtered list, in id order; std::nullopt when it cannot be read. */
    std::optional<QList<qint64>> articleIds(const ArticleFilter &filter) const;
    /** The ids of an outlet's articles (any case; noSource: those without one), in id order. */
    QList<qint64> outletArticles(const QString &outlet) const;
    /** The summaries of these articles, by id (those that exist). */
    QHash<qint64, ArticleSummary> summaries(const QList<qint64> &ids) const;

    /** SHA-256 of the body, hex: the content hash used to skip re-imports. */
    static QString contentHash(const QString &body);

private:
    /**
     * Calls `visit` with each article of a filter with a long id list and no search, in the
     * `order` given (SQL, may be empty), until it returns false. False on a database error.
     */
    bool walkFilteredIds(const ArticleFilter &filter, const QString &order, const std::function<bool(qint64)> &visit) const;
    /**
     * The sorted ids of the articles a filter with a search in words or a long id list selects,
     * read from the full-text index and, when they are many, with the dates and the country
     * applied from their indexes; std::nullopt without either, or for a search in Japanese,
     * Chinese or Korean. False (and lastError()) when the search cannot be read.
     */
    bool filteredIds(const ArticleFilter &filter, std::optional<std::vector<qint64>> *out) const;

    bool exec(const QString &sql);
    /** A statement prepared once per connection and reused (bind values are cleared). */
    QSqlQuery &prepared(const QString &sql);
    /** Writes what the analysers found for a stored article (inside insertArticle's savepoint). */
    bool writeAnalysis(const Article &a, const analysis::AnalysisResult &analysis);
    bool migrate(int steps);
    /** False, with why, for a database of another program or of a later version of Parallax. */
    bool isOwnSchema(QString *why);
    bool fail(const QString &what, const QString &detail) const;

    std::unique_ptr<EntityStore> m_entityWriter; ///< keeps its prepared statements across articles
    std::unique_ptr<ArticleWriter> m_articleWriter;
    /** The best `keep` matches of query among the articles rest lets through, ranked once. */
    struct Ranking;
    bool rank(const QString &query, const ArticleFilter &rest, int keep, bool worstFirst, Ranking *out) const;
    /** A page of a search's matches in order of relevance, with their snippets. */
    std::optional<QList<ArticleSummary>> rankedArticles(const ArticleFilter &filter, Qt::SortOrder order, int offset,
                                                        int limit) const;

    /** Indexes the articles the transaction inserted (listed in fts_pending) for search. */
    bool indexPending();
    bool m_readOnly = false;
    bool m_readOnlyPlace = false; ///< read-only because nothing can be written where it is
    bool m_deferIndexing = false; ///< the schema lets a transaction index its articles when it commits

    mutable std::shared_ptr<SearchRank> m_rank; ///< BM25 with article lengths in memory, made on the first search
    mutable std::shared_ptr<SearchRank> m_trigramRank; ///< the same for the trigram index
    bool m_inTransaction = false; ///< between beginTransaction() and commit/rollback
    QString m_connection;
    QString m_path;
    mutable QString m_error;
    mutable Fault m_fault = Fault::Operation;
    QHash<QString, QSqlQuery> m_statements;
    /** article()'s three reads, prepared once: a keyness count reads tens of thousands of articles. */
    mutable std::unique_ptr<QSqlQuery> m_readArticle, m_readSentences, m_readParagraphs;
};

/** The WHERE clause (with its leading " WHERE ", or empty) over the articles table, and its bound values. */
QString whereClause(const ArticleFilter &filter, QVariantList *values);

/**
 * Lets a write of the window's thread go first: called by a long job on another thread between
 * two of its transactions (an import, after each batch), it waits while the window's connection
 * is waiting for the write lock (at most a fifth of a second). Every connection waits for the lock
 * by trying again each millisecond, so the window's write takes the gap.
 */
void yieldToWindow();
/** Whether the window's connection is waiting for the write lock now: a long transaction should end. */
bool windowIsWaiting();
/**
 * Whether the window's connection waited for the write lock in the last few seconds: someone is
 * editing, and a long job should keep its transactions short until they stop.
 */
bool windowWaitedLately();

/**
 * A failed statement's error for the user: SQLite's own words (without the driver's "Unable to
 * execute statement"), or what a full disk or a file that cannot be written means.
 */
QString sqlErrorText(const QSqlError &error);

/** Turns an SQLite FTS5 error into a one-line explanation for the user. */
QString explainSearchError(const QString &query, const QString &driverText);

} // namespace parallax::store
