// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "store/articledays.h"
#include "store/store.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace parallax::store {

/** The width of a timeline bucket. */
enum class TimeBucket { Day, Week, Month, Year };

/** The first day of the bucket a day falls in (weeks start on Monday). */
QDate bucketStart(QDate day, TimeBucket bucket);

/** Articles of one outlet country published in one bucket (which starts on `bucket`). */
struct ReportedCount
{
    QString country;
    QDate bucket;
    int articles = 0;
    qint64 firstArticle = 0; ///< the lowest article id in the bucket (what a click opens)
};

/** A date an article mentions, with the days its value covers (before any mod narrows them). */
struct MentionedDate
{
    qint64 article = 0;
    QString country;     ///< of the reporting outlet
    QDate published;     ///< of the reporting article
    Span span;           ///< of the expression, UTF-16 offsets into the body
    QString surface;
    QString value;       ///< TIMEX3
    QString mod;
    QDate firstDay;
    QDate lastDay;
    Span sentence;       ///< the sentence the expression is in
    QString sentenceText;
};

/** How much time a mentioned date covers: the rows of the timeline's "mentioned" lane. */
enum class MentionSpan { Day, Months, Years };

/** The span of a mention that covers the days [first, last]: one day, up to a quarter, or more. */
MentionSpan mentionSpan(QDate first, QDate last);

/** Dates mentioned, counted in SQL per span, outlet country and bucket (of their first day in view). */
struct MentionedCount
{
    MentionSpan span = MentionSpan::Day;
    QString country;
    QDate bucket;
    int mentions = 0;
    int articles = 0;        ///< distinct articles; -1 when the count from the summary cannot tell them
    qint64 firstArticle = 0; ///< the lowest article id (what a click opens)
};

/**
 * The timeline's SQL: publication counts aggregated by bucket in SQLite, and the dates the
 * articles mention, read from the time_expressions table that the dates analysis writes at
 * import (migration "dates-1"). Works on the connection it is given, in the thread that owns it.
 */
class TimelineStore final
{
public:
    explicit TimelineStore(QSqlDatabase db);

    /** Articles per country per bucket, for the articles the filter selects (its dates on `published`). */
    std::optional<QList<ReportedCount>> reported(const ArticleFilter &filter, TimeBucket bucket) const;
    /** The outlet countries of the filtered articles with a publication date, in order (its dates ignored). */
    QStringList countries(const ArticleFilter &filter) const;
    /** The first and last publication dates of the filtered articles (invalid when none). */
    std::pair<QDate, QDate> publishedExtent(const ArticleFilter &filter) const;

    /** True when the corpus stores time expressions (the dates analysis has run at import). */
    bool hasMentions() const;
    /**
     * The dates that the filtered articles mention and that overlap [from, to] (the filter's own
     * from/to still apply to publication; invalid ends are open), at most `limit` (-1: all), in
     * date order. This and the two below are the one query API for mentioned dates.
     */
    std::optional<QList<MentionedDate>> mentioned(const ArticleFilter &filter, QDate from, QDate to,
                                                  int limit = -1) const;
    /** How many mentioned dates overlap [from, to]. */
    std::optional<int> mentionCount(const ArticleFilter &filter, QDate from, QDate to) const;
    /**
     * The same dates counted per span, country and bucket, aggregated in SQL: each in the bucket
     * of its first day, or of `from` when it begins earlier. Ordered by span, country, bucket.
     */
    std::optional<QList<MentionedCount>> mentionedCounts(const ArticleFilter &filter, QDate from, QDate to,
                                                         TimeBucket bucket) const;
    /** The first and last days mentioned by the filtered articles (invalid when none). */
    std::pair<QDate, QDate> mentionExtent(const ArticleFilter &filter) const;

    /**
     * Filtered views count their mentioned dates from the packed days of each article
     * (article_days) when the corpus has them, and find their publication extent by walking the
     * index of dates; false reads both with SQL over time_expressions and the articles instead
     * (slower, the same numbers: what the fast paths are tested against).
     */
    void setReadPackedDays(bool packed) { m_packed = packed; }
    /**
     * For one load of a view: the articles a filter selects (its search, ids and dates) are
     * worked out once and reused by every later call on this object, which must not outlive a
     * change of the corpus.
     */
    void reuseSelections();

    QString lastError() const { return m_error; }

private:
    ArticleDaysReader daysReader() const;
    /** True when the packed days answer what the summary does not. */
    bool packedDays() const;
    std::optional<QList<MentionedCount>> packedCounts(const ArticleFilter &filter, QDate from, QDate to,
                                                      TimeBucket bucket) const;
    std::optional<int> packedCount(const ArticleFilter &filter, QDate from, QDate to) const;
    std::pair<QDate, QDate> packedExtent(const ArticleFilter &filter) const;
    QString mentionWhere(const ArticleFilter &filter, QDate from, QDate to, QVariantList *values,
                         qint64 after = 0) const;
    /** How far the mention_days summary serves this filter: none or a country only (0: not at all). */
    qint64 summarisedUpTo(const ArticleFilter &filter) const;
    /** True when time expressions are stored past the summary (always when it serves nothing). */
    bool anythingPast(qint64 upTo) const;
    QString summaryWhere(const ArticleFilter &filter, QDate from, QDate to, QVariantList *values) const;
    bool fail(const QString &detail) const;

    QSqlDatabase m_db;
    bool m_packed = true;
    std::shared_ptr<ArticleSelections> m_selections;
    mutable QString m_error;
};

} // namespace parallax::store
