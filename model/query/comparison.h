// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/compare/aligner.h"
#include "analysis/compare/keyness.h"
#include "analysis/compare/pairing.h"
#include "analysis/framing/framingtable.h"
#include "analysis/framing/tagger.h"
#include "store/store.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace parallax::store {
class Store;
}

/** Source comparison over a stored corpus: what the CLI prints and the comparison pane shows. */
namespace parallax::query {

/** An event pair with the user's decision, if any. */
struct PairRow
{
    compare::EventPair pair;
    QString decision; ///< "", "confirmed" or "rejected"
};

/**
 * Event pairs of the corpus, best first. Pairs the user confirmed come first (a pair added by
 * hand is scored like the others even when the finder missed it); rejected pairs are left out
 * unless includeRejected. options.limit bounds the undecided pairs only: every pair the user
 * decided on is listed whatever its rank.
 */
QList<PairRow> eventPairs(store::Store &store, const compare::PairingOptions &options = {},
                          bool includeRejected = false);

/** The sentence alignment of two stored articles, with the user's links and unlinks applied. */
struct Comparison
{
    Article left;
    Article right;
    compare::Alignment alignment;
};
std::optional<Comparison> compareArticles(store::Store &store, qint64 left, qint64 right,
                                          QString *error = nullptr);

/** Framing hits of every article, and the table per country. */
struct FramingReport
{
    QList<qint64> articles;                      ///< parallel to hits
    QList<QList<framing::FramingHit>> hits;
    QList<Article> bodies;                       ///< for spans in code points
    framing::FramingTable table;
};
/**
 * With a tagger, tags every article afresh; without, reads the hits stored at import. A scope
 * (a search, dates, ...) keeps to the articles it selects; nullopt when it cannot be read.
 */
std::optional<FramingReport> framingReport(store::Store &store, const framing::FramingTagger *tagger = nullptr,
                                           const store::ArticleFilter &scope = {});

/**
 * The framing table of the stored hits, counted in SQL without reading any article (what the
 * window shows; framingReport() also returns every hit and body, for the CLI).
 */
framing::FramingTable framingTable(store::Store &store);
/** The same, of the articles a scope selects; nullopt (and the store's lastError()) when it cannot be read. */
std::optional<framing::FramingTable> framingTable(store::Store &store, const store::ArticleFilter &scope);

/** Keyness between two groups of articles: by country by default. */
/** What keyness compares: two countries (of the outlets), two outlets or two languages. */
enum class KeynessGrouping { Country, Outlet, Language };
/** "country", "outlet", "language"; std::nullopt for anything else. */
std::optional<KeynessGrouping> keynessGroupingNamed(const QString &name);
QString keynessGroupingName(KeynessGrouping grouping);

struct KeynessReport
{
    KeynessGrouping grouping = KeynessGrouping::Country;
    QList<std::pair<QString, int>> groups; ///< every group in the scope with its articles, most first
    QString groupA;
    QString groupB;
    int articlesA = 0;
    int articlesB = 0;
    QList<compare::KeynessRow> unigrams;
    QList<compare::KeynessRow> bigrams;
    QString error; ///< set when the groups cannot be formed
};
/**
 * Groups are country codes; empty: the two countries with the most articles. A scope (a search,
 * dates, ...) keeps to the articles it selects.
 */
KeynessReport keynessByCountry(store::Store &store, const QString &groupA = {},
                               const QString &groupB = {},
                               const compare::KeynessOptions &options = {},
                               const store::ArticleFilter &scope = {});
/**
 * The same between two outlets (named in any case) or two languages (codes: "ja", "ru"), or two
 * countries. Articles without the value form the group framing::unknownCountry ("??"); empty
 * groups: the two known ones with the most articles.
 */
KeynessReport keynessBy(store::Store &store, KeynessGrouping grouping, const QString &groupA = {},
                        const QString &groupB = {}, const compare::KeynessOptions &options = {},
                        const store::ArticleFilter &scope = {});

} // namespace parallax::query
