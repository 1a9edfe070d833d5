// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagger.h"

#include "text/segmenter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax::framing {

namespace {

bool wordMatches(const PatternWord &p, const QString &word)
{
    return p.prefix ? word.startsWith(p.text) : word == p.text;
}

// A gap must not run over the end of a sentence.
bool crossesSentenceEnd(const QString &text, int from, int to)
{
    for (int i = from; i < to; ++i) {
        const QChar c = text.at(i);
        if (c == u'.' || c == u'!' || c == u'?' || c == u';' || c == u'。' || c == u'\n')
            return true;
    }
    return false;
}

} // namespace

FramingTagger::FramingTagger(const Lexicon &lexicon)
    : m_lexicon(lexicon)
{
    QSet<int> lengths;
    for (int i = 0; i < m_lexicon.size(); ++i) {
        Pattern p;
        if (!parsePattern(m_lexicon.at(i).term, &p, nullptr))
            p = {};
        m_patterns.append(p);
        if (p.isCjk()) {
            m_cjkByFirstChar[p.cjk.at(0)].append(i);
        } else if (!p.words.isEmpty()) {
            const PatternWord &first = p.words.first();
            if (first.prefix) {
                m_byFirstPrefix[first.text].append(i);
                lengths.insert(int(first.text.size()));
            } else {
                m_byFirstWord[first.text].append(i);
            }
        }
    }
    m_prefixLengths = lengths.values();
    std::sort(m_prefixLengths.begin(), m_prefixLengths.end());
}

void FramingTagger::matchWords(const QString &text, const QList<Span> &words,
                               const QStringList &folded, QList<Candidate> &out) const
{
    const int n = int(words.size());
    auto tryEntry = [&](int entry, int first) {
        const Pattern &p = m_patterns.at(entry);
        int at = first;
        for (int k = 1; k < p.words.size(); ++k) {
            const PatternWord &w = p.words.at(k);
            const int last = w.gapBefore ? std::min(n - 1, at + 1 + PatternWord::maxGap) : at + 1;
            int found = -1;
            for (int j = at + 1; j <= last && j < n; ++j) {
                if (w.gapBefore && crossesSentenceEnd(text, words.at(at).end, words.at(j).start))
                    break;
                if (wordMatches(w, folded.at(j))) {
                    found = j;
                    break;
                }
            }
            if (found < 0)
                return;
            at = found;
        }
        out.append({words.at(first).start, words.at(at).end, entry});
    };
    for (int i = 0; i < n; ++i) {
        const QString &w = folded.at(i);
        if (auto it = m_byFirstWord.constFind(w); it != m_byFirstWord.cend()) {
            for (int entry : *it)
                tryEntry(entry, i);
        }
        for (int len : m_prefixLengths) {
            if (len > w.size())
                break;
            if (auto it = m_byFirstPrefix.constFind(w.left(len)); it != m_byFirstPrefix.cend()) {
                for (int entry : *it)
                    tryEntry(entry, i);
            }
        }
    }
}

void FramingTagger::matchCjk(const QString &folded, QList<Candidate> &out) const
{
    if (m_cjkByFirstChar.isEmpty())
        return;
    for (int i = 0; i < folded.size(); ++i) {
        const auto it = m_cjkByFirstChar.constFind(folded.at(i));
        if (it == m_cjkByFirstChar.cend())
            continue;
        for (int entry : *it) {
            const QString &lit = m_patterns.at(entry).cjk;
            if (QStringView(folded).mid(i, lit.size()) == lit)
                out.append({i, int(i + lit.size()), entry});
        }
    }
}

QList<FramingHit> FramingTagger::tag(const QString &text) const
{
    const QList<Span> words = text::words(text);
    QStringList folded;
    folded.reserve(words.size());
    for (const Span &w : words) {
        QString f = text.mid(w.start, w.length()).toCaseFolded();
        f.replace(u'’', u'\'');
        folded.append(f);
    }
    QList<Candidate> candidates;
    matchWords(text, words, folded, candidates);
    // Case folding keeps CJK text the same length, so offsets stay valid.
    matchCjk(text, candidates);

    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        const int la = a.end - a.start;
        const int lb = b.end - b.start;
        if (la != lb)
            return la > lb;
        return a.start != b.start ? a.start < b.start : a.entry < b.entry;
    });
    QList<Candidate> kept;
    for (const Candidate &c : candidates) {
        const bool overlaps = std::any_of(kept.cbegin(), kept.cend(), [&c](const Candidate &k) {
            return c.start < k.end && k.start < c.end;
        });
        if (!overlaps)
            kept.append(c);
    }
    std::sort(kept.begin(), kept.end(),
              [](const Candidate &a, const Candidate &b) { return a.start < b.start; });
    QList<FramingHit> hits;
    hits.reserve(kept.size());
    for (const Candidate &c : kept) {
        const LexiconEntry &e = m_lexicon.at(c.entry);
        hits.append({{c.start, c.end}, c.entry, e.term, e.conceptName, e.side});
    }
    return hits;
}

} // namespace parallax::framing
