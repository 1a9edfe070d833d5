// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/compare/keyness.h"
#include "store/store.h"

#include <QHash>

#include <QDate>
#include <QList>
#include <QString>

#include <atomic>

namespace parallax::query {

/** One match of a search in an article's body, with the text on either side (key word in context). */
struct ConcordanceLine
{
    qint64 articleId = 0;
    QString title;
    QString outlet;
    QString country;
    QDate published;
    int start = 0; ///< the match in the body (UTF-16 offsets)
    int end = 0;
    int startCodePoint = 0; ///< the same in Unicode code points (as JSON gives offsets)
    int endCodePoint = 0;
    QString left;  ///< the text before the match, on one line
    QString match; ///< the match as written
    QString right; ///< the text after it, on one line
};

/** How concordance lines are ordered. */
enum class ConcordanceOrder {
    Text,   ///< by publication date, then where in the article
    Left,   ///< by the words before the match, nearest first (as a concordancer sorts L1, L2…)
    Right,  ///< by the words after the match, nearest first (R1, R2…)
    Match,  ///< by the match as written (its forms together), then by the words after it
    Outlet, ///< by outlet, then date
};
std::optional<ConcordanceOrder> concordanceOrderNamed(const QString &name);
QString concordanceOrderName(ConcordanceOrder order);

struct ConcordanceOptions
{
    int context = 60;      ///< characters of text on each side
    int collocateSpan = 0; ///< words on each side of a match counted for collocates() (0: none)
    int maxLines = 2000;   ///< no article is read once this many lines are listed (the articles in date order)
    const std::atomic<bool> *cancel = nullptr; ///< set from another thread to stop early
};

struct Concordance
{
    QString query;          ///< the search; for an entity's mentions, empty
    QString entity;         ///< for an entity's mentions: its name
    QList<ConcordanceLine> lines;
    int articles = 0;       ///< the articles the search matches
    int articlesRead = 0;   ///< of those, the articles whose lines are listed
    bool truncated = false; ///< maxLines were reached before the last article
    QString error;
    /// With a collocate span: the words of the articles read (total: every word, function words too) …
    compare::FrequencyTable words;
    /// … and those within the span before and after a match (times before, times after)
    QHash<QString, std::pair<qint64, qint64>> near;
    qint64 nearTotal = 0; ///< words within the spans, function words too
};

/** A word found near the matches of a concordance. */
struct Collocate
{
    QString word;
    qint64 before = 0;     ///< times within the span before a match
    qint64 after = 0;      ///< times within the span after one
    qint64 inArticles = 0; ///< times in the articles read, near a match or not
    double g2 = 0;         ///< log-likelihood of its frequency near the matches against elsewhere in them
    double logRatio = 0;   ///< log2 of how much more often it occurs near the matches than elsewhere
    qint64 near() const { return before + after; }
};

/**
 * The words found near a concordance's matches (within its collocate span) more often than in
 * the rest of the same articles, at least `minNear` times, by G² (the largest first); function
 * words are left out. What a concordancer's collocates list shows: what a term keeps company with.
 */
QList<Collocate> collocates(const Concordance &c, qint64 minNear = 3);

/**
 * Every match of the filter's search in the bodies of the articles it lets through, in date
 * order, with `context` characters on each side: the matches the reader marks (the words'
 * other forms too; a Japanese word inside a compound). A filter without a search gives an
 * error.
 */
Concordance concordance(const store::Store &store, const store::ArticleFilter &filter,
                        const ConcordanceOptions &options = {});

/**
 * Every mention of an entity, under any of its names (Southern Kurils, Northern Territories,
 * 北方領土), in the articles a scope lets through (an empty scope: all), with `context`
 * characters on each side, in date order. `entity` is its key or its id in decimal.
 */
Concordance concordanceOfEntity(const store::Store &store, const QString &entity, const store::ArticleFilter &scope,
                                const ConcordanceOptions &options = {});

/**
 * Whether a folded word (as a collocate is written) is among the `span` words of a line's
 * context nearest its match, before or after it.
 */
bool isNear(const ConcordanceLine &line, const QString &word, int span);

/** Orders lines (a stable sort: lines that compare equal keep their order). */
void sortConcordance(QList<ConcordanceLine> &lines, ConcordanceOrder order);

} // namespace parallax::query
