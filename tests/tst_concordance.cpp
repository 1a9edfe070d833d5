// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"
#include "import/textreader.h"
#include "analysis/compare/textfeatures.h"
#include "query/concordance.h"
#include "store/entitystore.h"
#include "store/store.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

// The concordance: each match of a search in its context, one line each (key word in context).
class TestConcordance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void linesOfTheSample();
    void contextIsCutAtWords();
    void formsAndScope();
    void orders_data();
    void orders();
    void longListsStopAtTheLimit();
    void aSearchIsNeeded();
    void mentionsOfAnEntityUnderAllItsNames();
    void collocatesAreTheWordsNearTheMatches();

private:
    store::Store m_store;
};

static const QString seeds = QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds");

void TestConcordance::initTestCase()
{
    QVERIFY(m_store.open(u":memory:"_s));
    import::Importer importer(m_store);
    QCOMPARE(importer.run({seeds}).articlesImported, 5);
}

void TestConcordance::linesOfTheSample()
{
    store::ArticleFilter f;
    f.search = u"octopus"_s;
    const query::Concordance c = query::concordance(m_store, f);
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.articles, 1);
    QCOMPARE(c.articlesRead, 1);
    QVERIFY(!c.truncated);
    QCOMPARE(c.lines.size(), 1);
    const query::ConcordanceLine &l = c.lines.first();
    QCOMPARE(l.match, u"octopus"_s);
    QVERIFY2(l.left.endsWith(u"they had an undeclared"_s), qPrintable(l.left));
    QVERIFY2(l.right.startsWith(u"catch totaling 6 tons."_s), qPrintable(l.right));
    // Its place in the body, for the reader.
    const Article a = *m_store.article(l.articleId);
    QCOMPARE(a.body.mid(l.start, l.end - l.start), u"octopus"_s);
    QCOMPARE(l.title, a.title);
    QCOMPARE(l.published, a.published);
    QCOMPARE(l.country, u"JP"_s);
}

void TestConcordance::contextIsCutAtWords()
{
    store::ArticleFilter f;
    f.search = u"Lavrov"_s;
    query::ConcordanceOptions narrow;
    narrow.context = 30;
    const query::Concordance c = query::concordance(m_store, f, narrow);
    QVERIFY(c.lines.size() >= 4);
    for (const query::ConcordanceLine &l : c.lines) {
        QCOMPARE(l.match.toLower(), u"lavrov"_s);
        QVERIFY(!l.left.contains(u'\n') && !l.right.contains(u'\n'));
        QVERIFY2(l.left.size() <= 31 && l.right.size() <= 31, qPrintable(l.left + u" | "_s + l.right));
        // An ellipsis where the text goes on, and no word cut in two at that end.
        const Article a = *m_store.article(l.articleId);
        if (l.left.startsWith(u"…"_s)) {
            const QString shown = l.left.mid(1);
            const qsizetype at = a.body.simplified().indexOf(shown);
            QVERIFY2(at > 0, qPrintable(shown));
            QVERIFY2(a.body.simplified().at(at - 1).isSpace(), qPrintable(shown));
        }
    }
}

void TestConcordance::formsAndScope()
{
    // The forms the reader marks: "negotiation" lists negotiations, negotiating, negotiator(s).
    store::ArticleFilter f;
    f.search = u"negotiation"_s;
    const query::Concordance c = query::concordance(m_store, f);
    QStringList matches;
    for (const query::ConcordanceLine &l : c.lines)
        matches << l.match.toLower();
    matches.removeDuplicates();
    matches.sort();
    QCOMPARE(matches, (QStringList{u"negotiating"_s, u"negotiations"_s, u"negotiator"_s, u"negotiators"_s}));
    // Within one country's articles.
    f.search = u"islands"_s;
    const int all = int(query::concordance(m_store, f).lines.size());
    f.country = u"RU"_s;
    const query::Concordance ru = query::concordance(m_store, f);
    QCOMPARE(ru.articles, 2);
    QVERIFY(!ru.lines.isEmpty() && ru.lines.size() < all);
    for (const query::ConcordanceLine &l : ru.lines)
        QCOMPARE(l.country, u"RU"_s);
    // A phrase is one match.
    store::ArticleFilter phrase;
    phrase.search = u"\"Northern Territories\""_s;
    for (const query::ConcordanceLine &l : query::concordance(m_store, phrase).lines)
        QCOMPARE(l.match, u"Northern Territories"_s);
}

