// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's series (aggregated in SQL) and the model the chart plots. No widgets here.
#include "itemmodels/timelinemodel.h"
#include "query/timeline.h"
#include "store/store.h"
#include "store/timelinestore.h"
#include "text/segmenter.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QTemporaryDir>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;
using store::TimeBucket;

class TestTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void backgroundReadKeepsThePreviousSeriesUntilTheNewOne();
    void bucketForRange_data();
    void bucketForRange();
    void narrowByMod_data();
    void narrowByMod();
    void reportedCountsPerBucket_data();
    void reportedCountsPerBucket();
    void reportedFollowsFilter();
    void mentionedDatesOverlapTheRange();
    void mentionedFollowsArticleIds();
    void mentionedCountsPerBucket_data();
    void mentionedCountsPerBucket();
    void extentCoversMentionsAndPublication();
    void daysNamed_data();
    void daysNamed();
    void modelUnderTester();
    void modelSwitchesToDensitiesPastTheLimit();
    void manyArticlesAggregated();

private:
    qint64 addArticle(const QString &country, QDate published, const QString &body);
    void addMention(qint64 article, int idx, const QString &surface, const QString &value, const QString &mod,
                    QDate first, QDate last);
    std::unique_ptr<store::Store> m_store;
    QHash<QString, qint64> m_ids;
};

qint64 TestTimeline::addArticle(const QString &country, QDate published, const QString &body)
{
    Article a;
    a.source = body.left(20);
    a.country = country;
    a.outlet = country == u"JP"_s ? u"Kyodo"_s : u"TASS"_s;
    a.published = published;
    a.body = body;
    a.sentences = text::sentences(body);
    a.paragraphs = text::paragraphs(body);
    if (m_store->insertArticle(a) != store::Store::InsertOutcome::Inserted)
        qWarning() << m_store->lastError();
    return a.id;
}

void TestTimeline::addMention(qint64 article, int idx, const QString &surface, const QString &value,
                              const QString &mod, QDate first, QDate last)
{
    // The row the dates analysis writes at import (migration "dates-1"): the expression, the
    // sentence it is in and the days its value covers.
    const auto a = m_store->article(article);
    QVERIFY(a);
    const int start = int(a->body.indexOf(surface));
    QVERIFY(start >= 0);
    int sentence = 0;
    for (int i = 0; i < a->sentences.size(); ++i) {
        if (a->sentences.at(i).contains(start))
            sentence = i;
    }
    QSqlQuery q(m_store->database());
    q.prepare(u"INSERT INTO time_expressions(article_id, idx, start, end, surface, type, value, mod, anchor, "
              "sentence, first_day, last_day) VALUES (?,?,?,?,?,'DATE',?,?,'',?,?,?)"_s);
    for (const QVariant &v : {QVariant(article), QVariant(idx), QVariant(start), QVariant(start + int(surface.size())),
                              QVariant(surface), QVariant(value), QVariant(mod.isNull() ? u""_s : mod), QVariant(sentence),
                              QVariant(first.toString(Qt::ISODate)), QVariant(last.toString(Qt::ISODate))})
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void TestTimeline::init()
{
    m_store = std::make_unique<store::Store>();
    QVERIFY(m_store->open(u":memory:"_s));
    if (!m_store->appliedMigrations().contains(u"dates-1"_s)) {
        // Until the dates analysis stores its expressions on this branch: the same table.
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(uR"(CREATE TABLE time_expressions (
              article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
              idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
              surface TEXT NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL,
              mod TEXT NOT NULL DEFAULT '', anchor TEXT NOT NULL DEFAULT '', sentence INTEGER NOT NULL,
              first_day TEXT, last_day TEXT, PRIMARY KEY (article_id, idx)) WITHOUT ROWID)"_s));
    }
    m_ids.clear();
    m_ids[u"jp1"_s] = addArticle(u"JP"_s, QDate(2019, 3, 4),
                                 u"Tokyo protested on Monday. The islands were seized in 1945 by the Soviet Union."_s);
    m_ids[u"jp2"_s] = addArticle(u"JP"_s, QDate(2019, 3, 4), u"Talks resumed. The joint declaration of 1956 was cited."_s);
    m_ids[u"jp3"_s] = addArticle(u"JP"_s, QDate(2019, 3, 10), u"Abe will visit in late 2019. 北方領土の問題。"_s);
    m_ids[u"ru1"_s] = addArticle(u"RU"_s, QDate(2019, 3, 5),
                                 u"Москва заявила. Lavrov met Kono on January 14, 2019 in Moscow."_s);
    m_ids[u"ru2"_s] = addArticle(u"RU"_s, QDate(2020, 1, 20), u"The treaty was not signed in 1956 either."_s);
    addMention(m_ids[u"jp1"_s], 0, u"1945"_s, u"1945"_s, {}, QDate(1945, 1, 1), QDate(1945, 12, 31));
    addMention(m_ids[u"jp2"_s], 0, u"1956"_s, u"1956"_s, {}, QDate(1956, 1, 1), QDate(1956, 12, 31));
    addMention(m_ids[u"jp3"_s], 0, u"late 2019"_s, u"2019"_s, u"END"_s, QDate(2019, 1, 1), QDate(2019, 12, 31));
    addMention(m_ids[u"ru1"_s], 0, u"January 14, 2019"_s, u"2019-01-14"_s, {}, QDate(2019, 1, 14), QDate(2019, 1, 14));
    addMention(m_ids[u"ru2"_s], 0, u"1956"_s, u"1956"_s, {}, QDate(1956, 1, 1), QDate(1956, 12, 31));
}

