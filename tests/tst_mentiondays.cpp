// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The mention_days summary against the direct aggregate over time_expressions: after an import,
// after an article is deleted, after its country changes, and with expressions stored past it.
#include "analysis/analysis.h"
#include "store/mentiondays.h"
#include "seedarticle.h"
#include "sqlrows.h"
#include "store/store.h"
#include "store/timelinestore.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace parallax;
using store::TimeBucket;

namespace {

using testing::seedArticle;

const auto rows = testing::sqlRows;

// What the timeline shows for a view: per bucket the mentions and the article a click opens,
// then the distinct articles where the counts know them exactly; the total and the extent.
struct View
{
    QStringList counts;
    QMap<QString, int> articles;
    int total = -1;
    std::pair<QDate, QDate> extent;
};

View view(const store::TimelineStore &timeline, const store::ArticleFilter &filter, QDate from, QDate to,
          TimeBucket bucket)
{
    View v;
    const auto counts = timeline.mentionedCounts(filter, from, to, bucket);
    if (!counts)
        return v;
    for (const store::MentionedCount &c : *counts) {
        const QString key = u"%1 %2 %3"_s.arg(int(c.span)).arg(c.country, c.bucket.toString(Qt::ISODate));
        v.counts << u"%1: %2 mentions, first %3"_s.arg(key).arg(c.mentions).arg(c.firstArticle);
        v.articles.insert(key, c.articles);
    }
    v.total = timeline.mentionCount(filter, from, to).value_or(-1);
    v.extent = timeline.mentionExtent(filter);
    return v;
}

} // namespace

class TestMentionDays : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void summaryMatchesAfterImport();
    void deletingAnArticleTakesItsDatesOut();
    void changingTheCountryMovesItsDates();
    void expressionsStoredPastTheSummaryAreCountedThenFoldedIn();

private:
    qint64 insert(const QString &prefix, bool analyse);
    void compareWithDirectAggregate();

    std::unique_ptr<store::Store> m_store;
    QList<qint64> m_ids;
};

qint64 TestMentionDays::insert(const QString &prefix, bool analyse)
{
    Article a = seedArticle(prefix);
    const auto outcome = m_store->insertArticle(a, analyse ? analysis::analyse(a) : analysis::AnalysisResult{});
    return outcome == store::Store::InsertOutcome::Inserted ? a.id : -1;
}

void TestMentionDays::init()
{
    m_store = std::make_unique<store::Store>();
    QVERIFY(m_store->open(u":memory:"_s));
    QVERIFY(m_store->appliedMigrations().contains(u"dates-2"_s));
    m_ids.clear();
    QVERIFY(m_store->beginTransaction());
    for (const QString &prefix : {u"000"_s, u"001"_s, u"002"_s, u"003"_s})
        m_ids << insert(prefix, true);
    QVERIFY(m_store->commitTransaction());
    QVERIFY(!m_ids.contains(-1));
}

void TestMentionDays::cleanup()
{
    m_store.reset();
}

void TestMentionDays::compareWithDirectAggregate()
{
    const QSqlDatabase db = m_store->database();
    // The table itself: one row per country and days covered, exact in every column.
    const QStringList direct = rows(db, u"SELECT a.country, t.first_day, t.last_day, count(*), "
                                        "count(DISTINCT t.article_id), min(t.article_id) FROM time_expressions t "
                                        "JOIN articles a ON a.id = t.article_id WHERE t.first_day IS NOT NULL "
                                        "AND t.article_id <= (SELECT upto FROM mention_days_state) "
                                        "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"_s);
    QVERIFY(!direct.isEmpty());
    QCOMPARE(rows(db, u"SELECT * FROM mention_days ORDER BY 1, 2, 3"_s), direct);

    // What the timeline reads from it, against the same views counted without it (the summary
    // emptied in a savepoint that is rolled back): the whole corpus and each country.
    const store::TimelineStore timeline(db);
    QList<store::ArticleFilter> filters = {{}};
    for (const QString &country : rows(db, u"SELECT DISTINCT country FROM articles"_s)) {
        filters.append(store::ArticleFilter{});
        filters.last().country = country;
    }
    QVERIFY(filters.size() >= 3); // Japan and Russia at least
    for (const store::ArticleFilter &filter : filters)
    for (TimeBucket bucket : {TimeBucket::Day, TimeBucket::Week, TimeBucket::Month, TimeBucket::Year}) {
        for (const auto &[from, to] : {std::pair{QDate(), QDate()}, std::pair{QDate(2019, 12, 10), QDate(2020, 3, 31)},
                                       std::pair{QDate(1950, 6, 1), QDate(2019, 12, 31)}}) {
            const View summarised = view(timeline, filter, from, to, bucket);
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SAVEPOINT direct"_s));
            QVERIFY(q.exec(u"UPDATE mention_days_state SET upto = 0"_s));
            const View counted = view(timeline, filter, from, to, bucket);
            QVERIFY(q.exec(u"ROLLBACK TO direct"_s));
            QVERIFY(q.exec(u"RELEASE direct"_s));
            QVERIFY(counted.total >= 0);
            QCOMPARE(summarised.counts, counted.counts);
            QCOMPARE(summarised.total, counted.total);
            QCOMPARE(summarised.extent, counted.extent);
            // never a wrong number of articles: exact, or not told (-1)
            for (auto it = summarised.articles.cbegin(); it != summarised.articles.cend(); ++it) {
                if (it.value() != -1)
                    QCOMPARE(it.value(), counted.articles.value(it.key()));
            }
        }
    }
}

