// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The packed days of each article (article_days) against time_expressions: the table itself, and
// what the timeline counts from it for filtered views against the same counts made with SQL over
// time_expressions, after an import, deleted articles, a changed country, a superseding re-import,
// expressions written, changed and deleted outside the writer, and after the migration fills it.
#include "../bench/corpusgen.h"

#include "import/importer.h"
#include "sqlrows.h"
#include "store/articledays.h"
#include "store/schema.h"
#include "store/store.h"
#include "store/timelinestore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <map>

using namespace Qt::StringLiterals;
using namespace parallax;
using store::TimeBucket;

namespace {

const auto rows = testing::sqlRows;

QStringList describe(const std::optional<QList<store::MentionedCount>> &counts)
{
    if (!counts)
        return {u"failed"_s};
    QStringList out;
    for (const store::MentionedCount &c : *counts)
        out << u"%1 %2 %3: %4 mentions, %5 articles, first %6"_s.arg(int(c.span))
                   .arg(c.country, c.bucket.toString(Qt::ISODate)).arg(c.mentions).arg(c.articles).arg(c.firstArticle);
    return out;
}

// Each article's (first, last) Julian days: from the packed table, or from time_expressions.
using Days = std::map<qint64, QList<std::pair<qint64, qint64>>>;

Days packedDays(const QSqlDatabase &db)
{
    Days out;
    QSqlQuery q(db);
    q.exec(u"SELECT article_id, days FROM article_days WHERE article_id NOT IN (SELECT article_id FROM article_days_stale)"_s);
    while (q.next()) {
        const QByteArray blob = q.value(1).toByteArray();
        auto &days = out[q.value(0).toLongLong()];
        for (qsizetype i = 0; i + 8 <= blob.size(); i += 8)
            days.append({qFromLittleEndian<qint32>(blob.constData() + i), qFromLittleEndian<qint32>(blob.constData() + i + 4)});
    }
    return out;
}

Days expressionDays(const QSqlDatabase &db)
{
    Days out;
    QSqlQuery q(db);
    q.exec(u"SELECT article_id, first_day, last_day FROM time_expressions WHERE first_day IS NOT NULL "
           "AND article_id NOT IN (SELECT article_id FROM article_days_stale) ORDER BY article_id, first_day, last_day"_s);
    while (q.next()) {
        out[q.value(0).toLongLong()].append({QDate::fromString(q.value(1).toString(), Qt::ISODate).toJulianDay(),
                                             QDate::fromString(q.value(2).toString(), Qt::ISODate).toJulianDay()});
    }
    return out;
}

} // namespace

class TestArticleDays : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void packedMatchesSql_data();
    void packedMatchesSql();
    void migrationFillsTheTable();
    void longIdListsCountAsSql();

private:
    void compareWithSql();
    QList<store::ArticleFilter> filters();

    QTemporaryDir m_dir;
    QStringList m_files;
    std::unique_ptr<store::Store> m_store;
};

void TestArticleDays::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_files = bench::generateCorpus(m_dir.filePath(u"corpus"_s), 400).files;
    QVERIFY(!m_files.isEmpty());
    // One corpus imported with everything on, copied for each test.
    store::Store s;
    QVERIFY2(s.open(m_dir.filePath(u"base.parallax"_s)), qPrintable(s.lastError()));
    import::Importer importer(s);
    importer.run(m_files);
    QCOMPARE(rows(s.database(), u"SELECT count(*) > 300 FROM articles"_s), QStringList{u"1"_s});
    s.close();
}

void TestArticleDays::init()
{
    QFile::remove(m_dir.filePath(u"work.parallax"_s));
    QVERIFY(QFile::copy(m_dir.filePath(u"base.parallax"_s), m_dir.filePath(u"work.parallax"_s)));
    m_store = std::make_unique<store::Store>();
    QVERIFY2(m_store->open(m_dir.filePath(u"work.parallax"_s)), qPrintable(m_store->lastError()));
}

void TestArticleDays::cleanup()
{
    m_store.reset();
}

