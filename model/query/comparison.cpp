// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison.h"

#include "analysis/framing/framingtable.h"
#include "store/cjksearch.h"
#include "store/comparestore.h"
#include "store/entitystore.h"
#include "store/pairingstore.h"
#include "store/store.h"

#include <QHash>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax::query {

namespace {

// The summaries of every article, or of those a scope selects; nullopt when it cannot be read.
std::optional<QList<store::ArticleSummary>> summariesIn(store::Store &store, const store::ArticleFilter &scope)
{
    if (scope.isEmpty())
        return store.articles();
    return store.articles(scope, store::SortKey::Published, Qt::AscendingOrder, 0, -1);
}

QString decisionName(store::PairDecision d)
{
    return d == store::PairDecision::Confirmed ? u"confirmed"_s : u"rejected"_s;
}

} // namespace

QList<PairRow> eventPairs(store::Store &store, const compare::PairingOptions &options,
                          bool includeRejected)
{
    // Ids, dates, countries, stored keys and entity mentions, interned as read: no bodies.
    store::PairingStore reader(store);
    reader.setCancel(options.cancel);
    const compare::PairingCorpus corpus = reader.corpus().value_or(compare::PairingCorpus{});
    if (options.cancel && options.cancel->load())
        return {};
    const store::CompareStore cs(store);
    QHash<QPair<qint64, qint64>, QString> decisions;
    for (const store::PairDecisionRow &d : cs.pairDecisions())
        decisions.insert({d.left, d.right}, decisionName(d.decision));

    // Decided pairs do not count against the limit: ask for as many more.
    compare::PairingOptions finder = options;
    if (finder.limit > 0)
        finder.limit += int(decisions.size());
    QList<PairRow> rows;
    QSet<QPair<qint64, qint64>> seen;
    int undecided = 0;
    for (const compare::EventPair &p : compare::findEventPairs(corpus, finder)) {
        // The user may have named the pair either way round.
        const QPair<qint64, qint64> key = decisions.contains({p.right, p.left})
            ? QPair<qint64, qint64>{p.right, p.left} : QPair<qint64, qint64>{p.left, p.right};
        const QString decision = decisions.value(key);
        seen.insert(key);
        if (decision == u"rejected"_s && !includeRejected)
            continue;
        if (decision.isEmpty() && options.limit > 0 && undecided++ >= options.limit)
            continue;
        rows.append({p, decision});
    }
    // Decided pairs the finder did not propose (or the limit cut): score them on their own.
    for (auto it = decisions.cbegin(); it != decisions.cend(); ++it) {
        if (seen.contains(it.key()) || (it.value() == u"rejected"_s && !includeRejected))
            continue;
        compare::EventPair p = corpus.score(it.key().first, it.key().second, options)
                                   .value_or(compare::EventPair{});
        p.left = it.key().first;
        p.right = it.key().second;
        rows.append({p, it.value()});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const PairRow &a, const PairRow &b) {
        const bool ca = a.decision == u"confirmed"_s;
        const bool cb = b.decision == u"confirmed"_s;
        if (ca != cb)
            return ca;
        return a.pair.score > b.pair.score;
    });
    return rows;
}

std::optional<Comparison> compareArticles(store::Store &store, qint64 left, qint64 right,
                                          QString *error)
{
    Comparison c;
    for (const auto &[id, target] : {std::pair{left, &c.left}, std::pair{right, &c.right}}) {
        auto a = store.article(id);
        if (!a) {
            if (error)
                *error = u"no article with id %1"_s.arg(id);
            return std::nullopt;
        }
        *target = *a;
    }
    compare::AlignmentOptions options;
    for (const store::AlignmentFix &f : store::CompareStore(store).alignmentFixes(left, right)) {
        (f.link ? options.links : options.unlinks).append({f.leftSentence, f.rightSentence});
    }
    // Entities the recogniser found count as shared whatever each side calls them.
    store::PairingStore ps(store);
    c.alignment = compare::SentenceAligner().align(
        {c.left.body, c.left.sentences, ps.sentenceEntityKeys(left, c.left.sentences)},
        {c.right.body, c.right.sentences, ps.sentenceEntityKeys(right, c.right.sentences)}, options);
    return c;
}

