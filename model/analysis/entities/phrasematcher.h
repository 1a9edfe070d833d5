// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entities/tokenizer.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace parallax::entities {

/**
 * A trie over word keys: every phrase (a gazetteer alias, a title) is added once, and matching
 * walks the text's tokens once per start position. Read-only after construction, so concurrent
 * matching from several threads is safe.
 */
class PhraseMatcher final
{
public:
    struct Match
    {
        int first = 0;   ///< index of the first token
        int last = 0;    ///< index of the last token (inclusive)
        int value = 0;   ///< what was added with the phrase
    };

    /** Adds a phrase; returns false when it has no words. */
    bool add(QStringView phrase, int value);

    /** The longest phrase starting at token `from` whose capitalisation fits, or -1 in match.value. */
    Match longestAt(const QList<tokens::Token> &text, int from) const;
    /** Every phrase value ending at the longest match (a phrase may name several entities). */
    QList<int> valuesOf(const QList<tokens::Token> &text, int from, int last) const;

    int phraseCount() const { return m_phraseCount; }

private:
    struct Terminal
    {
        int value;
        std::vector<quint8> caps; ///< per word: 0 any case, 1 capital needed, 2 all capitals needed
    };
    struct Node
    {
        std::vector<Terminal> terminals;
    };
    int child(int node, const QString &key) const;
    int walk(int node, const tokens::Token &t) const;
    static bool fits(const Terminal &term, const QList<tokens::Token> &text, int from);

    std::vector<Node> m_nodes{Node{}};
    QHash<QString, int> m_vocabulary;
    QHash<quint64, int> m_edges;
    int m_phraseCount = 0;
};

} // namespace parallax::entities
