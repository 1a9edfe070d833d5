// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built parallax binary: annotate, annotations (list, export, import) and tags.
#include "annotations/export/csv.h"
#include "text/segmenter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestAnnotationCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void annotatePrintsTheNewId();
    void annotationsJsonUsesCodePoints();
    void tagsJson();
    void exportFormats();
    void w3cImportRoundTrip();
    void codebookExchange();
    void reimportReanchors();
    void errors_data();
    void errors();

private:
    Run parallax(const QStringList &args, const QString &db = {});
    QJsonArray json(const QStringList &args);

    QTemporaryDir m_dir;
    QString m_db;
    QString m_body;
    qint64 m_first = 0;
};

Run TestAnnotationCli::parallax(const QStringList &args, const QString &db)
{
    QProcess p;
    p.start(QStringLiteral(PARALLAX_BINARY), QStringList{u"--db"_s, db.isEmpty() ? m_db : db} + args);
    Run r;
    if (!p.waitForFinished(30000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QJsonArray TestAnnotationCli::json(const QStringList &args)
{
    const Run r = parallax(args);
    if (r.exitCode != 0)
        qWarning() << r.err;
    return QJsonDocument::fromJson(r.out).array();
}

void TestAnnotationCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"corpus.parallax"_s);
    const Run imported = parallax({u"import"_s, QStringLiteral(PARALLAX_SOURCE_DIR "/tests/data/annotations/articles")});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const Run shown = parallax({u"show"_s, u"1"_s, u"--json"_s});
    m_body = QJsonDocument::fromJson(shown.out).object()[u"body"_s].toString();
    QVERIFY(m_body.contains(u"𠮷田正夫"_s));
}

void TestAnnotationCli::annotatePrintsTheNewId()
{
    // "𠮷" is outside the BMP: code point offsets after it differ from UTF-16 offsets.
    const int start = text::toCodePoints(m_body, int(m_body.indexOf(u"𠮷田正夫"_s)));
    const Run r = parallax({u"annotate"_s, u"1"_s, u"--start"_s, QString::number(start), u"--end"_s,
                            QString::number(start + 4), u"--tag"_s, u"Actors/Former residents"_s, u"--tag"_s,
                            u"Places/択捉島"_s, u"--note"_s, u"元島民, \"墓参\"\n二行目"_s, u"--author"_s, u"tester"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_first = r.out.trimmed().toLongLong();
    QVERIFY(m_first > 0);
    const int second = text::toCodePoints(m_body, int(m_body.indexOf(u"南クリル"_s)));
    const Run again = parallax({u"annotate"_s, u"1"_s, u"--start"_s, QString::number(second), u"--end"_s,
                                QString::number(second + 4), u"--tag"_s, u"Places/択捉島"_s});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out.trimmed().toLongLong(), m_first + 1);
}

void TestAnnotationCli::annotationsJsonUsesCodePoints()
{
    const QJsonArray list = json({u"annotations"_s, u"--json"_s});
    QCOMPARE(list.size(), 2);
    const QJsonObject a = list.at(0).toObject();
    QCOMPARE(a[u"id"_s].toInteger(), m_first);
    QCOMPARE(a[u"exact"_s].toString(), u"𠮷田正夫"_s);
    const int start = a[u"start"_s].toInt();
    QCOMPARE(start, text::toCodePoints(m_body, int(m_body.indexOf(u"𠮷田正夫"_s))));
    QCOMPARE(a[u"end"_s].toInt(), start + 4);
    QCOMPARE(a[u"tags"_s].toArray(), (QJsonArray{u"Actors/Former residents"_s, u"Places/択捉島"_s}));
    QCOMPARE(a[u"note"_s].toString(), u"元島民, \"墓参\"\n二行目"_s);
    QCOMPARE(a[u"author"_s].toString(), u"tester"_s);
    QCOMPARE(a[u"title"_s].toString(), u"北方領土の元島民、𠮷田さんが墓参を語る"_s);
}

void TestAnnotationCli::tagsJson()
{
    const QJsonArray tags = json({u"tags"_s, u"--json"_s});
    QStringList paths;
    for (const QJsonValue &v : tags)
        paths.append(v.toObject()[u"path"_s].toString());
    QCOMPARE(paths, (QStringList{u"Actors"_s, u"Actors/Former residents"_s, u"Places"_s, u"Places/択捉島"_s}));
    const QJsonObject place = tags.at(3).toObject();
    QCOMPARE(place[u"annotations"_s].toInt(), 2);
    QCOMPARE(place[u"codable"_s].toBool(), true);
    QCOMPARE(place[u"parent"_s].toInteger(), tags.at(2).toObject()[u"id"_s].toInteger());
}

void TestAnnotationCli::exportFormats()
{
    const QString csvPath = m_dir.filePath(u"a.csv"_s);
    QCOMPARE(parallax({u"annotations"_s, u"--format"_s, u"csv"_s, u"--out"_s, csvPath}).exitCode, 0);
    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const annotations::csv::Table table = annotations::csv::parse(csvFile.readAll());
    QVERIFY2(table.ok(), qPrintable(table.error));
    QCOMPARE(table.records.size(), 3);
    const QStringList header = table.records.at(0);
    QCOMPARE(table.records.at(1).at(header.indexOf(u"note"_s)), u"元島民, \"墓参\"\n二行目"_s);
    QCOMPARE(table.records.at(1).at(header.indexOf(u"tags"_s)), u"Actors/Former residents; Places/択捉島"_s);

    const Run w3c = parallax({u"annotations"_s, u"--format"_s, u"w3c"_s});
    QCOMPARE(w3c.exitCode, 0);
    const QJsonObject collection = QJsonDocument::fromJson(w3c.out).object();
    QCOMPARE(collection[u"@context"_s].toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
    const QJsonArray items = collection[u"first"_s].toObject()[u"items"_s].toArray();
    QCOMPARE(items.size(), 2);
    const QJsonArray selectors = items.at(0).toObject()[u"target"_s].toObject()[u"selector"_s].toArray();
    QCOMPARE(selectors.at(1).toObject()[u"type"_s].toString(), u"TextPositionSelector"_s);

    const Run md = parallax({u"annotations"_s, u"--format"_s, u"markdown"_s, u"--article"_s, u"1"_s});
    QCOMPARE(md.exitCode, 0);
    const QString report = QString::fromUtf8(md.out);
    QVERIFY(report.contains(u"## Places/択捉島\n"_s));
    QVERIFY(report.contains(u"> 南クリル\n"_s));
    QVERIFY(report.contains(u"“北方領土の元島民、𠮷田さんが墓参を語る”"_s));
}

void TestAnnotationCli::w3cImportRoundTrip()
{
    const QString path = m_dir.filePath(u"w3c.jsonld"_s);
    QCOMPARE(parallax({u"annotations"_s, u"--format"_s, u"w3c"_s, u"--out"_s, path}).exitCode, 0);
    const QJsonArray before = json({u"annotations"_s, u"--json"_s});
    const Run r = parallax({u"annotations"_s, u"import"_s, path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.trimmed(), QByteArray("imported 2 annotations"));
    const QJsonArray after = json({u"annotations"_s, u"--json"_s});
    QCOMPARE(after.size(), 4);
    for (int i = 0; i < 2; ++i) {
        QJsonObject copy = after.at(i + 2).toObject();
        QJsonObject original = before.at(i).toObject();
        QVERIFY(copy[u"id"_s].toInteger() > original[u"id"_s].toInteger());
        copy.remove(u"id"_s);
        original.remove(u"id"_s);
        QCOMPARE(copy, original);
    }
}

void TestAnnotationCli::codebookExchange()
{
    const QString qdc = m_dir.filePath(u"codebook.qdc"_s);
    QCOMPARE(parallax({u"tags"_s, u"--format"_s, u"qdc"_s, u"--out"_s, qdc}).exitCode, 0);
    const QString other = m_dir.filePath(u"other.parallax"_s);
    const Run r = parallax({u"tags"_s, u"import"_s, qdc}, other);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.trimmed(), QByteArray("4 changes to the codebook"));
    const auto strip = [](QJsonArray tags) {
        QJsonArray out;
        for (const QJsonValue &v : tags) {
            QJsonObject o = v.toObject();
            out.append(QJsonObject{{u"path"_s, o[u"path"_s]}, {u"guid"_s, o[u"guid"_s]}, {u"colour"_s, o[u"colour"_s]}});
        }
        return out;
    };
    const QJsonArray mine = json({u"tags"_s, u"--json"_s});
    const QJsonArray theirs = QJsonDocument::fromJson(parallax({u"tags"_s, u"--json"_s}, other).out).array();
    QCOMPARE(strip(theirs), strip(mine));
    QCOMPARE(parallax({u"tags"_s, u"import"_s, qdc}, other).out.trimmed(), QByteArray("0 changes to the codebook"));

    // isCodable="false" in another tool's codebook is a folder here.
    const QString folders = m_dir.filePath(u"folders.parallax"_s);
    QCOMPARE(parallax({u"tags"_s, u"import"_s, QStringLiteral(PARALLAX_SOURCE_DIR "/tests/data/annotations/other-tool.qdc")},
                      folders).exitCode, 0);
    const QJsonArray imported = QJsonDocument::fromJson(parallax({u"tags"_s, u"--json"_s}, folders).out).array();
    QCOMPARE(imported.at(1).toObject()[u"path"_s].toString(), u"Territory"_s);
    QCOMPARE(imported.at(1).toObject()[u"codable"_s].toBool(), false);
}

void TestAnnotationCli::reimportReanchors()
{
    // A separate corpus: import, annotate two passages, re-import a changed file.
    const QString db = m_dir.filePath(u"reimport.parallax"_s);
    const QString file = m_dir.filePath(u"report.txt"_s);
    const QString body = u"Officials from 𠮷田 village met in Nemuro. Russia calls the Southern Kurils its own. "
                         "Tokyo calls them the Northern Territories."_s;
    auto write = [&file](const QString &text) {
        QFile f(file);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) > 0;
    };
    QVERIFY(write(body));
    QCOMPARE(parallax({u"import"_s, file}, db).exitCode, 0);
    auto annotate = [&](const QString &quote) {
        const int start = text::toCodePoints(body, int(body.indexOf(quote)));
        return parallax({u"annotate"_s, u"1"_s, u"--start"_s, QString::number(start), u"--end"_s,
                         QString::number(start + int(quote.size())), u"--tag"_s, u"Claims"_s}, db);
    };
    QCOMPARE(annotate(u"Russia calls the Southern Kurils its own"_s).exitCode, 0);
    QCOMPARE(annotate(u"Tokyo calls them the Northern Territories"_s).exitCode, 0);

    const QString changed = u"Updated. "_s + body;
    QVERIFY(write(QString(changed).replace(u"Tokyo calls them the Northern Territories."_s, u"Japan disagrees."_s)));
    const Run imported = parallax({u"import"_s, u"--json"_s, file}, db);
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QJsonObject revisions = QJsonDocument::fromJson(imported.out).object()[u"revisions"_s].toObject();
    QCOMPARE(revisions, (QJsonObject{{u"articles"_s, 1}, {u"reanchored"_s, 1}, {u"orphaned"_s, 1}}));

    const Run listed = parallax({u"annotations"_s, u"--json"_s}, db);
    const QJsonArray list = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(list.size(), 2); // nothing dropped
    const QJsonObject moved = list.at(0).toObject();
    QCOMPARE(moved[u"articleId"_s].toInteger(), 2);
    QCOMPARE(moved[u"orphan"_s].toBool(), false);
    // Code points: "𠮷" before the quote counts once.
    QCOMPARE(moved[u"start"_s].toInt(), text::toCodePoints(changed, int(changed.indexOf(u"Russia calls"_s))));
    QCOMPARE(moved[u"exact"_s].toString(), u"Russia calls the Southern Kurils its own"_s);
    const QJsonObject orphan = list.at(1).toObject();
    QCOMPARE(orphan[u"articleId"_s].toInteger(), 2);
    QCOMPARE(orphan[u"orphan"_s].toBool(), true);
    QCOMPARE(orphan[u"exact"_s].toString(), u"Tokyo calls them the Northern Territories"_s);
    const QJsonObject oldVersion = QJsonDocument::fromJson(parallax({u"show"_s, u"1"_s, u"--json"_s}, db).out).object();
    QCOMPARE(oldVersion[u"supersededBy"_s].toInteger(), 2);
    const QJsonObject newVersion = QJsonDocument::fromJson(parallax({u"show"_s, u"2"_s, u"--json"_s}, db).out).object();
    QCOMPARE(newVersion[u"supersedes"_s].toInteger(), 1);
    QVERIFY(parallax({u"show"_s, u"1"_s}, db).out.startsWith("[superseded by article 2"));
}

void TestAnnotationCli::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("span past the end") << QStringList{u"annotate"_s, u"1"_s, u"--start"_s, u"5"_s, u"--end"_s,
                                                      u"99999"_s} << 2;
    QTest::newRow("empty span") << QStringList{u"annotate"_s, u"1"_s, u"--start"_s, u"5"_s, u"--end"_s, u"5"_s} << 2;
    QTest::newRow("unknown article") << QStringList{u"annotate"_s, u"77"_s, u"--start"_s, u"0"_s, u"--end"_s,
                                                    u"3"_s} << 1;
    QTest::newRow("tag with an empty part name") << QStringList{u"annotate"_s, u"1"_s, u"--start"_s, u"0"_s,
                                                                u"--end"_s, u"3"_s, u"--tag"_s, u" / "_s} << 1;
    QTest::newRow("unknown export format") << QStringList{u"annotations"_s, u"--format"_s, u"xml"_s} << 2;
    QTest::newRow("import of a missing file") << QStringList{u"annotations"_s, u"import"_s, u"/nonexistent.json"_s}
                                              << 1;
    QTest::newRow("import of a file that is not a codebook")
        << QStringList{u"tags"_s, u"import"_s, QStringLiteral(PARALLAX_SOURCE_DIR "/tests/tst_annotationcli.cpp")}
        << 1;
}

void TestAnnotationCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const int before = int(json({u"annotations"_s, u"--json"_s}).size());
    const Run r = parallax(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.err.startsWith("parallax: "));
    QCOMPARE(int(json({u"annotations"_s, u"--json"_s}).size()), before);
}

QTEST_GUILESS_MAIN(TestAnnotationCli)
#include "tst_annotationcli.moc"
