// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/framing/framingtable.h"
#include "analysis/framing/tagger.h"
#include "schema.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace parallax::store {

class Store;

/** The source-comparison tables: framing hits, pair decisions, alignment fixes. */
Migration framing1();
/** Which lexicon the stored framing hits come from. */
Migration framing2();

/** A framing hit as stored. */
struct StoredFramingHit
{
    qint64 article = 0;
    framing::FramingHit hit;
};

/** The user's word on an event pair: confirmed (also for a pair added by hand) or rejected. */
enum class PairDecision { Confirmed, Rejected };

struct PairDecisionRow
{
    qint64 left = 0;
    qint64 right = 0;
    PairDecision decision = PairDecision::Confirmed;
};

/** A hand-made change to the alignment of two articles: link or unlink two sentences. */
struct AlignmentFix
{
    int leftSentence = -1;
    int rightSentence = -1;
    bool link = true; ///< false: unlink
};

/**
 * The comparison tables of one open Store (the same connection and thread). Pair keys are
 * stored in the order given; callers pass the pair's left and right as EventPair orders them.
 */
class CompareStore final
{
public:
    explicit CompareStore(Store &store);

    /** Replaces the hits of an article (inside the caller's transaction, if any). */
    bool replaceFramingHits(qint64 article, const QList<framing::FramingHit> &hits);
    /** Hits of one article, or of all articles when article is 0, by article and position. */
    QList<StoredFramingHit> framingHits(qint64 article = 0) const;
    /**
     * The framing table's counts over the stored hits, made in SQL so that no article is read:
     * articles and words per country ("??" for none), and per concept, term and country the
     * hits and the articles with a hit. Given ids, of those articles only. False and
     * lastError() when they cannot be read.
     */
    bool framingCounts(QHash<QString, int> *articles, QHash<QString, qint64> *words,
                       QList<framing::FramingCell> *cells, const std::optional<QList<qint64>> &ids = {}) const;

    /** The fingerprint of the lexicon the stored hits were last tagged with; empty: the shipped one. */
    QString framingLexicon() const;
    bool setFramingLexicon(const QString &fingerprint);
    /** Bodies of up to `limit` articles with ids above `afterId`, by id (for tagging in batches). */
    QList<QPair<qint64, QString>> bodies(qint64 afterId, int limit) const;

    /** Sets or, with std::nullopt, clears the decision on a pair. */
    bool setPairDecision(qint64 left, qint64 right, std::optional<PairDecision> decision);
    QList<PairDecisionRow> pairDecisions() const;

    /** Records a link or unlink; it replaces an earlier fix of the same two sentences. */
    bool addAlignmentFix(qint64 left, qint64 right, const AlignmentFix &fix);
    bool removeAlignmentFix(qint64 left, qint64 right, int leftSentence, int rightSentence);
    QList<AlignmentFix> alignmentFixes(qint64 left, qint64 right) const;

    QString lastError() const { return m_error; }

private:
    bool fail(const QString &what, const QString &detail) const;

    Store &m_store;
    mutable QString m_error;
};

} // namespace parallax::store
