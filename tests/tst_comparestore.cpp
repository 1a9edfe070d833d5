// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison tables: framing hits written at import, pair decisions, alignment fixes.
#include "analysis/analysis.h"
#include "import/textreader.h"
#include "seedarticles.h"
#include "store/comparestore.h"
#include "store/entitystore.h"
#include "store/pairingstore.h"
#include "query/comparison.h"
#include "store/store.h"
#include "text/segmenter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

// Reports of 19 December 2019, each a country and a body, stored with their analysis.
QList<Article> storeReports(store::Store &corpus, const QList<std::pair<QString, QString>> &reports)
{
    QList<Article> stored;
    for (const auto &[country, body] : reports) {
        Article a;
        a.body = body;
        a.country = country;
        a.published = QDate(2019, 12, 19);
        a.sentences = text::sentences(a.body);
        a.paragraphs = text::paragraphs(a.body);
        if (corpus.insertArticle(a, analysis::analyse(a)) == store::Store::InsertOutcome::Inserted)
            stored.append(a);
    }
    return stored;
}

} // namespace

class TestCompareStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void migrationIsApplied();
    void framingHitsAreWrittenAtImport();
    void framingTableCountedInSql();
    void replacingHits();
    void pairDecisions();
    void alignmentFixes();
    void pairingRecordsWithoutBodies();
    void sharedEntityUnderDifferentNames();
    void supersededVersionsDoNotPair();
    void cancelledCorpusWideWorkStopsEmpty();
    void pairingKeysAreStoredAtImport();
    void articlesOfNoKnownCountry();
    void keynessBetweenLanguagesKeepsJapaneseNamesWhole();

private:
    store::Store m_store;
    QList<Article> m_articles;
};

void TestCompareStore::initTestCase()
{
    QVERIFY(m_store.open(u":memory:"_s));
    QVERIFY(m_store.beginTransaction());
    for (Article a : testing::seedArticles()) {
        a.id = 0;
        QCOMPARE(m_store.insertArticle(a, analysis::analyse(a)), store::Store::InsertOutcome::Inserted);
        m_articles.append(a);
    }
    QVERIFY(m_store.commitTransaction());
}

void TestCompareStore::migrationIsApplied()
{
    QVERIFY(m_store.appliedMigrations().contains(u"framing-1"_s));
}

void TestCompareStore::framingHitsAreWrittenAtImport()
{
    const store::CompareStore cs(m_store);
    const Article &a = m_articles.at(0);
    const QList<store::StoredFramingHit> stored = cs.framingHits(a.id);
    const QList<framing::FramingHit> fresh = analysis::analyse(a).framingHits;
    QVERIFY(fresh.size() > 5);
    QCOMPARE(stored.size(), fresh.size());
    for (int i = 0; i < stored.size(); ++i) {
        QCOMPARE(stored.at(i).article, a.id);
        QCOMPARE(stored.at(i).hit.span, fresh.at(i).span);
        QCOMPARE(stored.at(i).hit.term, fresh.at(i).term);
        QCOMPARE(stored.at(i).hit.conceptName, fresh.at(i).conceptName);
        QCOMPARE(stored.at(i).hit.side, fresh.at(i).side);
    }
    // All articles' hits, by article then position.
    const QList<store::StoredFramingHit> all = cs.framingHits();
    QVERIFY(all.size() > stored.size());
    for (int i = 1; i < all.size(); ++i) {
        QVERIFY(all.at(i - 1).article < all.at(i).article
                || (all.at(i - 1).article == all.at(i).article
                    && all.at(i - 1).hit.span.start < all.at(i).hit.span.start));
    }
}

