// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"
#include "import/textreader.h"
#include "store/backgroundread.h"
#include "store/rowinserter.h"
#include "store/schema.h"
#include "store/store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void readsThatNobodyWantsStop();
    void migrationsFromEveryEarlierVersion();
    void japaneseWordsAreCountedAgain();
    void notADatabaseIsRefused();
    void anotherProgramsDatabaseIsLeftAlone();
    void sourcesAreCountedAndListed();
    void aLaterVersionsCorpusIsLeftAlone();
    void search_data();
    void search();
    void searchRanksAsBm25_data();
    void searchRanksAsBm25();
    void searchRankFollowsNewAndDeletedArticles();
    void japaneseSearchRanksAsBm25();
    void relevancePagesFollowTheSearch();
    void longListsInEveryOrder();
    void searchSyntaxErrorsAreExplained_data();
    void searchSyntaxErrorsAreExplained();
    void reimportIsIdempotent();
    void failedInsertLeavesNothingHalfWritten();
    void articlesOfATransactionAreIndexedWhenItCommits();
    void rowInserterStoresText_data();
    void rowInserterStoresText();
    void aWriteOfTheWindowIsLetThrough();
};

static const QString seeds = QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds");

void TestStore::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"c.parallax"_s);
    Article a = import::readPlainText(u" date 2019-12-19 MOSCOW (Sputnik) — Лавров и Мотеги встретились. 北方領土。\n\nSecond paragraph here."_s,
                                      u"x.txt"_s);
    a.country = u"RU"_s;
    a.countryProvenance = Provenance::Manifest;
    a.encoding = u"UTF-8"_s;
    {
        store::Store s;
        QVERIFY2(s.open(path), qPrintable(s.lastError()));
        QVERIFY(s.beginTransaction());
        QCOMPARE(s.insertArticle(a), store::Store::InsertOutcome::Inserted);
        QVERIFY(s.commitTransaction());
        QVERIFY(a.id > 0);
    }
    store::Store s;
    QVERIFY(s.open(path));
    const auto b = s.article(a.id);
    QVERIFY(b.has_value());
    QCOMPARE(b->body, a.body);
    QCOMPARE(b->title, a.title);
    QCOMPARE(b->titleProvenance, Provenance::Derived);
    QCOMPARE(b->outlet, u"Sputnik"_s);
    QCOMPARE(b->outletProvenance, Provenance::Explicit);
    QCOMPARE(b->country, u"RU"_s);
    QCOMPARE(b->countryProvenance, Provenance::Manifest);
    QCOMPARE(b->published, QDate(2019, 12, 19));
    QCOMPARE(b->dateProvenance, Provenance::Explicit);
    QCOMPARE(b->dateline, u"MOSCOW"_s);
    QCOMPARE(b->sentences, a.sentences);
    QCOMPARE(b->paragraphs, a.paragraphs);
    QCOMPARE(b->contentHash, store::Store::contentHash(a.body));
    const auto list = s.articles();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().words, a.wordCount());
    QVERIFY(!s.article(a.id + 100).has_value());

    // Its statements are prepared once and read again the same; between two reads they hold no
    // snapshot of the corpus: another connection's edit and a full checkpoint go through.
    QCOMPARE(s.article(a.id)->sentences, a.sentences);
    {
        store::Store other;
        QVERIFY(other.open(path));
        QSqlQuery w(other.database());
        QVERIFY(w.exec(u"UPDATE articles SET title = 'Changed' WHERE id = %1"_s.arg(a.id)));
        QVERIFY(w.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) && w.next());
        QCOMPARE(w.value(0).toInt(), 0); // not blocked by a reader
    }
    QCOMPARE(s.article(a.id)->title, u"Changed"_s);
}

void TestStore::migrationsFromEveryEarlierVersion()
{
    const int total = int(store::migrations().size());
    for (int k = 0; k <= total; ++k) {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"m.parallax"_s);
        {
            store::Store old;
            QVERIFY2(old.openAtVersion(path, k), qPrintable(old.lastError()));
            QCOMPARE(old.schemaVersion(), k);
            if (k >= 1) {
                Article a = import::readPlainText(u"Title\n\nBody of the article."_s, u"a.txt"_s);
                QVERIFY(old.beginTransaction());
                QCOMPARE(old.insertArticle(a), store::Store::InsertOutcome::Inserted);
                QVERIFY(old.commitTransaction());
            }
        }
        store::Store s;
        QVERIFY2(s.open(path), qPrintable(s.lastError()));
        QCOMPARE(s.schemaVersion(), total);
        QCOMPARE(s.appliedMigrations().size(), total);
        QCOMPARE(s.articleCount(), k >= 1 ? 1 : 0);
        QSqlQuery q(s.database());
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
}

