// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/framing/framingtable.h"
#include "analysis/framing/lexicon.h"
#include "analysis/framing/tagger.h"
#include "seedarticles.h"
#include "text/segmenter.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace parallax;
using namespace parallax::framing;

namespace {

// "surface=term/side" for every hit, in text order.
QStringList describe(const QString &text, const QList<FramingHit> &hits)
{
    QStringList out;
    for (const FramingHit &h : hits)
        out.append(text.mid(h.span.start, h.span.length()) + u'=' + h.term + u'/' + h.side);
    return out;
}

Lexicon smallLexicon()
{
    Lexicon l;
    const auto problems = l.readTsv(
        u"term\tconcept\tside\tnote\n"
        u"Kuril Islands\tname of the islands\tRU\n"
        u"South Kuril Islands\tname of the islands\tRU\n"
        u"Kuril Islands issue\tname of the dispute\tRU\n"
        u"seiz*\tchange of hands\tJP\n"
        u"seiz* ... illegally\tchange of hands\tJP\n"
        u"Russia-held\tcontrol\tJP\n"
        u"北方領土\tname of the islands\tJP\n"
        u"北方領土問題\tname of the dispute\tJP\n"
        u"Южн* Курил*\tname of the islands\tRU\n"
        u"annexed\tstatus of Crimea\tJP\tthe Western wording\n"_s);
    Q_ASSERT(problems.isEmpty());
    return l;
}

} // namespace

class TestFraming : public QObject
{
    Q_OBJECT
private slots:
    void standardLexiconIsValid();
    void matching_data();
    void matching();
    void validation_data();
    void validation();
    void editing();
    void tsvRoundTrip();
    void csvRoundTrip();
    void csvQuoting();
    void sample_data();
    void sample();
    void tablePerCountry();
    void tableOfSample();
};

void TestFraming::standardLexiconIsValid()
{
    Lexicon l;
    const QList<LexiconProblem> problems = l.load(u":/parallax/framing/lexicon.tsv"_s);
    QStringList messages;
    for (const LexiconProblem &p : problems)
        messages.append(p.toString());
    QVERIFY2(problems.isEmpty(), qPrintable(messages.join(u'\n')));
    QVERIFY(l.size() >= 60);
    QCOMPARE(Lexicon::standard().size(), l.size());
    QSet<QString> sides;
    for (const LexiconEntry &e : l.entries())
        sides.insert(e.side);
    QCOMPARE(sides, (QSet<QString>{u"JP"_s, u"RU"_s, u"neutral"_s}));
}

void TestFraming::matching_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("case-insensitive")
        << u"the KURIL islands"_s << QStringList{u"KURIL islands=Kuril Islands/RU"_s};
    QTest::newRow("longest match wins")
        << u"near the South Kuril Islands."_s
        << QStringList{u"South Kuril Islands=South Kuril Islands/RU"_s};
    QTest::newRow("longest match wins at the end too")
        << u"The Kuril Islands issue remains."_s
        << QStringList{u"Kuril Islands issue=Kuril Islands issue/RU"_s};
    QTest::newRow("inflections by prefix")
        << u"Seizure, seizing and seized."_s
        << QStringList{u"Seizure=seiz*/JP"_s, u"seizing=seiz*/JP"_s, u"seized=seiz*/JP"_s};
    QTest::newRow("gap pattern")
        << u"Tokyo claims the Soviet Union seized the islands illegally soon after."_s
        << QStringList{u"seized the islands illegally=seiz* ... illegally/JP"_s};
    QTest::newRow("gap never crosses a sentence end")
        << u"Russia seized boats. Japan says that was done illegally."_s
        << QStringList{u"seized=seiz*/JP"_s};
    QTest::newRow("gap has a limit")
        << u"seized them and then some more of the other things illegally"_s
        << QStringList{u"seized=seiz*/JP"_s};
    QTest::newRow("word boundaries")
        << u"Kurilsk and unseized and Kuril Islandsmen"_s << QStringList{};
    QTest::newRow("hyphenated term")
        << u"the Russia-held islands"_s << QStringList{u"Russia-held=Russia-held/JP"_s};
    QTest::newRow("Japanese inside a longer word")
        << u"北方領土の返還と北方領土問題"_s
        << QStringList{u"北方領土=北方領土/JP"_s, u"北方領土問題=北方領土問題/JP"_s};
    QTest::newRow("Russian case forms")
        << u"на Южных Курилах и Южные Курилы"_s
        << QStringList{u"Южных Курилах=Южн* Курил*/RU"_s, u"Южные Курилы=Южн* Курил*/RU"_s};
    QTest::newRow("typographic apostrophe and note")
        << u"Russia annexed Crimea’s peninsula"_s << QStringList{u"annexed=annexed/JP"_s};
}