void TestTimeline::cleanup()
{
    m_store.reset();
}

void TestTimeline::bucketForRange_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<TimeBucket>("bucket");
    QTest::newRow("a month: days") << QDate(2019, 3, 1) << QDate(2019, 3, 31) << TimeBucket::Day;
    QTest::newRow("two years: weeks") << QDate(2018, 1, 1) << QDate(2019, 12, 31) << TimeBucket::Week;
    QTest::newRow("a decade: months") << QDate(2010, 1, 1) << QDate(2019, 12, 31) << TimeBucket::Month;
    QTest::newRow("since 1945: years") << QDate(1945, 1, 1) << QDate(2020, 1, 20) << TimeBucket::Year;
}

void TestTimeline::bucketForRange()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(TimeBucket, bucket);
    QCOMPARE(query::bucketFor(from, to), bucket);
}

void TestTimeline::narrowByMod_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("mod");
    QTest::addColumn<QDate>("narrowFirst");
    QTest::addColumn<QDate>("narrowLast");
    const QDate y1 = QDate(2016, 1, 1), y2 = QDate(2016, 12, 31); // 366 days: thirds of 122
    QTest::newRow("early 2016") << y1 << y2 << u"START"_s << y1 << QDate(2016, 5, 1);
    QTest::newRow("mid-2016") << y1 << y2 << u"MID"_s << QDate(2016, 5, 2) << QDate(2016, 8, 31);
    QTest::newRow("late 2016") << y1 << y2 << u"END"_s << QDate(2016, 9, 1) << y2;
    QTest::newRow("late April") << QDate(2019, 4, 1) << QDate(2019, 4, 30) << u"END"_s << QDate(2019, 4, 21)
                                << QDate(2019, 4, 30);
    QTest::newRow("about 1956 stays") << QDate(1956, 1, 1) << QDate(1956, 12, 31) << u"APPROX"_s
                                      << QDate(1956, 1, 1) << QDate(1956, 12, 31);
    QTest::newRow("a day stays") << QDate(2019, 4, 2) << QDate(2019, 4, 2) << u"END"_s << QDate(2019, 4, 2)
                                 << QDate(2019, 4, 2);
}

void TestTimeline::narrowByMod()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QString, mod);
    QFETCH(QDate, narrowFirst);
    QFETCH(QDate, narrowLast);
    const auto [f, l] = query::narrowByMod(first, last, mod);
    QCOMPARE(f, narrowFirst);
    QCOMPARE(l, narrowLast);
}

