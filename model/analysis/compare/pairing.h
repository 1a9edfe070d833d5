// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace parallax::compare {

/** What event pairing needs to know of an article: no body, no store. */
struct PairingRecord
{
    qint64 id = 0;
    QString country;
    QDate published;
    QStringList words;    ///< content lemmas (repeats allowed; only the set counts)
    QStringList entities; ///< entity keys (canonical ids or names)
    QStringList numbers;  ///< canonical number values
};

/** Builds a record from an article (content words and numbers of its title and body). */
PairingRecord pairingRecord(const Article &article, const QStringList &entityKeys = {});

/** Why two articles were paired. */
struct PairEvidence
{
    int dayGap = 0;
    double overlap = 0;         ///< IDF-weighted cosine of the two key sets
    QStringList sharedEntities; ///< rarest first
    QStringList sharedWords;    ///< rarest first
    QStringList sharedNumbers;  ///< rarest first
};

/** Two articles from different countries that seem to report the same event. */
struct EventPair
{
    qint64 left = 0;  ///< the article whose country sorts first (then the smaller id)
    qint64 right = 0;
    double score = 0; ///< overlap × date factor, 0..1
    PairEvidence evidence;
};

struct PairingOptions
{
    int maxDayGap = 3;          ///< only articles published this many days apart or closer
    double halfLifeDays = 2;    ///< date factor 1 / (1 + gap / halfLife); 0: dates do not weigh
    double minScore = 0.05;
    int maxWindowPostings = 64; ///< a key shared by more articles inside one window does not block
    int evidenceLimit = 8;      ///< shared keys listed per kind
};

/**
 * Finds event pairs, best first. Candidates are blocked: two articles are compared only when
 * they are from different countries, within maxDayGap days, and share a key (word, entity or
 * number) that is rare in the corpus (in at most 5% of it) and inside that date window (at most
 * maxWindowPostings articles); keys are interned once and
 * each article walks only the rare keys' posting lists, so the cost grows with the corpus, not
 * with its square. Every key then counts with its IDF in the pair's cosine score.
 */
QList<EventPair> findEventPairs(const QList<PairingRecord> &records, const PairingOptions &options = {});

} // namespace parallax::compare