void TestFraming::matching()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const FramingTagger tagger(smallLexicon());
    QCOMPARE(describe(text, tagger.tag(text)), expected);
}

void TestFraming::validation_data()
{
    QTest::addColumn<QString>("tsv");
    QTest::addColumn<QStringList>("problems");
    QTest::addColumn<int>("kept");
    QTest::newRow("valid with comment and note")
        << u"# comment\nNorthern Territories\tname\tJP\tnote\n"_s << QStringList{} << 1;
    QTest::newRow("empty term") << u"\tname\tJP\n"_s << QStringList{u"line 1: the term is empty"_s} << 0;
    QTest::newRow("gap at the start")
        << u"x\ty\tRU\n... islands\tname\tRU\n"_s << QStringList{u"line 2: the term starts with ..."_s} << 1;
    QTest::newRow("gap at the end")
        << u"islands ...\tname\tRU\n"_s << QStringList{u"line 1: the term ends with ..."_s} << 0;
    QTest::newRow("two gaps")
        << u"a ... ... b\tname\tRU\n"_s << QStringList{u"line 1: the term has two ... in a row"_s} << 0;
    QTest::newRow("star inside a word")
        << u"se*ize\tname\tRU\n"_s << QStringList{u"line 1: * may only end a word (in \"se*ize\")"_s} << 0;
    QTest::newRow("lone star") << u"*\tname\tRU\n"_s << QStringList{u"line 1: a lone * matches every word"_s} << 0;
    QTest::newRow("missing concept")
        << u"Kurils\t \tRU\n"_s << QStringList{u"line 1: the concept is empty"_s} << 0;
    QTest::newRow("side of two words")
        << u"Kurils\tname\tRussian side\n"_s
        << QStringList{u"line 1: the side \"Russian side\" must be one word (JP, RU, neutral or a name of your own)"_s} << 0;
    QTest::newRow("too few fields")
        << u"Kurils\tname\n"_s
        << QStringList{u"line 1: expected 3 or 4 fields (term, concept, side, note), found 2"_s} << 0;
    QTest::newRow("duplicate ignoring case and spaces")
        << u"Kuril  Islands\tname\tRU\nkuril islands\tname\tRU\n"_s
        << QStringList{u"line 2: \"kuril islands\" repeats an earlier entry"_s} << 1;
    QTest::newRow("star with Japanese")
        << u"北方*\tname\tJP\n"_s
        << QStringList{u"line 1: a term in Japanese or Chinese script cannot use * or ..."_s} << 0;
}

void TestFraming::validation()
{
    QFETCH(QString, tsv);
    QFETCH(QStringList, problems);
    QFETCH(int, kept);
    Lexicon l;
    QStringList found;
    for (const LexiconProblem &p : l.readTsv(tsv))
        found.append(p.toString());
    QCOMPARE(found, problems);
    QCOMPARE(l.size(), kept);
}

void TestFraming::editing()
{
    Lexicon l = smallLexicon();
    const int before = l.size();
    QCOMPARE(l.add({u"Southern Kurils"_s, u"name of the islands"_s, u"ru"_s, {}}), QString());
    QCOMPARE(l.size(), before + 1);
    QCOMPARE(l.at(before).side, u"RU"_s); // sides are written canonically
    QCOMPARE(l.add({u"southern  KURILS"_s, u"x"_s, u"RU"_s, {}}),
             u"\"southern KURILS\" is already in the lexicon"_s);
    QCOMPARE(l.add({u"rejoin*"_s, u""_s, u"RU"_s, {}}), u"the concept is empty"_s);
    QCOMPARE(l.size(), before + 1);

    // Editing an entry may keep its own term; taking another entry's term is refused.
    QCOMPARE(l.update(before, {u"Southern Kurils"_s, u"name of the islands"_s, u"RU"_s, u"TASS"_s}), QString());
    QCOMPARE(l.at(before).note, u"TASS"_s);
    QCOMPARE(l.update(before, {u"Kuril Islands"_s, u"x"_s, u"RU"_s, {}}),
             u"\"Kuril Islands\" is already in the lexicon"_s);
    QCOMPARE(l.update(99, {u"x"_s, u"x"_s, u"RU"_s, {}}), u"row 99 is out of range"_s);

    // A tagger built from the edited lexicon finds the new term.
    const QString text = u"economic activity in Southern Kurils"_s;
    QCOMPARE(describe(text, FramingTagger(l).tag(text)), QStringList{u"Southern Kurils=Southern Kurils/RU"_s});

    QCOMPARE(l.remove(before), QString());
    QCOMPARE(l.size(), before);
    QVERIFY(FramingTagger(l).tag(text).isEmpty());
    QCOMPARE(l.remove(-1), u"row -1 is out of range"_s);
    QCOMPARE(l.insert(0, {u"rejoining"_s, u"status of Crimea"_s, u"RU"_s, {}}), QString());
    QCOMPARE(l.at(0).term, u"rejoining"_s);
}

