// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Removing articles from a corpus: everything derived from them goes too, so that the corpus
// reads as one that never imported them; all or nothing; a later import brings them back.
#include "cliprocess.h"
#include "import/importer.h"
#include "store/removalstore.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

// Rows of a query as text, sorted: two corpora compared whatever order they stored things in.
QStringList rows(const store::Store &s, const QString &sql)
{
    QStringList out;
    QSqlQuery q(s.database());
    if (!q.exec(sql))
        return {u"error: "_s + q.lastError().text()};
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
        out << cells.join(u'|');
    }
    out.sort();
    return out;
}

qint64 count(const store::Store &s, const QString &sql)
{
    QSqlQuery q(s.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestRemoval : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void removedArticleLeavesNoTrace();
    void planNamesUnknownIdsAndAnnotations();
    void cancelRemovesNothing();
    void sourcesSelectFilesRecordsAndFolders();
    void importBringsARemovedArticleBack();
    void commandLineRemovesAllOrNothing();
    void compactingGivesBackSpaceAndKeepsEveryRow();
    void compactingNeedsRoomOnDisk();

private:
    QString sample(const QString &name);
    QTemporaryDir m_dir;
    QString m_seeds;
};

void TestRemoval::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_seeds = m_dir.filePath(u"seeds"_s);
    QVERIFY(testing::copySample(m_seeds));
}

// A corpus of the sample, with one annotation (tagged) on the article from file `002`.
QString TestRemoval::sample(const QString &name)
{
    const QString path = m_dir.filePath(name);
    store::Store s;
    if (!s.open(path))
        return {};
    import::Importer importer(s);
    importer.run({m_seeds});
    QSqlQuery q(s.database());
    q.exec(u"INSERT INTO tags(id, name, guid) VALUES (1, 'Framing', 'g-1')"_s);
    q.exec(u"INSERT INTO annotations(id, article_id, span_start, span_end, exact, created, modified) "
           "SELECT 1, id, 0, 10, substr(body, 1, 10), '2026-01-01', '2026-01-01' FROM articles WHERE source LIKE '%/002_%'"_s);
    q.exec(u"INSERT INTO annotation_tags(annotation_id, tag_id, position) VALUES (1, 1, 0)"_s);
    return path;
}

// The whole corpus after removing one article equals, table by table, a corpus that imported the
// other four: entity counts, the timeline's summaries, search, near-duplicate keys.
void TestRemoval::removedArticleLeavesNoTrace()
{
    const QString path = sample(u"a.parallax"_s);
    QVERIFY(!path.isEmpty());
    store::Store s;
    QVERIFY(s.open(path));
    const qint64 id = count(s, u"SELECT id FROM articles WHERE source LIKE '%/002_%'"_s);
    QVERIFY(id > 0);
    QCOMPARE(count(s, u"SELECT count(*) FROM annotations"_s), 1);
    store::RemovalStore removal(s);
    QList<std::pair<int, int>> steps;
    QVERIFY2(removal.remove({id}, nullptr, [&](int done, int total) { steps.append({done, total}); }),
             qPrintable(removal.lastError()));
    QCOMPARE(steps, (QList<std::pair<int, int>>{{1, 1}}));
    QCOMPARE(s.articleCount(), 4);

    // Nothing anywhere still names the article.
    for (const QString &table : {u"sentences"_s, u"paragraphs"_s, u"framing_hits"_s, u"annotations"_s,
                                 u"article_sources"_s, u"article_signatures"_s, u"article_bands"_s,
                                 u"time_expressions"_s, u"pairing_keys"_s, u"article_days"_s,
                                 u"entity_articles"_s, u"mentions"_s, u"article_duplicates"_s}) {
        QCOMPARE(count(s, u"SELECT count(*) FROM %1 WHERE article_id = %2"_s.arg(table).arg(id)), 0);
    }
    QCOMPARE(count(s, u"SELECT count(*) FROM annotation_tags"_s), 0);
    QCOMPARE(count(s, u"SELECT count(*) FROM article_duplicates WHERE duplicate_of = %1"_s.arg(id)), 0);
    QCOMPARE(count(s, u"SELECT count(*) FROM tags"_s), 1); // the codebook is the user's: it stays
    QSqlQuery check(s.database());
    QVERIFY2(check.exec(u"INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')"_s), qPrintable(check.lastError().text()));
    QVERIFY2(check.exec(u"INSERT INTO articles_trigram(articles_trigram) VALUES ('integrity-check')"_s), qPrintable(check.lastError().text()));
    // Only the removed article says "memorandum".
    const auto hits = s.search(u"memorandum"_s);
    QVERIFY(hits);
    QVERIFY(hits->isEmpty());

    // The same four articles imported into a corpus of their own.
    const QString four = m_dir.filePath(u"four"_s);
    QVERIFY(QDir().mkpath(four));
    for (const QString &f : QDir(m_seeds).entryList(QDir::Files)) {
        if (!f.startsWith(u"002_"_s))
            QVERIFY(QFile::copy(m_seeds + u'/' + f, four + u'/' + f));
    }
    store::Store t;
    QVERIFY(t.open(m_dir.filePath(u"four.parallax"_s)));
    import::Importer importer(t);
    importer.run({four});
    QCOMPARE(t.articleCount(), 4);
    const QStringList queries = {
        u"SELECT e.key, c.mentions, c.articles FROM entity_counts c JOIN entities e ON e.id = c.entity_id WHERE c.mentions > 0"_s,
        u"SELECT country, published, articles FROM reported_days"_s,
        u"SELECT country, first_day, last_day, mentions, articles FROM mention_days"_s,
        u"SELECT a.title, d.country, hex(d.days) FROM article_days d JOIN articles a ON a.id = d.article_id"_s,
        u"SELECT a.title, t.value, t.surface FROM time_expressions t JOIN articles a ON a.id = t.article_id"_s,
        u"SELECT term, count(*) FROM framing_hits GROUP BY term"_s,
        u"SELECT count(*) FROM article_bands"_s,
    };
    for (const QString &sql : queries)
        QCOMPARE(rows(s, sql), rows(t, sql));
}