void TestTimeline::reportedCountsPerBucket_data()
{
    QTest::addColumn<TimeBucket>("bucket");
    QTest::addColumn<QStringList>("expected"); // country bucket count
    QTest::newRow("day") << TimeBucket::Day
                         << QStringList{u"JP 2019-03-04 2"_s, u"JP 2019-03-10 1"_s, u"RU 2019-03-05 1"_s,
                                        u"RU 2020-01-20 1"_s};
    // 2019-03-10 is a Sunday: its week starts on Monday the 4th.
    QTest::newRow("week") << TimeBucket::Week
                          << QStringList{u"JP 2019-03-04 3"_s, u"RU 2019-03-04 1"_s, u"RU 2020-01-20 1"_s};
    QTest::newRow("month") << TimeBucket::Month
                           << QStringList{u"JP 2019-03-01 3"_s, u"RU 2019-03-01 1"_s, u"RU 2020-01-01 1"_s};
    QTest::newRow("year") << TimeBucket::Year
                          << QStringList{u"JP 2019-01-01 3"_s, u"RU 2019-01-01 1"_s, u"RU 2020-01-01 1"_s};
}

void TestTimeline::reportedCountsPerBucket()
{
    QFETCH(TimeBucket, bucket);
    QFETCH(QStringList, expected);
    const store::TimelineStore timeline(m_store->database());
    const auto counts = timeline.reported({}, bucket);
    QVERIFY2(counts, qPrintable(timeline.lastError()));
    QStringList got;
    for (const auto &c : *counts)
        got << u"%1 %2 %3"_s.arg(c.country, c.bucket.toString(Qt::ISODate)).arg(c.articles);
    QCOMPARE(got, expected);
    QCOMPARE(counts->first().firstArticle, m_ids[u"jp1"_s]);
}

void TestTimeline::reportedFollowsFilter()
{
    const store::TimelineStore timeline(m_store->database());
    store::ArticleFilter f;
    f.country = u"RU"_s;
    QCOMPARE(timeline.reported(f, TimeBucket::Year)->size(), 2);
    f = {};
    f.from = QDate(2019, 3, 5);
    f.to = QDate(2019, 12, 31);
    const auto counts = timeline.reported(f, TimeBucket::Day);
    QCOMPARE(counts->size(), 2); // RU on the 5th, JP on the 10th
    f = {};
    f.ids = QList<qint64>{m_ids[u"jp3"_s], m_ids[u"ru2"_s]};
    QCOMPARE(timeline.reported(f, TimeBucket::Day)->size(), 2);
    f = {};
    f.search = u"\"unterminated"_s;
    QVERIFY(!timeline.reported(f, TimeBucket::Day));
    QVERIFY(!timeline.lastError().isEmpty());
}

void TestTimeline::mentionedDatesOverlapTheRange()
{
    const store::TimelineStore timeline(m_store->database());
    QVERIFY(timeline.hasMentions());
    const auto all = timeline.mentioned({}, {}, {}, 100);
    QVERIFY(all);
    QCOMPARE(all->size(), 5);
    QCOMPARE(all->first().value, u"1945"_s);
    QCOMPARE(all->first().sentenceText, u"The islands were seized in 1945 by the Soviet Union."_s);
    QCOMPARE(all->first().country, u"JP"_s);
    QCOMPARE(all->first().published, QDate(2019, 3, 4));

    // A year-long span overlaps a range inside it.
    const auto inside = timeline.mentioned({}, QDate(1956, 6, 1), QDate(1956, 6, 30), 100);
    QCOMPARE(inside->size(), 2);
    QCOMPARE(*timeline.mentionCount({}, QDate(2019, 1, 1), QDate(2019, 1, 31)), 2); // 2019 and January 14
    QCOMPARE(timeline.mentioned({}, {}, {}, 2)->size(), 2);

    // Through the query: the mod narrows "late 2019" to its last third.
    query::TimelineRequest r;
    r.from = QDate(2019, 1, 1);
    r.to = QDate(2019, 12, 31);
    const query::TimelineData d = query::loadTimeline(*m_store, r);
    QVERIFY(d.error.isEmpty());
    QCOMPARE(d.bucket, TimeBucket::Week);
    QCOMPARE(d.mentioned.size(), 2);
    const auto late = std::find_if(d.mentioned.cbegin(), d.mentioned.cend(),
                                   [](const store::MentionedDate &m) { return m.mod == u"END"_s; });
    QVERIFY(late != d.mentioned.cend());
    QCOMPARE(late->firstDay, QDate(2019, 9, 2)); // 2019 has 365 days: the last 121
    QCOMPARE(late->lastDay, QDate(2019, 12, 31));
    QCOMPARE(late->sentenceText, u"Abe will visit in late 2019."_s);
}

