// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/textreader.h"
#include "query/searchterms.h"
#include "store/rowinserter.h"
#include "store/store.h"
#include "text/wordforms.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

// A search for a word also finds its other forms (остров: острова, островов), by the Snowball
// stemmers; a word in quotes only itself.
class TestWordForms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formsShareAKey();
    void search_data();
    void search();
    void wordsAndTheirForms();
    void syntaxErrorsAreStillExplained();
    void aReadOnlyCorpusIsSearchedSo();
    void theReaderMarksTheForms_data();
    void theReaderMarksTheForms();
};

namespace {

const QStringList articles = {
    u"Переговоры о Курильских островах\n\nМинистр иностранных дел России Сергей Лавров заявил, что переговоры "
    "о Курильских островах продолжатся. На островах живут около 20 тысяч человек."_s,
    u"Японские рыбаки у острова Шикотан\n\nЯпонские рыбаки задержаны у острова Шикотан. Остров находится под "
    "управлением России."_s,
    u"Учёные изучают вулканы\n\nРоссийские учёные изучают вулканы Итурупа."_s,
    u"Talks on the islands\n\nJapan and Russia resumed negotiations over the islands. A negotiator said the "
    "talks would go on."_s,
    u"Fishing near the island\n\nA Japanese fishing boat was seized near the island of Shikotan."_s,
};

void fill(store::Store &s)
{
    QVERIFY(s.beginTransaction());
    for (int i = 0; i < articles.size(); ++i) {
        Article a = import::readPlainText(articles.at(i), u"a%1.txt"_s.arg(i + 1));
        QCOMPARE(s.insertArticle(a), store::Store::InsertOutcome::Inserted);
    }
    QVERIFY(s.commitTransaction());
}

QStringList titlesFound(store::Store &s, const QString &query)
{
    QStringList titles;
    const auto hits = s.search(query, 50);
    if (!hits)
        return {u"error: "_s + s.lastError()};
    for (const store::SearchHit &h : *hits)
        titles << h.title;
    titles.sort();
    return titles;
}

} // namespace

void TestWordForms::formsShareAKey()
{
    using text::formKey;
    const QString island = formKey(u"остров"_s);
    QVERIFY(!island.isEmpty());
    for (const QString &w : {u"острова"_s, u"островов"_s, u"островах"_s, u"островам"_s})
        QCOMPARE(formKey(w), island);
    QCOMPARE(formKey(u"учёные"_s), formKey(u"ученые"_s));
    QCOMPARE(formKey(u"курильских"_s), formKey(u"курильские"_s));
    QCOMPARE(formKey(u"лавров"_s), formKey(u"лаврова"_s));
    QVERIFY(formKey(u"ученые"_s) != formKey(u"учить"_s));
    QVERIFY(formKey(u"голова"_s) != formKey(u"гол"_s));
    QCOMPARE(formKey(u"islands"_s), formKey(u"island"_s));
    QCOMPARE(formKey(u"negotiations"_s), formKey(u"negotiated"_s));
    QCOMPARE(formKey(u"cries"_s), formKey(u"cry"_s));
    QCOMPARE(formKey(u"café"_s), formKey(u"cafe"_s));
    // Different words, and words of different languages, do not meet.
    QVERIFY(formKey(u"japan"_s) != formKey(u"japanese"_s));
    QVERIFY(formKey(u"russia"_s) != formKey(u"russian"_s));
    QVERIFY(formKey(u"рос"_s) != formKey(u"рос"_s.replace(u'р', u'p').replace(u'о', u'o').replace(u'с', u'c')));
    // Words that have no forms here.
    for (const QString &w : {u"the"_s, u"и"_s, u"что"_s, u"of"_s, u"g7"_s, u"2019"_s, u"ab"_s, u"остров1"_s,
                             u"остpов"_s /* a Latin p inside */, u"北方領土"_s})
        QVERIFY2(formKey(w).isEmpty(), qPrintable(w));
    // Where the index's words begin: cry as well as cries, учёные as well as ученые.
    QCOMPARE(text::formPrefixes(formKey(u"cries"_s)), QStringList{u"cr"_s});
    QVERIFY(text::formPrefixes(formKey(u"ученые"_s)).contains(u"учён"_s));
    QVERIFY(text::formPrefixes(formKey(u"ученые"_s)).contains(u"учен"_s));
}

void TestWordForms::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("titles");
    const QString kurils = u"Переговоры о Курильских островах"_s;
    const QString fishermen = u"Японские рыбаки у острова Шикотан"_s;
    const QString scientists = u"Учёные изучают вулканы"_s;
    const QString talks = u"Talks on the islands"_s;
    const QString fishing = u"Fishing near the island"_s;
    QTest::newRow("a word finds its forms") << u"остров"_s << QStringList{kurils, fishermen};
    QTest::newRow("any form finds the others") << u"островами"_s << QStringList{kurils, fishermen};
    QTest::newRow("in quotes, only as written") << u"\"остров\""_s << QStringList{fishermen};
    QTest::newRow("ё written as е") << u"ученые"_s << QStringList{scientists};
    QTest::newRow("a prefix as before") << u"остро*"_s << QStringList{kurils, fishermen};
    QTest::newRow("in one column") << u"title: островах"_s << QStringList{kurils, fishermen};
    QTest::newRow("beside another word") << u"острова Лавров"_s << QStringList{kurils};
    QTest::newRow("beside a column's word") << u"острова title:рыбаки"_s << QStringList{fishermen};
    QTest::newRow("not") << u"острова NOT Лавров"_s << QStringList{fishermen};
    QTest::newRow("or") << u"вулкан OR Лавров"_s << QStringList{kurils, scientists};
    QTest::newRow("in brackets") << u"(острова OR вулкан) AND России"_s << QStringList{kurils, fishermen};
    QTest::newRow("near, as written") << u"NEAR(острова Шикотан, 2)"_s << QStringList{fishermen};
    QTest::newRow("a phrase, as written") << u"\"Курильских островах\""_s << QStringList{kurils};
    QTest::newRow("English") << u"island"_s << QStringList{fishing, talks};
    QTest::newRow("English, any form") << u"negotiation"_s << QStringList{talks};
    QTest::newRow("English, in quotes") << u"\"island\""_s << QStringList{fishing};
    QTest::newRow("a word not in the corpus") << u"zeppelin"_s << QStringList{};
}

