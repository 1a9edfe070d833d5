// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/decoder.h"
#include "import/filereader.h"
#include "import/manifest.h"
#include "import/textreader.h"
#include "import/yearinference.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sampleArticles_data();
    void sampleArticles();
    void yearInference_data();
    void yearInference();
    void titleLineLayout();
    void russianTassDateline();
    void decoderRefusals_data();
    void decoderRefusals();
    void manifestErrorsNameTheFile();
};

static QString seedPath(const QString &name)
{
    return QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds/") + name;
}

void TestReader::sampleArticles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("titleProvenance");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("dateProvenance");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("dateline");
    QTest::addColumn<int>("sentences");

    QTest::newRow("000 Kyodo-style Lavrov-Motegi talks")
        << u"000_3c3ba5992d8ce02f.txt"_s
        << u"The foreign ministers of Japan and Russia met Thursday in Moscow to restart stalled talks…"_s
        << u"derived"_s << u"2019-12-19"_s << u"explicit"_s << QString() << u"JP"_s << QString() << 19;
    QTest::newRow("001 Kono to visit Moscow")
        << u"001_61ddea294d18a99e.txt"_s
        << u"Foreign Minister Taro Kono plans to visit Moscow in mid-May for a meeting with Russian…"_s
        << u"derived"_s << u"2019-04-18"_s << u"explicit"_s << QString() << u"JP"_s << QString() << 13;
    QTest::newRow("002 TASS Southern Kurils")
        << u"002_a96840ff3fb00932.txt"_s
        << u"Russia, Japan agree to resume economic activity in Southern Kurils — foreign minister"_s
        << u"explicit"_s << u"2019-12-19"_s << u"inferred"_s << u"TASS"_s << u"RU"_s << u"MOSCOW"_s << 16;
    QTest::newRow("003 Tokyo strategic dialogue")
        << u"003_76d55192bd7b0349.txt"_s
        << u"Senior Japanese and Russian diplomats agreed Thursday to push ahead efforts to establish…"_s
        << u"derived"_s << u"2017-03-31"_s << u"explicit"_s << QString() << u"JP"_s << u"TOKYO"_s << 17;
    QTest::newRow("004 Sputnik two-plus-two")
        << u"004_c623e53691a4bfea.txt"_s
        << u"Russia and Japan have taken steps to improve bilateral ties after decades of cooled…"_s
        << u"derived"_s << u"2017-03-20"_s << u"explicit"_s << u"Sputnik"_s << u"RU"_s << u"MOSCOW"_s << 13;
}

void TestReader::sampleArticles()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QString, titleProvenance);
    QFETCH(QString, published);
    QFETCH(QString, dateProvenance);
    QFETCH(QString, outlet);
    QFETCH(QString, country);
    QFETCH(QString, dateline);
    QFETCH(int, sentences);

    const import::FileResult r = import::readFile(seedPath(file));
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.value(0).reason));
    QCOMPARE(r.articles.size(), 1);
    Article a = r.articles.first();
    QString error;
    const auto manifest = import::Manifest::loadFromFolder(seedPath({}), &error);
    QVERIFY2(manifest.has_value(), qPrintable(error));
    manifest->apply(file, a);

    QCOMPARE(a.title, title);
    QCOMPARE(provenanceName(a.titleProvenance), titleProvenance);
    QCOMPARE(a.published.toString(Qt::ISODate), published);
    QCOMPARE(provenanceName(a.dateProvenance), dateProvenance);
    QCOMPARE(a.outlet, outlet);
    QCOMPARE(provenanceName(a.outletProvenance), outlet.isEmpty() ? u"unknown"_s : u"explicit"_s);
    QCOMPARE(a.country, country);
    QCOMPARE(provenanceName(a.countryProvenance), u"manifest"_s);
    QCOMPARE(a.dateline, dateline);
    QCOMPARE(a.language, u"en"_s);
    QCOMPARE(a.encoding, u"UTF-8"_s);
    QCOMPARE(a.sentences.size(), sentences);
    // Sentences lie inside the body, in order, without surrounding white space.
    int last = 0;
    for (const Span &s : a.sentences) {
        QVERIFY(s.start >= last && s.end > s.start && s.end <= a.body.size());
        QVERIFY(!a.body.at(s.start).isSpace() && !a.body.at(s.end - 1).isSpace());
        last = s.end;
    }
    // The header line is not part of the body.
    QVERIFY(!a.body.startsWith(u"date"_s));
    QVERIFY(!a.body.contains(u"All news"_s));
}

