// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/searchsnippet.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <vector>

struct sqlite3;
struct Fts5ExtensionApi;
struct Fts5Context;

namespace parallax::store {

/**
 * BM25 for an FTS5 table, computed as FTS5's own bm25() does but with each article's length
 * in tokens read from memory instead of the table's docsize rows.
 *
 * Ranking every match is what a search at 100,000 articles spends its time on, and most of
 * that goes to one docsize lookup per matching row. This keeps the lengths in an array indexed
 * by rowid, loaded on the first search and brought up to date when the corpus changed (new
 * articles are read incrementally; anything else reloads them). The function it registers,
 * `NAME(table, weight_column_0, weight_column_1, ...)`, returns the same values as bm25() with
 * the same weights, with one exception that saves a pass over the matches: for a query of one
 * phrase it leaves out the phrase's IDF (a constant factor that cannot change the order), and
 * scale() puts it back from the number of rows it ranked.
 *
 * The function also keeps the best rows of the query as it goes (no ORDER BY, no sorter), with
 * where the query's phrases matched in the column that snippets are made from: so a search runs
 * its match once, and makes the snippets of the rows it shows from their text alone.
 */
class SearchRank final
{
public:
    /** Registers the function on the connection of db (an open SQLite connection). */
    static std::shared_ptr<SearchRank> install(const QSqlDatabase &db, const QString &table,
                                               const QString &function, const QByteArray &tokenizer,
                                               const QList<QByteArray> &tokenizerArgs, QString *error);

    /** One of the best rows of the last query. */
    struct Ranked
    {
        qint64 rowid = 0;
        double value = 0;           ///< what the function returned (lower is better); see scale()
        std::vector<PhraseHit> hits; ///< in the snippet column
    };

    SearchRank(sqlite3 *db, const QString &table);

    /**
     * Brings the lengths up to date; call before each ranking query. When it fails, the
     * ranking still works, asking FTS5 for each row's length.
     */
    bool refresh(QString *error);
    /**
     * Starts counting the rows the next query ranks, keeping its best `keep` (its worst, when
     * worstFirst) with their hits in snippetColumn.
     */
    void startQuery(int keep, int snippetColumn, bool worstFirst = false);
    /** The best rows of the last query, best first (ties: the lower rowid); worstFirst reverses it. */
    std::vector<Ranked> takeBest();
    /** The length in tokens of each phrase of the last query. */
    const std::vector<int> &phraseTokens() const { return m_phraseTokens; }
    /** Cuts text into tokens and makes snippets as this table's tokenizer does. */
    const SnippetMaker &snippets() const { return *m_snippets; }
    /** The BM25 score (higher is better) of a value the function returned in the last query. */
    double scale(double value) const;

    /** Internal: the cached length in tokens of all columns, or -1 when not known. */
    int length(qint64 rowid) const
    {
        return rowid >= 0 && size_t(rowid) < m_lengths.size() && m_lengths[size_t(rowid)] > 0
            ? int(m_lengths[size_t(rowid)]) - 1 : -1;
    }
    /**
     * Internal: the function hands over each row it ranks, with whether it left the IDF out;
     * the row is kept when it is among the best so far. SQLite's error code or SQLITE_OK.
     */
    int ranked(const Fts5ExtensionApi *api, Fts5Context *fts, qint64 rowid, double value, bool oneUnscaledPhrase,
               qint64 rows);

private:
    bool before(const Ranked &a, const Ranked &b) const;
    bool reload(QString *error);
    bool load(qint64 after, QString *error);
    bool counts(qint64 *rows, qint64 *tokens, qint64 *maxId, QString *error) const;

    sqlite3 *m_db = nullptr;
    QString m_table;
    std::vector<quint32> m_lengths; ///< by rowid; length + 1, 0 for no row
    qint64 m_rows = -1;             ///< rows loaded
    qint64 m_tokens = 0;            ///< their lengths summed
    qint64 m_maxId = 0;
    qint64 m_dataVersion = -1;      ///< other connections' writes
    qint64 m_changes = -1;          ///< this connection's writes
    qint64 m_rowsRanked = 0;
    qint64 m_queryRows = 0;         ///< rows in the table when the last query ran
    bool m_unscaled = false;
    int m_keep = 0;
    int m_snippetColumn = 0;
    bool m_worstFirst = false;
    std::vector<Ranked> m_best;     ///< a heap, the worst of them first
    std::vector<int> m_phraseTokens;
    std::unique_ptr<SnippetMaker> m_snippets;
};

} // namespace parallax::store