void TestWordForms::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, titles);
    store::Store s;
    QVERIFY(s.open(u":memory:"_s));
    fill(s);
    QCOMPARE(titlesFound(s, query), titles);
    // The library's list, its count and the ids of the matches find the same.
    store::ArticleFilter filter;
    filter.search = query;
    QCOMPARE(s.articleCount(filter).value_or(-1), titles.size());
    QCOMPARE(s.matchingIds(query).value_or(QList<qint64>{}).size(), titles.size());
    const auto rows = s.articles(filter, store::SortKey::Relevance, Qt::DescendingOrder, 0, 50);
    QVERIFY2(rows, qPrintable(s.lastError()));
    QCOMPARE(rows->size(), titles.size());
}

void TestWordForms::wordsAndTheirForms()
{
    store::Store s;
    QVERIFY(s.open(u":memory:"_s));
    fill(s);
    const QList<store::WordForms> words = s.wordForms(u"Острова \"рыбаки\" islands Шикотан title:negotiator"_s);
    QCOMPARE(words.size(), 3);
    QCOMPARE(words.at(0).word, u"Острова"_s);
    QCOMPARE(words.at(0).forms.first(), u"острова"_s); // the word as written comes first
    QStringList others = words.at(0).forms.mid(1);
    others.sort();
    QCOMPARE(others, (QStringList{u"остров"_s, u"островах"_s}));
    QCOMPARE(words.at(1).word, u"islands"_s);
    QCOMPARE(words.at(1).forms, (QStringList{u"islands"_s, u"island"_s}));
    QCOMPARE(words.at(2).word, u"negotiator"_s);
    QCOMPARE(words.at(2).forms, (QStringList{u"negotiator"_s, u"negotiations"_s}));
    // The search run is the query with those words widened, and the rest as written.
    QCOMPARE(store::expandWordForms(store::sqliteHandle(s.database()), u"islands NOT \"talks\""_s).match,
             u"(\"islands\" OR \"island\") NOT \"talks\""_s);
    // Japanese is found by its characters, not by forms.
    QVERIFY(s.wordForms(u"北方領土 острова"_s).isEmpty());
}

void TestWordForms::syntaxErrorsAreStillExplained()
{
    store::Store s;
    QVERIFY(s.open(u":memory:"_s));
    fill(s);
    QVERIFY(!s.search(u"острова AND"_s).has_value());
    QVERIFY2(s.lastError().contains(u"could not be read"_s), qPrintable(s.lastError()));
    QVERIFY(!s.search(u"\"острова"_s).has_value());
    QVERIFY2(s.lastError().contains(u"closing one"_s), qPrintable(s.lastError()));
}

void TestWordForms::aReadOnlyCorpusIsSearchedSo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"c.parallax"_s);
    {
        store::Store s;
        QVERIFY(s.open(path));
        fill(s);
    }
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    store::Store::keepReadOnly(path);
    store::Store s;
    QVERIFY2(s.open(path), qPrintable(s.lastError()));
    QVERIFY(s.isReadOnly());
    QCOMPARE(titlesFound(s, u"остров"_s).size(), 2);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestWordForms::theReaderMarksTheForms_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("marked");
    const QString ru = u"Переговоры о Курильских островах: Остров и острова, островитяне."_s;
    QTest::newRow("forms") << u"остров"_s << ru << QStringList{u"островах"_s, u"Остров"_s, u"острова"_s};
    QTest::newRow("in quotes") << u"\"остров\""_s << ru << QStringList{u"Остров"_s};
    QTest::newRow("prefix") << u"острови*"_s << ru << QStringList{u"островитяне"_s};
    QTest::newRow("near") << u"NEAR(острова Курильских)"_s << ru << QStringList{u"Курильских"_s, u"острова"_s};
    QTest::newRow("after near") << u"NEAR(Курильских островах) Остров"_s << ru
                                << QStringList{u"Курильских"_s, u"островах"_s, u"Остров"_s, u"острова"_s};
    QTest::newRow("a phrase") << u"\"Курильских островах\""_s << ru << QStringList{u"Курильских островах"_s};
    QTest::newRow("English") << u"negotiation"_s << u"Negotiations went on; the negotiator left."_s
                             << QStringList{u"Negotiations"_s, u"negotiator"_s};
    QTest::newRow("possessive") << u"Japan"_s << u"Japan's islands and Japanese boats"_s
                                << QStringList{u"Japan"_s};
    QTest::newRow("part of a compound") << u"Russia"_s << u"the Russia-held islands; Russia's view"_s
                                        << QStringList{u"Russia"_s, u"Russia"_s};
}

void TestWordForms::theReaderMarksTheForms()
{
    QFETCH(QString, query);
    QFETCH(QString, text);
    QFETCH(QStringList, marked);
    QStringList found;
    for (const Span &s : query::findTerms(text, query::searchTerms(query)))
        found << text.mid(s.start, s.length());
    QCOMPARE(found, marked);
}

QTEST_GUILESS_MAIN(TestWordForms)
#include "tst_wordforms.moc"