void TestConcordance::orders_data()
{
    QTest::addColumn<QString>("order");
    for (const char *o : {"text", "left", "right", "match", "outlet"})
        QTest::newRow(o) << QString::fromLatin1(o);
}

void TestConcordance::orders()
{
    QFETCH(QString, order);
    const std::optional<query::ConcordanceOrder> by = query::concordanceOrderNamed(order);
    QVERIFY(by);
    QCOMPARE(query::concordanceOrderName(*by), order);
    store::ArticleFilter f;
    f.search = u"islands"_s;
    QList<query::ConcordanceLine> lines = query::concordance(m_store, f).lines;
    const qsizetype n = lines.size();
    QVERIFY(n > 20);
    query::sortConcordance(lines, *by);
    QCOMPARE(lines.size(), n);
    const auto nearest = [](const QString &context, bool last) {
        static const QRegularExpression word(u"[\\p{L}\\p{N}'’-]+"_s);
        QStringList words;
        for (auto m = word.globalMatch(context); m.hasNext();)
            words << m.next().captured().toCaseFolded();
        return words.isEmpty() ? QString() : last ? words.last() : words.first();
    };
    for (qsizetype i = 1; i < n; ++i) {
        const query::ConcordanceLine &a = lines.at(i - 1), &b = lines.at(i);
        switch (*by) {
        case query::ConcordanceOrder::Text:
            QVERIFY(a.published < b.published || (a.published == b.published && (a.articleId != b.articleId || a.start < b.start)));
            break;
        case query::ConcordanceOrder::Left:
            QVERIFY2(nearest(a.left, true).localeAwareCompare(nearest(b.left, true)) <= 0,
                     qPrintable(a.left + u" / "_s + b.left));
            break;
        case query::ConcordanceOrder::Right:
            QVERIFY2(nearest(a.right, false).localeAwareCompare(nearest(b.right, false)) <= 0,
                     qPrintable(a.right + u" / "_s + b.right));
            break;
        case query::ConcordanceOrder::Match:
            QVERIFY(a.match.toCaseFolded().localeAwareCompare(b.match.toCaseFolded()) <= 0);
            break;
        case query::ConcordanceOrder::Outlet:
            QVERIFY(a.outlet.localeAwareCompare(b.outlet) <= 0);
            break;
        }
    }
    QVERIFY(!query::concordanceOrderNamed(u"author"_s));
}

void TestConcordance::longListsStopAtTheLimit()
{
    store::ArticleFilter f;
    f.search = u"islands"_s;
    query::ConcordanceOptions few;
    few.maxLines = 3;
    const query::Concordance c = query::concordance(m_store, f, few);
    QVERIFY(c.truncated);
    QVERIFY(c.articlesRead < c.articles);
    QVERIFY(c.lines.size() >= 3);
    // The earliest articles first.
    const QList<query::ConcordanceLine> all = query::concordance(m_store, f).lines;
    QCOMPARE(c.lines.first().published, all.first().published);
    std::atomic<bool> cancel{true};
    query::ConcordanceOptions cancelled;
    cancelled.cancel = &cancel;
    QVERIFY(!query::concordance(m_store, f, cancelled).error.isEmpty());
}

void TestConcordance::aSearchIsNeeded()
{
    const query::Concordance c = query::concordance(m_store, store::ArticleFilter{});
    QCOMPARE(c.error, u"a concordance needs a search"_s);
    store::ArticleFilter bad;
    bad.search = u"Japan AND"_s;
    QVERIFY(query::concordance(m_store, bad).error.contains(u"could not be read"_s));
}