void TestCompareStore::framingTableCountedInSql()
{
    // The window's table is counted in SQL; it must equal the one built from every article, and
    // within a scope (the articles in view) the one built from the scope's articles.
    const auto same = [](const framing::FramingTable &fromSql, const framing::FramingTable &fromArticles) {
        QCOMPARE(fromSql.articles, fromArticles.articles);
        QCOMPARE(fromSql.words, fromArticles.words);
        QCOMPARE(fromSql.warnings, fromArticles.warnings);
        QCOMPARE(fromSql.cells.size(), fromArticles.cells.size());
        for (qsizetype i = 0; i < fromSql.cells.size(); ++i) {
            const framing::FramingCell &x = fromSql.cells.at(i), &y = fromArticles.cells.at(i);
            QCOMPARE(x.conceptName, y.conceptName);
            QCOMPARE(x.term, y.term);
            QCOMPARE(x.country, y.country);
            QCOMPARE(x.side, y.side);
            QCOMPARE(x.count, y.count);
            QCOMPARE(x.articles, y.articles);
            QCOMPARE(x.perThousandWords, y.perThousandWords);
        }
    };
    const auto report = query::framingReport(m_store);
    QVERIFY(report);
    const framing::FramingTable fromSql = query::framingTable(m_store);
    QVERIFY(!fromSql.cells.isEmpty());
    same(fromSql, report->table);
    if (QTest::currentTestFailed())
        return;

    store::ArticleFilter kuril, recent, tass, none;
    kuril.search = u"Kuril"_s;
    recent.from = QDate(2019, 1, 1);
    tass.outlet = u"tass"_s;
    none.search = u"nowhere"_s;
    int narrowed = 0;
    for (const store::ArticleFilter &scope : {kuril, recent, tass, none}) {
        const auto table = query::framingTable(m_store, scope);
        const auto scoped = query::framingReport(m_store, nullptr, scope);
        QVERIFY(table && scoped);
        same(*table, scoped->table);
        if (QTest::currentTestFailed())
            return;
        int articles = 0;
        for (int n : std::as_const(table->articles))
            articles += n;
        QCOMPARE(articles, int(m_store.articleIds(scope)->size()));
        narrowed += articles < m_store.articleCount() ? 1 : 0;
    }
    QCOMPARE(narrowed, 4);
    QVERIFY(query::framingTable(m_store, none)->cells.isEmpty());
    store::ArticleFilter broken;
    broken.search = u"\"Kuril"_s;
    QVERIFY(!query::framingTable(m_store, broken));
    QVERIFY(!query::framingReport(m_store, nullptr, broken));

    // Keyness within a scope counts only its articles of each country.
    const query::KeynessReport all = query::keynessByCountry(m_store, u"JP"_s, u"RU"_s);
    const query::KeynessReport inKuril = query::keynessByCountry(m_store, u"JP"_s, u"RU"_s, {}, kuril);
    QVERIFY(all.error.isEmpty() && inKuril.error.isEmpty());
    int jp = 0, ru = 0;
    const auto inScope = m_store.articles(kuril, store::SortKey::Published, Qt::AscendingOrder, 0, -1);
    QVERIFY(inScope);
    for (const store::ArticleSummary &a : *inScope)
        (a.country == u"JP"_s ? jp : ru) += a.country == u"JP"_s || a.country == u"RU"_s ? 1 : 0;
    QCOMPARE(inKuril.articlesA, jp);
    QCOMPARE(inKuril.articlesB, ru);
    QVERIFY(inKuril.articlesA + inKuril.articlesB < all.articlesA + all.articlesB);
    QVERIFY(!query::keynessByCountry(m_store, u"JP"_s, u"RU"_s, {}, broken).error.isEmpty());
}

void TestCompareStore::replacingHits()
{
    store::CompareStore cs(m_store);
    const qint64 id = m_articles.at(4).id;
    framing::FramingHit h;
    h.span = {3, 9};
    h.entry = 7;
    h.term = u"test*"_s;
    h.conceptName = u"a concept"_s;
    h.side = u"mine"_s;
    QVERIFY(cs.replaceFramingHits(id, {h}));
    const QList<store::StoredFramingHit> now = cs.framingHits(id);
    QCOMPARE(now.size(), 1);
    QCOMPARE(now.first().hit.side, u"mine"_s);
    QCOMPARE(now.first().hit.entry, 7);
    QVERIFY(cs.replaceFramingHits(id, {}));
    QVERIFY(cs.framingHits(id).isEmpty());
}

void TestCompareStore::pairDecisions()
{
    store::CompareStore cs(m_store);
    const qint64 a = m_articles.at(0).id;
    const qint64 b = m_articles.at(2).id;
    QVERIFY(cs.pairDecisions().isEmpty());
    QVERIFY(cs.setPairDecision(a, b, store::PairDecision::Rejected));
    QVERIFY(cs.setPairDecision(a, b, store::PairDecision::Confirmed)); // a change of mind replaces
    const QList<store::PairDecisionRow> rows = cs.pairDecisions();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().left, a);
    QCOMPARE(rows.first().right, b);
    QCOMPARE(rows.first().decision, store::PairDecision::Confirmed);
    QVERIFY(cs.setPairDecision(a, b, std::nullopt));
    QVERIFY(cs.pairDecisions().isEmpty());
    // Foreign keys: no decision about an article that does not exist.
    QVERIFY(!cs.setPairDecision(a, 999, store::PairDecision::Confirmed));
    QVERIFY(!cs.lastError().isEmpty());
}