QList<store::ArticleFilter> TestArticleDays::filters()
{
    const QSqlDatabase db = m_store->database();
    QList<store::ArticleFilter> out;
    for (const QString &word : {u"islands"_s, u"talks OR protest"_s, u"北方領土"_s}) {
        out.append(store::ArticleFilter{});
        out.last().search = word;
    }
    // the articles of the entity named in most of them, and of the tenth
    for (const QString &offset : {u"0"_s, u"9"_s}) {
        const QStringList entity = rows(db, u"SELECT entity_id FROM mentions GROUP BY entity_id "
                                            "ORDER BY count(DISTINCT article_id) DESC, entity_id LIMIT 1 OFFSET %1"_s.arg(offset));
        QList<qint64> ids;
        for (const QString &id : rows(db, u"SELECT DISTINCT article_id FROM mentions WHERE entity_id = %1"_s.arg(entity.value(0))))
            ids << id.toLongLong();
        out.append(store::ArticleFilter{});
        out.last().ids = ids;
    }
    out.append(store::ArticleFilter{});
    out.last().ids = QList<qint64>{};
    // publication dates, alone and with a search and a country
    out.append(store::ArticleFilter{});
    out.last().from = QDate(2014, 3, 1);
    out.last().to = QDate(2016, 8, 31);
    out.append(out.last());
    out.last().search = u"islands"_s;
    out.append(out.last());
    out.last().country = u"JP"_s;
    out.append(store::ArticleFilter{});
    out.last().country = u"RU"_s;
    out.last().search = u"ministry"_s;
    // the articles without a country (some after the "country" change)
    out.append(store::ArticleFilter{});
    out.last().country = store::noSource;
    out.append(out.last());
    out.last().from = QDate(2014, 3, 1);
    return out;
}

void TestArticleDays::compareWithSql()
{
    const QSqlDatabase db = m_store->database();
    // The table holds each article's dated expressions, nothing else.
    const Days packed = packedDays(db);
    QVERIFY(!packed.empty());
    QVERIFY(packed == expressionDays(db));
    QCOMPARE(rows(db, u"SELECT count(*) FROM article_days d JOIN articles a ON a.id = d.article_id "
                      "WHERE a.country IS NOT d.country"_s), QStringList{u"0"_s});

    store::TimelineStore sql(db);
    sql.setReadPackedDays(false);
    int nonEmpty = 0;
    // Each part of the packed path against the SQL; then as one load of a view has it, with the
    // selections, walks and days of every filter kept and reused by one store (the countries
    // first, so that the extent comes from the walk kept).
    const auto check = [&](const store::TimelineStore &timeline, const store::ArticleFilter &filter) {
        const QString name = u"search '%1', %2 ids, %3..%4, country '%5'"_s.arg(filter.search)
                                 .arg(filter.ids ? filter.ids->size() : -1)
                                 .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate), filter.country);
        QCOMPARE(timeline.mentionExtent(filter), sql.mentionExtent(filter));
        QCOMPARE(timeline.publishedExtent(filter), sql.publishedExtent(filter));
        QCOMPARE(timeline.countries(filter), sql.countries(filter));
        for (TimeBucket bucket : {TimeBucket::Day, TimeBucket::Week, TimeBucket::Month, TimeBucket::Year}) {
            const auto reported = timeline.reported(filter, bucket);
            const auto expected = sql.reported(filter, bucket);
            QVERIFY(reported && expected);
            QCOMPARE(reported->size(), expected->size());
            for (qsizetype i = 0; i < reported->size(); ++i) {
                const store::ReportedCount &r = reported->at(i), &e = expected->at(i);
                QCOMPARE(std::tuple(r.country, r.bucket, r.articles, r.firstArticle),
                         std::tuple(e.country, e.bucket, e.articles, e.firstArticle));
            }
        }
        for (const auto &[from, to] : {std::pair{QDate(), QDate()}, std::pair{QDate(2012, 2, 15), QDate(2019, 12, 31)},
                                       std::pair{QDate(2015, 6, 3), QDate(2015, 6, 3)}, std::pair{QDate(2013, 1, 1), QDate()},
                                       std::pair{QDate(), QDate(2011, 7, 1)}}) {
            const auto count = timeline.mentionCount(filter, from, to);
            QVERIFY2(count, qPrintable(name));
            QCOMPARE(count, sql.mentionCount(filter, from, to));
            for (int limit : {-1, 25}) {
                const auto dates = timeline.mentioned(filter, from, to, limit);
                const auto expectedDates = sql.mentioned(filter, from, to, limit);
                QVERIFY(dates && expectedDates);
                QCOMPARE(dates->size(), expectedDates->size());
                for (qsizetype i = 0; i < dates->size(); ++i) {
                    const store::MentionedDate &d = dates->at(i), &e = expectedDates->at(i);
                    QCOMPARE(std::tuple(d.article, d.country, d.span.start, d.value, d.firstDay, d.lastDay, d.sentenceText),
                             std::tuple(e.article, e.country, e.span.start, e.value, e.firstDay, e.lastDay, e.sentenceText));
                }
            }
            for (TimeBucket bucket : {TimeBucket::Day, TimeBucket::Week, TimeBucket::Month, TimeBucket::Year}) {
                const QStringList got = describe(timeline.mentionedCounts(filter, from, to, bucket));
                const QStringList expected = describe(sql.mentionedCounts(filter, from, to, bucket));
                if (got != expected)
                    qWarning() << name << from << to << int(bucket);
                QCOMPARE(got, expected);
                nonEmpty += got.isEmpty() ? 0 : 1;
            }
        }
    };
    store::TimelineStore shared(db);
    shared.reuseSelections();
    for (const store::ArticleFilter &filter : filters()) {
        check(store::TimelineStore(db), filter);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(shared.countries(filter), sql.countries(filter));
        check(shared, filter);
        QVERIFY(!QTest::currentTestFailed());
    }
    QVERIFY(nonEmpty > 100);
}

