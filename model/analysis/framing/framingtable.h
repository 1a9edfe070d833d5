// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tagger.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace parallax::framing {

/** The country key of articles whose outlet's country no import could tell. */
inline constexpr QStringView unknownCountry = u"??";

/** The framing hits of one article with what the table needs to know of it. */
struct ArticleFraming
{
    QString country;
    int words = 0;
    QList<FramingHit> hits;
};

/** How often one country's articles use one term. */
struct FramingCell
{
    QString conceptName;
    QString term;
    QString side;
    QString country;
    int count = 0;     ///< hits
    int articles = 0;  ///< articles with at least one hit
    double perThousandWords = 0;
};

/** For each concept, which terms each country uses and how often. */
struct FramingTable
{
    QList<FramingCell> cells;           ///< by concept, then term, then country
    QHash<QString, int> articles;       ///< articles per country
    QHash<QString, qint64> words;       ///< words per country
    QStringList warnings;               ///< e.g. too few articles from a country to compare
};

/**
 * Counts hits per concept, term and country, with rates per 1,000 words of that country's
 * articles. A country with fewer than minArticles articles gets a warning; an article without a
 * country counts under unknownCountry.
 */
FramingTable framingTable(const QList<ArticleFraming> &articles, int minArticles = 5);

/**
 * The same table from counts made elsewhere (in SQL over the stored hits): articles and words
 * per country, and per concept, term and country the hits and the articles with a hit (each
 * cell's count and articles filled, its rate not yet).
 */
FramingTable framingTable(const QHash<QString, int> &articles, const QHash<QString, qint64> &words,
                          QList<FramingCell> cells, int minArticles = 5);

} // namespace parallax::framing
