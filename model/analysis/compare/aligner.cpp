// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aligner.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace parallax::compare {

namespace {

constexpr double entityFactor = 1.5;
constexpr double dateFactor = 1.5;
constexpr double numberFactor = 0.5;
constexpr double quantityFactor = 1.0;

struct SentenceKeys
{
    QSet<QString> words;
    QSet<QString> numbers;
    QSet<QString> dates;
    QSet<QString> quantities;
    QSet<QString> entities;
};

QList<SentenceKeys> keysOf(const AlignmentSide &side, const SynonymTable &synonyms,
                           const QSet<QString> &stopwords)
{
    QList<SentenceKeys> result;
    result.reserve(side.sentences.size());
    for (int i = 0; i < side.sentences.size(); ++i) {
        const TermFeatures f = extractFeatures(side.body, side.sentences.at(i), synonyms, stopwords);
        SentenceKeys k;
        k.words = QSet<QString>(f.words.cbegin(), f.words.cend());
        k.numbers = QSet<QString>(f.numbers.cbegin(), f.numbers.cend());
        k.dates = QSet<QString>(f.dates.cbegin(), f.dates.cend());
        k.quantities = QSet<QString>(f.quantities.cbegin(), f.quantities.cend());
        if (i < side.entities.size())
            k.entities = QSet<QString>(side.entities.at(i).cbegin(), side.entities.at(i).cend());
        result.append(k);
    }
    return result;
}

// Inverse sentence frequency over both articles: ln(1 + N/df).
class Weights
{
public:
    void count(const QList<SentenceKeys> &sentences)
    {
        for (const SentenceKeys &s : sentences) {
            ++m_n;
            for (const QString &w : s.words)
                ++m_df[u"w:"_s + w];
            for (const QString &w : s.numbers)
                ++m_df[u"n:"_s + w];
            for (const QString &w : s.dates)
                ++m_df[u"d:"_s + w];
            for (const QString &w : s.quantities)
                ++m_df[u"q:"_s + w];
            for (const QString &w : s.entities)
                ++m_df[u"e:"_s + w];
        }
    }
    double of(const QString &key) const
    {
        const int df = std::max(1, m_df.value(key));
        return std::log(1.0 + double(m_n) / df);
    }
    // Summed in a fixed order, so that results do not depend on the hash seed of the process.
    double sum(const QSet<QString> &keys, QStringView prefix, double factor) const
    {
        std::vector<double> values;
        values.reserve(keys.size());
        for (const QString &k : keys)
            values.push_back(of(prefix.toString() + k));
        std::sort(values.begin(), values.end());
        double s = 0;
        for (double v : values)
            s += factor * v;
        return s;
    }

private:
    QHash<QString, int> m_df;
    int m_n = 0;
};

QStringList sortedList(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

bool countsSomething(const QString &number, const QSet<QString> &quantities)
{
    const QString prefix = number + u' ';
    return std::any_of(quantities.cbegin(), quantities.cend(),
                       [&prefix](const QString &q) { return q.startsWith(prefix); });
}

// Both sentences say what the number counts, and they never agree.
bool countsDifferentThings(const QString &number, const QSet<QString> &left, const QSet<QString> &right,
                           const QSet<QString> &shared)
{
    return countsSomething(number, left) && countsSomething(number, right) && !countsSomething(number, shared);
}

double mass(const SentenceKeys &s, const Weights &w)
{
    return w.sum(s.words, u"w:", 1.0) + w.sum(s.numbers, u"n:", numberFactor)
        + w.sum(s.dates, u"d:", dateFactor) + w.sum(s.quantities, u"q:", quantityFactor)
        + w.sum(s.entities, u"e:", entityFactor);
}

SentencePair compare(int i, int j, const SentenceKeys &l, const SentenceKeys &r, double massL,
                     double massR, const Weights &w)
{
    SentencePair p;
    p.left = i;
    p.right = j;
    const QSet<QString> words = QSet<QString>(l.words).intersect(r.words);
    QSet<QString> numbers = QSet<QString>(l.numbers).intersect(r.numbers);
    const QSet<QString> dates = QSet<QString>(l.dates).intersect(r.dates);
    const QSet<QString> quantities = QSet<QString>(l.quantities).intersect(r.quantities);
    // The same number counting different things ("five ships", "five areas") is not shared.
    numbers.removeIf([&](const QString &n) { return countsDifferentThings(n, l.quantities, r.quantities, quantities); });
    const QSet<QString> entities = QSet<QString>(l.entities).intersect(r.entities);
    const double shared = w.sum(words, u"w:", 1.0) + w.sum(numbers, u"n:", numberFactor)
        + w.sum(dates, u"d:", dateFactor) + w.sum(quantities, u"q:", quantityFactor)
        + w.sum(entities, u"e:", entityFactor);
    p.score = massL + massR > 0 ? 2 * shared / (massL + massR) : 0;
    p.sharedWords = sortedList(words);
    p.sharedNumbers = sortedList(numbers);
    p.sharedEntities = sortedList(entities);
    p.leftNumbers = sortedList(QSet<QString>(l.numbers).subtract(r.numbers));
    p.rightNumbers = sortedList(QSet<QString>(r.numbers).subtract(l.numbers));
    return p;
}

} // namespace

SentenceAligner::SentenceAligner(const SynonymTable &synonyms, const QSet<QString> &stopwords)
    : m_synonyms(synonyms)
    , m_stopwords(stopwords)
{
}

Alignment SentenceAligner::align(const AlignmentSide &left, const AlignmentSide &right,
                                 const AlignmentOptions &options) const
{
    const QList<SentenceKeys> l = keysOf(left, m_synonyms, m_stopwords);
    const QList<SentenceKeys> r = keysOf(right, m_synonyms, m_stopwords);
    Weights weights;
    weights.count(l);
    weights.count(r);
    QList<double> massL, massR;
    for (const SentenceKeys &s : l)
        massL.append(mass(s, weights));
    for (const SentenceKeys &s : r)
        massR.append(mass(s, weights));

    const int n = int(l.size());
    const int m = int(r.size());
    const QSet<QPair<int, int>> forbidden(options.unlinks.cbegin(), options.unlinks.cend());
    QList<bool> usedL(n, false), usedR(m, false);
    Alignment result;
    for (const auto &[i, j] : options.links) {
        if (i < 0 || i >= n || j < 0 || j >= m || usedL[i] || usedR[j])
            continue;
        SentencePair p = compare(i, j, l[i], r[j], massL[i], massR[j], weights);
        p.manual = true;
        result.pairs.append(p);
        usedL[i] = usedR[j] = true;
    }

    struct Cell
    {
        double rank;
        SentencePair pair;
    };
    QList<Cell> cells;
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < m; ++j) {
            if (usedL[i] || usedR[j] || forbidden.contains({i, j}))
                continue;
            SentencePair p = compare(i, j, l[i], r[j], massL[i], massR[j], weights);
            if (p.score < options.threshold)
                continue;
            const double posL = n > 1 ? double(i) / (n - 1) : 0.5;
            const double posR = m > 1 ? double(j) / (m - 1) : 0.5;
            cells.append({p.score + options.orderWeight * (1.0 - std::abs(posL - posR)), p});
        }
    }
    std::sort(cells.begin(), cells.end(), [](const Cell &a, const Cell &b) {
        if (a.rank != b.rank)
            return a.rank > b.rank;
        return a.pair.left != b.pair.left ? a.pair.left < b.pair.left : a.pair.right < b.pair.right;
    });
    for (const Cell &c : cells) {
        if (usedL[c.pair.left] || usedR[c.pair.right])
            continue;
        usedL[c.pair.left] = usedR[c.pair.right] = true;
        result.pairs.append(c.pair);
    }
    std::sort(result.pairs.begin(), result.pairs.end(),
              [](const SentencePair &a, const SentencePair &b) { return a.left < b.left; });
    for (int i = 0; i < n; ++i) {
        if (!usedL[i])
            result.onlyLeft.append(i);
    }
    for (int j = 0; j < m; ++j) {
        if (!usedR[j])
            result.onlyRight.append(j);
    }
    return result;
}

} // namespace parallax::compare
