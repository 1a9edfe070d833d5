// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entities/tokenizer.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace parallax::entities {

/** The words of the phrases of one or more matchers, numbered. */
using PhraseVocabulary = tokens::WordTable;

/**
 * A trie over word keys: every phrase (a gazetteer alias, a title) is added once, and matching
 * walks the text's tokens once per start position. Read-only after construction, so concurrent
 * matching from several threads is safe.
 *
 * Tokens are matched by their vocabulary ids: prepare() a text's tokens once, with this matcher or
 * any other sharing its vocabulary, before longestAt() and valuesOf().
 */
class PhraseMatcher final
{
public:
    /** A matcher with a vocabulary of its own, or sharing one with other matchers. */
    explicit PhraseMatcher(std::shared_ptr<PhraseVocabulary> vocabulary = std::make_shared<PhraseVocabulary>());

    struct Match
    {
        int first = 0;   ///< index of the first token
        int last = 0;    ///< index of the last token (inclusive)
        int value = 0;   ///< what was added with the phrase
    };

    /** Adds a phrase; returns false when it has no words. */
    bool add(QStringView phrase, int value);

    /** Sets the vocabulary ids of the tokens (Token::words): the tokens of one tokenize() call. */
    void prepare(QList<tokens::Token> &text) const;

    /** The longest phrase starting at token `from` whose capitalisation fits, or -1 in match.value. */
    Match longestAt(const QList<tokens::Token> &text, int from) const;
    /** Every phrase value ending at the longest match (a phrase may name several entities). */
    QList<int> valuesOf(const QList<tokens::Token> &text, int from, int last) const;

    int phraseCount() const { return m_phraseCount; }
    const std::shared_ptr<PhraseVocabulary> &vocabulary() const { return m_vocabulary; }

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
    int child(int node, int word) const;
    int walk(int node, const tokens::Token &t) const;
    static bool fits(const Terminal &term, const QList<tokens::Token> &text, int from);

    std::vector<Node> m_nodes{Node{}};
    std::shared_ptr<PhraseVocabulary> m_vocabulary;
    std::vector<int> m_rootChildren; ///< by word id: the node a phrase's first word leads to, or -1
    QHash<quint64, int> m_edges;
    int m_phraseCount = 0;
};

} // namespace parallax::entities