void TestCompareStore::alignmentFixes()
{
    store::CompareStore cs(m_store);
    const qint64 a = m_articles.at(0).id;
    const qint64 b = m_articles.at(2).id;
    QVERIFY(cs.addAlignmentFix(a, b, {2, 5, true}));
    QVERIFY(cs.addAlignmentFix(a, b, {1, 1, false}));
    QVERIFY(cs.addAlignmentFix(a, b, {2, 5, false})); // the same two sentences: replaced
    const QList<store::AlignmentFix> fixes = cs.alignmentFixes(a, b);
    QCOMPARE(fixes.size(), 2);
    QCOMPARE(fixes.at(0).leftSentence, 1);
    QCOMPARE(fixes.at(1).link, false);
    QVERIFY(cs.alignmentFixes(b, a).isEmpty()); // a pair has a direction
    QVERIFY(cs.removeAlignmentFix(a, b, 1, 1));
    QCOMPARE(cs.alignmentFixes(a, b).size(), 1);
}

// Pairing reads ids, countries, dates, keys kept from the first reading and the stored mentions.
void TestCompareStore::pairingRecordsWithoutBodies()
{
    // A corpus from before the import stored the keys: the first reading works them out.
    {
        QSqlQuery q(m_store.database());
        QVERIFY(q.exec(u"DELETE FROM pairing_keys"_s));
    }
    store::PairingStore ps(m_store);
    QCOMPARE(ps.storedKeyCount(), 0);
    const auto first = ps.records();
    QVERIFY2(first, qPrintable(ps.lastError()));
    QCOMPARE(first->size(), m_articles.size());
    QCOMPARE(ps.storedKeyCount(), m_articles.size());
    const auto second = ps.records();
    QVERIFY(second);
    for (int i = 0; i < m_articles.size(); ++i) {
        const compare::PairingRecord fresh = compare::pairingRecord(m_articles.at(i));
        for (const QList<compare::PairingRecord> *records : {&*first, &*second}) {
            const compare::PairingRecord &r = records->at(i);
            QCOMPARE(r.id, m_articles.at(i).id);
            QCOMPARE(r.country, m_articles.at(i).country);
            QCOMPARE(r.published, m_articles.at(i).published);
            QStringList a = r.words, b = fresh.words;
            a.sort();
            b.sort();
            QCOMPARE(a, b);
            QCOMPARE(r.numbers, fresh.numbers);
        }
    }
    // Entity keys are the names of the entities stored as mentioned in each article.
    const store::EntityStore entities(m_store.database());
    for (const compare::PairingRecord &r : *second) {
        QSet<QString> named;
        for (const store::MentionRow &m : entities.mentions(r.id))
            named.insert(m.name);
        QVERIFY(!named.isEmpty());
        QCOMPARE(QSet<QString>(r.entities.cbegin(), r.entities.cend()), named);
        QCOMPARE(r.entities.size(), named.size());
    }
}

// Iturup is Etorofu in Japanese usage. Nothing else ties these two reports: no word, no number.
// The recogniser's stored mentions make the island one shared entity, so the two articles pair
// and their first sentences align; without the entity keys they do neither.
void TestCompareStore::sharedEntityUnderDifferentNames()
{
    store::Store corpus;
    QVERIFY(corpus.open(u":memory:"_s));
    QVERIFY(corpus.beginTransaction());
    // Two reports, then distractors of the same day (a key found everywhere weighs nothing).
    const QList<Article> two = storeReports(corpus, {
        {u"JP"_s, u"Etorofu got an airport.\n\nIt rained all week."_s},
        {u"RU"_s, u"Tourists visit Iturup.\n\nFlowers bloomed in Sochi."_s},
        {u"JP"_s, u"Baseball fans cheered the champions in Osaka."_s},
        {u"RU"_s, u"The ballet season began at the Bolshoi theatre."_s},
        {u"JP"_s, u"Rice prices rose again in the autumn."_s}});
    QCOMPARE(two.size(), 5);
    QVERIFY(corpus.commitTransaction());

    const QList<query::PairRow> pairs = query::eventPairs(corpus);
    QCOMPARE(pairs.size(), 1);
    QCOMPARE(pairs.first().pair.left, two.at(0).id);
    QCOMPARE(pairs.first().pair.right, two.at(1).id);
    QCOMPARE(pairs.first().pair.evidence.sharedEntities, QStringList{u"Iturup"_s});
    QVERIFY(pairs.first().pair.evidence.sharedWords.isEmpty());
    QList<compare::PairingRecord> wordsOnly;
    for (const Article &a : two)
        wordsOnly.append(compare::pairingRecord(a));
    QVERIFY(compare::findEventPairs(wordsOnly).isEmpty());

    const auto c = query::compareArticles(corpus, two.at(0).id, two.at(1).id);
    QVERIFY(c);
    QCOMPARE(c->alignment.pairs.size(), 1);
    QCOMPARE(c->alignment.pairs.first().left, 0);
    QCOMPARE(c->alignment.pairs.first().right, 0);
    QCOMPARE(c->alignment.pairs.first().sharedEntities, QStringList{u"Iturup"_s});
    QCOMPARE(c->alignment.onlyLeft, QList<int>{1});
    const compare::Alignment withoutEntities = compare::SentenceAligner().align(
        {c->left.body, c->left.sentences, {}}, {c->right.body, c->right.sentences, {}});
    QVERIFY(withoutEntities.pairs.isEmpty());
}