// A corpus from before Japanese was cut into words: its Japanese articles' word counts are made
// again and their pairing keys dropped (made again by the next pairing); others are left alone.
void TestStore::japaneseWordsAreCountedAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"w.parallax"_s);
    const auto &all = store::migrations();
    const auto words = std::find_if(all.cbegin(), all.cend(), [](const store::Migration &m) { return m.name == u"words-1"_s; });
    QVERIFY(words != all.cend());
    Article ja = import::readPlainText(u"北方領土\n\n北方領土問題の交渉による解決を目指すと強調した。"_s, u"ja.txt"_s);
    ja.language = u"ja"_s;
    Article en = import::readPlainText(u"Kuril Islands\n\nThe talks on the Kuril Islands resumed."_s, u"en.txt"_s);
    en.language = u"en"_s;
    {
        store::Store old;
        QVERIFY2(old.openAtVersion(path, int(words - all.cbegin())), qPrintable(old.lastError()));
        QVERIFY(old.beginTransaction());
        QCOMPARE(old.insertArticle(ja), store::Store::InsertOutcome::Inserted);
        QCOMPARE(old.insertArticle(en), store::Store::InsertOutcome::Inserted);
        QVERIFY(old.commitTransaction());
        // As the earlier version counted them: the Japanese sentence as one word.
        QSqlQuery q(old.database());
        QVERIFY(q.exec(u"UPDATE articles SET words = 1 WHERE id = %1"_s.arg(ja.id)));
        QVERIFY(q.exec(u"INSERT OR REPLACE INTO pairing_keys (article_id, words, numbers) VALUES (%1, 'x', ''), (%2, 'y', '')"_s
                           .arg(ja.id).arg(en.id)));
    }
    QCOMPARE(ja.wordCount(), 11);
    store::Store s;
    QVERIFY2(s.open(path), qPrintable(s.lastError()));
    QVERIFY(s.appliedMigrations().contains(u"words-1"_s));
    QSqlQuery q(s.database());
    QVERIFY(q.exec(u"SELECT id, words FROM articles ORDER BY id"_s));
    QHash<qint64, int> counted;
    while (q.next())
        counted.insert(q.value(0).toLongLong(), q.value(1).toInt());
    QCOMPARE(counted.value(ja.id), 11);
    QCOMPARE(counted.value(en.id), en.wordCount());
    QVERIFY(q.exec(u"SELECT article_id FROM pairing_keys"_s) && q.next());
    QCOMPARE(q.value(0).toLongLong(), en.id);
    QVERIFY(!q.next());
}

void TestStore::notADatabaseIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"junk.parallax"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    store::Store s;
    QVERIFY(!s.open(path));
    QCOMPARE(s.lastError(), u"%1 is not a Parallax corpus (not an SQLite database): file is not a database"_s.arg(path));
    QCOMPARE(QFileInfo(path).size(), 4096); // untouched
}

// The library's country and outlet choices: each with its articles, outlets in any case as one,
// unknown ones not offered; an outlet's articles by id.
void TestStore::sourcesAreCountedAndListed()
{
    store::Store s;
    QVERIFY(s.open(u":memory:"_s));
    QVERIFY(s.beginTransaction());
    const QList<std::tuple<QString, QString>> made = {{u"TASS"_s, u"RU"_s}, {u"Kyodo"_s, u"JP"_s}, {u"kyodo"_s, u"JP"_s},
                                                      {u"TASS"_s, u"RU"_s}, {QString(), u"JP"_s}, {u"NHK"_s, QString()}};
    for (int i = 0; i < made.size(); ++i) {
        Article a;
        a.source = u"s-%1"_s.arg(i);
        a.body = u"Article %1 on the islands."_s.arg(i);
        a.outlet = std::get<0>(made.at(i));
        a.country = std::get<1>(made.at(i));
        QCOMPARE(s.insertArticle(a), store::Store::InsertOutcome::Inserted);
    }
    QVERIFY(s.commitTransaction());
    const auto counts = s.sourceCounts();
    QVERIFY2(counts, qPrintable(s.lastError()));
    QCOMPARE(counts->countries, (QList<std::pair<QString, int>>{{u"JP"_s, 3}, {u"RU"_s, 2}}));
    QCOMPARE(counts->outlets.size(), 3);
    QCOMPARE(counts->outlets.at(0).first.toLower(), u"kyodo"_s);
    QCOMPARE(counts->outlets.at(0).second, 2);
    QCOMPARE(counts->outlets.at(1), (std::pair<QString, int>{u"NHK"_s, 1}));
    QCOMPARE(counts->outlets.at(2), (std::pair<QString, int>{u"TASS"_s, 2}));
    QCOMPARE(s.outletArticles(u"KYODO"_s), (QList<qint64>{2, 3}));
    QCOMPARE(s.outletArticles(u"TASS"_s), (QList<qint64>{1, 4}));
    QVERIFY(s.outletArticles(u"Reuters"_s).isEmpty());
    store::ArticleFilter f;
    f.outlet = u"tass"_s;
    f.country = u"RU"_s;
    QCOMPARE(s.articleCount(f), 2);
    f.country = u"JP"_s;
    QCOMPARE(s.articleCount(f), 0);
}

// An SQLite database that some other program made is not a corpus: opening it must not add
// Parallax's tables to it, nor switch its journal to WAL.
void TestStore::anotherProgramsDatabaseIsLeftAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"other.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s));
        QVERIFY(q.exec(u"INSERT INTO notes(text) VALUES ('keep me')"_s));
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    const QByteArray before = [&] { QFile f(path); return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray(); }();
    QVERIFY(!before.isEmpty());
    store::Store s;
    QVERIFY(!s.open(path));
    QVERIFY2(s.lastError().contains(path) && s.lastError().contains(u"not a Parallax corpus"_s), qPrintable(s.lastError()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
}

// A corpus whose schema has a step this version does not know was made by a later version:
// this one must not write to it.
void TestStore::aLaterVersionsCorpusIsLeftAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"later.parallax"_s);
    {
        store::Store s;
        QVERIFY(s.open(path));
        QSqlQuery q(s.database());
        QVERIFY(q.exec(u"INSERT INTO schema_migrations(name, applied_at) VALUES ('from-the-future', '2030-01-01')"_s));
    }
    store::Store s;
    QVERIFY(!s.open(path));
    QVERIFY2(s.lastError().contains(path) && s.lastError().contains(u"later version"_s)
                 && s.lastError().contains(u"from-the-future"_s), qPrintable(s.lastError()));
}