std::optional<FramingReport> framingReport(store::Store &store, const framing::FramingTagger *tagger,
                                           const store::ArticleFilter &scope)
{
    const auto summaries = summariesIn(store, scope);
    if (!summaries)
        return std::nullopt;
    FramingReport report;
    QHash<qint64, QList<framing::FramingHit>> stored;
    if (!tagger) {
        for (const store::StoredFramingHit &h : store::CompareStore(store).framingHits())
            stored[h.article].append(h.hit);
    }
    QList<framing::ArticleFraming> forTable;
    for (const store::ArticleSummary &summary : *summaries) {
        const std::optional<Article> article = store.article(summary.id);
        if (!article)
            continue;
        const Article &a = *article;
        const QList<framing::FramingHit> hits = tagger ? tagger->tag(a.body) : stored.value(a.id);
        report.articles.append(a.id);
        report.hits.append(hits);
        report.bodies.append(a);
        forTable.append({a.country, a.wordCount(), hits});
    }
    report.table = framing::framingTable(forTable);
    return report;
}

framing::FramingTable framingTable(store::Store &store)
{
    QHash<QString, int> articles;
    QHash<QString, qint64> words;
    QList<framing::FramingCell> cells;
    store::CompareStore(store).framingCounts(&articles, &words, &cells);
    return framing::framingTable(articles, words, cells);
}

std::optional<framing::FramingTable> framingTable(store::Store &store, const store::ArticleFilter &scope)
{
    if (scope.isEmpty())
        return framingTable(store);
    const std::optional<QList<qint64>> ids = store.articleIds(scope);
    if (!ids)
        return std::nullopt;
    QHash<QString, int> articles;
    QHash<QString, qint64> words;
    QList<framing::FramingCell> cells;
    store::CompareStore counts(store);
    if (!counts.framingCounts(&articles, &words, &cells, *ids))
        return std::nullopt;
    return framing::framingTable(articles, words, cells);
}

std::optional<KeynessGrouping> keynessGroupingNamed(const QString &name)
{
    for (KeynessGrouping g : {KeynessGrouping::Country, KeynessGrouping::Outlet, KeynessGrouping::Language}) {
        if (keynessGroupingName(g) == name)
            return g;
    }
    return std::nullopt;
}

QString keynessGroupingName(KeynessGrouping grouping)
{
    switch (grouping) {
    case KeynessGrouping::Outlet: return u"outlet"_s;
    case KeynessGrouping::Language: return u"language"_s;
    case KeynessGrouping::Country: break;
    }
    return u"country"_s;
}

KeynessReport keynessByCountry(store::Store &store, const QString &groupA, const QString &groupB,
                               const compare::KeynessOptions &options, const store::ArticleFilter &scope)
{
    return keynessBy(store, KeynessGrouping::Country, groupA, groupB, options, scope);
}

