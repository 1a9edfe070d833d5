// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analysis.h"
#include "analysis/dates/timexinterval.h"
#include "store/datesstore.h"
#include "seedarticle.h"
#include "store/store.h"
#include "store/timelinestore.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

using testing::seedArticle;

class TestDatesStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dayRanges_data();
    void dayRanges();
    void writtenWithTheArticleAndReadBack();
    void mentionsByDayRangeAndBucket();
    void migrationIsRecorded();
};

void TestDatesStore::dayRanges_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::newRow("day") << u"2019-12-17"_s << QDate(2019, 12, 17) << QDate(2019, 12, 17);
    QTest::newRow("day with time") << u"2019-12-17TNI"_s << QDate(2019, 12, 17) << QDate(2019, 12, 17);
    QTest::newRow("month") << u"2019-02"_s << QDate(2019, 2, 1) << QDate(2019, 2, 28);
    QTest::newRow("year") << u"1956"_s << QDate(1956, 1, 1) << QDate(1956, 12, 31);
    QTest::newRow("decade") << u"199"_s << QDate(1990, 1, 1) << QDate(1999, 12, 31);
    QTest::newRow("decade written with X") << u"199X"_s << QDate(1990, 1, 1) << QDate(1999, 12, 31);
    QTest::newRow("century") << u"19"_s << QDate(1900, 1, 1) << QDate(1999, 12, 31);
    QTest::newRow("iso week") << u"2019-W51"_s << QDate(2019, 12, 16) << QDate(2019, 12, 22);
    QTest::newRow("week one across new year") << u"2020-W01"_s << QDate(2019, 12, 30) << QDate(2020, 1, 5);
    QTest::newRow("weekend") << u"2019-W51-WE"_s << QDate(2019, 12, 21) << QDate(2019, 12, 22);
    QTest::newRow("quarter") << u"2019-Q4"_s << QDate(2019, 10, 1) << QDate(2019, 12, 31);
    QTest::newRow("half") << u"2019-H2"_s << QDate(2019, 7, 1) << QDate(2019, 12, 31);
    QTest::newRow("summer") << u"2019-SU"_s << QDate(2019, 6, 1) << QDate(2019, 8, 31);
    QTest::newRow("winter") << u"2019-WI"_s << QDate(2019, 12, 1) << QDate(2020, 2, 29);
    QTest::newRow("present ref") << u"PRESENT_REF"_s << QDate() << QDate();
    QTest::newRow("no year") << u"XXXX-12-19"_s << QDate() << QDate();
    QTest::newRow("duration") << u"P5Y"_s << QDate() << QDate();
    QTest::newRow("bad month") << u"2019-13"_s << QDate() << QDate();
}

void TestDatesStore::dayRanges()
{
    QFETCH(QString, value);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const auto r = analysis::dayRange(value);
    QCOMPARE(r.has_value(), first.isValid());
    if (r) {
        QCOMPARE(r->first, first);
        QCOMPARE(r->last, last);
    }
}

void TestDatesStore::writtenWithTheArticleAndReadBack()
{
    store::Store s;
    QVERIFY2(s.open(u":memory:"_s), qPrintable(s.lastError()));
    QList<qint64> ids;
    QList<analysis::AnalysisResult> results;
    QVERIFY(s.beginTransaction());
    for (const char *prefix : {"000", "001"}) {
        Article a = seedArticle(QString::fromLatin1(prefix));
        QVERIFY(!a.body.isEmpty());
        results.append(analysis::analyse(a));
        QVERIFY(!results.last().timeExpressions.isEmpty());
        QCOMPARE(s.insertArticle(a, results.last()), store::Store::InsertOutcome::Inserted);
        ids.append(a.id);
    }
    QVERIFY(s.commitTransaction());

    const store::DatesStore dates(s.database());
    for (int k = 0; k < ids.size(); ++k) {
        const auto stored = dates.expressions(ids[k]);
        QVERIFY2(stored, qPrintable(dates.lastError()));
        QCOMPARE(stored->size(), results[k].timeExpressions.size());
        for (int i = 0; i < stored->size(); ++i) {
            QCOMPARE(stored->at(i).article, ids[k]);
            QCOMPARE(stored->at(i).expression, results[k].timeExpressions.at(i));
        }
    }
    const auto all = dates.expressions();
    QVERIFY(all);
    QCOMPARE(all->size(), results[0].timeExpressions.size() + results[1].timeExpressions.size());

    // "next month" in 000 covers January 2020; a duration covers no days
    bool sawMonth = false, sawDuration = false;
    for (const store::StoredTimeExpression &e : *all) {
        if (e.expression.surface == u"next month"_s) {
            QCOMPARE(e.firstDay, QDate(2020, 1, 1));
            QCOMPARE(e.lastDay, QDate(2020, 1, 31));
            QCOMPARE(e.expression.anchor, u"2019-12-19"_s);
            sawMonth = true;
        }
        if (e.expression.type == analysis::TimexType::Duration) {
            QVERIFY(!e.firstDay.isValid());
            sawDuration = true;
        }
    }
    QVERIFY(sawMonth);
    QVERIFY(sawDuration);
}

