// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"

namespace parallax::annotations {

/** How a quote was found again in a changed text. */
enum class AnchorMethod {
    Exact,     ///< the exact quote, at its old position or chosen among copies by context
    Fuzzy,     ///< an approximate match above the similarity threshold
    Orphan     ///< not found; the annotation keeps its old span and is flagged
};

struct AnchorResult
{
    Span span;                 ///< the new span (for an orphan the old one, clamped to the new text)
    AnchorMethod method = AnchorMethod::Orphan;
    double similarity = 0.0;   ///< 1.0 for exact matches
    bool orphan() const { return method == AnchorMethod::Orphan; }
};

struct AnchorOptions
{
    /** Smallest similarity (1 - edits / quote length) a fuzzy match must reach. */
    double threshold = 0.75;
    /** Quotes longer than this are matched by their head and tail (bounded cost). */
    int maxFuzzyPattern = 256;
};

/**
 * Finds the quote again in newBody. Tries, in order: the exact quote where it was; the exact
 * quote elsewhere, choosing among several copies the one whose surroundings best match the
 * selector's prefix and suffix (ties go to the copy nearest the old position); an approximate
 * match with bounded edit distance, nearest the old position among the best. Otherwise the
 * result is an orphan: never dropped, only flagged.
 */
AnchorResult anchor(const QuoteSelector &selector, const QString &newBody, Span oldSpan,
                    const AnchorOptions &options = {});

/** Re-anchors an annotation in place (an orphan keeps its span and quote); returns what happened. */
AnchorResult reanchor(Annotation &annotation, const QString &newBody,
                      const AnchorOptions &options = {});

/**
 * The annotations of an article re-anchored in a new version of its text: each is found again by
 * its quote selector (see anchoring.h); those that cannot be found keep their old span, clamped,
 * and become orphans. With newArticleId they move to that article too. Returns only the
 * annotations that changed.
 */
QList<Annotation> reanchoredIn(const QList<Annotation> &annotations, const QString &newBody,
                               qint64 newArticleId = 0);

/** Levenshtein distance between two strings (UTF-16 units). */
int editDistance(QStringView a, QStringView b);

} // namespace parallax::annotations
