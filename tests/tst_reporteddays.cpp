// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reported_days summary against the direct count over the articles: after an import, a
// re-import of an edited version, a deletion, a change of country and of date; and the reported
// lane read from it against the same lane counted from the article rows.
#include "seedarticle.h"
#include "sqlrows.h"
#include "store/store.h"
#include "store/timelinestore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace parallax;
using store::TimeBucket;

namespace {

const auto rows = testing::sqlRows;

QStringList lane(const store::TimelineStore &timeline, const store::ArticleFilter &filter, TimeBucket bucket)
{
    QStringList out;
    for (const store::ReportedCount &r : timeline.reported(filter, bucket).value_or(QList<store::ReportedCount>{}))
        out << u"%1 %2 %3 %4"_s.arg(r.country, r.bucket.toString(Qt::ISODate)).arg(r.articles).arg(r.firstArticle);
    return out;
}

} // namespace

class TestReportedDays : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void summaryMatchesAfterImport();
    void reimportedVersionIsCounted();
    void deletingAnArticleTakesItOut();
    void changingCountryAndDateMovesIt();
    void removingTheDateTakesItOut();

private:
    qint64 insert(Article a);
    void compareWithDirectCount();
    void exec(const QString &sql, qint64 id);

    std::unique_ptr<store::Store> m_store;
    QList<qint64> m_ids;
};

qint64 TestReportedDays::insert(Article a)
{
    return m_store->insertArticle(a, {}) == store::Store::InsertOutcome::Inserted ? a.id : -1;
}

void TestReportedDays::init()
{
    m_store = std::make_unique<store::Store>();
    QVERIFY(m_store->open(u":memory:"_s));
    QVERIFY(m_store->appliedMigrations().contains(u"timeline-1"_s));
    m_ids.clear();
    for (const QString &prefix : {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s})
        m_ids << insert(testing::seedArticle(prefix));
    // Two more on the first one's day and country: a row of three.
    for (int i = 0; i < 2; ++i) {
        Article copy = testing::seedArticle(u"000"_s);
        copy.source += u".copy%1"_s.arg(i);
        copy.body += u"\n\nUpdate %1."_s.arg(i);
        m_ids << insert(copy);
    }
    QVERIFY(!m_ids.contains(-1));
}

void TestReportedDays::cleanup()
{
    m_store.reset();
}

void TestReportedDays::exec(const QString &sql, qint64 id)
{
    QSqlQuery q(m_store->database());
    q.prepare(sql);
    q.addBindValue(id);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void TestReportedDays::compareWithDirectCount()
{
    const QSqlDatabase db = m_store->database();
    const QStringList direct = rows(db, u"SELECT country, published, count(*), min(id) FROM articles "
                                        "WHERE published IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2"_s);
    QVERIFY(!direct.isEmpty());
    QCOMPARE(rows(db, u"SELECT * FROM reported_days ORDER BY 1, 2"_s), direct);

    // The lane as the timeline reads it, against the same lane counted from the article rows (a
    // filter by every article id, which the summary cannot answer).
    const store::TimelineStore timeline(db);
    store::ArticleFilter all;
    all.ids = QList<qint64>{};
    for (const QString &id : rows(db, u"SELECT id FROM articles"_s))
        all.ids->append(id.toLongLong());
    QStringList countries = rows(db, u"SELECT DISTINCT country FROM articles"_s);
    countries << QString(); // every country
    for (const QString &country : std::as_const(countries)) {
        store::ArticleFilter summarised, counted = all;
        summarised.country = counted.country = country;
        for (TimeBucket bucket : {TimeBucket::Day, TimeBucket::Week, TimeBucket::Month, TimeBucket::Year})
            QCOMPARE(lane(timeline, summarised, bucket), lane(timeline, counted, bucket));
        summarised.from = counted.from = QDate(2019, 12, 1);
        summarised.to = counted.to = QDate(2020, 1, 31);
        QCOMPARE(lane(timeline, summarised, TimeBucket::Week), lane(timeline, counted, TimeBucket::Week));
        QCOMPARE(timeline.publishedExtent(summarised), timeline.publishedExtent(counted));
    }
    QCOMPARE(timeline.countries({}), timeline.countries(all));
    QCOMPARE(timeline.publishedExtent({}), timeline.publishedExtent(all));
}

void TestReportedDays::summaryMatchesAfterImport()
{
    compareWithDirectCount();
    const Article first = testing::seedArticle(u"000"_s);
    QCOMPARE(rows(m_store->database(), u"SELECT articles, first_article FROM reported_days WHERE published = '%1' "
                                       "AND country = '%2'"_s.arg(first.published.toString(Qt::ISODate), first.country)),
             QStringList{u"3 %1"_s.arg(m_ids.first())});
}

void TestReportedDays::reimportedVersionIsCounted()
{
    // A re-import of an edited file is a new version beside the old one: both are counted.
    Article edited = testing::seedArticle(u"002"_s);
    edited.body += u"\n\nCorrection: an earlier version misspelt a name."_s;
    QVERIFY(insert(edited) > 0);
    compareWithDirectCount();
}

void TestReportedDays::deletingAnArticleTakesItOut()
{
    // The lowest id of a row of three: the next one takes its place; then a row of one: gone.
    exec(u"DELETE FROM articles WHERE id = ?"_s, m_ids.first());
    compareWithDirectCount();
    exec(u"DELETE FROM articles WHERE id = ?"_s, m_ids.at(1));
    compareWithDirectCount();
    QCOMPARE(rows(m_store->database(), u"SELECT count(*) FROM reported_days WHERE articles <= 0"_s), QStringList{u"0"_s});
}

void TestReportedDays::changingCountryAndDateMovesIt()
{
    exec(u"UPDATE articles SET country = 'KR' WHERE id = ?"_s, m_ids.first());
    compareWithDirectCount();
    exec(u"UPDATE articles SET published = '2021-02-03' WHERE id = ?"_s, m_ids.at(5));
    compareWithDirectCount();
    exec(u"UPDATE articles SET country = 'KR', published = '2021-02-03' WHERE id = ?"_s, m_ids.at(6));
    compareWithDirectCount();
    QCOMPARE(rows(m_store->database(), u"SELECT articles FROM reported_days WHERE country = 'KR' AND published = '2021-02-03'"_s),
             QStringList{u"1"_s});
}

void TestReportedDays::removingTheDateTakesItOut()
{
    exec(u"UPDATE articles SET published = NULL WHERE id = ?"_s, m_ids.at(2));
    compareWithDirectCount();
    exec(u"UPDATE articles SET published = '2020-05-05' WHERE id = ?"_s, m_ids.at(2));
    compareWithDirectCount();
}

QTEST_GUILESS_MAIN(TestReportedDays)
#include "tst_reporteddays.moc"
