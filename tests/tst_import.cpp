// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mixedFolderReportsEachBadFile();
    void missingPathIsReported();
    void cancelStopsBetweenBatches();
};

static const QString seeds = QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds");

static void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

static QString reasonFor(const import::ImportReport &r, const QString &fileName)
{
    for (const auto &p : r.problems) {
        if (p.path.endsWith(fileName))
            return p.reason;
    }
    return {};
}

void TestImport::mixedFolderReportsEachBadFile()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"mixed"_s);
    QVERIFY(QDir().mkpath(folder + u"/nested"_s));
    write(folder + u"/good.txt"_s, " date 2020-01-15 TOKYO — Japan and Russia met. They agreed.\n");
    write(folder + u"/nested/good2.txt"_s, "Kuril talks\n\nMOSCOW — The talks went on. Then they ended.\n");
    write(folder + u"/empty.txt"_s, "");
    write(folder + u"/binary.bin"_s, QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16));
    write(folder + u"/latin1.txt"_s, "Caf\xe9 talks in Moscow.\n");
    {
        QFile big(folder + u"/huge.txt"_s);
        QVERIFY(big.open(QIODevice::WriteOnly));
        const QByteArray line = QByteArray("The talks continued for another day in Moscow. ").repeated(20) + '\n';
        while (big.size() < 50 * 1024 * 1024)
            big.write(line);
    }
    // An unreadable file: without read permission, or (for root, who reads everything) a link
    // whose target is gone.
    if (geteuid() == 0) {
        QVERIFY(QFile::link(dir.filePath(u"gone.txt"_s), folder + u"/locked.txt"_s));
    } else {
        write(folder + u"/locked.txt"_s, "Secret talks.\n");
        QVERIFY(QFile::setPermissions(folder + u"/locked.txt"_s, QFileDevice::WriteOwner));
    }

    store::Store s;
    QVERIFY(s.open(u":memory:"_s));
    import::Importer importer(s);
    QCOMPARE(importer.run({seeds}).articlesImported, 5);
    const auto before = s.articles();

    const import::ImportReport r = importer.run({folder});
    QCOMPARE(r.filesSeen, 7);
    QCOMPARE(r.articlesImported, 2);
    QCOMPARE(r.failedFiles(), 5);
    QVERIFY2(reasonFor(r, u"empty.txt"_s).contains(u"empty"_s), qPrintable(reasonFor(r, u"empty.txt"_s)));
    QVERIFY(reasonFor(r, u"binary.bin"_s).contains(u"binary"_s));
    QVERIFY(reasonFor(r, u"latin1.txt"_s).contains(u"offset 3"_s));
    QVERIFY(reasonFor(r, u"huge.txt"_s).contains(u"too large"_s));
    QVERIFY2(reasonFor(r, u"locked.txt"_s).contains(u"cannot be read"_s), qPrintable(reasonFor(r, u"locked.txt"_s)));
    for (const auto &p : r.problems)
        QVERIFY(p.path.startsWith(folder));

    // Nothing already stored changed.
    const auto after = s.articles();
    QCOMPARE(after.size(), before.size() + 2);
    for (const auto &old : before) {
        const auto again = s.article(old.id);
        QVERIFY(again.has_value());
        QCOMPARE(again->title, old.title);
        QCOMPARE(again->published, old.published);
    }
    QSqlQuery q(s.database());
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);
}

void TestImport::missingPathIsReported()
{
    store::Store s;
    QVERIFY(s.open(u":memory:"_s));
    import::Importer importer(s);
    const auto r = importer.run({u"/nonexistent/parallax/folder"_s});
    QCOMPARE(r.articlesImported, 0);
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.first().path, u"/nonexistent/parallax/folder"_s);
}

void TestImport::cancelStopsBetweenBatches()
{
    store::Store s;
    QVERIFY(s.open(u":memory:"_s));
    import::Importer importer(s);
    importer.setBatchSize(2);
    int calls = 0;
    int totals = 0;
    const auto r = importer.run({seeds}, [&](const import::ImportProgress &p) -> bool {
        ++calls;
        totals = p.filesTotal;
        return p.filesDone < 2;
    });
    QCOMPARE(totals, 5);
    QVERIFY(r.cancelled);
    QCOMPARE(r.articlesImported, 2);
    QCOMPARE(s.articleCount(), 2);
    QVERIFY(calls >= 2);
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
