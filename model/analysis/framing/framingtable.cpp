// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "framingtable.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace parallax::framing {

FramingTable framingTable(const QList<ArticleFraming> &articles, int minArticles)
{
    FramingTable table;
    using Key = std::tuple<QString, QString, QString>; // concept, term, country
    QMap<Key, FramingCell> cells;
    for (const ArticleFraming &a : articles) {
        const QString country = a.country.isEmpty() ? unknownCountry.toString() : a.country;
        ++table.articles[country];
        table.words[country] += a.words;
        QSet<QString> seen; // concept and term, per article
        for (const FramingHit &h : a.hits) {
            const Key key{h.conceptName, h.term, country};
            FramingCell &cell = cells[key];
            if (cell.count == 0) {
                cell.conceptName = h.conceptName;
                cell.term = h.term;
                cell.side = h.side;
                cell.country = country;
            }
            ++cell.count;
            const QString seenKey = h.conceptName + u'\x1f' + h.term;
            if (!seen.contains(seenKey)) {
                seen.insert(seenKey);
                ++cell.articles;
            }
        }
    }
    return framingTable(table.articles, table.words, cells.values(), minArticles);
}

FramingTable framingTable(const QHash<QString, int> &articles, const QHash<QString, qint64> &words,
                          QList<FramingCell> cells, int minArticles)
{
    FramingTable table;
    table.articles = articles;
    table.words = words;
    std::sort(cells.begin(), cells.end(), [](const FramingCell &x, const FramingCell &y) {
        return std::tie(x.conceptName, x.term, x.country) < std::tie(y.conceptName, y.term, y.country);
    });
    for (FramingCell cell : std::as_const(cells)) {
        const qint64 words = table.words.value(cell.country);
        cell.perThousandWords = words > 0 ? 1000.0 * cell.count / double(words) : 0;
        table.cells.append(cell);
    }
    QStringList countries = table.articles.keys();
    std::sort(countries.begin(), countries.end());
    for (const QString &c : countries) {
        const int n = table.articles.value(c);
        if (n < minArticles) {
            table.warnings.append(u"only %1 %2 from %3: too few to compare (at least %4 wanted)"_s
                                      .arg(n)
                                      .arg(n == 1 ? u"article"_s : u"articles"_s,
                                           c == unknownCountry ? u"outlets of no known country"_s : c)
                                      .arg(minArticles));
        }
    }
    return table;
}

} // namespace parallax::framing
