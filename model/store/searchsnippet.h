// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

struct sqlite3;
struct fts5_api;

namespace parallax::store {

/** FTS5's extension interface on db, or null. */
fts5_api *fts5ApiOf(sqlite3 *db);

/** Where one phrase of a query matched in a column: its number in the query, its first token. */
struct PhraseHit
{
    int phrase = 0;
    int offset = 0;
};

/**
 * A search hit's snippet, made from the hits the ranking already found, in the way FTS5's
 * snippet() makes it: the window of `window` tokens that shows the most different phrases of
 * the query (a sentence's start is preferred when it shows as many), the hits in it between
 * the open and close marks, an ellipsis where the text goes on.
 *
 * FTS5 can only make a snippet during a MATCH. Running the match again for the 50 best rows of
 * a prefix query merges every matching term's list a second time; this needs only the text,
 * cut into tokens by the table's own tokenizer.
 */
class SnippetMaker final
{
public:
    /** The tokenizer `name` with its arguments, as registered with FTS5 on db. */
    static std::unique_ptr<SnippetMaker> create(sqlite3 *db, const QByteArray &name, const QList<QByteArray> &args,
                                                QString *error);
    ~SnippetMaker();
    SnippetMaker(const SnippetMaker &) = delete;
    SnippetMaker &operator=(const SnippetMaker &) = delete;

    /** The byte ranges of text's tokens (UTF-8), in order. */
    std::vector<std::pair<int, int>> tokens(QByteArrayView text) const;

    /**
     * The snippet of text (UTF-8) with these hits; phraseTokens[i] is phrase i's length in
     * tokens.
     */
    QString make(QByteArrayView text, const std::vector<PhraseHit> &hits, const std::vector<int> &phraseTokens,
                 int window, QByteArrayView open, QByteArrayView close, QByteArrayView ellipsis) const;

private:
    struct Api;
    SnippetMaker() = default;

    std::unique_ptr<Api> m_api;
};

} // namespace parallax::store