// An updated report replaces its first version: only the current one is a pairing candidate.
void TestCompareStore::supersededVersionsDoNotPair()
{
    store::Store corpus;
    QVERIFY(corpus.open(u":memory:"_s));
    const QList<Article> reports = storeReports(corpus, {
        {u"JP"_s, u"Japanese fishing boats were seized off Kunashir with octopus."_s},
        {u"RU"_s, u"Border guards detained five Japanese schooners off Kunashir, octopus aboard."_s},
        {u"RU"_s, u"Border guards detained five Japanese schooners off Kunashir, octopus aboard; "
                  u"the crews were questioned."_s}});
    QCOMPARE(reports.size(), 3);
    QList<qint64> ids;
    for (const Article &a : reports)
        ids.append(a.id);
    QCOMPARE(query::eventPairs(corpus).size(), 2);
    // Keys are kept for every article, the one without a number too.
    QCOMPARE(store::PairingStore(corpus).storedKeyCount(), 3);
    {
        QSqlQuery q(corpus.database());
        QVERIFY(q.exec(u"INSERT INTO article_revisions (article_id, supersedes, matched_by) VALUES (%1, %2, 'url')"_s
                           .arg(ids.at(2)).arg(ids.at(1))));
    }
    const QList<query::PairRow> pairs = query::eventPairs(corpus);
    QCOMPARE(pairs.size(), 1);
    QCOMPARE(pairs.first().pair.left, ids.at(0));
    QCOMPARE(pairs.first().pair.right, ids.at(2));
    const auto records = store::PairingStore(corpus).records();
    QVERIFY(records);
    QCOMPARE(records->size(), 2);
}

// What the window runs on other threads over the whole corpus stops when asked (it is closing,
// or a newer request came): no pairs, no keyness rows; without the flag the same calls find them.
void TestCompareStore::cancelledCorpusWideWorkStopsEmpty()
{
    std::atomic<bool> cancel{false};
    compare::PairingOptions pairing;
    pairing.cancel = &cancel;
    compare::KeynessOptions keyness;
    keyness.minFrequency = 1;
    keyness.cancel = &cancel;
    QVERIFY(!query::eventPairs(m_store, pairing).isEmpty());
    const query::KeynessReport full = query::keynessByCountry(m_store, u"JP"_s, u"RU"_s, keyness);
    QVERIFY2(full.error.isEmpty(), qPrintable(full.error));
    QVERIFY(!full.unigrams.isEmpty());
    QCOMPARE(full.articlesA + full.articlesB, 5);
    cancel = true;
    QVERIFY(query::eventPairs(m_store, pairing).isEmpty());
    const query::KeynessReport stopped = query::keynessByCountry(m_store, u"JP"_s, u"RU"_s, keyness);
    QVERIFY(!stopped.error.isEmpty());
    QVERIFY(stopped.unigrams.isEmpty());
}