void TestStore::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("hits");
    QTest::addColumn<QString>("firstTitleContains");
    QTest::newRow("word in one article") << u"octopus"_s << 1 << u"foreign ministers"_s;
    QTest::newRow("word in all five") << u"Japan"_s << 5 << QString();
    QTest::newRow("phrase") << u"\"Northern Territories\""_s << 3 << QString();
    QTest::newRow("prefix") << u"Kuril*"_s << 4 << QString();
    QTest::newRow("and") << u"Lavrov AND Motegi"_s << 2 << QString();
    QTest::newRow("title column") << u"title:Southern"_s << 1 << u"Southern Kurils"_s;
    QTest::newRow("case folding") << u"SHIKOTAN"_s << 3 << QString();
    QTest::newRow("nothing") << u"zeppelin"_s << 0 << QString();
}

void TestStore::search()
{
    QFETCH(QString, query);
    QFETCH(int, hits);
    QFETCH(QString, firstTitleContains);
    store::Store s;
    QVERIFY(s.open(u":memory:"_s));
    import::Importer importer(s);
    QCOMPARE(importer.run({seeds}).articlesImported, 5);
    const auto result = s.search(query, 50);
    QVERIFY2(result.has_value(), qPrintable(s.lastError()));
    QCOMPARE(result->size(), hits);
    if (!firstTitleContains.isEmpty())
        QVERIFY(result->first().title.contains(firstTitleContains));
    for (int i = 1; i < result->size(); ++i)
        QVERIFY(result->at(i - 1).score >= result->at(i).score);
    for (const auto &h : *result)
        QVERIFY2(h.snippet.contains(QChar(2)) || query.startsWith(u"title:"_s), qPrintable(h.snippet));
    QCOMPARE(s.matchingIds(query)->size(), hits);
}

// Articles of different lengths that repeat "islands" and "talks" different numbers of times, so
// that term frequency, length and (with enough articles) IDF all move the ranking.
static void addVariedArticles(store::Store &s, int count, int seed)
{
    QVERIFY(s.beginTransaction());
    for (int i = 0; i < count; ++i) {
        const int n = (i * 7 + seed) % 11;
        QString body;
        for (int k = 0; k <= n; ++k)
            body += (k % 3 == 0 ? u"The islands talks went on. "_s : u"Fishing boats returned to port %1. "_s.arg(k));
        body += u"Delegates discussed procedure and processing %1."_s.arg(i + seed);
        Article a = import::readPlainText(u"Report %1 on the islands\n\n%2"_s.arg(i + seed).arg(body),
                                                u"v%1.txt"_s.arg(i + seed));
        QVERIFY2(s.insertArticle(a) == store::Store::InsertOutcome::Inserted, qPrintable(s.lastError()));
    }
    QVERIFY(s.commitTransaction());
}

// The search's ranking must give FTS5's own bm25() values (with the same weights), in the same
// order (ties by id), and the snippets FTS5's own snippet() makes for those rows.
static void compareWithBm25(store::Store &s, const QString &query, const QString &table = u"articles_fts"_s)
{
    const auto result = s.search(query, 50);
    QVERIFY2(result.has_value(), qPrintable(s.lastError()));
    QVERIFY(!result->isEmpty());
    QSqlQuery q(s.database());
    q.prepare(u"SELECT rowid, -bm25(%1, 5.0, 1.0) AS r, snippet(%1, 1, char(2), char(3), '…', %2) FROM %1 "
              "WHERE %1 MATCH %3 ORDER BY r DESC, rowid LIMIT 50"_s
                  .arg(table, table == u"articles_fts"_s ? u"16"_s : u"24"_s,
                       // the words widened to their forms, as the store's search does
                       table == u"articles_fts"_s ? u"parallax_forms(?)"_s : u"?"_s));
    q.addBindValue(query);
    QVERIFY(q.exec());
    struct Expected
    {
        qint64 id;
        double score;
        QString snippet;
    };
    QList<Expected> expected;
    while (q.next())
        expected.append({q.value(0).toLongLong(), q.value(1).toDouble(), q.value(2).toString()});
    QCOMPARE(result->size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QVERIFY2(std::abs(result->at(i).score - expected.at(i).score) <= 1e-9 * std::abs(expected.at(i).score) + 1e-12,
                 qPrintable(u"%1: hit %2 scores %3, bm25 gives %4"_s.arg(query).arg(i).arg(result->at(i).score)
                                .arg(expected.at(i).score)));
        QCOMPARE(result->at(i).id, expected.at(i).id);
        QCOMPARE(result->at(i).snippet, expected.at(i).snippet);
    }
}

void TestStore::searchRanksAsBm25_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("common word") << u"islands"_s;
    QTest::newRow("rarer word") << u"Lavrov"_s;
    QTest::newRow("phrase") << u"\"fishing boats\""_s;
    QTest::newRow("prefix") << u"proc*"_s;
    QTest::newRow("and") << u"talks AND islands"_s;
    QTest::newRow("or") << u"Lavrov OR Motegi"_s;
    QTest::newRow("not") << u"islands NOT Lavrov"_s;
    QTest::newRow("title column") << u"title:islands"_s;
    QTest::newRow("phrase in the sample") << u"\"Northern Territories\""_s;
    QTest::newRow("prefix in the sample") << u"Kuril*"_s;
    QTest::newRow("two phrases near each other") << u"Japan AND Russia AND islands"_s;
}

void TestStore::searchRanksAsBm25()
{
    QFETCH(QString, query);
    store::Store s;
    QVERIFY(s.open(u":memory:"_s));
    import::Importer importer(s);
    QCOMPARE(importer.run({seeds}).articlesImported, 5);
    addVariedArticles(s, 40, 0);
    compareWithBm25(s, query);
}