void TestConcordance::mentionsOfAnEntityUnderAllItsNames()
{
    const query::Concordance c = query::concordanceOfEntity(m_store, u"place/southern-kurils"_s, {});
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.entity, u"Southern Kuril Islands"_s);
    QVERIFY(c.query.isEmpty());
    QSet<QString> names;
    QSet<QString> countries;
    for (const query::ConcordanceLine &l : c.lines) {
        names.insert(l.match);
        countries.insert(l.country);
        const Article a = *m_store.article(l.articleId);
        QCOMPARE(a.body.mid(l.start, l.end - l.start).simplified(), l.match);
    }
    // Each side's names of the islands, as the articles write them.
    QVERIFY(names.contains(u"Northern Territories"_s));
    QVERIFY(names.contains(u"Southern Kurils"_s));
    QCOMPARE(countries, (QSet<QString>{u"JP"_s, u"RU"_s}));
    // In date order; by its id the same; within one country's articles only theirs.
    for (qsizetype i = 1; i < c.lines.size(); ++i)
        QVERIFY(c.lines.at(i - 1).published <= c.lines.at(i).published);
    const store::EntityStore entities(m_store.database());
    const QString id = QString::number(entities.entityByKey(u"place/southern-kurils"_s)->id);
    QCOMPARE(query::concordanceOfEntity(m_store, id, {}).lines.size(), c.lines.size());
    store::ArticleFilter ru;
    ru.country = u"RU"_s;
    const query::Concordance russian = query::concordanceOfEntity(m_store, id, ru);
    QVERIFY(!russian.lines.isEmpty() && russian.lines.size() < c.lines.size());
    for (const query::ConcordanceLine &l : russian.lines)
        QCOMPARE(l.country, u"RU"_s);
    QCOMPARE(query::concordanceOfEntity(m_store, u"place/atlantis"_s, {}).error, u"there is no entity place/atlantis"_s);
}

void TestConcordance::collocatesAreTheWordsNearTheMatches()
{
    store::ArticleFilter f;
    f.search = u"islands"_s;
    query::ConcordanceOptions options;
    options.collocateSpan = 3;
    const query::Concordance c = query::concordance(m_store, f, options);
    const QList<query::Collocate> words = query::collocates(c);
    QVERIFY(!words.isEmpty());
    // "disputed islands", "Kuril Islands": the words just before "islands".
    const auto find = [&words](const QString &w) {
        for (const query::Collocate &k : words) {
            if (k.word == w)
                return k;
        }
        return query::Collocate{};
    };
    const query::Collocate disputed = find(u"disputed"_s);
    QVERIFY(disputed.before >= 4);
    QCOMPARE(disputed.after, 0);
    QVERIFY(find(u"kuril"_s).before >= 5);
    // Counted by hand from the lines' own text: "disputed" as the word just before a match.
    int justBefore = 0;
    for (const query::ConcordanceLine &l : c.lines)
        justBefore += l.left.endsWith(u"disputed"_s) ? 1 : 0;
    QVERIFY(disputed.before >= justBefore && justBefore >= 4);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const query::Collocate &k = words.at(i);
        QVERIFY(k.near() >= 3);
        QVERIFY(k.logRatio > 0);
        QVERIFY(k.inArticles >= 1);
        QVERIFY(!compare::keynessStopwords().contains(k.word)); // no "the", "of"
        if (i > 0)
            QVERIFY(words.at(i - 1).g2 >= k.g2);
    }
    QVERIFY(c.nearTotal > 0 && c.words.total > c.nearTotal);
    // The lines near a collocate: those with it among the span's words on either side.
    int nearDisputed = 0;
    for (const query::ConcordanceLine &l : c.lines) {
        const bool near = query::isNear(l, u"disputed"_s, 3);
        QCOMPARE(near, l.left.endsWith(u"the disputed"_s) || l.left.endsWith(u"disputed"_s));
        nearDisputed += near ? 1 : 0;
    }
    QCOMPARE(nearDisputed, justBefore);
    // Without a span nothing is counted.
    QVERIFY(query::collocates(query::concordance(m_store, f)).isEmpty());
    // An entity's mentions have collocates too.
    const query::Concordance lavrov = query::concordanceOfEntity(m_store, u"person/sergey-lavrov"_s, {}, options);
    QVERIFY(!lavrov.near.isEmpty());
}

QTEST_GUILESS_MAIN(TestConcordance)
#include "tst_concordance.moc"
