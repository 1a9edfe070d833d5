// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "textfeatures.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace parallax::compare {

/** One article as the aligner sees it. */
struct AlignmentSide
{
    QString body;
    QList<Span> sentences;
    QList<QStringList> entities; ///< optional: entity keys per sentence (same length as sentences)
};

/** Two sentences that report the same thing. */
struct SentencePair
{
    int left = -1;  ///< sentence index in the left article
    int right = -1; ///< sentence index in the right article
    double score = 0;
    bool manual = false;        ///< linked by the user
    QStringList sharedEntities;
    QStringList sharedNumbers;
    QStringList sharedWords;    ///< content lemmas / synonym groups both say
    QStringList leftNumbers;    ///< numbers only the left sentence gives: a differing number
    QStringList rightNumbers;   ///< numbers only the right sentence gives
};

struct Alignment
{
    QList<SentencePair> pairs; ///< sorted by left index
    QList<int> onlyLeft;       ///< left sentences without a partner: the left's additions
    QList<int> onlyRight;
};

struct AlignmentOptions
{
    double threshold = 0.2;    ///< weighted Dice score a pair needs
    double orderWeight = 0.08; ///< preference for pairs at similar relative positions
    QList<QPair<int, int>> links;   ///< pairs the user linked: always kept
    QList<QPair<int, int>> unlinks; ///< pairs the user unlinked: never made
};

/**
 * Aligns the sentences of two articles one-to-one. Each sentence becomes a set of keys (content
 * lemmas with synonyms grouped, numbers, month-day dates, entity keys), weighted by how rare they
 * are among the sentences of both articles. Pairs are scored by weighted Dice overlap and taken
 * greedily, best first (with a small bonus for pairs at similar positions, so order is preferred
 * but reordering allowed), while both sentences are free and the score reaches the threshold.
 */
class SentenceAligner final
{
public:
    explicit SentenceAligner(const SynonymTable &synonyms = SynonymTable::standard(),
                             const QSet<QString> &stopwords = englishStopwords());

    Alignment align(const AlignmentSide &left, const AlignmentSide &right,
                    const AlignmentOptions &options = {}) const;

private:
    const SynonymTable &m_synonyms;
    const QSet<QString> &m_stopwords;
};

} // namespace parallax::compare