void TestStore::searchRankFollowsNewAndDeletedArticles()
{
    store::Store s;
    QVERIFY(s.open(u":memory:"_s));
    addVariedArticles(s, 20, 0);
    compareWithBm25(s, u"islands"_s);
    // New articles after the first search: their lengths are read before the next ranking.
    addVariedArticles(s, 15, 100);
    compareWithBm25(s, u"islands"_s);
    compareWithBm25(s, u"talks AND islands"_s);
    // A deleted last article whose id is then given to a different, longer one.
    QSqlQuery q(s.database());
    QVERIFY(q.exec(u"DELETE FROM articles WHERE id = (SELECT max(id) FROM articles)"_s));
    q = QSqlQuery();
    addVariedArticles(s, 1, 5);
    compareWithBm25(s, u"islands"_s);
    compareWithBm25(s, u"\"islands talks\""_s);
}

// The library sorted by relevance: pages of the search's order, reversed when ascending, and
// with the rest of a filter applied before ranking.
void TestStore::relevancePagesFollowTheSearch()
{
    store::Store s;
    QVERIFY(s.open(u":memory:"_s));
    import::Importer importer(s);
    QCOMPARE(importer.run({seeds}).articlesImported, 5);
    addVariedArticles(s, 40, 0);
    store::ArticleFilter f;
    f.search = u"islands OR Kuril*"_s;
    const auto hits = s.search(f.search, 1000);
    QVERIFY(hits && hits->size() > 30);
    const int n = int(hits->size());
    QList<qint64> pages;
    for (int offset = 0; offset < n; offset += 7) {
        const auto page = s.articles(f, store::SortKey::Relevance, Qt::DescendingOrder, offset, 7);
        QVERIFY2(page, qPrintable(s.lastError()));
        for (const store::ArticleSummary &a : *page) {
            pages.append(a.id);
            const store::SearchHit &h = hits->at(pages.size() - 1);
            QCOMPARE(a.id, h.id);
            QCOMPARE(a.snippet, h.snippet);
            QCOMPARE(a.score, h.score);
        }
    }
    QCOMPARE(pages.size(), n);
    const auto reversed = s.articles(f, store::SortKey::Relevance, Qt::AscendingOrder, 0, n);
    QVERIFY(reversed && reversed->size() == n);
    for (int i = 0; i < n; ++i)
        QCOMPARE(reversed->at(i).id, pages.at(n - 1 - i));
    // Only the Russian articles: the same order with the others left out.
    f.country = u"RU"_s;
    const auto russian = s.articles(f, store::SortKey::Relevance, Qt::DescendingOrder, 0, 50);
    QVERIFY(russian && !russian->isEmpty());
    QList<qint64> expected;
    for (const store::SearchHit &h : *hits) {
        if (s.article(h.id)->country == u"RU"_s)
            expected.append(h.id);
    }
    QList<qint64> got;
    for (const store::ArticleSummary &a : *russian)
        got.append(a.id);
    QCOMPARE(got, expected);
    QCOMPARE(*s.articleCount(f), int(expected.size()));
    // Without a search, relevance is the publication order.
    const auto all = s.articles({}, store::SortKey::Relevance, Qt::DescendingOrder, 0, 100);
    const auto byDate = s.articles({}, store::SortKey::Published, Qt::DescendingOrder, 0, 100);
    QVERIFY(all && byDate && all->size() == byDate->size());
    for (int i = 0; i < all->size(); ++i)
        QCOMPARE(all->at(i).id, byDate->at(i).id);
}

