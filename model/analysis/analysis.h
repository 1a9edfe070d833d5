// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/dates/timeexpression.h"
#include "analysis/entities/entity.h"
#include "analysis/framing/tagger.h"
#include "core/article.h"

#include <QFlags>
#include <QList>

namespace parallax::analysis {

/**
 * Everything the analysers find in one article. Each analysis area adds its field here and
 * one call in analyse(); the store writes the result in the same transaction as the article.
 */
struct AnalysisResult
{
    int wordCount = -1; ///< words in the body, counted here rather than by the writing thread
    QList<TimeExpression> timeExpressions; ///< dates: what DateTagger found
    QList<entities::EntityMention> entities; ///< people, places, organisations and events named
    QList<framing::FramingHit> framingHits; ///< contested terms of the shipped lexicon
    /// Event pairing's keys (content lemmas and number values of title and body), stored so that
    /// the first pair listing of a large corpus need not read every body again.
    bool hasPairingKeys = false;
    QStringList pairingWords;
    QStringList pairingNumbers;
    /// pairingWords as stored (store::packPairingWords), when the import packed them beside the
    /// analysis; null: the writer packs them.
    QString pairingWordsPacked;
};

/** The analysers run at import. */
enum class Analyser {
    Dates = 0x1,
    Entities = 0x2,
    Framing = 0x4,
    Pairing = 0x8,
};
Q_DECLARE_FLAGS(Analysers, Analyser)
Q_DECLARE_OPERATORS_FOR_FLAGS(Analysers)
inline constexpr Analysers allAnalysers{Analyser::Dates, Analyser::Entities, Analyser::Framing, Analyser::Pairing};

/**
 * Runs the analysers over an article (all of them unless told otherwise: the benchmark measures
 * what each one costs). Pure and thread-safe: the importer calls it from a thread pool while one
 * thread writes.
 */
AnalysisResult analyse(const Article &article, Analysers which = allAnalysers);

} // namespace parallax::analysis