void TestTimeline::mentionedFollowsArticleIds()
{
    const store::TimelineStore timeline(m_store->database());
    store::ArticleFilter f;
    f.ids = QList<qint64>{m_ids[u"ru1"_s], m_ids[u"ru2"_s]};
    const auto m = timeline.mentioned(f, {}, {}, 100);
    QCOMPARE(m->size(), 2);
    QCOMPARE(m->at(0).value, u"1956"_s);
    QCOMPARE(m->at(1).value, u"2019-01-14"_s);
    f.ids = QList<qint64>{};
    QCOMPARE(timeline.mentioned(f, {}, {}, 100)->size(), 0);
    f = {};
    f.country = u"JP"_s;
    QCOMPARE(*timeline.mentionCount(f, {}, {}), 3);
}

void TestTimeline::mentionedCountsPerBucket_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<TimeBucket>("bucket");
    QTest::addColumn<QStringList>("expected"); // span country bucket mentions, in span, country, bucket order
    // span 0 a day, 2 a year
    QTest::newRow("years over everything") << QDate() << QDate() << TimeBucket::Year
        << QStringList{u"0 RU 2019-01-01 1"_s, u"2 JP 1945-01-01 1"_s, u"2 JP 1956-01-01 1"_s,
                       u"2 JP 2019-01-01 1"_s, u"2 RU 1956-01-01 1"_s};
    // "late 2019" begins before the view: counted in the view's first week, from Monday 31 December
    QTest::newRow("weeks of 2019") << QDate(2019, 1, 1) << QDate(2019, 12, 31) << TimeBucket::Week
        << QStringList{u"0 RU 2019-01-14 1"_s, u"2 JP 2018-12-31 1"_s};
    QTest::newRow("months from mid-January") << QDate(2019, 1, 10) << QDate(2019, 2, 28) << TimeBucket::Month
        << QStringList{u"0 RU 2019-01-01 1"_s, u"2 JP 2019-01-01 1"_s};
    QTest::newRow("days of mid-January") << QDate(2019, 1, 10) << QDate(2019, 1, 20) << TimeBucket::Day
        << QStringList{u"0 RU 2019-01-14 1"_s, u"2 JP 2019-01-10 1"_s};
    QTest::newRow("nothing in view") << QDate(1990, 1, 1) << QDate(1990, 12, 31) << TimeBucket::Week << QStringList{};
}

void TestTimeline::mentionedCountsPerBucket()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(TimeBucket, bucket);
    QFETCH(QStringList, expected);
    const store::TimelineStore timeline(m_store->database());
    const auto counts = timeline.mentionedCounts({}, from, to, bucket);
    QVERIFY2(counts, qPrintable(timeline.lastError()));
    QStringList got;
    int total = 0;
    for (const store::MentionedCount &c : *counts) {
        got << u"%1 %2 %3 %4"_s.arg(int(c.span)).arg(c.country, c.bucket.toString(Qt::ISODate)).arg(c.mentions);
        QCOMPARE(c.articles, 1);
        total += c.mentions;
    }
    QCOMPARE(got, expected);
    QCOMPARE(total, *timeline.mentionCount({}, from, to)); // every mention in view, once
}

void TestTimeline::extentCoversMentionsAndPublication()
{
    const auto [first, last] = query::timelineExtent(*m_store, {});
    QCOMPARE(first, QDate(1945, 1, 1));
    QCOMPARE(last, QDate(2020, 1, 20));
    store::ArticleFilter f;
    f.country = u"RU"_s;
    const auto [rf, rl] = query::timelineExtent(*m_store, f);
    QCOMPARE(rf, QDate(1956, 1, 1));
    QCOMPARE(rl, QDate(2020, 1, 20));
}