// A search with thousands of matches, in date order, with the rest of a filter: the same count and
// pages as SQL's "id IN" the match.
// Long lists (a search's many matches, an entity's articles) are paged by walking the index of
// the order: every order, with and without the rest of a filter, must give SQL's own pages.
void TestStore::longListsInEveryOrder()
{
    store::Store s;
    QVERIFY(s.open(u":memory:"_s));
    QVERIFY(s.beginTransaction());
    const QStringList outlets = {u"Kyodo"_s, u"kyodo"_s, u"TASS"_s, u"Asahi Shimbun"_s, u"RIA Novosti"_s, QString()};
    for (int i = 0; i < 3300; ++i) {
        Article a;
        a.source = u"gen-%1"_s.arg(i);
        a.title = (i % 4 ? u"Report %1"_s : u"report %1"_s).arg((i * 13) % 500); // titles repeat, in two cases
        a.body = i % 3 == 0 ? u"Fishing boats returned to port %1."_s.arg(i)
                            : u"The islands talks went on, round %1."_s.arg(i);
        if (i % 97 == 0)
            a.body += u" Lavrov attended."_s;
        if (i % 50 != 7)
            a.published = QDate(2015, 1, 1).addDays((i * 37) % 2000); // many articles share a day; some have none
        a.country = i % 2 ? u"JP"_s : u"RU"_s;
        a.outlet = outlets.at((i * 7) % outlets.size());
        QCOMPARE(s.insertArticle(a), store::Store::InsertOutcome::Inserted);
    }
    QVERIFY(s.commitTransaction());
    QList<qint64> someIds;
    for (qint64 id = 3300; id >= 1; id -= 1 + id % 2) // long, and not in order
        someIds << id;
    auto column = [&](const QString &sql) {
        QStringList out;
        QSqlQuery q(s.database());
        if (!q.exec(sql))
            return QStringList{q.lastError().text()};
        while (q.next())
            out << q.value(0).toString();
        return out;
    };
    QStringList literal;
    for (qint64 id : std::as_const(someIds))
        literal << QString::number(id);
    struct Case
    {
        QString search;
        QString country;
        QDate from;
        bool ids;
        QString outlet = {}; // any case: "kyodo" is Kyodo's and kyodo's
    };
    struct Order
    {
        store::SortKey key;
        QString sql;
    };
    const Order orders[] = {{store::SortKey::Published, u"published %1, id %1"_s},
                            {store::SortKey::Title, u"title COLLATE NOCASE %1, id %1"_s},
                            {store::SortKey::Outlet, u"outlet COLLATE NOCASE %1, published %1, id %1"_s},
                            {store::SortKey::Country, u"country %1, published %1, id %1"_s},
                            {store::SortKey::Words, u"words %1, id %1"_s}};
    for (const Case &c : {Case{u"talks"_s, QString(), QDate(), false}, Case{u"talks"_s, u"JP"_s, QDate(), false},
                          Case{u"talks"_s, QString(), QDate(2017, 6, 1), false}, Case{u"talks"_s, QString(), QDate(), true},
                          Case{u"talks"_s, u"RU"_s, QDate(2016, 1, 1), true}, Case{u"Lavrov"_s, QString(), QDate(), true},
                          Case{QString(), QString(), QDate(), true}, Case{QString(), u"RU"_s, QDate(2016, 1, 1), true},
                          Case{QString(), QString(), QDate(), true, u"kyodo"_s}, Case{u"talks"_s, QString(), QDate(), false, u"KYODO"_s},
                          Case{QString(), QString(), QDate(), false, u"Kyodo"_s}}) {
        store::ArticleFilter f;
        f.search = c.search;
        f.country = c.country;
        f.from = c.from;
        f.outlet = c.outlet;
        if (c.ids)
            f.ids = someIds;
        QStringList where;
        if (!c.search.isEmpty())
            where << u"id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH '%1')"_s.arg(c.search);
        if (!c.country.isEmpty())
            where << u"country = '%1'"_s.arg(c.country);
        if (c.from.isValid())
            where << u"published >= '%1'"_s.arg(c.from.toString(Qt::ISODate));
        if (c.ids)
            where << u"id IN (%1)"_s.arg(literal.join(u','));
        if (!c.outlet.isEmpty())
            where << u"lower(outlet) = lower('%1')"_s.arg(c.outlet);
        if (where.isEmpty())
            where << u"1"_s;
        const QString whereSql = u" WHERE "_s + where.join(u" AND "_s);
        const QString label = u"search '%1', country '%2', from %3, outlet '%4', ids %5"_s
                                  .arg(c.search, c.country, c.from.toString(Qt::ISODate), c.outlet).arg(c.ids);
        const auto counted = s.articleCount(f);
        QVERIFY2(counted, qPrintable(s.lastError()));
        QCOMPARE(QString::number(*counted), column(u"SELECT count(*) FROM articles"_s + whereSql).value(0));
        QVERIFY2(*counted > (c.search == u"Lavrov"_s ? 10 : 500), qPrintable(label));
        // Every id of the list at once (to remove them all).
        const auto ids = s.articleIds(f);
        QVERIFY2(ids, qPrintable(s.lastError()));
        QStringList idTexts;
        for (const qint64 id : *ids)
            idTexts << QString::number(id);
        QCOMPARE(idTexts, column(u"SELECT id FROM articles%1 ORDER BY id"_s.arg(whereSql)));
        for (const Order &o : orders) {
            for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
                const QString direction = order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
                for (const auto &[offset, limit] : {std::pair{0, 256}, std::pair{300, 40}, std::pair{*counted - 3, 50}, std::pair{0, -1}}) {
                    const auto page = s.articles(f, o.key, order, offset, limit);
                    QVERIFY2(page, qPrintable(s.lastError()));
                    QStringList have;
                    for (const store::ArticleSummary &a : *page)
                        have << QString::number(a.id);
                    const QStringList expected = column(u"SELECT id FROM articles%1 ORDER BY %2 LIMIT %3 OFFSET %4"_s
                                                            .arg(whereSql, o.sql.arg(direction)).arg(limit).arg(offset));
                    QVERIFY2(have == expected, qPrintable(u"%1, order %2, offset %3: %4 rows, SQL gives %5"_s.arg(label, o.sql.arg(direction))
                                                              .arg(offset).arg(have.size()).arg(expected.size())));
                }
                // A reader stepping from any article of the list, loaded or not, to its neighbours.
                const QStringList all = column(u"SELECT id FROM articles%1 ORDER BY %2"_s.arg(whereSql, o.sql.arg(direction)));
                for (const qsizetype at : {qsizetype(0), qsizetype(1), all.size() / 2, all.size() - 2, all.size() - 1}) {
                    const qint64 id = all.at(at).toLongLong();
                    const auto next = s.neighbour(f, o.key, order, id, 1), previous = s.neighbour(f, o.key, order, id, -1);
                    QVERIFY2(next && previous, qPrintable(label + u": "_s + s.lastError()));
                    QVERIFY2(*next == (at + 1 < all.size() ? all.at(at + 1).toLongLong() : 0), qPrintable(label + u" "_s + o.sql.arg(direction) + u" at "_s + QString::number(at) + u" of "_s + QString::number(all.size()) + u" got "_s + QString::number(*next)));
                    QCOMPARE(*previous, at > 0 ? all.at(at - 1).toLongLong() : 0);
                }
                const qint64 outside = column(u"SELECT min(id) FROM articles WHERE id NOT IN (SELECT id FROM articles%1)"_s
                                                  .arg(whereSql)).value(0).toLongLong();
                QVERIFY(outside > 0);
                QVERIFY(!s.neighbour(f, o.key, order, outside, 1)); // not in the list
            }
        }
    }
}

