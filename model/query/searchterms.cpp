// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchterms.h"

#include "store/cjksearch.h"
#include "text/segmenter.h"
#include "text/wordforms.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace parallax::query {

QList<SearchTerm> searchTerms(const QString &query)
{
    QList<SearchTerm> terms;
    bool negate = false;
    bool inNear = false; // the words of NEAR(…) are matched as written
    int i = 0;
    const int n = int(query.size());
    while (i < n) {
        const QChar c = query.at(i);
        if (c.isSpace() || c == u'(' || c == u')' || c == u'+' || c == u'^') {
            if (c == u')')
                inNear = false;
            ++i;
            continue;
        }
        if (c == u'"') {
            const int close = int(query.indexOf(u'"', i + 1));
            const QString phrase = query.mid(i + 1, (close < 0 ? n : close) - i - 1);
            i = close < 0 ? n : close + 1;
            SearchTerm t;
            t.literal = phrase.trimmed();
            for (const Span &w : text::words(phrase))
                t.words << phrase.mid(w.start, w.length()).toCaseFolded();
            if (i < n && query.at(i) == u'*') {
                t.prefix = true;
                ++i;
            }
            if (!t.words.isEmpty() && !negate)
                terms.append(t);
            negate = false;
            continue;
        }
        int j = i;
        while (j < n && !query.at(j).isSpace() && query.at(j) != u'"' && query.at(j) != u'('
               && query.at(j) != u')')
            ++j;
        QString token = query.mid(i, j - i);
        // Beside a + or after ^, the word is part of a phrase or its start: written as it is.
        const QString before = query.left(i).trimmed();
        const QString after = query.mid(j).trimmed();
        const bool inPhrase = inNear || before.endsWith(u'+') || before.endsWith(u'^') || after.startsWith(u'+');
        i = j;
        if (token == u"AND"_s || token == u"OR"_s)
            continue;
        if (token == u"NOT"_s) {
            negate = true;
            continue;
        }
        if (token.startsWith(u"NEAR"_s)) {
            inNear = true;
            continue;
        }
        const int colon = int(token.indexOf(u':'));
        if (colon >= 0)
            token = token.mid(colon + 1);
        SearchTerm t;
        if (token.endsWith(u'*')) {
            t.prefix = true;
            token.chop(1);
        }
        t.literal = token;
        for (const Span &w : text::words(token))
            t.words << token.mid(w.start, w.length()).toCaseFolded();
        if (!t.prefix && !inPhrase && t.words.size() == 1 && t.words.first().size() == token.size())
            t.formKey = text::formKey(t.words.first());
        if (!t.words.isEmpty() && !negate)
            terms.append(t);
        negate = false;
    }
    return terms;
}

QList<Span> findTerms(const QString &text, const QList<SearchTerm> &terms)
{
    QList<Span> hits;
    if (terms.isEmpty())
        return hits;
    const QList<Span> words = text::words(text);
    QStringList folded;
    folded.reserve(words.size());
    for (const Span &w : words)
        folded << text.mid(w.start, w.length()).toCaseFolded();
    // The form keys of the text's words (and of their hyphenated parts), made when first asked.
    QHash<QString, QString> keys;
    const auto keyOf = [&keys](const QString &word) {
        auto it = keys.constFind(word);
        if (it == keys.constEnd())
            it = keys.insert(word, text::formKey(word));
        return *it;
    };
    // A word token may hold a hyphenated compound ("Russia-held") or a possessive ("Japan's"),
    // which the search index reads as two words: match its parts too. Where in the word the
    // match is: the whole word, or the part.
    auto matches = [&keyOf](const QString &word, const QString &term, bool prefix,
                            const QString &formKey) -> std::optional<Span> {
        const auto one = [&](const QString &w) {
            if (prefix ? w.startsWith(term) : w == term)
                return true;
            return !formKey.isEmpty() && keyOf(w) == formKey;
        };
        if (one(word))
            return Span{0, int(word.size())};
        static const QRegularExpression part(u"[^-'’]+"_s);
        for (auto m = part.globalMatch(word); m.hasNext();) {
            const QRegularExpressionMatch p = m.next();
            if (p.capturedLength() < word.size() && one(p.captured()))
                return Span{int(p.capturedStart()), int(p.capturedEnd())};
        }
        return std::nullopt;
    };
    for (const SearchTerm &t : terms) {
        // Japanese and Chinese: wherever the characters occur, as the full-text search finds
        // them (its trigrams see 領土 inside 北方領土, which word boundaries keep whole).
        if (store::containsCjk(t.literal)) {
            for (qsizetype at = text.indexOf(t.literal, 0, Qt::CaseInsensitive); at >= 0 && !t.literal.isEmpty();
                 at = text.indexOf(t.literal, at + t.literal.size(), Qt::CaseInsensitive))
                hits.append({int(at), int(at + t.literal.size())});
            continue;
        }
        const int len = int(t.words.size());
        for (int i = 0; i + len <= folded.size(); ++i) {
            std::optional<Span> inWord;
            for (int k = 0; k < len; ++k) {
                inWord = matches(folded.at(i + k), t.words.at(k), t.prefix && k == len - 1,
                                 len == 1 ? t.formKey : QString());
                if (!inWord)
                    break;
            }
            if (!inWord)
                continue;
            const Span &w = words.at(i);
            // One word matched in part ("Russia" of "Russia-held"): that part, where case folding
            // kept the word's length (so that its offsets are the text's).
            if (len == 1 && w.length() == folded.at(i).size())
                hits.append({w.start + inWord->start, w.start + inWord->end});
            else
                hits.append({w.start, words.at(i + len - 1).end});
        }
    }
    std::sort(hits.begin(), hits.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    hits.erase(std::unique(hits.begin(), hits.end()), hits.end());
    return hits;
}

QString quotedQuery(const QString &query)
{
    const QString q = query.trimmed();
    if (q.size() >= 2 && q.startsWith(u'"') && q.endsWith(u'"') && q.count(u'"') == 2)
        return u"“"_s + q.mid(1, q.size() - 2).trimmed() + u"”"_s;
    if (q.contains(u'"'))
        return u"‘"_s + q + u"’"_s;
    return u"“"_s + q + u"”"_s;
}

} // namespace parallax::query