void TestDatesStore::mentionsByDayRangeAndBucket()
{
    store::Store s;
    QVERIFY(s.open(u":memory:"_s));
    QVERIFY(s.beginTransaction());
    for (const char *prefix : {"000", "001", "003"}) {
        Article a = seedArticle(QString::fromLatin1(prefix));
        QCOMPARE(s.insertArticle(a, analysis::analyse(a)), store::Store::InsertOutcome::Inserted);
    }
    QVERIFY(s.commitTransaction());
    // What the dates analysis wrote is read through the timeline's query API.
    const store::TimelineStore dates(s.database());

    // December 2019: 000's Thursday, Tuesday, Wednesday, Saturday (not its "next month", January)
    const auto december = dates.mentioned({}, QDate(2019, 12, 1), QDate(2019, 12, 31));
    QVERIFY2(december, qPrintable(dates.lastError()));
    QStringList values;
    for (const auto &m : *december) {
        QVERIFY(m.firstDay <= QDate(2019, 12, 31) && m.lastDay >= QDate(2019, 12, 1));
        values << m.value;
    }
    QCOMPARE(values, (QStringList{u"2019-12-17"_s, u"2019-12-18"_s, u"2019-12-19"_s, u"2019-12-19"_s, u"2019-12-21"_s}));
    // a year mentioned ("1956") overlaps any range inside it
    const auto in1956 = dates.mentioned({}, QDate(1956, 10, 19), QDate(1956, 10, 19));
    QVERIFY(in1956);
    QCOMPARE(in1956->size(), 2); // 000 and 001 both name the 1956 declaration

    const auto years = dates.mentionedCounts({}, {}, {}, store::TimeBucket::Year);
    QVERIFY(years);
    int mentions1956 = 0, articles1956 = 0, mentions2019 = 0;
    for (const auto &b : *years) {
        if (b.bucket == QDate(1956, 1, 1)) {
            mentions1956 += b.mentions;
            articles1956 += b.articles;
            QCOMPARE(b.span, store::MentionSpan::Years);
        }
        if (b.bucket == QDate(2019, 1, 1)) {
            // Several days of 2019 mentioned by one article: the summary cannot tell its distinct
            // articles (-1), and never overcounts them.
            QVERIFY(b.articles == -1 || b.articles >= 1);
            mentions2019 += b.mentions;
        }
    }
    QCOMPARE(mentions1956, 2);
    QCOMPARE(articles1956, 2); // 000 and 001
    QVERIFY(mentions2019 >= 1);
    const auto months = dates.mentionedCounts({}, QDate(2019, 5, 1), QDate(2019, 5, 31), store::TimeBucket::Month);
    QVERIFY(months);
    int may = 0;
    for (const auto &b : *months) {
        QCOMPARE(b.bucket, QDate(2019, 5, 1));
        may += b.mentions;
    }
    QCOMPARE(may, 7); // 001: mid-May twice, May 11, May 30, May 14, 18, "a month later"
}

void TestDatesStore::migrationIsRecorded()
{
    store::Store s;
    QVERIFY(s.open(u":memory:"_s));
    QVERIFY(s.appliedMigrations().contains(u"dates-1"_s));
    const auto none = store::DatesStore(s.database()).expressions(42);
    QVERIFY(none);
    QVERIFY(none->isEmpty());
}

QTEST_GUILESS_MAIN(TestDatesStore)
#include "tst_datesstore.moc"