// The import stores each article's pairing keys with it, so the first pair listing of a large
// corpus reads no bodies; they are the keys the pairing would work out from the article.
void TestCompareStore::pairingKeysAreStoredAtImport()
{
    store::Store corpus;
    QVERIFY(corpus.open(u":memory:"_s));
    const QList<Article> stored = storeReports(corpus, {
        {u"JP"_s, u"Five Japanese fishing boats were seized off Kunashir on 12 March; 37 crew were held."_s},
        {u"RU"_s, u"Border guards detained Japanese schooners off Kunashir."_s}});
    QCOMPARE(stored.size(), 2);
    QCOMPARE(store::PairingStore(corpus).storedKeyCount(), 2);
    const auto records = store::PairingStore(corpus).records();
    QVERIFY(records);
    QCOMPARE(records->size(), 2);
    for (const compare::PairingRecord &r : *records) {
        const auto article = corpus.article(r.id);
        QVERIFY(article);
        const compare::PairingRecord fresh = compare::pairingRecord(*article);
        QCOMPARE(QSet<QString>(r.words.cbegin(), r.words.cend()), QSet<QString>(fresh.words.cbegin(), fresh.words.cend()));
        QCOMPARE(r.numbers, fresh.numbers);
    }
}

// Articles whose country no import could tell: counted in the framing table under their own key,
// named as such in its warnings, and a keyness group of their own.
void TestCompareStore::articlesOfNoKnownCountry()
{
    store::Store corpus;
    QVERIFY(corpus.open(u":memory:"_s));
    QVERIFY(corpus.beginTransaction());
    for (Article a : testing::seedArticles()) {
        a.id = 0;
        if (a.outlet == u"TASS"_s)
            a.country.clear();
        QCOMPARE(corpus.insertArticle(a, analysis::analyse(a)), store::Store::InsertOutcome::Inserted);
    }
    QVERIFY(corpus.commitTransaction());
    const framing::FramingTable table = query::framingTable(corpus);
    QCOMPARE(table.articles.value(framing::unknownCountry.toString()), 1);
    QCOMPARE(table.articles.value(u"RU"_s), 1);
    QVERIFY2(table.warnings.contains(u"only 1 article from outlets of no known country: too few to compare (at least 5 wanted)"_s),
             qPrintable(table.warnings.join(u'|')));
    const query::KeynessReport unknown = query::keynessByCountry(corpus, framing::unknownCountry.toString(), u"JP"_s);
    QVERIFY2(unknown.error.isEmpty(), qPrintable(unknown.error));
    QCOMPARE(unknown.articlesA, 1);
    QCOMPARE(unknown.articlesB, 3);
    QVERIFY(!unknown.unigrams.isEmpty());
    // Left to itself, keyness picks two known countries.
    const query::KeynessReport chosen = query::keynessByCountry(corpus, {}, {});
    QCOMPARE(QSet<QString>({chosen.groupA, chosen.groupB}), QSet<QString>({u"JP"_s, u"RU"_s}));
}

// Keyness between two languages; a name recognised in Japanese text is one word (安倍晋三),
// which the word boundaries alone would cut.
void TestCompareStore::keynessBetweenLanguagesKeepsJapaneseNamesWhole()
{
    store::Store corpus;
    QVERIFY(corpus.open(u":memory:"_s));
    Article ja = import::readPlainText(u"安倍首相\n\n安倍晋三首相は北方領土の交渉を続けると述べた。"_s, u"ja.txt"_s);
    ja.language = u"ja"_s;
    ja.country = u"JP"_s;
    Article en = import::readPlainText(u"Abe\n\nShinzo Abe said the talks on the Kuril Islands would continue."_s, u"en.txt"_s);
    en.language = u"en"_s;
    en.country = u"RU"_s;
    QVERIFY(corpus.beginTransaction());
    for (Article *a : {&ja, &en})
        QCOMPARE(corpus.insertArticle(*a, analysis::analyse(*a)), store::Store::InsertOutcome::Inserted);
    QVERIFY(corpus.commitTransaction());
    compare::KeynessOptions options;
    options.minFrequency = 1;
    const query::KeynessReport r = query::keynessBy(corpus, query::KeynessGrouping::Language, u"ja"_s, u"en"_s, options);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.articlesA, 1);
    QCOMPARE(r.articlesB, 1);
    QStringList terms;
    for (const compare::KeynessRow &k : r.unigrams)
        terms << k.term;
    QVERIFY2(terms.contains(u"安倍晋三"_s) && terms.contains(u"北方領土"_s) && terms.contains(u"kuril"_s),
             qPrintable(terms.join(u' ')));
    QVERIFY(!terms.contains(u"晋"_s) && !terms.contains(u"の"_s));
    QCOMPARE(r.groups, (QList<std::pair<QString, int>>{{u"en"_s, 1}, {u"ja"_s, 1}}));
}

QTEST_GUILESS_MAIN(TestCompareStore)
#include "tst_comparestore.moc"