void TestRemoval::planNamesUnknownIdsAndAnnotations()
{
    const QString path = sample(u"b.parallax"_s);
    store::Store s;
    QVERIFY(s.open(path));
    const qint64 id = count(s, u"SELECT id FROM articles WHERE source LIKE '%/002_%'"_s);
    store::RemovalStore removal(s);
    const store::RemovalPlan plan = removal.plan({id, 999, 1, id});
    QVERIFY2(removal.lastError().isEmpty(), qPrintable(removal.lastError()));
    QCOMPARE(plan.ids, (QList<qint64>{id, 1}));
    QCOMPARE(plan.unknown, QList<qint64>{999});
    QCOMPARE(plan.annotations, 1);
    QCOMPARE(s.articleCount(), 5); // planning removes nothing
}

void TestRemoval::cancelRemovesNothing()
{
    const QString path = sample(u"c.parallax"_s);
    store::Store s;
    QVERIFY(s.open(path));
    const QStringList before = rows(s, u"SELECT id, title FROM articles"_s);
    std::atomic<bool> cancel = true;
    store::RemovalStore removal(s);
    QVERIFY(!removal.remove({1, 2, 3}, &cancel));
    QVERIFY(removal.lastError().isEmpty()); // cancelled, not failed
    QCOMPARE(rows(s, u"SELECT id, title FROM articles"_s), before);
    QCOMPARE(count(s, u"SELECT count(*) FROM annotations"_s), 1);
    // Cancelled between chunks: the first chunk went, then it was rolled back.
    QList<qint64> many;
    for (qint64 i = 1; i <= 450; ++i)
        many << (i % 5) + 1;
    std::atomic<bool> later = false;
    QVERIFY(!removal.remove(many, &later, [&](int done, int) { if (done >= 200) later = true; }));
    QCOMPARE(rows(s, u"SELECT id, title FROM articles"_s), before);
}

