// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QDate>

#include <atomic>
#include <QList>
#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>

namespace parallax::compare {

/** What event pairing needs to know of an article: no body, no store. */
struct PairingRecord
{
    qint64 id = 0;
    QString country;
    QDate published;
    QStringList words;    ///< content lemmas (repeats allowed; only the set counts)
    QList<int> wordCounts; ///< how often each of words occurs, parallel to it (empty: once each)
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
    /// Each article keeps its best few partners: a pair is kept when it is among the best of
    /// either of its two articles (0: every pair above minScore).
    int partnersPerArticle = 5;
    /// Candidates scored in full per article, the most promising by their rare keys (0: all).
    int candidatesPerArticle = 50;
    int limit = 0;              ///< the best this many pairs (0: all kept)
    /// Set from another thread to stop early (the window closing, a newer request): no pairs.
    const std::atomic<bool> *cancel = nullptr;
};

/**
 * A corpus interned for pairing: keys become numbers as each record is added, so a caller
 * streaming 100,000 stored records never holds their strings at once.
 */
class PairingCorpus final
{
public:
    PairingCorpus();
    ~PairingCorpus();
    PairingCorpus(PairingCorpus &&) noexcept;
    PairingCorpus &operator=(PairingCorpus &&) noexcept;

    void add(const PairingRecord &record);
    qsizetype size() const;
    /**
     * The pair of two articles of the corpus scored on its own, whatever their dates and
     * countries (for a pair the user added by hand); std::nullopt when either is missing.
     */
    std::optional<EventPair> score(qint64 left, qint64 right, const PairingOptions &options = {}) const;

    struct Data;

private:
    friend QList<EventPair> findEventPairs(const PairingCorpus &, const PairingOptions &);
    const Data &ready() const;
    mutable std::unique_ptr<Data> m_data;
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
/**
 * The same over an interned corpus. The work is bounded: per article, only the
 * candidatesPerArticle most promising candidates are scored and the partnersPerArticle best
 * kept; the best limit pairs are then sorted, and only they get their evidence.
 */
QList<EventPair> findEventPairs(const PairingCorpus &corpus, const PairingOptions &options = {});

} // namespace parallax::compare
