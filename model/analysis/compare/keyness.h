// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>

namespace parallax::compare {

/** Term counts of one text or group of texts, with the total the counts are out of. */
struct FrequencyTable
{
    QHash<QString, qint64> counts;
    qint64 total = 0; ///< all tokens (unigrams) or all adjacent pairs (bigrams), stop words included
    /// Where word forms are counted together: each counted term's forms as written, with their counts.
    QHash<QString, QHash<QString, qint64>> forms;

    void add(const QString &term, qint64 n = 1) { counts[term] += n; }
    void merge(const FrequencyTable &other);
};

/**
 * Counts the forms of a word as one term (острова, островов, островах as остров), by
 * text::formKey, remembering each word's key: one per count, used by one thread.
 */
class FormJoiner
{
public:
    /** The term a folded word counts under: its forms' shared key, or the word itself. */
    QString termOf(const QString &word);

private:
    QHash<QString, QString> m_terms;
};

enum class Ngram { Unigram, Bigram };

/**
 * Counts the words of a text (case-folded forms, not lemmas). Unigrams: stop words and tokens
 * without a letter are not counted but are part of the total. Bigrams: two adjacent words inside
 * one sentence, joined by a space; pairs starting with a stop word, or ending with one other than
 * a verb particle ("handed over", "pulled out"), are not counted but are part of the total.
 * Each of `names` (spans of the text, by start) counts as one word where it covers the words
 * found: the recognised names of Japanese text, which word boundaries cut (安倍晋三, not 安倍, 晋, 三).
 */
FrequencyTable countTerms(const QString &text, const QList<Span> &sentences, Ngram ngram,
                          const QSet<QString> &stopwords, const QList<Span> &names = {});
/**
 * Adds a text's words and word pairs (as countTerms counts them) to running tables in one pass;
 * either table may be null.
 */
void addTerms(const QString &text, const QList<Span> &sentences, const QSet<QString> &stopwords,
              const QList<Span> &names, FrequencyTable *unigrams, FrequencyTable *bigrams);

/**
 * The table with the forms of each word counted as one term (a word pair's, as the pair of its
 * words' terms), keeping which forms each term had, with their counts.
 */
FrequencyTable joinForms(const FrequencyTable &table, FormJoiner &joiner);

/** One term's keyness between group A and group B. */
struct KeynessRow
{
    QString term; ///< where forms are joined, the form found most often
    qint64 countA = 0;
    qint64 countB = 0;
    double g2 = 0;       ///< log-likelihood G², 1 degree of freedom
    double logRatio = 0; ///< log2 of the ratio of relative frequencies, A over B
    QStringList forms;   ///< where forms are joined and there were several: all, most often found first
    bool keyForA() const { return logRatio > 0; }
};

struct KeynessOptions
{
    qint64 minFrequency = 3; ///< a + b at least this
    bool joinForms = false;  ///< count the forms of a word as one term (FormJoiner)
    double minG2 = 0;        ///< 3.84: p < 0.05, 6.63: p < 0.01, 10.83: p < 0.001, 15.13: p < 0.0001
    /// Set from another thread to stop a corpus-wide count early (the report then has an error).
    const std::atomic<bool> *cancel = nullptr;
};

/**
 * Log-likelihood G² (Dunning 1993, in the two-cell form of Rayson & Garside 2000 used by
 * AntConc and the Lancaster keyness calculator):
 *   E1 = c·(a+b)/(c+d), E2 = d·(a+b)/(c+d), G² = 2·(a·ln(a/E1) + b·ln(b/E2)), 0·ln 0 = 0,
 * for frequencies a, b in corpora of c and d tokens.
 */
double logLikelihood(qint64 a, qint64 b, qint64 c, qint64 d);

/**
 * Log ratio (Hardie 2014): log2((a/c) / (b/d)); a zero frequency counts as 0.5 so that the
 * ratio stays finite.
 */
double logRatio(qint64 a, qint64 b, qint64 c, qint64 d);

/** Keyness of every term of either table, sorted by G² (largest first), then by term. */
QList<KeynessRow> keyness(const FrequencyTable &a, const FrequencyTable &b,
                          const KeynessOptions &options = {});

} // namespace parallax::compare