KeynessReport keynessBy(store::Store &store, KeynessGrouping grouping, const QString &groupA, const QString &groupB,
                        const compare::KeynessOptions &options, const store::ArticleFilter &scope)
{
    KeynessReport report;
    report.grouping = grouping;
    // Summaries first (no bodies): the groups, then one article at a time, so that a large
    // corpus is never held in memory whole.
    const std::optional<QList<store::ArticleSummary>> listed = summariesIn(store, scope);
    if (!listed) {
        report.error = store.lastError();
        return report;
    }
    const QList<store::ArticleSummary> &summaries = *listed;
    // Each article's group; outlets are one group whatever their case (as the library counts them).
    const auto valueOf = [grouping](const store::ArticleSummary &a) -> const QString & {
        return grouping == KeynessGrouping::Outlet ? a.outlet : grouping == KeynessGrouping::Language ? a.language : a.country;
    };
    const auto keyOf = [grouping](const QString &value) {
        if (value.isEmpty())
            return framing::unknownCountry.toString(); // articles of no known country, outlet or language
        return grouping == KeynessGrouping::Outlet ? value.toCaseFolded() : value;
    };
    QHash<QString, int> perGroup;
    QHash<QString, QString> nameOf; // key → the name as first stored
    for (const store::ArticleSummary &a : summaries) {
        const QString key = keyOf(valueOf(a));
        ++perGroup[key];
        if (!nameOf.contains(key))
            nameOf.insert(key, valueOf(a).isEmpty() ? key : valueOf(a));
    }
    for (auto it = perGroup.cbegin(); it != perGroup.cend(); ++it)
        report.groups.append({nameOf.value(it.key()), it.value()});
    std::sort(report.groups.begin(), report.groups.end(), [](const auto &x, const auto &y) {
        return x.second != y.second ? x.second > y.second : x.first < y.first;
    });
    report.groupA = groupA.isEmpty() ? QString() : nameOf.value(keyOf(groupA), groupA);
    report.groupB = groupB.isEmpty() ? QString() : nameOf.value(keyOf(groupB), groupB);
    if (report.groupA.isEmpty() || report.groupB.isEmpty()) {
        // The two known groups with the most articles, other than one already chosen.
        for (const auto &[name, n] : std::as_const(report.groups)) {
            if (name == framing::unknownCountry || name == report.groupA || name == report.groupB)
                continue;
            QString &slot = report.groupA.isEmpty() ? report.groupA : report.groupB;
            slot = name;
            if (!report.groupA.isEmpty() && !report.groupB.isEmpty())
                break;
        }
    }
    const QString what = keynessGroupingName(grouping);
    if (report.groupA.isEmpty() || report.groupB.isEmpty() || keyOf(report.groupA) == keyOf(report.groupB)) {
        report.error = u"keyness needs articles from two %1"_s.arg(grouping == KeynessGrouping::Country ? u"countries"_s
                                                                   : what + u's');
        return report;
    }
    const QString keyA = keyOf(report.groupA), keyB = keyOf(report.groupB);
    compare::FrequencyTable uniA, uniB, biA, biB;
    const QSet<QString> &stop = compare::keynessStopwords();
    const store::EntityStore entities(store.database());
    for (qsizetype i = 0; i < summaries.size(); ++i) {
        if (options.cancel && i % 256 == 0 && options.cancel->load(std::memory_order_relaxed)) {
            report.error = u"keyness was cancelled"_s;
            return report;
        }
        const QString key = keyOf(valueOf(summaries.at(i)));
        const bool inA = key == keyA;
        if (!inA && key != keyB)
            continue;
        const std::optional<Article> article = store.article(summaries.at(i).id);
        if (!article)
            continue;
        const Article &a = *article;
        (inA ? report.articlesA : report.articlesB) += 1;
        // The names recognised in Japanese and Chinese text count as one word each: the word
        // boundaries know few names (安倍晋三 would count as 安倍, 晋 and 三).
        QList<Span> names;
        if (a.language == u"ja"_s || a.language == u"zh"_s) {
            for (const Span &m : entities.mentionSpans(a.id)) {
                if (store::containsCjk(QStringView(a.body).mid(m.start, m.length())))
                    names.append(m);
            }
        }
        compare::addTerms(a.body, a.sentences, stop, names, inA ? &uniA : &uniB, inA ? &biA : &biB);
    }
    if (options.joinForms) {
        // Counted as written, then each written form's count goes to its word's term.
        compare::FormJoiner joiner;
        for (compare::FrequencyTable *t : {&uniA, &uniB, &biA, &biB})
            *t = compare::joinForms(*t, joiner);
    }
    report.unigrams = compare::keyness(uniA, uniB, options);
    report.bigrams = compare::keyness(biA, biB, options);
    return report;
}

} // namespace parallax::query