void TestArticleDays::packedMatchesSql_data()
{
    QTest::addColumn<QString>("change");
    for (const char *change : {"import", "deleted", "country", "superseded", "written outside", "changed outside",
                               "deleted outside", "then written by the writer"})
        QTest::newRow(change) << QString::fromLatin1(change);
}

void TestArticleDays::packedMatchesSql()
{
    QFETCH(QString, change);
    const QSqlDatabase db = m_store->database();
    QSqlQuery q(db);
    QCOMPARE(rows(db, u"SELECT count(*) FROM article_days_stale"_s), QStringList{u"0"_s});
    const QString dated = u"(SELECT article_id FROM article_days ORDER BY article_id LIMIT %1 OFFSET %2)"_s;
    if (change == u"deleted") {
        QVERIFY2(q.exec(u"DELETE FROM articles WHERE id IN %1"_s.arg(dated.arg(20).arg(5))), qPrintable(q.lastError().text()));
        QCOMPARE(rows(db, u"SELECT count(*) FROM article_days WHERE article_id NOT IN (SELECT id FROM articles)"_s),
                 QStringList{u"0"_s});
        QCOMPARE(rows(db, u"SELECT count(*) FROM article_days_stale"_s), QStringList{u"0"_s});
    } else if (change == u"country") {
        QVERIFY(q.exec(u"UPDATE articles SET country = 'ZZ' WHERE id IN %1"_s.arg(dated.arg(30).arg(10))));
        QCOMPARE(rows(db, u"SELECT count(*) FROM article_days WHERE country = 'ZZ'"_s), QStringList{u"30"_s});
        // no country at all: the first in order
        QVERIFY(q.exec(u"UPDATE articles SET country = '' WHERE id IN (SELECT id FROM articles ORDER BY id LIMIT 10)"_s));
    } else if (change == u"superseded") {
        // A record imported again with its text changed: a new version of the article.
        QFile in(m_files.first());
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject record = QJsonDocument::fromJson(in.readLine()).object();
        record.insert(u"text"_s, record.value(u"text"_s).toString()
                                     + u" The talks resumed on 12 March 2016 and again in the spring of 1956."_s);
        QFile out(m_dir.filePath(u"changed.jsonl"_s));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n');
        out.close();
        const QString before = rows(db, u"SELECT max(id) FROM articles"_s).value(0);
        import::Importer importer(*m_store);
        importer.run({out.fileName()});
        QCOMPARE(rows(db, u"SELECT count(*) FROM article_revisions WHERE article_id > %1"_s.arg(before)), QStringList{u"1"_s});
        QCOMPARE(rows(db, u"SELECT count(*) FROM article_days WHERE article_id > %1"_s.arg(before)), QStringList{u"1"_s});
    } else if (change == u"written outside" || change == u"then written by the writer") {
        // Expressions stored by something other than the writer: an article without any dated
        // one gets two, and a dated one gets one more.
        const QString undated = rows(db, u"SELECT min(id) FROM articles WHERE id NOT IN (SELECT article_id FROM article_days)"_s).value(0);
        QVERIFY(!undated.isEmpty());
        QVERIFY2(q.exec(u"INSERT INTO time_expressions(article_id, idx, start, end, surface, type, value, sentence, "
                        "first_day, last_day) VALUES (%1, 1000, 0, 4, '1956', 'DATE', '1956', 0, '1956-01-01', '1956-12-31'), "
                        "(%1, 1001, 5, 15, 'March 2019', 'DATE', '2019-03', 0, '2019-03-01', '2019-03-31'), "
                        "(%2, 1000, 0, 4, 'June 2015', 'DATE', '2015-06', 0, '2015-06-01', '2015-06-30')"_s
                            .arg(undated, rows(db, u"SELECT min(article_id) FROM article_days"_s).value(0))),
                 qPrintable(q.lastError().text()));
        QCOMPARE(rows(db, u"SELECT count(*) FROM article_days_stale"_s), QStringList{u"2"_s});
        if (change == u"then written by the writer") {
            // The writer's own articles are not marked; the others stay read from time_expressions.
            Article a;
            a.source = u"added.txt"_s;
            a.title = u"Added"_s;
            a.country = u"JP"_s;
            a.published = QDate(2020, 1, 2);
            a.body = u"The islands were discussed on 3 February 2020 and in 1956."_s;
            a.sentences = {{0, int(a.body.size())}};
            analysis::AnalysisResult result;
            result.timeExpressions = {{}, {}};
            result.timeExpressions[0].span = {33, 48};
            result.timeExpressions[0].value = u"2020-02-03"_s;
            result.timeExpressions[0].sentence = 0;
            result.timeExpressions[1].span = {55, 59};
            result.timeExpressions[1].value = u"1956"_s;
            result.timeExpressions[1].sentence = 0;
            QCOMPARE(m_store->insertArticle(a, result), store::Store::InsertOutcome::Inserted);
            QCOMPARE(rows(db, u"SELECT length(days) FROM article_days WHERE article_id = %1"_s.arg(a.id)), QStringList{u"16"_s});
            QCOMPARE(rows(db, u"SELECT count(*) FROM article_days_stale"_s), QStringList{u"2"_s});
        }
    } else if (change == u"changed outside") {
        QVERIFY(q.exec(u"UPDATE time_expressions SET first_day = '2015-06-01', last_day = '2015-06-30' "
                       "WHERE article_id IN %1 AND idx = (SELECT min(idx) FROM time_expressions t "
                       "WHERE t.article_id = time_expressions.article_id AND t.first_day IS NOT NULL)"_s
                           .arg(dated.arg(3).arg(7))));
        QCOMPARE(rows(db, u"SELECT count(*) FROM article_days_stale"_s), QStringList{u"3"_s});
    } else if (change == u"deleted outside") {
        QVERIFY(q.exec(u"DELETE FROM time_expressions WHERE article_id IN %1 AND first_day IS NOT NULL"_s
                           .arg(dated.arg(4).arg(2))));
        QCOMPARE(rows(db, u"SELECT count(*) FROM article_days_stale"_s), QStringList{u"4"_s});
    }
    compareWithSql();
}