void TestFraming::tsvRoundTrip()
{
    QTemporaryDir dir;
    const Lexicon &standard = Lexicon::standard();
    const QString path = dir.filePath(u"lexicon.tsv"_s);
    QVERIFY(standard.save(path));
    Lexicon read;
    QVERIFY(read.load(path).isEmpty());
    QCOMPARE(read.entries(), standard.entries());
}

void TestFraming::csvRoundTrip()
{
    QTemporaryDir dir;
    Lexicon l = smallLexicon();
    QCOMPARE(l.add({u"outcome of the war"_s, u"how the islands changed hands"_s, u"RU"_s,
                    u"Moscow's view, \"legitimately\" acquired"_s}), QString());
    const QString path = dir.filePath(u"lexicon.csv"_s);
    QVERIFY(l.save(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("term,concept,side,note\r\n"));
    Lexicon read;
    QVERIFY(read.load(path).isEmpty());
    QCOMPARE(read.entries(), l.entries());
}

void TestFraming::csvQuoting()
{
    Lexicon l;
    const QList<LexiconProblem> problems = l.readCsv(
        u"term,concept,side,note\n"
        u"\"hand* ... over\",\"transfer, to Japan\",RU,\"said \"\"hand over\"\"\nin 1956\"\n"
        u"Kurils,name\n"
        u"return* ... islands,transfer to Japan,JP,\n"_s);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().toString(),
             u"line 4: expected 3 or 4 fields (term, concept, side, note), found 2"_s);
    QCOMPARE(l.size(), 2);
    QCOMPARE(l.at(0).conceptName, u"transfer, to Japan"_s);
    QCOMPARE(l.at(0).note, u"said \"hand over\" in 1956"_s);
    QCOMPARE(l.at(1).term, u"return* ... islands"_s);
    Lexicon noHeader;
    QCOMPARE(noHeader.readCsv(u"Kurils,name,RU\n"_s).first().toString(),
             u"line 1: a CSV lexicon starts with the header row term,concept,side,note"_s);
}

void TestFraming::sample_data()
{
    QTest::addColumn<int>("article");
    QTest::addColumn<QString>("surface");
    QTest::addColumn<QString>("conceptName");
    QTest::addColumn<QString>("side");
    QTest::newRow("000 Northern Territories") << 0 << u"Northern Territories"_s << u"name of the disputed islands"_s << u"JP"_s;
    QTest::newRow("000 South Kuril Islands") << 0 << u"South Kuril Islands"_s << u"name of the disputed islands"_s << u"RU"_s;
    QTest::newRow("000 seized illegally") << 0 << u"seized the islands illegally"_s << u"how the islands changed hands"_s << u"JP"_s;
    QTest::newRow("000 Russia-held") << 0 << u"Russia-held"_s << u"control of the islands"_s << u"JP"_s;
    QTest::newRow("000 legitimately") << 0 << u"legitimately"_s << u"how the islands changed hands"_s << u"RU"_s;
    QTest::newRow("000 return of the islands") << 0 << u"return of two of the four islands"_s << u"transfer of islands to Japan"_s << u"JP"_s;
    QTest::newRow("001 Russian-controlled") << 1 << u"Russian-controlled"_s << u"control of the islands"_s << u"JP"_s;
    QTest::newRow("001 outcome of the war") << 1 << u"outcome of the war"_s << u"how the islands changed hands"_s << u"RU"_s;
    QTest::newRow("002 Southern Kuril Islands") << 2 << u"Southern Kuril Islands"_s << u"name of the disputed islands"_s << u"RU"_s;
    QTest::newRow("002 handed over to the Soviet Union") << 2 << u"handed over to the Soviet Union"_s << u"how the islands changed hands"_s << u"RU"_s;
    QTest::newRow("002 handed over to Japan") << 2 << u"handed over"_s << u"transfer of islands to Japan"_s << u"RU"_s;
    QTest::newRow("002 Kuril Islands issue") << 2 << u"Kuril Islands issue"_s << u"name of the dispute"_s << u"RU"_s;
    QTest::newRow("002 handover") << 2 << u"handover"_s << u"transfer of islands to Japan"_s << u"RU"_s;
    QTest::newRow("003 annexed") << 3 << u"annexed"_s << u"status of Crimea"_s << u"JP"_s;
    QTest::newRow("003 Tokyo-claimed") << 3 << u"Tokyo-claimed"_s << u"control of the islands"_s << u"neutral"_s;
    QTest::newRow("003 territorial row") << 3 << u"territorial row"_s << u"name of the dispute"_s << u"JP"_s;
    QTest::newRow("004 rejoining") << 4 << u"rejoining"_s << u"status of Crimea"_s << u"RU"_s;
    QTest::newRow("004 issue of the Kurils") << 4 << u"issue of the Kurils"_s << u"name of the dispute"_s << u"RU"_s;
    QTest::newRow("004 Southern Kurils") << 4 << u"Southern Kurils"_s << u"name of the disputed islands"_s << u"RU"_s;
}

