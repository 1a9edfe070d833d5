// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import options of the command line: --map, --encoding, --report, --json, run on the binary.
#include "wirecopies.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString formats = QStringLiteral(PARALLAX_SOURCE_DIR "/tests/data/formats/");

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PARALLAX_BINARY), args);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT
private slots:
    void mapAndReport();
    void encodingOverride();
    void copiesOfAnArticle();
    void usageErrors_data();
    void usageErrors();
};

void TestCliImport::mapAndReport()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"c.parallax"_s);
    const QString report = dir.filePath(u"report.json"_s);
    const Run r = run({u"--db"_s, db, u"import"_s, u"--json"_s, u"--map"_s, u"title=headline_text"_s,
                       u"--map=body=article_copy"_s, u"--map"_s, u"date=when"_s, u"--map"_s, u"outlet=paper"_s,
                       u"--report"_s, report, formats + u"src/mapped.csv"_s, formats + u"src/news.jsonl"_s});
    QCOMPARE(r.code, 1); // two bad records in news.jsonl
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"imported"_s).toInt(), 4);
    QFile f(report);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject written = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(written, o);
    const QJsonArray problems = written.value(u"problems"_s).toArray();
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems[0].toObject().value(u"line"_s).toInt(), 3);
    QCOMPARE(problems[0].toObject().value(u"path"_s).toString(), formats + u"src/news.jsonl"_s);

    const Run list = run({u"--db"_s, db, u"articles"_s, u"--json"_s});
    bool found = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array()) {
        const QJsonObject a = v.toObject();
        if (a.value(u"title"_s).toString() == u"Islanders visit graves"_s) {
            found = true;
            QCOMPARE(a.value(u"outlet"_s).toString(), u"Nemuro News"_s);
            QCOMPARE(a.value(u"published"_s).toString(), u"2018-08-01"_s);
        }
    }
    QVERIFY(found);
}

void TestCliImport::encodingOverride()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"c.parallax"_s);
    const QString file = formats + u"bad/latin1.txt"_s;
    const Run refused = run({u"--db"_s, db, u"import"_s, file});
    QCOMPARE(refused.code, 1);
    QVERIFY(refused.err.contains("byte 12"));
    const Run forced = run({u"--db"_s, db, u"import"_s, u"--encoding"_s, u"ISO-8859-1"_s, file});
    QCOMPARE(forced.code, 0);
    QVERIFY(forced.out.contains("1 article imported"));
    const Run wrong = run({u"--db"_s, db, u"import"_s, u"--encoding"_s, u"EUC-JP"_s, formats + u"enc/ja-shift_jis.txt"_s});
    QCOMPARE(wrong.code, 1);
    QVERIFY2(wrong.err.contains("not valid EUC-JP"), wrong.err.constData());
}

// `show` lists the near-duplicates an article was linked with at import, both ways.
void TestCliImport::copiesOfAnArticle()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(u"wire.jsonl"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(parallax::testing::wireCopiesJsonl());
    f.close();
    const QString db = dir.filePath(u"c.parallax"_s);
    const Run imported = run({u"--db"_s, db, u"import"_s, f.fileName()});
    QCOMPARE(imported.code, 0);
    QVERIFY2(imported.out.contains("2 near-duplicates linked"), imported.out.constData());

    const QJsonObject first = QJsonDocument::fromJson(run({u"--db"_s, db, u"show"_s, u"1"_s, u"--json"_s}).out).object();
    const QJsonArray copies = first.value(u"copies"_s).toArray();
    QCOMPARE(copies.size(), 2);
    QCOMPARE(copies.last().toObject().value(u"outlet"_s).toString(), u"Mainichi"_s);
    const QJsonObject copy = copies.first().toObject();
    QCOMPARE(copy.value(u"id"_s).toInteger(), 2);
    QCOMPARE(copy.value(u"first"_s).toBool(), false);
    QCOMPARE(copy.value(u"link"_s).toString(), u"same-text"_s);
    QVERIFY(copy.value(u"similarity"_s).toDouble() >= 0.7 && copy.value(u"similarity"_s).toDouble() < 1);
    QCOMPARE(copy.value(u"outlet"_s).toString(), u"Japan Times"_s);
    QCOMPARE(copy.value(u"published"_s).toString(), u"2019-12-20"_s);
    QCOMPARE(copy.value(u"title"_s).toString(), u"Island talks to continue"_s);

    const QJsonArray back = QJsonDocument::fromJson(run({u"--db"_s, db, u"show"_s, u"2"_s, u"--json"_s}).out)
                                .object().value(u"copies"_s).toArray();
    QCOMPARE(back.size(), 2);
    QCOMPARE(back.first().toObject().value(u"id"_s).toInteger(), 1);
    QCOMPARE(back.first().toObject().value(u"first"_s).toBool(), true);
    QCOMPARE(back.first().toObject().value(u"outlet"_s).toString(), u"Kyodo"_s);
    QCOMPARE(back.last().toObject().value(u"id"_s).toInteger(), 3);
    QCOMPARE(QJsonDocument::fromJson(run({u"--db"_s, db, u"show"_s, u"4"_s, u"--json"_s}).out)
                 .object().value(u"copies"_s).toArray().size(), 0);

    const QString text = QString::fromUtf8(run({u"--db"_s, db, u"show"_s, u"2"_s}).out);
    QVERIFY2(text.startsWith(u"[repeats article 1 (Kyodo, 2019-12-19): the same text, "_s), qPrintable(text));
    QVERIFY2(text.contains(u"\n[article 3 (Mainichi, 2019-12-20) repeats it too: the same text, "_s), qPrintable(text));
    const QString ofFirst = QString::fromUtf8(run({u"--db"_s, db, u"show"_s, u"1"_s}).out);
    QVERIFY2(ofFirst.startsWith(u"[repeated by article 2 (Japan Times, 2019-12-20): the same text, "_s), qPrintable(ofFirst));
}

void TestCliImport::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("map-without-equals") << QStringList{u"--map"_s, u"title"_s, u"x"_s} << u"FIELD=COLUMN"_s;
    QTest::newRow("map-unknown-field") << QStringList{u"--map"_s, u"colour=x"_s, u"x"_s} << u"colour"_s;
    QTest::newRow("unknown-encoding") << QStringList{u"--encoding"_s, u"klingon-8"_s, u"x"_s} << u"klingon-8"_s;
}

void TestCliImport::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const Run r = run(QStringList{u"--db"_s, dir.filePath(u"c.parallax"_s), u"import"_s} + args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
