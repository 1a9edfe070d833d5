// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace parallax::store {

/** A word of a search and the other forms of it that the corpus holds. */
struct WordForms
{
    QString word;      ///< as written in the search
    QStringList forms; ///< as the index writes them (lower case), the word's own form first
};

/** A search with each of its words widened to the word's forms in the corpus. */
struct ExpandedSearch
{
    QString match;          ///< the FTS5 query to run
    QList<WordForms> words; ///< the words that were widened (those with more than one form)
};

/**
 * Widens every plain word of an FTS5 query (not in quotes, not a prefix*, not a column name,
 * not inside NEAR(…), not after ^ or beside +) to the forms of it that the corpus's word index
 * holds: остров becomes ("остров" OR "острова" OR "островов" …). A word in quotes matches that
 * form only. The rest of the query is left exactly as written, so FTS5 reads its syntax and
 * reports its errors. Reads the index's vocabulary through installWordForms's table.
 */
ExpandedSearch expandWordForms(sqlite3 *db, const QString &query, QString *error = nullptr);

/**
 * Prepares a connection for word-form searches: the vocabulary table of the word index (in the
 * connection's temporary schema, so a read-only corpus is not written) and the SQL function
 * parallax_forms(query), which returns expandWordForms(query).match and keeps its answers until
 * the corpus changes.
 */
bool installWordForms(sqlite3 *db, QString *error);

} // namespace parallax::store