void TestTimeline::daysNamed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::newRow("a day") << u"2019-12-19"_s << QDate(2019, 12, 19) << QDate(2019, 12, 19);
    QTest::newRow("a month") << u"2016-02"_s << QDate(2016, 2, 1) << QDate(2016, 2, 29);
    QTest::newRow("a year") << u"1956"_s << QDate(1956, 1, 1) << QDate(1956, 12, 31);
    QTest::newRow("a decade is no plain value") << u"195X"_s << QDate() << QDate();
    QTest::newRow("words") << u"soon"_s << QDate() << QDate();
}

void TestTimeline::daysNamed()
{
    QFETCH(QString, text);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const auto [f, l] = query::daysNamed(text);
    QCOMPARE(f, first);
    QCOMPARE(l, last);
}

void TestTimeline::modelUnderTester()
{
    itemmodels::TimelineModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setRequest({});
    QCOMPARE(model.series().bucket, TimeBucket::Year);
    QCOMPARE(model.countries(), (QStringList{u"JP"_s, u"RU"_s}));
    QCOMPARE(model.reportedRows(), 3);
    QCOMPARE(model.mentionedRows(), 5);
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.headerData(itemmodels::TimelineModel::TextColumn, Qt::Horizontal).toString(), u"text"_s);
    const QModelIndex jp = model.index(0, itemmodels::TimelineModel::ArticlesColumn);
    QCOMPARE(jp.data().toInt(), 3);
    QCOMPARE(jp.data(itemmodels::TimelineModel::StartDateRole).toDate(), QDate(2019, 1, 1));
    QCOMPARE(jp.data(itemmodels::TimelineModel::EndDateRole).toDate(), QDate(2019, 12, 31));
    const QModelIndex first = model.index(3, itemmodels::TimelineModel::TextColumn);
    QCOMPARE(first.data().toString(), u"The islands were seized in 1945 by the Soviet Union."_s);
    QVERIFY(first.data(itemmodels::TimelineModel::MentionedRole).toBool());
    QCOMPARE(first.data(itemmodels::TimelineModel::ArticleIdRole).toLongLong(), m_ids[u"jp1"_s]);
    QCOMPARE(first.data(itemmodels::TimelineModel::SentenceStartRole).toInt(), 27);

    query::TimelineRequest r;
    r.filter.country = u"RU"_s;
    r.from = QDate(2019, 1, 1);
    r.to = QDate(2019, 3, 31);
    model.setRequest(r);
    QCOMPARE(model.series().bucket, TimeBucket::Day);
    QCOMPARE(model.countries(), QStringList{u"RU"_s});
    QCOMPARE(model.reportedRows(), 1);
    r.filter.country.clear();
    r.from = QDate(2020, 1, 1);
    r.to = QDate(2020, 12, 31);
    model.setRequest(r); // nothing JP in view: its lane stays
    QCOMPARE(model.countries(), (QStringList{u"JP"_s, u"RU"_s}));
    QCOMPARE(model.reportedRows(), 1); // RU on 20 January 2020
    r.filter.country = u"RU"_s;
    r.from = QDate(2019, 1, 1);
    r.to = QDate(2019, 3, 31);
    model.setRequest(r);
    QCOMPARE(model.mentionedRows(), 1);
    QCOMPARE(model.index(1, itemmodels::TimelineModel::ValueColumn).data().toString(), u"2019-01-14"_s);
}