void TestMentionDays::summaryMatchesAfterImport()
{
    QCOMPARE(store::mentionDaysUpTo(m_store->database()), m_ids.last());
    compareWithDirectAggregate();
    // Years are few and far between: the per-year view knows most of its article counts.
    const store::TimelineStore timeline(m_store->database());
    const auto years = timeline.mentionedCounts({}, {}, {}, TimeBucket::Year);
    QVERIFY(years);
    QVERIFY(std::any_of(years->cbegin(), years->cend(), [](const auto &c) { return c.articles >= 1; }));
}

void TestMentionDays::deletingAnArticleTakesItsDatesOut()
{
    // The first article is the lowest of many rows: those find the next one.
    QSqlQuery q(m_store->database());
    q.prepare(u"DELETE FROM articles WHERE id = ?"_s);
    q.addBindValue(m_ids.first());
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QCOMPARE(rows(m_store->database(), u"SELECT count(*) FROM mention_days WHERE mentions <= 0 OR articles <= 0 "
                                       "OR first_article = %1"_s.arg(m_ids.first())),
             QStringList{u"0"_s});
    compareWithDirectAggregate();
}

void TestMentionDays::changingTheCountryMovesItsDates()
{
    QSqlQuery q(m_store->database());
    q.prepare(u"UPDATE articles SET country = 'KR' WHERE id = ?"_s);
    q.addBindValue(m_ids.at(1));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(rows(m_store->database(), u"SELECT count(*) FROM mention_days WHERE country = 'KR'"_s) != QStringList{u"0"_s});
    compareWithDirectAggregate();
}

void TestMentionDays::expressionsStoredPastTheSummaryAreCountedThenFoldedIn()
{
    // An article stored without analysis, its dates then written straight into time_expressions:
    // past the summary, counted from the expressions themselves.
    const qint64 plain = insert(u"004"_s, false);
    QVERIFY(plain > 0);
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(u"INSERT INTO time_expressions(article_id, idx, start, end, surface, type, value, sentence, "
                   "first_day, last_day) VALUES (%1, 0, 0, 4, '1956', 'DATE', '1956', 0, '1956-01-01', '1956-12-31'), "
                   "(%1, 1, 5, 15, 'March 2019', 'DATE', '2019-03', 0, '2019-03-01', '2019-03-31')"_s.arg(plain)));
    QCOMPARE(store::mentionDaysUpTo(m_store->database()), m_ids.last());
    compareWithDirectAggregate();
    // The next article written with its analysis folds them in first.
    QSqlQuery del(m_store->database());
    QVERIFY(del.exec(u"DELETE FROM articles WHERE id = %1"_s.arg(m_ids.at(2))));
    const qint64 again = insert(u"002"_s, true);
    QVERIFY(again > plain);
    QCOMPARE(store::mentionDaysUpTo(m_store->database()), again);
    QCOMPARE(rows(m_store->database(), u"SELECT count(*) FROM time_expressions WHERE first_day IS NOT NULL "
                                       "AND article_id > (SELECT upto FROM mention_days_state)"_s),
             QStringList{u"0"_s});
    compareWithDirectAggregate();
}

QTEST_GUILESS_MAIN(TestMentionDays)

#include "tst_mentiondays.moc"