void TestStore::japaneseSearchRanksAsBm25()
{
    store::Store s;
    QVERIFY(s.open(u":memory:"_s));
    QVERIFY(s.beginTransaction());
    for (int i = 0; i < 12; ++i) {
        QString body;
        for (int k = 0; k <= i % 5; ++k)
            body += (k % 2 == 0 ? u"北方領土の返還交渉が続いた。"_s : u"漁船が港に戻った。"_s);
        body += u"外務省は声明%1を出した。"_s.arg(i);
        Article a = import::readPlainText(u"北方領土報告%1\n\n%2"_s.arg(i).arg(body), u"ja%1.txt"_s.arg(i));
        a.language = u"ja"_s;
        QVERIFY2(s.insertArticle(a) == store::Store::InsertOutcome::Inserted, qPrintable(s.lastError()));
    }
    QVERIFY(s.commitTransaction());
    compareWithBm25(s, u"北方領土"_s, u"articles_trigram"_s);
    compareWithBm25(s, u"北方領土 AND 漁船が"_s, u"articles_trigram"_s);
    const auto hits = s.search(u"外務省"_s, 5);
    QVERIFY(hits && hits->size() == 5);
    QVERIFY2(hits->first().snippet.contains(QChar(2) + u"外務省"_s), qPrintable(hits->first().snippet));

    // Two characters, which trigrams cannot find: the library's list by relevance is the scan's,
    // each row with its match in context as the search gives it.
    store::ArticleFilter two;
    two.search = u"漁船"_s;
    const auto scanned = s.search(two.search, 50);
    const auto listed = s.articles(two, store::SortKey::Relevance, Qt::DescendingOrder, 0, 50);
    QVERIFY(scanned && listed);
    QCOMPARE(listed->size(), scanned->size());
    QVERIFY(!listed->isEmpty());
    for (const store::ArticleSummary &a : *listed) {
        QVERIFY2(a.snippet.contains(QChar(2) + u"漁船"_s + QChar(3)), qPrintable(a.snippet));
        const auto hit = std::find_if(scanned->cbegin(), scanned->cend(), [&a](const store::SearchHit &h) { return h.id == a.id; });
        QVERIFY(hit != scanned->cend());
        QCOMPARE(a.snippet, hit->snippet);
    }
}

void TestStore::searchSyntaxErrorsAreExplained_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("explanation");
    QTest::newRow("unterminated quote") << u"\"Northern Territories"_s << u"closing one"_s;
    QTest::newRow("dangling operator") << u"Japan AND"_s << u"could not be read"_s;
    QTest::newRow("unknown column") << u"author:Lavrov"_s << u"column"_s;
    QTest::newRow("lone star") << u"*"_s << u"could not be read"_s;
}

void TestStore::searchSyntaxErrorsAreExplained()
{
    QFETCH(QString, query);
    QFETCH(QString, explanation);
    store::Store s;
    QVERIFY(s.open(u":memory:"_s));
    QVERIFY(!s.search(query).has_value());
    QVERIFY2(s.lastError().contains(explanation), qPrintable(s.lastError()));
    QVERIFY(!s.lastError().contains(u'\n'));
}

void TestStore::reimportIsIdempotent()
{
    QTemporaryDir dir;
    store::Store s;
    QVERIFY(s.open(dir.filePath(u"c.parallax"_s)));
    import::Importer importer(s);
    const auto first = importer.run({seeds});
    QCOMPARE(first.articlesImported, 5);
    QCOMPARE(first.failedFiles(), 0);
    const auto second = importer.run({seeds});
    QCOMPARE(second.articlesImported, 0);
    QCOMPARE(second.duplicates, 5);
    QCOMPARE(s.articleCount(), 5);
}

void TestStore::failedInsertLeavesNothingHalfWritten()
{
    store::Store s;
    QVERIFY(s.open(u":memory:"_s));
    Article a = import::readPlainText(u"Title\n\nOne. Two. Three."_s, u"a.txt"_s);
    // A sentence table row that violates the primary key makes the insert fail half-way.
    a.sentences.append(a.sentences.first());
    a.sentences.append(a.sentences.first());
    QSqlQuery q(s.database());
    QVERIFY(q.exec(u"CREATE UNIQUE INDEX test_unique_start ON sentences(article_id, start)"_s));
    q = QSqlQuery();
    QVERIFY(s.beginTransaction());
    QCOMPARE(s.insertArticle(a), store::Store::InsertOutcome::Failed);
    Article b = import::readPlainText(u"Other\n\nA different body."_s, u"b.txt"_s);
    QVERIFY2(s.insertArticle(b) == store::Store::InsertOutcome::Inserted, qPrintable(s.lastError()));
    QVERIFY(s.commitTransaction());
    QCOMPARE(s.articleCount(), 1);
    QSqlQuery c(s.database());
    QVERIFY(c.exec(u"SELECT count(*) FROM sentences WHERE article_id NOT IN (SELECT id FROM articles)"_s) && c.next());
    QCOMPARE(c.value(0).toInt(), 0);
}

