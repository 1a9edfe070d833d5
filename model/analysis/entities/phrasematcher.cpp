// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "phrasematcher.h"

#include <optional>

namespace parallax::entities {

using tokens::Kind;
using tokens::Token;

namespace {

quint64 edgeKey(int node, int word)
{
    return (quint64(quint32(node)) << 32) | quint32(word);
}

// Punctuation inside names that the text may or may not space: "Asia-Pacific", "Washington, D.C.".
bool isWordToken(const Token &t)
{
    return t.kind == Kind::Word || t.kind == Kind::Number || t.kind == Kind::Cjk;
}

} // namespace

PhraseMatcher::PhraseMatcher(std::shared_ptr<PhraseVocabulary> vocabulary)
    : m_vocabulary(std::move(vocabulary))
{
}

void PhraseMatcher::prepare(QList<Token> &text) const
{
    // The tokens of a text share the key of a word they repeat (see tokenize()): the ids of a
    // key already seen, found by the address of its characters, are copied.
    struct Seen
    {
        const QChar *key = nullptr;
        bool cyrillic = false;
        std::array<int, 4> words;
    };
    std::array<Seen, 256> seen{};
    // Keys that tokenize() numbered are looked up once each, by their number.
    std::vector<std::optional<std::array<int, 4>>> numbered;
    for (Token &t : text) {
        std::optional<std::array<int, 4>> *known = nullptr;
        if (t.keyId >= 0) {
            if (size_t(t.keyId) >= numbered.size())
                numbered.resize(size_t(t.keyId) + 1);
            known = &numbered[size_t(t.keyId)];
            if (*known) {
                t.words = **known;
                continue;
            }
        }
        Seen &s = seen[(quintptr(t.key.constData()) >> 4) % seen.size()];
        if (s.key == t.key.constData() && s.cyrillic == t.cyrillic) {
            t.words = s.words;
            continue;
        }
        t.words.fill(-1);
        if (!t.cyrillic) {
            t.words[0] = m_vocabulary->id(t.key);
        } else {
            const auto stems = tokens::cyrillicStems(t.key);
            for (qsizetype k = 0; k < stems.size(); ++k)
                t.words[size_t(k)] = m_vocabulary->id(stems.at(k));
        }
        s = Seen{t.key.constData(), t.cyrillic, t.words};
        if (known)
            *known = t.words;
    }
}

bool PhraseMatcher::add(QStringView phrase, int value)
{
    const QList<Token> words = tokens::tokenize(phrase);
    if (words.isEmpty())
        return false;
    int node = 0;
    Terminal term{value, {}};
    term.caps.reserve(words.size());
    for (const Token &w : words) {
        const int id = m_vocabulary->insert(w.cyrillic ? tokens::cyrillicStem(w.key) : w.key);
        int next = child(node, id);
        if (next < 0) {
            m_nodes.push_back(Node{});
            next = int(m_nodes.size() - 1);
            if (node == 0) {
                if (size_t(id) >= m_rootChildren.size())
                    m_rootChildren.resize(size_t(id) + 1, -1);
                m_rootChildren[size_t(id)] = next;
            } else {
                m_edges.insert(edgeKey(node, id), next);
            }
        }
        node = next;
        quint8 cap = 0;
        if (w.kind == Kind::Word && w.upper)
            cap = (w.allCaps && (w.end - w.start) <= 3) ? 2 : 1;
        term.caps.push_back(cap);
    }
    m_nodes[size_t(node)].terminals.push_back(std::move(term));
    ++m_phraseCount;
    return true;
}

int PhraseMatcher::child(int node, int word) const
{
    if (word < 0)
        return -1;
    if (node == 0)
        return size_t(word) < m_rootChildren.size() ? m_rootChildren[size_t(word)] : -1;
    return m_edges.value(edgeKey(node, word), -1);
}

// A Cyrillic word follows the first of its stems (the word, then shorter) that the trie has.
int PhraseMatcher::walk(int node, const Token &t) const
{
    for (int word : t.words) {
        const int next = child(node, word);
        if (next >= 0)
            return next;
    }
    return -1;
}

bool PhraseMatcher::fits(const Terminal &term, const QList<Token> &text, int from)
{
    for (size_t k = 0; k < term.caps.size(); ++k) {
        const Token &t = text.at(from + int(k));
        if (term.caps[k] == 1 && !t.upper)
            return false;
        if (term.caps[k] == 2 && !t.allCaps)
            return false;
    }
    return true;
}

PhraseMatcher::Match PhraseMatcher::longestAt(const QList<Token> &text, int from) const
{
    Match best{from, from, -1};
    if (from >= text.size() || !isWordToken(text.at(from)))
        return best;
    int node = 0;
    for (int i = from; i < text.size(); ++i) {
        const Token &t = text.at(i);
        // Words inside a phrase are separated by nothing but white space or joining punctuation.
        if (i > from && t.kind == Kind::Punct && t.key != u"." && t.key != u"," && t.key != u"'")
            break;
        node = walk(node, t);
        if (node < 0)
            break;
        for (const Terminal &term : m_nodes[size_t(node)].terminals) {
            if (fits(term, text, from)) {
                best = Match{from, i, term.value};
                break;
            }
        }
    }
    return best;
}

QList<int> PhraseMatcher::valuesOf(const QList<Token> &text, int from, int last) const
{
    int node = 0;
    for (int i = from; i <= last && node >= 0; ++i)
        node = walk(node, text.at(i));
    QList<int> out;
    if (node < 0)
        return out;
    for (const Terminal &term : m_nodes[size_t(node)].terminals) {
        if (fits(term, text, from))
            out.append(term.value);
    }
    return out;
}

} // namespace parallax::entities