void TestReader::yearInference_data()
{
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("weekday with reporting verb picks the year")
        << 12 << 19 << u"Lavrov said on Thursday. In November 2018 they met."_s << u"2019-12-19"_s;
    QTest::newRow("weekday must match even without a year mentioned")
        << 3 << 20 << u"The minister said on Monday that talks went well."_s << u"2023-03-20"_s;
    QTest::newRow("latest year mentioned bounds from below")
        << 1 << 10 << u"In 2016 the sides agreed. He spoke on Tuesday."_s << u"2017-01-10"_s;
    QTest::newRow("no weekday falls back to the latest year mentioned")
        << 6 << 1 << u"The 2014 agreement and the 2015 review."_s << u"2015-06-01"_s;
    QTest::newRow("nothing to go on")
        << 6 << 1 << u"No years and no days here."_s << QString();
}

void TestReader::yearInference()
{
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto y = import::inferYear(month, day, text, QDate(2026, 11, 23));
    QCOMPARE(y.date.toString(Qt::ISODate), expected);
    if (!expected.isEmpty())
        QVERIFY(!y.reason.isEmpty());
}

void TestReader::titleLineLayout()
{
    const QString text = u"Kuril talks resume\n\nTOKYO — Japan and Russia resumed talks on Monday. They met for an hour.\n"_s;
    const Article a = import::readPlainText(text, u"t.txt"_s);
    QCOMPARE(a.title, u"Kuril talks resume"_s);
    QCOMPARE(a.titleProvenance, Provenance::Explicit);
    QCOMPARE(a.dateline, u"TOKYO"_s);
    QCOMPARE(a.sentences.size(), 2);
    QCOMPARE(a.text(a.sentences.first()), u"Japan and Russia resumed talks on Monday."_s);
    QCOMPARE(import::guessLanguage(u"北方領土問題について協議した。"_s), u"ja"_s);
    QCOMPARE(import::guessLanguage(u"Лавров встретился с Мотеги."_s), u"ru"_s);
}

void TestReader::russianTassDateline()
{
    const QString text = u"Лавров и Мотеги обсудили Южные Курилы\n\nМОСКВА, 19 декабря. /ТАСС/. Сергей Лавров "
                         "в четверг провел переговоры с Тосимицу Мотеги. В ноябре 2018 года стороны договорились.\n"_s;
    const Article a = import::readPlainText(text, u"ru.txt"_s);
    QCOMPARE(a.title, u"Лавров и Мотеги обсудили Южные Курилы"_s);
    QCOMPARE(a.dateline, u"МОСКВА"_s);
    QCOMPARE(a.outlet, u"ТАСС"_s);
    QCOMPARE(a.country, u"RU"_s);
    QCOMPARE(a.countryProvenance, Provenance::Inferred);
    QCOMPARE(a.published, QDate(2019, 12, 19));
    QCOMPARE(a.dateProvenance, Provenance::Inferred);
    QVERIFY2(a.dateReason.contains(u"в четверг"_s), qPrintable(a.dateReason));
    QCOMPARE(a.language, u"ru"_s);
    QCOMPARE(a.text(a.sentences.first()), u"Сергей Лавров в четверг провел переговоры с Тосимицу Мотеги."_s);
}

void TestReader::decoderRefusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<qint64>("offset");
    QTest::newRow("empty") << QByteArray() << u"empty"_s << qint64(-1);
    QTest::newRow("binary") << QByteArray("PK\x03\x04\x00\x01", 6) << u"binary"_s << qint64(4);
    QTest::newRow("invalid utf-8") << QByteArray("Moscow \xff\xfe talks") << u"not valid UTF-8"_s << qint64(7);
    QTest::newRow("truncated sequence") << QByteArray("abc \xe3\x81") << u"not valid UTF-8"_s << qint64(4);
    QTest::newRow("overlong form") << QByteArray("a \xc0\xaf b") << u"not valid UTF-8"_s << qint64(2);
}

void TestReader::decoderRefusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QFETCH(qint64, offset);
    const auto r = import::decode(bytes);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(reason), qPrintable(r.error));
    QCOMPARE(r.errorOffset, offset);
    QVERIFY(import::decode(QByteArray("\xEF\xBB\xBFplain")).ok);
    QCOMPARE(import::decode(QByteArray("\xEF\xBB\xBFplain")).text, u"plain"_s);
    QCOMPARE(import::decode(u"Лавров 北方"_s.toUtf8()).text, u"Лавров 北方"_s);
}

void TestReader::manifestErrorsNameTheFile()
{
    QString error;
    QVERIFY(!import::Manifest::parse("{\"file\": 1}", u"m.json"_s, &error));
    QVERIFY(error.startsWith(u"m.json"_s));
    error.clear();
    QVERIFY(!import::Manifest::parse("[{\"file\": \"a.txt\", \"date\": \"19/12/2019\"}]", u"m.json"_s, &error));
    QVERIFY2(error.contains(u"a.txt"_s) && error.contains(u"YYYY-MM-DD"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestReader)
#include "tst_reader.moc"