void TestRemoval::sourcesSelectFilesRecordsAndFolders()
{
    store::Store s;
    QVERIFY(s.open(m_dir.filePath(u"d.parallax"_s)));
    const QString folder = m_dir.filePath(u"sources"_s);
    QVERIFY(QDir().mkpath(folder + u"/Sub"_s));
    const auto write = [](const QString &p, const QByteArray &b) {
        QFile f(p);
        return f.open(QIODevice::WriteOnly) && f.write(b) == b.size();
    };
    QVERIFY(write(folder + u"/records.jsonl"_s,
                  R"({"title":"One","date":"2024-01-02","text":"The first record of the file."}
{"title":"Two","date":"2024-01-03","text":"The second record of the file."}
)"));
    QVERIFY(write(folder + u"/Sub/a.txt"_s, "A title\n\nA body in a sub-folder, published 2024-01-04.\n"));
    QVERIFY(write(m_dir.filePath(u"sources-other.txt"_s), "Other\n\nBeside the folder, not in it.\n"));
    import::Importer importer(s);
    importer.run({folder, m_dir.filePath(u"sources-other.txt"_s)});
    QCOMPARE(s.articleCount(), 4);
    store::RemovalStore removal(s);
    QCOMPARE(removal.fromSource(folder).size(), 3);
    QCOMPARE(removal.fromSource(folder + u"/"_s).size(), 3);
    QCOMPARE(removal.fromSource(folder + u"/records.jsonl"_s).size(), 2);
    QCOMPARE(removal.fromSource(folder + u"/Sub"_s).size(), 1);
    QCOMPARE(removal.fromSource(folder + u"/sub"_s).size(), 0); // paths keep their case
    QCOMPARE(removal.fromSource(folder + u"/records"_s).size(), 0); // a prefix of a name is not the file
    QCOMPARE(removal.fromSource(m_dir.filePath(u"sources-other.txt"_s)).size(), 1);
}

void TestRemoval::importBringsARemovedArticleBack()
{
    const QString path = sample(u"e.parallax"_s);
    store::Store s;
    QVERIFY(s.open(path));
    store::RemovalStore removal(s);
    const QList<qint64> ids = removal.fromSource(m_seeds + u"/002_a96840ff3fb00932.txt"_s);
    QCOMPARE(ids.size(), 1);
    QVERIFY(removal.remove(ids));
    import::Importer importer(s);
    const import::ImportReport report = importer.run({m_seeds});
    QCOMPARE(report.articlesImported, 1);
    QCOMPARE(s.articleCount(), 5);
    const auto hits = s.search(u"memorandum"_s);
    QVERIFY(hits && hits->size() == 1);
}

// `parallax remove`: ids or --source; an unknown id removes nothing; --dry-run says what would go.
void TestRemoval::commandLineRemovesAllOrNothing()
{
    const QString db = m_dir.filePath(u"cli.parallax"_s);
    QCOMPARE(testing::runParallax({u"--db"_s, db, u"import"_s, m_seeds}).code, 0);
    const QString file = m_seeds + u"/002_a96840ff3fb00932.txt"_s;
    const auto articleIds = [&] {
        QList<qint64> ids;
        for (const QJsonValue v : testing::runParallax({u"--db"_s, db, u"articles"_s, u"--json"_s}).json().array())
            ids << v.toObject().value(u"id"_s).toInteger();
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    QCOMPARE(articleIds(), (QList<qint64>{1, 2, 3, 4, 5}));
    QCOMPARE(testing::runParallax({u"--db"_s, db, u"annotate"_s, u"3"_s, u"--start"_s, u"0"_s, u"--end"_s, u"6"_s}).code, 0);

    auto r = testing::runParallax({u"--db"_s, db, u"remove"_s, u"3"_s, u"999"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("no article with id 999") && r.err.contains("nothing removed"), r.err.constData());
    QCOMPARE(articleIds().size(), 5);

    r = testing::runParallax({u"--db"_s, db, u"remove"_s, u"--dry-run"_s, u"--json"_s, u"--source"_s, file});
    QCOMPARE(r.code, 0);
    const QJsonObject plan = r.json().object();
    QCOMPARE(plan.value(u"would_remove"_s).toArray(), QJsonArray{3});
    QCOMPARE(plan.value(u"annotations"_s).toInt(), 1);
    QCOMPARE(articleIds().size(), 5);

    r = testing::runParallax({u"--db"_s, db, u"remove"_s, u"--source"_s, file});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("1 article removed (with 1 annotation)"));
    QCOMPARE(articleIds(), (QList<qint64>{1, 2, 4, 5}));
    r = testing::runParallax({u"--db"_s, db, u"remove"_s, u"1"_s, u"2"_s});
    QCOMPARE(r.out.trimmed(), QByteArray("2 articles removed"));
    QCOMPARE(articleIds(), (QList<qint64>{4, 5}));

    r = testing::runParallax({u"--db"_s, db, u"remove"_s, u"--source"_s, file});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("no article") && r.err.contains(QFile::encodeName(file)), r.err.constData());
    QCOMPARE(testing::runParallax({u"--db"_s, db, u"remove"_s}).code, 2);
}

// After removals, compacting rewrites the file without its unused pages: smaller, with every row
// of every table as it was (ids included) and sound indexes; cancelled, it changes nothing.
void TestRemoval::compactingGivesBackSpaceAndKeepsEveryRow()
{
    const QString path = sample(u"compact.parallax"_s);
    QVERIFY(!path.isEmpty());
    store::Store s;
    QVERIFY(s.open(path));
    store::RemovalStore removal(s);
    QVERIFY(removal.remove({1, 3, 4}, nullptr, {}));
    QCOMPARE(s.articleCount(), 2);
    const auto everything = [&s] {
        QMap<QString, QStringList> tables;
        QSqlQuery q(s.database());
        q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
        while (q.next()) {
            const QString table = q.value(0).toString();
            tables.insert(table, rows(s, u"SELECT * FROM \"%1\""_s.arg(table)));
        }
        tables.insert(u"(search)"_s, rows(s, u"SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'Kuril*'"_s));
        tables.insert(u"(migrations)"_s, s.appliedMigrations());
        return tables;
    };
    const QMap<QString, QStringList> before = everything();
    QVERIFY(before.size() > 25);
    QVERIFY(!before.value(u"articles"_s).isEmpty() && !before.value(u"mentions"_s).isEmpty());
    const store::Store::DiskUse used = s.diskUse();
    QVERIFY2(used.freeBytes > 0, "removals leave unused pages");

    std::atomic_bool cancel = true;
    QVERIFY(!s.compact(&cancel));
    QVERIFY2(s.lastError().contains(u"cancelled"_s), qPrintable(s.lastError()));
    QCOMPARE(s.diskUse().freeBytes, used.freeBytes);
    QCOMPARE(everything(), before);

    cancel = false;
    const auto compacted = s.compact(&cancel);
    QVERIFY2(compacted, qPrintable(s.lastError()));
    QCOMPARE(compacted->first.freeBytes, used.freeBytes);
    QCOMPARE(compacted->second.freeBytes, 0);
    QVERIFY2(compacted->second.bytes < compacted->first.bytes,
             qPrintable(u"%1 -> %2"_s.arg(compacted->first.bytes).arg(compacted->second.bytes)));
    QCOMPARE(compacted->second.bytes, QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size());
    QCOMPARE(everything(), before);
    QSqlQuery check(s.database());
    QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
    QCOMPARE(check.value(0).toString(), u"ok"_s);
    QVERIFY2(check.exec(u"INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')"_s), qPrintable(check.lastError().text()));
    QVERIFY2(check.exec(u"INSERT INTO articles_trigram(articles_trigram) VALUES ('integrity-check')"_s), qPrintable(check.lastError().text()));

    // The command line's twin, on another corpus with a removal behind it.
    const QString db = m_dir.filePath(u"compact-cli.parallax"_s);
    QCOMPARE(testing::runParallax({u"--db"_s, db, u"import"_s, m_seeds}).code, 0);
    QCOMPARE(testing::runParallax({u"--db"_s, db, u"remove"_s, u"1"_s, u"2"_s, u"3"_s}).code, 0);
    auto r = testing::runParallax({u"--db"_s, db, u"compact"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject use = r.json().object();
    QCOMPARE(use.value(u"file"_s).toString(), db);
    QVERIFY(use.value(u"unused_before"_s).toInteger() > 0);
    QCOMPARE(use.value(u"unused_after"_s).toInteger(), 0);
    QVERIFY(use.value(u"bytes_after"_s).toInteger() < use.value(u"bytes_before"_s).toInteger());
    QCOMPARE(use.value(u"bytes_after"_s).toInteger(), QFileInfo(db).size() + QFileInfo(db + u"-wal"_s).size());
    r = testing::runParallax({u"--db"_s, db, u"compact"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith("compacted " + QFile::encodeName(db) + ": "), r.out.constData());
    QCOMPARE(testing::runParallax({u"--db"_s, db, u"articles"_s, u"--json"_s}).json().array().size(), 2);
    QCOMPARE(testing::runParallax({u"--db"_s, db, u"compact"_s, u"now"_s}).code, 2);
}

// Compacting asks for room on disk first: SQLite's temporary copy where SQLite puts it, and the
// rewritten pages beside the corpus; short of either, it says where and how much, and starts nothing.
void TestRemoval::compactingNeedsRoomOnDisk()
{
    const QString path = sample(u"room.parallax"_s);
    QVERIFY(!path.isEmpty());
    const QString temp = m_dir.filePath(u"sqlite-temp"_s);
    QVERIFY(QDir().mkpath(temp));
    const QByteArray saved = qgetenv("SQLITE_TMPDIR");
    qputenv("SQLITE_TMPDIR", QFile::encodeName(temp));
    store::Store s;
    QVERIFY(s.open(path));
    const store::Store::CompactRoom room = s.compactRoom();
    if (saved.isEmpty())
        qunsetenv("SQLITE_TMPDIR");
    else
        qputenv("SQLITE_TMPDIR", saved);
    QCOMPARE(room.tempFolder, QDir(temp).absolutePath());
    QCOMPARE(room.corpusFolder, QFileInfo(path).absolutePath());
    QVERIFY(room.sameVolume); // one folder tree
    const qint64 used = count(s, u"SELECT (page_count - freelist_count) * page_size "
                                 "FROM pragma_page_count, pragma_freelist_count, pragma_page_size"_s);
    QVERIFY(used > 100'000);
    QVERIFY2(room.tempNeeded >= used && room.tempNeeded <= used * 2, qPrintable(QString::number(room.tempNeeded)));
    QCOMPARE(room.corpusNeeded, room.tempNeeded);
    QVERIFY(room.tempFree > 0 && room.corpusFree > 0);
    QCOMPARE(store::Store::roomProblem(room), QString()); // this disk has room for a small corpus

    // Where the free space falls short, the problem says how much is needed, where, and what to do.
    store::Store::CompactRoom r;
    r.tempFolder = u"/volumes/scratch"_s;
    r.corpusFolder = u"/volumes/research"_s;
    r.tempNeeded = r.corpusNeeded = 600'000'000;
    r.tempFree = r.corpusFree = 1'000'000'000;
    r.sameVolume = true; // 1.2 GB needed on one disk
    const auto size = [](qint64 bytes) { return QLocale::c().formattedDataSize(bytes); };
    QString problem = store::Store::roomProblem(r);
    QVERIFY2(problem.contains(size(1'200'000'000)) && problem.contains(u"/volumes/research"_s)
                 && problem.contains(size(1'000'000'000) + u" is free"_s) && problem.contains(u"SQLITE_TMPDIR"_s),
             qPrintable(problem));
    r.sameVolume = false; // on two disks each has room
    QCOMPARE(store::Store::roomProblem(r), QString());
    r.tempFree = 500'000'000;
    problem = store::Store::roomProblem(r);
    QVERIFY2(problem.contains(u"/volumes/scratch"_s) && problem.contains(size(600'000'000))
                 && problem.contains(size(500'000'000) + u" is free"_s) && !problem.contains(u"/volumes/research"_s),
             qPrintable(problem));
    r.tempFree = 1'000'000'000;
    r.corpusFree = 0;
    problem = store::Store::roomProblem(r);
    QVERIFY2(problem.contains(u"/volumes/research"_s) && !problem.contains(u"/volumes/scratch"_s)
                 && !problem.contains(u"SQLITE_TMPDIR"_s),
             qPrintable(problem));
    r.corpusFree = r.tempFree = -1; // a file system that cannot tell: SQLite's own error will
    QCOMPARE(store::Store::roomProblem(r), QString());
}

QTEST_GUILESS_MAIN(TestRemoval)
#include "tst_removal.moc"
