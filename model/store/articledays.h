// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/rowinserter.h"
#include "store/schema.h"
#include "store/store.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <list>
#include <memory>
#include <optional>
#include <vector>

namespace parallax::store {

/** The Julian day of an ISO date "YYYY-MM-DD" as the store writes them (0 when it is not one). */
qint64 julianDayOf(QStringView iso);

/**
 * The dated expressions of each article in a compact form: the table article_days (migration
 * "timeline-2"), one row per article with at least one dated expression, holding its outlet
 * country and each expression's (first day, last day) as Julian day numbers, packed as pairs of
 * little-endian 32-bit integers in day order. The timeline counts the mentioned lane of a
 * filtered view (a search, an entity's articles, a range of publication dates) from it: one
 * short row per article instead of one indexed row per date.
 *
 * ArticleWriter writes an article's row with its time expressions; the row goes with the article
 * (foreign key) and follows its country (trigger). Expressions written, changed or deleted in
 * time_expressions any other way mark their article in article_days_stale (triggers), and the
 * reader takes such articles' days from time_expressions instead, so what it reads is always
 * exactly what time_expressions holds.
 */
class ArticleDaysWriter final
{
public:
    explicit ArticleDaysWriter(const QSqlDatabase &db);

    /** The schema step that creates the table and its triggers and fills it from time_expressions. */
    static Migration migration();

    /**
     * Writes the days of an article whose time expressions were just written (empty: none dated);
     * nothing in a corpus opened at a schema before the table (migration tests).
     */
    bool write(qint64 article, const QString &country, const QList<std::pair<QDate, QDate>> &days);
    QString lastError() const { return m_error; }

private:
    bool fail(const RowInserter &q);

    RowInserter m_upsert;
    RowInserter m_remove;
    RowInserter m_fresh;
    bool m_enabled = false;
    QString m_error;
};

/** The dated expressions of one article, as the reader hands them over. */
struct ArticleDays
{
    qint64 article = 0;
    int country = 0;              ///< an index into ArticleDaysReader::countries()
    const qint32 *days = nullptr; ///< first, last, first, last, ... (Julian days)
    int pairs = 0;
};

/**
 * Which articles a filter selects, as a set of ids: the search from its index, the publication
 * dates from theirs, the ids as given; the country is tested on the rows read. Unfiltered parts
 * select everything.
 */
class ArticleSelection final
{
public:
    bool all() const { return m_all; }
    bool contains(qint64 id) const
    {
        return m_all || (id >= 0 && size_t(id) < m_bits.size() * 64 && (m_bits[size_t(id) / 64] >> (id % 64) & 1));
    }
    /** The selected ids in order (not for all()). */
    std::vector<qint64> ids() const;
    /** Keeps only the ids also in `ids`. */
    void intersect(const std::vector<qint64> &ids);

private:
    bool m_all = true;
    std::vector<quint64> m_bits;
};

/** Articles of one country published on one day. */
struct PublishedDay
{
    QString country;
    QString day; ///< ISO
    int articles = 0;
    qint64 firstArticle = 0;
};

/**
 * What readers have selected and read, kept for the readers that share it: the parts of one load
 * of a view (extent, lanes, counts) select a filter's articles, walk the index of their
 * publication dates and read their packed days once each. Valid while the corpus does not
 * change: one per load.
 */
class ArticleSelections final
{
    friend class ArticleDaysReader;
    struct Visited
    {
        qint64 article;
        int country;  ///< an index into countries
        size_t first; ///< of its days
        int pairs;
    };
    struct Days
    {
        ArticleFilter filter;
        QStringList countries;
        std::vector<Visited> articles;
        std::vector<qint32> days;
    };
    std::list<std::pair<ArticleFilter, ArticleSelection>> m_made;
    std::list<Days> m_days;
    std::list<std::pair<ArticleFilter, QList<PublishedDay>>> m_published; ///< by filters without dates
};

/** Reads article_days for the articles a filter selects; works on the connection it is given. */
class ArticleDaysReader final
{
public:
    explicit ArticleDaysReader(QSqlDatabase db);
    /** Selections are taken from and added to `shared` (null: each reader makes its own). */
    void shareSelections(std::shared_ptr<ArticleSelections> shared) { m_selections = std::move(shared); }

    /** True when the corpus has the table (migration "timeline-2"). */
    bool isAvailable() const;
    /**
     * Calls `visit` once for each article the filter selects that mentions a dated expression
     * (its from/to are publication dates, as in whereClause()). False and lastError() when the
     * filter's search cannot be read.
     */
    bool read(const ArticleFilter &filter, const std::function<void(const ArticleDays &)> &visit);
    /**
     * The first and last publication dates of the articles the filter selects, found by walking
     * the index of dates from each end to the first selected article (invalid when none).
     */
    std::optional<std::pair<QDate, QDate>> publishedExtent(const ArticleFilter &filter);
    using PublishedDay = store::PublishedDay;
    /**
     * The selected articles with a publication date counted per country and day, in that order:
     * the (country, published) index walked once with a test per article.
     */
    std::optional<QList<PublishedDay>> publishedDays(const ArticleFilter &filter);
    /** The countries the visited articles named, by index. */
    const QStringList &countries() const { return m_countries; }
    QString lastError() const { return m_error; }

private:
    sqlite3 *select(const ArticleFilter &filter, const ArticleSelection **selection);
    /** read() from the store, not from what is shared. */
    bool readStored(const ArticleFilter &filter, const std::function<void(const ArticleDays &)> &visit);
    std::optional<QList<PublishedDay>> walkPublished(const ArticleFilter &filter);
    int countryIndex(const char *utf8, int size);
    /** Visits the given articles' days from time_expressions. */
    bool readStale(const ArticleFilter &filter, const std::vector<qint64> &articles,
                   const std::function<void(const ArticleDays &)> &visit);

    QSqlDatabase m_db;
    std::shared_ptr<ArticleSelections> m_selections;
    ArticleSelections m_own;
    QStringList m_countries;
    std::vector<QByteArray> m_countryKeys;
    size_t m_lastCountry = 0; ///< the index found last
    std::vector<qint32> m_buffer;
    QString m_error;
};

} // namespace parallax::store