void TestArticleDays::migrationFillsTheTable()
{
    // A corpus made at the previous schema, then opened by this version.
    const QString path = m_dir.filePath(u"old.parallax"_s);
    QFile::remove(path);
    const int steps = int(store::migrations().size());
    int before = -1; // the steps before the one that made the table
    for (int i = 0; i < steps; ++i) {
        if (store::migrations().at(i).name == "timeline-2"_L1)
            before = i;
    }
    QVERIFY(before > 0);
    {
        store::Store old;
        QVERIFY2(old.openAtVersion(path, before), qPrintable(old.lastError()));
        import::Importer importer(old);
        // What this version's writer stores of entities needs later steps; the dates do not.
        importer.setAnalysers(analysis::allAnalysers & ~analysis::Analysers(analysis::Analyser::Entities));
        importer.run({m_files.first()});
        QCOMPARE(rows(old.database(), u"SELECT count(*) FROM sqlite_master WHERE name = 'article_days'"_s), QStringList{u"0"_s});
        QCOMPARE(rows(old.database(), u"SELECT count(*) > 100 FROM time_expressions WHERE first_day IS NOT NULL"_s),
                 QStringList{u"1"_s});
    }
    m_store = std::make_unique<store::Store>();
    QVERIFY2(m_store->open(path), qPrintable(m_store->lastError()));
    QCOMPARE(m_store->schemaVersion(), steps);
    const QSqlDatabase db = m_store->database();
    QCOMPARE(rows(db, u"SELECT count(*) FROM article_days_stale"_s), QStringList{u"0"_s});
    QCOMPARE(rows(db, u"SELECT count(*) FROM article_days"_s),
             rows(db, u"SELECT count(DISTINCT article_id) FROM time_expressions WHERE first_day IS NOT NULL"_s));
    compareWithSql();
}