// An import's batch indexes its articles for search together when it commits: what the batch
// changed or deleted before the commit is indexed as it stands then, a rollback leaves no trace,
// and both full-text indexes agree with the articles table afterwards.
void TestStore::articlesOfATransactionAreIndexedWhenItCommits()
{
    store::Store s;
    QVERIFY(s.open(u":memory:"_s));
    const auto ids = [&](const QString &query) {
        QList<qint64> found;
        const auto hits = s.search(query, 50);
        if (hits)
            for (const auto &hit : *hits)
                found.append(hit.id);
        std::sort(found.begin(), found.end());
        return found;
    };
    const auto count = [&](const QString &sql) {
        QSqlQuery q(s.database());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    };
    // FTS5's own check of each index, and the articles each index holds: all of them in the
    // word index, the Japanese, Chinese and Korean ones in the trigram index.
    const auto integrity = [&](const QString &table) {
        QSqlQuery q(s.database());
        if (!q.exec(u"INSERT INTO %1(%1) VALUES ('integrity-check')"_s.arg(table)))
            return q.lastError().text();
        const QString which = table == u"articles_fts"_s ? u""_s : u" WHERE language IN ('ja', 'zh', 'ko')"_s;
        if (!q.exec(u"SELECT (SELECT group_concat(id) FROM (SELECT id FROM %1_docsize ORDER BY id)) IS "
                    "(SELECT group_concat(id) FROM (SELECT id FROM articles%2 ORDER BY id))"_s.arg(table, which))
            || !q.next())
            return q.lastError().text();
        return q.value(0).toBool() ? QString() : u"%1 does not hold the articles it should"_s.arg(table);
    };

    QVERIFY(s.beginTransaction());
    Article en = import::readPlainText(u"Fishing quota agreed\n\nThe fishing quota near the islands was agreed."_s, u"en.txt"_s);
    Article ja = import::readPlainText(u"北方領土の交渉\n\n北方領土をめぐる交渉が続いた。"_s, u"ja.txt"_s);
    Article gone = import::readPlainText(u"Withdrawn report\n\nA withdrawn report about sovereignty."_s, u"gone.txt"_s);
    QCOMPARE(s.insertArticle(en), store::Store::InsertOutcome::Inserted);
    QCOMPARE(s.insertArticle(ja), store::Store::InsertOutcome::Inserted);
    QCOMPARE(s.insertArticle(gone), store::Store::InsertOutcome::Inserted);
    {
        QSqlQuery q(s.database());
        QVERIFY(q.exec(u"UPDATE articles SET title = 'Whaling quota agreed' WHERE title = 'Fishing quota agreed'"_s));
        QVERIFY(q.exec(u"DELETE FROM articles WHERE title = 'Withdrawn report'"_s));
    }
    QCOMPARE(count(u"SELECT count(*) FROM fts_pending"_s), 3);
    QVERIFY2(s.commitTransaction(), qPrintable(s.lastError()));

    QCOMPARE(count(u"SELECT count(*) FROM fts_pending"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM fts_defer"_s), 0);
    QCOMPARE(ids(u"whaling"_s).size(), 1);
    QCOMPARE(ids(u"title:fishing"_s).size(), 0);
    QCOMPARE(ids(u"sovereignty"_s).size(), 0);
    QCOMPARE(ids(u"領土"_s).size(), 1);
    QCOMPARE(count(u"SELECT count(*) FROM articles_trigram WHERE articles_trigram MATCH '交渉が'"_s), 1);
    QCOMPARE(integrity(u"articles_fts"_s), QString());
    QCOMPARE(integrity(u"articles_trigram"_s), QString());

    // A batch rolled back leaves neither its articles nor its index entries.
    QVERIFY(s.beginTransaction());
    Article rolled = import::readPlainText(u"Rolled back\n\nA cancelled batch about herring."_s, u"r.txt"_s);
    QCOMPARE(s.insertArticle(rolled), store::Store::InsertOutcome::Inserted);
    s.rollbackTransaction();
    QCOMPARE(ids(u"herring"_s).size(), 0);
    QCOMPARE(count(u"SELECT count(*) FROM fts_pending"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM fts_defer"_s), 0);

    // Outside a batch, changes reach the indexes at once, as before.
    {
        QSqlQuery q(s.database());
        QVERIFY(q.exec(u"UPDATE articles SET body = 'The herring quota was agreed.' WHERE title = 'Whaling quota agreed'"_s));
    }
    QCOMPARE(ids(u"herring"_s).size(), 1);
    QCOMPARE(ids(u"islands"_s).size(), 0);
    {
        QSqlQuery q(s.database());
        QVERIFY(q.exec(u"DELETE FROM articles WHERE language = 'ja'"_s));
    }
    QCOMPARE(ids(u"領土"_s).size(), 0);
    QCOMPARE(integrity(u"articles_fts"_s), QString());
    QCOMPARE(integrity(u"articles_trigram"_s), QString());
}

void TestStore::rowInserterStoresText_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("ascii") << u"Shinzo Abe"_s << u"Abe"_s;
    QTest::newRow("empty") << u""_s << u"x"_s;
    QTest::newRow("null") << QString() << u"after null"_s;
    QTest::newRow("cyrillic after longer") << u"Сергей Лавров встретился с Мотеги"_s << u"Лавров"_s;
    QTest::newRow("japanese") << u"茂木敏充外相"_s << u"ラブロフ氏"_s;
    QTest::newRow("outside the BMP") << u"name 😀 𠮷野家"_s << u"é"_s;
    QTest::newRow("long then short") << QString(5000, u'я') << u"a"_s;
}

// Text is bound as UTF-8 from buffers the inserter reuses: each row keeps exactly its own text,
// a null string stays NULL and an empty one is empty, whatever the parameter held before.
void TestStore::rowInserterStoresText()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    store::Store s;
    QVERIFY2(s.open(u":memory:"_s), qPrintable(s.lastError()));
    QSqlQuery q(s.database());
    QVERIFY(q.exec(u"CREATE TABLE t (k INTEGER, a TEXT, b TEXT)"_s));
    {
        store::RowInserter ins(s.database(), u"INSERT INTO t (k, a, b) VALUES (?, ?, ?)"_s);
        QVERIFY2(ins.isValid(), qPrintable(ins.lastError()));
        QVERIFY(ins.bind(1).bind(first).bind(second).exec());
        QVERIFY(ins.bind(2).bind(second).bind(first).exec());
    }
    QVERIFY(q.exec(u"SELECT a, b, a IS NULL, b IS NULL FROM t ORDER BY k"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), first);
    QCOMPARE(q.value(1).toString(), second);
    QCOMPARE(q.value(2).toBool(), first.isNull());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), second);
    QCOMPARE(q.value(1).toString(), first);
    QCOMPARE(q.value(3).toBool(), first.isNull());
}

