// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The entities of some of the articles: how often each is mentioned there and in how many of
// them, for the entity sidebar and `parallax entities` narrowed to a search, dates or sources.
#include "entitystore.h"

#include "store/sqlitestatement.h"

#include <algorithm>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace parallax::store {

namespace {

// SQLite's NOCASE: ASCII letters folded, everything else compared as it is.
int compareNoCase(const QString &a, const QString &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        char16_t x = a.at(i).unicode();
        char16_t y = b.at(i).unicode();
        if (x >= u'A' && x <= u'Z')
            x = char16_t(x + 32);
        if (y >= u'A' && y <= u'Z')
            y = char16_t(y + 32);
        if (x != y)
            return x < y ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

// Whether a query (its type, its filter: part of the name in any case) shows a row.
bool shows(const EntityRow &row, const EntityQuery &query)
{
    return (query.type.isEmpty() || row.type == query.type)
        && (query.filter.isEmpty() || row.name.contains(query.filter, Qt::CaseInsensitive));
}

} // namespace

std::optional<QHash<qint64, ScopedCount>> EntityStore::countsWithin(const QList<qint64> &articles, ScopeRead how) const
{
    QHash<qint64, ScopedCount> counts;
    if (articles.isEmpty())
        return counts;
    if (how == ScopeRead::Auto) {
        // A mention row per mention against a row per (entity, article) of the whole corpus:
        // reading an article's mentions costs about what the table's rows of eight articles do.
        SqliteStatement last(m_db, u"SELECT max(id) FROM articles"_s);
        const qint64 corpus = last.step() == SQLITE_ROW ? sqlite3_column_int64(last.get(), 0) : 0;
        how = articles.size() * 8 < corpus ? ScopeRead::ByArticle : ScopeRead::WholeTable;
    }
    int rc = SQLITE_DONE;
    if (how == ScopeRead::ByArticle) {
        SqliteStatement q(m_db, u"SELECT entity_id, count(*) FROM mentions WHERE article_id = ? GROUP BY entity_id"_s);
        for (qint64 article : articles) {
            if (!q.get())
                break;
            sqlite3_reset(q.get());
            sqlite3_bind_int64(q.get(), 1, article);
            while ((rc = q.step()) == SQLITE_ROW) {
                ScopedCount &c = counts[sqlite3_column_int64(q.get(), 0)];
                c.mentions += sqlite3_column_int(q.get(), 1);
                ++c.articles;
            }
            if (rc != SQLITE_DONE)
                break;
        }
        if (!q.get() || rc != SQLITE_DONE) {
            fail(u"entities"_s, q.error());
            return std::nullopt;
        }
        return counts;
    }
    // The whole table, each row tested against the articles as a bit per id.
    std::vector<bool> wanted(size_t(std::max<qint64>(0, *std::max_element(articles.cbegin(), articles.cend()))) + 1, false);
    for (qint64 id : articles) {
        if (id >= 0)
            wanted[size_t(id)] = true;
    }
    SqliteStatement q(m_db, u"SELECT entity_id, article_id, mentions FROM entity_articles"_s);
    while ((rc = q.step()) == SQLITE_ROW) {
        const qint64 article = sqlite3_column_int64(q.get(), 1);
        if (article < 0 || size_t(article) >= wanted.size() || !wanted[size_t(article)])
            continue;
        ScopedCount &c = counts[sqlite3_column_int64(q.get(), 0)];
        c.mentions += sqlite3_column_int(q.get(), 2);
        ++c.articles;
    }
    if (rc != SQLITE_DONE) {
        fail(u"entities"_s, q.error());
        return std::nullopt;
    }
    return counts;
}

std::optional<QList<EntityRow>> EntityStore::within(const QList<qint64> &articles, ScopeRead how) const
{
    const auto counts = countsWithin(articles, how);
    if (!counts)
        return std::nullopt;
    QList<EntityRow> rows;
    if (counts->isEmpty())
        return rows;
    rows.reserve(counts->size());
    SqliteStatement q(m_db, u"SELECT id, key, name, type FROM entities"_s);
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        const auto it = counts->constFind(sqlite3_column_int64(q.get(), 0));
        if (it == counts->cend() || it->mentions <= 0)
            continue;
        EntityRow r;
        r.id = it.key();
        r.key = QString::fromUtf8(q.bytes(1));
        r.name = QString::fromUtf8(q.bytes(2));
        r.type = QString::fromUtf8(q.bytes(3));
        r.mentions = it->mentions;
        r.articleCount = it->articles;
        rows << r;
    }
    if (rc != SQLITE_DONE) {
        fail(u"entities"_s, q.error());
        return std::nullopt;
    }
    return rows;
}

QList<qsizetype> EntityStore::order(const QList<EntityRow> &rows, bool byCount)
{
    QList<qsizetype> positions(rows.size());
    std::iota(positions.begin(), positions.end(), qsizetype(0));
    if (byCount) {
        std::sort(positions.begin(), positions.end(), [&rows](qsizetype i, qsizetype j) {
            const EntityRow &a = rows.at(i);
            const EntityRow &b = rows.at(j);
            if (a.mentions != b.mentions)
                return a.mentions > b.mentions;
            return a.name < b.name;
        });
    } else {
        std::sort(positions.begin(), positions.end(), [&rows](qsizetype i, qsizetype j) {
            const int c = compareNoCase(rows.at(i).name, rows.at(j).name);
            return c != 0 ? c < 0 : rows.at(i).id < rows.at(j).id;
        });
    }
    return positions;
}

void EntityStore::arrange(QList<EntityRow> &rows, const EntityQuery &query)
{
    QList<EntityRow> arranged;
    for (qsizetype i : order(rows, query.byCount)) {
        if (shows(rows.at(i), query))
            arranged << rows.at(i);
    }
    rows = arranged;
}

} // namespace parallax::store