void TestTimeline::modelSwitchesToDensitiesPastTheLimit()
{
    itemmodels::TimelineModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    query::TimelineRequest r;
    r.mentionLimit = 4; // five dates mentioned in all
    model.setRequest(r);
    QVERIFY(model.mentionsAsDensity());
    QCOMPARE(model.series().mentionTotal, 5);
    QVERIFY(model.series().mentioned.isEmpty());
    QCOMPARE(model.series().bucket, TimeBucket::Year); // the same buckets as the reported lane
    QCOMPARE(model.reportedRows(), 3);
    QCOMPARE(model.mentionedRows(), 5); // the five (span, country, year) counts
    QCOMPARE(model.headerData(itemmodels::TimelineModel::MentionsColumn, Qt::Horizontal).toString(), u"mentions"_s);
    int mentions = 0;
    for (int row = model.reportedRows(); row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row, itemmodels::TimelineModel::MentionsColumn);
        QVERIFY(i.data(itemmodels::TimelineModel::DensityRole).toBool());
        QVERIFY(i.data(itemmodels::TimelineModel::MentionedRole).toBool());
        QCOMPARE(model.index(row, itemmodels::TimelineModel::LaneColumn).data().toString(), u"mentioned"_s);
        QCOMPARE(model.index(row, itemmodels::TimelineModel::ValueColumn).data().toString(), u"year"_s);
        QVERIFY(i.data(itemmodels::TimelineModel::StartDateRole).toDate() >= model.series().from);
        mentions += i.data().toInt();
    }
    QCOMPARE(mentions, 5);
    // the day mentioned (RU, January 14) is first, in the days row, its year as the bucket
    const int day = model.reportedRows();
    QCOMPARE(model.index(day, itemmodels::TimelineModel::TextColumn).data().toString(), u"days"_s);
    QCOMPARE(model.index(day, 0).data(itemmodels::TimelineModel::MentionSpanRole).toInt(), int(store::MentionSpan::Day));
    QCOMPARE(model.index(day, itemmodels::TimelineModel::StartColumn).data().toString(), u"2019-01-01"_s);
    QCOMPARE(model.index(day, itemmodels::TimelineModel::ArticleColumn).data().toLongLong(), m_ids[u"ru1"_s]);
    QVERIFY(!model.index(0, itemmodels::TimelineModel::MentionsColumn).data().isValid()); // a reported row

    // At the limit each date is a mark again.
    r.mentionLimit = 5;
    model.setRequest(r);
    QVERIFY(!model.mentionsAsDensity());
    QCOMPARE(model.mentionedRows(), 5);
    QCOMPARE(model.index(model.reportedRows(), itemmodels::TimelineModel::MentionsColumn).data().toInt(), 1);
    QVERIFY(!model.index(model.reportedRows(), 0).data(itemmodels::TimelineModel::DensityRole).toBool());
}

