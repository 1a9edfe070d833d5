// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built parallax binary: `events` on the sample corpus.
#include "cliprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliEvents : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void eventsOfTheSample_data();
    void eventsOfTheSample();
    void offsetsAreCodePoints();
    void articleFilter();
    void tableOutput();
    void wholeListingAgreesWithEachArticle();
    void listingsPrintAsOneIndentedDocument_data();
    void listingsPrintAsOneIndentedDocument();
    void badArguments_data();
    void badArguments();

private:
    using Run = parallax::testing::CliRun;
    Run run(const QStringList &args);
    qint64 idOf(const QString &filePrefix) const { return m_ids.value(filePrefix); }
    QTemporaryDir m_dir;
    QString m_db;
    QHash<QString, qint64> m_ids; ///< file name prefix ("000") -> article id
};

TestCliEvents::Run TestCliEvents::run(const QStringList &args)
{
    return parallax::testing::runParallax(QStringList{u"--db"_s, m_db} + args);
}

void TestCliEvents::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"corpus.parallax"_s);
    QVERIFY(parallax::testing::copySample(m_dir.filePath(u"sample"_s)));
    // A character outside the BMP before a date: UTF-16 and code point offsets differ.
    QFile extra(m_dir.filePath(u"sample/900_outside_bmp.txt"_s));
    QVERIFY(extra.open(QIODevice::WriteOnly));
    extra.write(u" date 2019-12-19 The 𠮷野家 chain opened a shop in Moscow on Tuesday.\n"_s.toUtf8());
    extra.close();
    const Run imp = run({u"import"_s, m_dir.filePath(u"sample"_s)});
    QVERIFY2(imp.code == 0, imp.err.constData());
    const Run list = run({u"articles"_s, u"--json"_s});
    QCOMPARE(list.code, 0);
    for (const QJsonValue &v : list.json().array()) {
        const QJsonObject o = v.toObject();
        m_ids.insert(QFileInfo(o.value(u"source"_s).toString()).fileName().left(3), o.value(u"id"_s).toInteger());
    }
    QCOMPARE(m_ids.size(), 6);
}

void TestCliEvents::eventsOfTheSample_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("mod");
    QTest::addColumn<QString>("anchor");
    QTest::newRow("000 next month") << u"000"_s << u"next month"_s << u"2020-01"_s << QString() << u"2019-12-19"_s;
    QTest::newRow("000 on Tuesday") << u"000"_s << u"Tuesday"_s << u"2019-12-17"_s << QString() << u"2019-12-19"_s;
    QTest::newRow("000 a 1956 declaration") << u"000"_s << u"1956"_s << u"1956"_s << QString() << QString();
    QTest::newRow("001 mid-May") << u"001"_s << u"mid-May"_s << u"2019-05"_s << u"MID"_s << u"2019-04-18"_s;
    QTest::newRow("001 range end") << u"001"_s << u"18"_s << u"2019-05-18"_s << QString() << u"2019-04-18"_s;
    QTest::newRow("002 mid-20th century") << u"002"_s << u"the mid-20th century"_s << u"19"_s << u"MID"_s << QString();
    QTest::newRow("003 late April") << u"003"_s << u"late April"_s << u"2017-04"_s << u"END"_s << u"2017-03-31"_s;
    QTest::newRow("004 held on Saturday") << u"004"_s << u"Saturday"_s << u"2017-03-18"_s << QString() << u"2017-03-20"_s;
}

void TestCliEvents::eventsOfTheSample()
{
    QFETCH(QString, seed);
    QFETCH(QString, text);
    QFETCH(QString, value);
    QFETCH(QString, mod);
    QFETCH(QString, anchor);
    const Run r = run({u"events"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonArray arr = r.json().array();
    QVERIFY(arr.size() > 40);
    bool found = false;
    for (const QJsonValue &v : arr) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"article", "start", "end", "text", "type", "value", "mod", "anchor", "sentence"})
            QVERIFY2(o.contains(QLatin1StringView(key)), key);
        if (o.value(u"article"_s).toInteger() != idOf(seed) || o.value(u"text"_s).toString() != text)
            continue;
        found = true;
        QCOMPARE(o.value(u"value"_s).toString(), value);
        QCOMPARE(o.value(u"mod"_s).toString(), mod); // null reads as an empty string
        QCOMPARE(o.value(u"anchor"_s).toString(), anchor);
        QVERIFY(o.value(u"sentence"_s).toInt() >= 0);
        QCOMPARE(o.value(u"end"_s).toInt() - o.value(u"start"_s).toInt(), int(text.toUcs4().size()));
    }
    QVERIFY2(found, qPrintable(text));
}