void TestFraming::sample()
{
    QFETCH(int, article);
    QFETCH(QString, surface);
    QFETCH(QString, conceptName);
    QFETCH(QString, side);
    static const QList<Article> seeds = testing::seedArticles();
    static const FramingTagger tagger;
    const Article &a = seeds.at(article);
    const QList<FramingHit> hits = tagger.tag(a.body);
    QStringList seen;
    for (const FramingHit &h : hits) {
        const QString s = a.text(h.span);
        seen.append(s);
        if (s == surface) {
            QCOMPARE(h.conceptName, conceptName);
            QCOMPARE(h.side, side);
            return;
        }
    }
    QFAIL(qPrintable(u"no hit \"%1\" among: %2"_s.arg(surface, seen.join(u" | "_s))));
}

void TestFraming::tablePerCountry()
{
    const FramingTagger tagger(smallLexicon());
    auto article = [&tagger](const QString &country, const QString &text) {
        return ArticleFraming{country, int(text::words(text).size()), tagger.tag(text)};
    };
    const FramingTable t = framingTable({
        // 10 words, 2 hits of "Kuril Islands"
        article(u"RU"_s, u"The Kuril Islands and the Kuril Islands are in Russia."_s),
        // 5 words, 1 hit
        article(u"RU"_s, u"Russia annexed it last year."_s),
        // 5 words: "Kuril Islands" once and a seizure
        article(u"JP"_s, u"Boats seized near Kuril Islands."_s),
    }, 2);
    QStringList rows;
    for (const FramingCell &c : t.cells) {
        rows.append(u"%1|%2|%3|%4|%5|%6"_s.arg(c.conceptName, c.term, c.country).arg(c.count)
                        .arg(c.articles).arg(c.perThousandWords));
    }
    QCOMPARE(rows, (QStringList{
        u"change of hands|seiz*|JP|1|1|200"_s,          // 1 of 5 words = 200 per 1,000
        u"name of the islands|Kuril Islands|JP|1|1|200"_s,
        u"name of the islands|Kuril Islands|RU|2|1|133.333"_s, // 2 of 15 words
        u"status of Crimea|annexed|RU|1|1|66.6667"_s,
    }));
    QCOMPARE(t.articles.value(u"RU"_s), 2);
    QCOMPARE(t.words.value(u"RU"_s), 15);
    QCOMPARE(t.warnings, QStringList{u"only 1 article from JP: too few to compare (at least 2 wanted)"_s});
}

void TestFraming::tableOfSample()
{
    const FramingTagger tagger;
    QList<ArticleFraming> articles;
    for (const Article &a : testing::seedArticles())
        articles.append({a.country, a.wordCount(), tagger.tag(a.body)});
    const FramingTable t = framingTable(articles);
    QCOMPARE(t.articles.value(u"JP"_s), 3);
    QCOMPARE(t.articles.value(u"RU"_s), 2);
    QCOMPARE(t.warnings.size(), 2); // five sample articles are too few for either country
    auto count = [&t](const QString &term, const QString &country) {
        for (const FramingCell &c : t.cells) {
            if (c.term == term && c.country == country)
                return c.count;
        }
        return 0;
    };
    // Both sides' names appear in both countries' press, but in different proportions.
    QCOMPARE(count(u"Northern Territories"_s, u"JP"_s), 2);
    QCOMPARE(count(u"Southern Kuril Islands"_s, u"RU"_s), 3);
    QCOMPARE(count(u"Southern Kuril Islands"_s, u"JP"_s), 0);
    QCOMPARE(count(u"annexed"_s, u"JP"_s), 1);
    QCOMPARE(count(u"rejoining"_s, u"RU"_s), 1);
    QCOMPARE(count(u"Russian-held"_s, u"RU"_s), 0);
}

QTEST_GUILESS_MAIN(TestFraming)
#include "tst_framing.moc"