void TestTimeline::manyArticlesAggregated()
{
    // 100,000 articles over ten years in three countries, stored the fast way (one transaction).
    // How fast they are counted is the benchmark's to measure (parallax-bench): here, that they
    // are counted right, per month and from SQL.
    const int n = 100000;
    QVERIFY(m_store->beginTransaction());
    QSqlQuery q(m_store->database());
    q.prepare(u"INSERT INTO articles(source, content_hash, country, published, body, imported_at) "
              "VALUES ('bulk', ?, ?, ?, 'x', '')"_s);
    const QStringList countries = {u"JP"_s, u"RU"_s, u"US"_s};
    QList<std::pair<qint64, QDate>> published;
    published.reserve(n);
    for (int i = 0; i < n; ++i) {
        const QDate day = QDate(2010, 1, 1).addDays(i % 3650);
        q.addBindValue(QString::number(i));
        q.addBindValue(countries.at(i % 3));
        q.addBindValue(day.toString(Qt::ISODate));
        QVERIFY(q.exec());
        published.append({q.lastInsertId().toLongLong(), day});
    }
    QVERIFY(m_store->commitTransaction());
    query::TimelineRequest r;
    r.from = QDate(2010, 1, 1);
    r.to = QDate(2019, 12, 31);
    const query::TimelineData d = query::loadTimeline(*m_store, r);
    QCOMPARE(d.bucket, TimeBucket::Month);
    int total = 0;
    for (const auto &c : d.reported)
        total += c.articles;
    QCOMPARE(total, n + 5 - 1); // the sample's 2020 article is out of range
    const store::TimelineStore timeline(m_store->database());
    const auto counts = timeline.reported({}, TimeBucket::Month);
    QVERIFY(counts);
    int counted = 0;
    for (const auto &c : *counts)
        counted += c.articles;
    QCOMPARE(counted, n + 5);
    QCOMPARE(timeline.countries({}).size(), 3);

    // Then each article mentions a day of the year before it: far more than 5,000 dates in
    // view, so the mentioned lane is counted per month too.
    QVERIFY(m_store->beginTransaction());
    QSqlQuery m(m_store->database());
    m.prepare(u"INSERT INTO time_expressions(article_id, idx, start, end, surface, type, value, sentence, "
              "first_day, last_day) VALUES (?, 0, 0, 1, 'x', 'DATE', ?, 0, ?, ?)"_s);
    int inView = 2; // the fixture's 2019 and January 14, 2019
    for (int i = 0; i < n; ++i) {
        const QDate mentionedDay = published.at(i).second.addDays(-(i * 7919 % 365));
        inView += mentionedDay >= r.from ? 1 : 0;
        const QString day = mentionedDay.toString(Qt::ISODate);
        for (const QVariant &v : {QVariant(published.at(i).first), QVariant(day), QVariant(day), QVariant(day)})
            m.addBindValue(v);
        QVERIFY2(m.exec(), qPrintable(m.lastError().text()));
    }
    QVERIFY(m_store->commitTransaction());
    const query::TimelineData withMentions = query::loadTimeline(*m_store, r);
    QVERIFY(withMentions.mentionsAsDensity);
    int mentioned = 0;
    for (const auto &c : withMentions.mentionDensity) {
        QCOMPARE(c.bucket.day(), 1);
        mentioned += c.mentions;
    }
    QCOMPARE(mentioned, withMentions.mentionTotal);
    QCOMPARE(withMentions.mentionTotal, inView);
    const auto mentionCounts = timeline.mentionedCounts({}, r.from, r.to, TimeBucket::Month);
    QVERIFY(mentionCounts);
    int countedMentions = 0;
    for (const auto &c : *mentionCounts)
        countedMentions += c.mentions;
    QCOMPARE(countedMentions, inView);
}

namespace {

// What a series shows, to compare two reads of it.
QStringList shown(const query::TimelineData &d)
{
    QStringList out;
    for (const auto &r : d.reported)
        out << u"reported %1 %2 %3"_s.arg(r.country, r.bucket.toString(Qt::ISODate)).arg(r.articles);
    for (const auto &m : d.mentioned)
        out << u"mentioned %1 %2 %3"_s.arg(m.article).arg(m.firstDay.toString(Qt::ISODate), m.lastDay.toString(Qt::ISODate));
    return out;
}

} // namespace

void TestTimeline::backgroundReadKeepsThePreviousSeriesUntilTheNewOne()
{
    // The corpus in a file, read through a connection of the worker's own.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"corpus.parallax"_s);
    QSqlQuery q(m_store->database());
    QVERIFY2(q.exec(u"VACUUM INTO '%1'"_s.arg(path)), qPrintable(q.lastError().text()));
    store::Store file;
    QVERIFY(file.open(path));
    itemmodels::TimelineModel model(file);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackgroundFrom(0);
    QSignalSpy loading(&model, &itemmodels::TimelineModel::loadingChanged);

    query::TimelineRequest japan;
    japan.filter.country = u"JP"_s;
    model.setRequest(japan);
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0); // nothing yet, and nothing read on this thread
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(shown(model.series()), shown(query::loadTimeline(file, japan)));
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(loading.size(), 2);

    // Two requests in a row: the first is superseded, the chart keeps Japan until the second arrives.
    query::TimelineRequest russia, searched;
    russia.filter.country = u"RU"_s;
    searched.filter.search = u"1956"_s;
    const QStringList before = shown(model.series());
    model.setRequest(russia);
    model.setRequest(searched);
    QCOMPARE(shown(model.series()), before);
    QTRY_VERIFY(!model.isLoading());
    const QStringList expected = shown(query::loadTimeline(file, searched));
    QVERIFY(expected.size() >= 2);
    QCOMPARE(shown(model.series()), expected);
    QCOMPARE(loading.size(), 4); // one busy spell for both
}

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