// The library's count of a long list of articles (an entity's) is made by walking an index and
// looking the ids up in the list; it must give what SQL's IN gives, with every other condition,
// and not count ids that name no article.
void TestArticleDays::longIdListsCountAsSql()
{
    const QSqlDatabase db = m_store->database();
    QList<qint64> all;
    for (const QString &id : rows(db, u"SELECT id FROM articles ORDER BY id"_s))
        all << id.toLongLong();
    QVERIFY(all.size() > 300);
    QList<QList<qint64>> lists;
    for (int keep : {1, 2, 3}) {
        QList<qint64> ids;
        for (qsizetype i = 0; i < all.size(); i += keep)
            ids << all.at(i);
        for (qint64 missing = all.last() + 1; ids.size() < 2500 + keep * 100; ++missing)
            ids << missing; // no such articles
        std::reverse(ids.begin(), ids.end()); // in no particular order
        lists << ids;
    }
    const QDate first = QDate::fromString(rows(db, u"SELECT min(published) FROM articles"_s).value(0).left(10), Qt::ISODate);
    const QDate last = QDate::fromString(rows(db, u"SELECT max(published) FROM articles"_s).value(0).left(10), Qt::ISODate);
    QVERIFY(first.isValid() && last.isValid());
    const QDate middle = first.addDays(first.daysTo(last) / 2);
    int compared = 0;
    for (const QList<qint64> &ids : std::as_const(lists)) {
        QStringList literal;
        for (qint64 id : ids)
            literal << QString::number(id);
        for (const QString &country : {QString(), u"JP"_s, u"RU"_s, store::noSource}) {
            for (const auto &[from, to] : {std::pair{QDate(), QDate()}, std::pair{middle, QDate()},
                                          std::pair{QDate(), middle}, std::pair{first.addDays(30), middle}}) {
                store::ArticleFilter f;
                f.ids = ids;
                f.country = country;
                f.from = from;
                f.to = to;
                QString sql = u"SELECT count(*) FROM articles WHERE id IN (%1)"_s.arg(literal.join(u','));
                if (!country.isEmpty())
                    sql += u" AND country = '%1'"_s.arg(store::storedSource(country));
                if (from.isValid())
                    sql += u" AND published >= '%1'"_s.arg(from.toString(Qt::ISODate));
                if (to.isValid())
                    sql += u" AND published <= '%1'"_s.arg(to.toString(Qt::ISODate));
                const std::optional<int> counted = m_store->articleCount(f);
                QVERIFY2(counted, qPrintable(m_store->lastError()));
                QCOMPARE(QString::number(*counted), rows(db, sql).value(0));
                compared += *counted > 0 ? 1 : 0;
                // Pages in publication order, both ways, from the start, the middle and past the end.
                for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
                    const QString direction = order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
                    for (const auto &[offset, limit] : {std::pair{0, 50}, std::pair{7, 20}, std::pair{*counted - 3, 50},
                                                        std::pair{*counted + 5, 10}, std::pair{0, 0}}) {
                        QStringList have;
                        const auto page = m_store->articles(f, store::SortKey::Published, order, offset, limit);
                        QVERIFY2(page, qPrintable(m_store->lastError()));
                        for (const store::ArticleSummary &a : *page)
                            have << QString::number(a.id);
                        const QString pageSql = QString(sql).replace(u"SELECT count(*)"_s, u"SELECT id"_s)
                            + u" ORDER BY published %1, id %1 LIMIT %2 OFFSET %3"_s.arg(direction).arg(limit).arg(std::max(offset, 0));
                        QCOMPARE(have, rows(db, pageSql));
                    }
                }
            }
        }
    }
    QVERIFY(compared > 20);
}

QTEST_GUILESS_MAIN(TestArticleDays)

#include "tst_articledays.moc"
