// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QList>
#include <QString>

namespace parallax::query {

/** A term of a full-text query: a word or phrase, possibly a prefix ("kuril*"). */
struct SearchTerm
{
    QStringList words;  ///< one word, or the words of a phrase
    bool prefix = false; ///< the last word is a prefix
    QString literal;     ///< the term as written (Japanese and Chinese terms are found inside words)
    QString formKey;     ///< a plain word's text::formKey: its other forms match too (острова for остров)
};

/**
 * The positive terms of an FTS5 query (operators, NOT terms and column names are left out). A
 * plain word (not quoted, not a prefix, not in a + phrase or after ^) matches its other forms,
 * as the store's search does.
 */
QList<SearchTerm> searchTerms(const QString &query);

/**
 * Where the terms occur in a text, case-insensitively and on word boundaries, sorted by
 * position — what the viewer highlights for a search.
 */
QList<Span> findTerms(const QString &text, const QList<SearchTerm> &terms);

/**
 * The query as a caption names it, inside typographic quotes: “island talks” for the query
 * "island talks" (one phrase, its own quotes dropped), and the query as typed when it has more
 * parts than one phrase: “"island talks" AND Lavrov” would read as a misprint, so such a query
 * is shown in single typographic quotes, ‘"island talks" AND Lavrov’.
 */
QString quotedQuery(const QString &query);

} // namespace parallax::query