// A read whose result is no longer wanted stops: its statements fail soon after the flag is set,
// here or on another thread (a long count that would take many seconds comes back interrupted).
void TestStore::readsThatNobodyWantsStop()
{
    QTemporaryDir dir;
    store::Store s;
    QVERIFY(s.open(dir.filePath(u"stop.parallax"_s)));
    const QString slow = u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300000000) "
                         "SELECT count(*) FROM c"_s;
    std::atomic_bool stop = true;
    s.setInterrupt(&stop);
    QSqlQuery q(s.database());
    QVERIFY(!q.exec(slow));
    QVERIFY2(q.lastError().text().contains(u"interrupt"_s), qPrintable(q.lastError().text()));
    stop = false;
    QVERIFY(q.exec(u"SELECT count(*) FROM articles"_s) && q.next());
    s.setInterrupt(nullptr);
    QVERIFY(q.exec(u"SELECT 1"_s));

    // In the background: stopped by the next read from the same Interruptible, or by stop().
    store::Interruptible reads;
    QList<QString> results;
    const auto count = [slow](const store::Store &corpus) {
        QSqlQuery q(corpus.database());
        return q.exec(slow) && q.next() ? q.value(0).toString() : u"stopped: "_s + q.lastError().text();
    };
    const auto got = [&results](const QString &r) { results << r; };
    store::readInBackground(s.path(), this, reads, count, [](const QString &e) { return e; }, got);
    QTest::qWait(100);
    store::readInBackground(s.path(), this, reads, [](const store::Store &) { return u"second"_s; },
                            [](const QString &e) { return e; }, got);
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 60000);
    QVERIFY2(results.contains(u"second"_s), qPrintable(results.join(u'|')));
    const QString first = results.at(results.indexOf(u"second"_s) == 0 ? 1 : 0);
    QVERIFY2(first.startsWith(u"stopped: "_s) && first.contains(u"interrupt"_s), qPrintable(first));
    results.clear();
    store::readInBackground(s.path(), this, reads, count, [](const QString &e) { return e; }, got);
    QTest::qWait(100);
    reads.stop();
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 60000);
    QVERIFY2(results.first().startsWith(u"stopped: "_s), qPrintable(results.first()));
}

QTEST_GUILESS_MAIN(TestStore)
// While another thread holds the write lock (an import's batch), a write of the window's thread
// waits, and says so (windowIsWaiting): the import ends its batch and yields the lock; the
// window's write goes through. A write of another thread does not count as the window's.
void TestStore::aWriteOfTheWindowIsLetThrough()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"turns.parallax"_s);
    store::Store window;
    QVERIFY(window.open(path));
    QVERIFY(!store::windowIsWaiting());

    std::atomic_bool holding = false;
    std::atomic_bool sawWindowWaiting = false;
    std::thread import([&] {
        store::Store corpus;
        if (!corpus.open(path) || !corpus.beginTransaction())
            return;
        QSqlQuery q(corpus.database());
        q.exec(u"INSERT INTO tags(name, guid) VALUES ('batch', 'g-batch')"_s); // the write lock, held
        holding = true;
        for (int i = 0; i < 5000 && !sawWindowWaiting; ++i) { // at most 5 s, then the batch ends anyway
            sawWindowWaiting = store::windowIsWaiting();
            QThread::msleep(1);
        }
        corpus.commitTransaction();
        store::yieldToWindow(); // returns once the window has the lock
    });
    QTRY_VERIFY(holding.load());
    QSqlQuery q(window.database());
    const bool written = q.exec(u"INSERT INTO tags(name, guid) VALUES ('edit', 'g-edit')"_s);
    import.join();
    QVERIFY2(written, qPrintable(q.lastError().text()));
    QVERIFY(sawWindowWaiting.load());
    QTRY_VERIFY(!store::windowIsWaiting());
    QVERIFY(q.exec(u"SELECT count(*) FROM tags"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);

    // For a few seconds after, someone is taken to be editing: an import commits in short
    // batches, so that the next edit waits for less.
    QVERIFY(store::windowWaitedLately());
    QFile records(dir.filePath(u"records.jsonl"_s));
    QVERIFY(records.open(QIODevice::WriteOnly));
    for (int i = 0; i < 30; ++i)
        records.write(u"{\"title\": \"Talks, round %1\", \"text\": \"Round %1 of the talks on the islands ended.\", "
                      "\"date\": \"2019-12-%2\"}\n"_s.arg(i).arg(1 + i % 28, 2, 10, QChar(u'0')).toUtf8());
    records.close();
    QList<int> committed;
    std::thread([&] {
        store::Store corpus;
        if (!corpus.open(dir.filePath(u"batches.parallax"_s)))
            return;
        import::Importer(corpus).run({records.fileName()}, [&](const import::ImportProgress &p) {
            if (committed.isEmpty() || committed.last() != p.articlesImported)
                committed.append(p.articlesImported);
            return true;
        });
    }).join();
    QVERIFY2(committed.size() >= 4 && committed.last() == 30, qPrintable(QString::number(committed.size())));
    for (qsizetype i = 1; i < committed.size(); ++i)
        QVERIFY(committed.at(i) - committed.at(i - 1) <= 8);

    // The other way round: a thread waiting for the window's lock is not the window.
    QVERIFY(window.beginTransaction());
    QVERIFY(q.exec(u"INSERT INTO tags(name, guid) VALUES ('window', 'g-window')"_s));
    std::atomic_bool otherDone = false;
    std::thread other([&] {
        store::Store corpus;
        if (corpus.open(path)) {
            QSqlQuery w(corpus.database());
            w.exec(u"INSERT INTO tags(name, guid) VALUES ('other', 'g-other')"_s);
        }
        otherDone = true;
    });
    QThread::msleep(50);
    QVERIFY(!otherDone.load());
    QVERIFY(!store::windowIsWaiting());
    QVERIFY(window.commitTransaction());
    other.join();
    QVERIFY(q.exec(u"SELECT count(*) FROM tags"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 4);
}

#include "tst_store.moc"