void TestCliEvents::offsetsAreCodePoints()
{
    const qint64 id = idOf(u"900"_s);
    const Run shown = run({u"show"_s, QString::number(id), u"--json"_s});
    QCOMPARE(shown.code, 0);
    const QList<uint> body = shown.json().object().value(u"body"_s).toString().toUcs4();
    const Run r = run({u"events"_s, u"--json"_s, u"--article"_s, QString::number(id)});
    QCOMPARE(r.code, 0);
    const QJsonArray arr = r.json().array();
    QCOMPARE(arr.size(), 1);
    const QJsonObject o = arr.first().toObject();
    QCOMPARE(o.value(u"text"_s).toString(), u"Tuesday"_s);
    QCOMPARE(o.value(u"value"_s).toString(), u"2019-12-17"_s);
    const int start = o.value(u"start"_s).toInt();
    const int end = o.value(u"end"_s).toInt();
    QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(body.constData()) + start, end - start), u"Tuesday"_s);
}

void TestCliEvents::articleFilter()
{
    const qint64 id = idOf(u"003"_s);
    const Run r = run({u"events"_s, u"--article"_s, QString::number(id), u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonArray arr = r.json().array();
    QVERIFY(arr.size() >= 8);
    int previousSentence = -1;
    for (const QJsonValue &v : arr) {
        QCOMPARE(v.toObject().value(u"article"_s).toInteger(), id);
        QVERIFY(v.toObject().value(u"sentence"_s).toInt() >= previousSentence); // text order
        previousSentence = v.toObject().value(u"sentence"_s).toInt();
    }
}

void TestCliEvents::tableOutput()
{
    const Run r = run({u"events"_s, u"--article"_s, QString::number(idOf(u"001"_s))});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("VALUE"));
    QVERIFY(r.out.contains("April last year"));
    QVERIFY(r.out.contains("2018-04"));
    // the last line counts the rows above it, with the plural that fits
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    const QRegularExpression count(u"^(\\d+) time expressions?$"_s);
    const QRegularExpressionMatch m = count.match(QString::fromUtf8(lines.last()));
    QVERIFY2(m.hasMatch(), lines.last().constData());
    QVERIFY(m.captured(1).toInt() > 1);
    QVERIFY(lines.last().endsWith("expressions"));
}

void TestCliEvents::wholeListingAgreesWithEachArticle()
{
    // The whole listing reads each article's body as its expressions come: its offsets must be
    // those of the article's own listing, article after article.
    const Run all = run({u"events"_s, u"--json"_s});
    QCOMPARE(all.code, 0);
    QHash<qint64, QJsonArray> byArticle;
    QList<qint64> order;
    for (const QJsonValue &v : all.json().array()) {
        const qint64 id = v.toObject().value(u"article"_s).toInteger();
        if (order.isEmpty() || order.last() != id)
            order.append(id);
        byArticle[id].append(v);
    }
    QCOMPARE(QSet<qint64>(order.cbegin(), order.cend()).size(), order.size()); // grouped by article
    QVERIFY(order.contains(idOf(u"900"_s)));
    QVERIFY(order.size() >= 5);
    for (qint64 id : std::as_const(order)) {
        const Run one = run({u"events"_s, u"--json"_s, u"--article"_s, QString::number(id)});
        QCOMPARE(one.code, 0);
        QCOMPARE(one.json().array(), byArticle.value(id));
    }
}

void TestCliEvents::listingsPrintAsOneIndentedDocument_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("minimum");
    QTest::newRow("events") << QStringList{u"events"_s, u"--json"_s} << 40;
    QTest::newRow("events of an article") << QStringList{u"events"_s, u"--json"_s, u"--article"_s, u"ID900"_s} << 1;
    QTest::newRow("articles") << QStringList{u"articles"_s, u"--json"_s} << 6;
    QTest::newRow("entities") << QStringList{u"entities"_s, u"--json"_s} << 20;
    QTest::newRow("pairs, all") << QStringList{u"pairs"_s, u"--json"_s, u"--limit"_s, u"0"_s} << 1;
    QTest::newRow("no entity of a type") << QStringList{u"entities"_s, u"--json"_s, u"--type"_s, u"other"_s} << 0;
}

void TestCliEvents::listingsPrintAsOneIndentedDocument()
{
    // Long listings are written one element at a time: the text must be exactly the indented
    // document of what it holds, the same as a listing printed whole.
    QFETCH(QStringList, args);
    QFETCH(int, minimum);
    args.replaceInStrings(u"ID900"_s, QString::number(idOf(u"900"_s)));
    const Run r = run(args);
    QCOMPARE(r.code, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isArray());
    QVERIFY(doc.array().size() >= minimum);
    QCOMPARE(r.out, doc.toJson(QJsonDocument::Indented));
}

void TestCliEvents::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("article id is a word") << QStringList{u"events"_s, u"--article"_s, u"abc"_s} << 2 << u"not an article id"_s;
    QTest::newRow("article not in the corpus") << QStringList{u"events"_s, u"--article"_s, u"9999"_s} << 1 << u"no article"_s;
    QTest::newRow("unknown option") << QStringList{u"events"_s, u"--csv"_s} << 2 << u"unknown option --csv"_s;
}

void TestCliEvents::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.code, code);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliEvents)
#include "tst_cli_events.moc"
