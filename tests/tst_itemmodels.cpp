// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"
#include "itemmodels/articlelistmodel.h"
#include "query/searchterms.h"
#include "selection/selectionhub.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestItemModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void articleListUnderTester();
    void articleListPagesLazily();
    void searchTerms_data();
    void searchTerms();
    void selectionHubEmitsOnlyOnChange();
};

void TestItemModels::articleListUnderTester()
{
    store::Store s;
    QVERIFY(s.open(u":memory:"_s));
    import::Importer importer(s);
    importer.run({QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds")});
    itemmodels::ArticleListModel model(s);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);
    model.sort(itemmodels::ArticleListModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(0, itemmodels::ArticleListModel::DateColumn).data().toString(), u"2017-03-20"_s);
    QCOMPARE(model.index(4, itemmodels::ArticleListModel::DateColumn).data().toString(), u"2019-12-19 *"_s);
    model.sort(itemmodels::ArticleListModel::OutletColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, itemmodels::ArticleListModel::OutletColumn).data().toString(), u"TASS"_s);
    store::ArticleFilter f;
    f.search = u"Kunashir OR Shikotan"_s;
    QVERIFY(model.setFilter(f));
    QCOMPARE(model.rowCount(), 3);
    // A search sorts by relevance, best first, with the matches in context; the store's search
    // gives the same order.
    QCOMPARE(model.sortColumn(), int(itemmodels::ArticleListModel::ContextColumn));
    QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    const auto hits = s.search(f.search, 50);
    QVERIFY(hits && hits->size() == 3);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(model.idAt(row), hits->at(row).id);
        const QString context = model.index(row, itemmodels::ArticleListModel::ContextColumn).data().toString();
        QVERIFY2(context.contains(u"Kunashir"_s) || context.contains(u"Shikotan"_s), qPrintable(context));
        QVERIFY(!context.contains(QChar(2)));
    }
    model.sort(itemmodels::ArticleListModel::ContextColumn, Qt::AscendingOrder); // the weakest first
    for (int row = 0; row < 3; ++row)
        QCOMPARE(model.idAt(row), hits->at(2 - row).id);
    f.search = u"\"broken"_s;
    QVERIFY(!model.setFilter(f));
    QVERIFY(!model.lastError().isEmpty());
    QCOMPARE(model.rowCount(), 3);
    f = {};
    f.country = u"RU"_s;
    QSignalSpy reordered(&model, &itemmodels::ArticleListModel::sortChanged);
    QVERIFY(model.setFilter(f));
    QCOMPARE(model.rowCount(), 2);
    // The search ended: the order of before it (outlet, descending) is back.
    QCOMPARE(reordered.size(), 1);
    QCOMPARE(model.sortColumn(), int(itemmodels::ArticleListModel::OutletColumn));
    QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    QCOMPARE(model.index(0, itemmodels::ArticleListModel::OutletColumn).data().toString(), u"TASS"_s);
    f.from = QDate(2019, 1, 1);
    QVERIFY(model.setFilter(f));
    QCOMPARE(model.rowCount(), 1);
}

void TestItemModels::articleListPagesLazily()
{
    store::Store s;
    QVERIFY(s.open(u":memory:"_s));
    QVERIFY(s.beginTransaction());
    for (int i = 0; i < 600; ++i) {
        Article a;
        a.source = u"gen-%1"_s.arg(i);
        a.title = u"Article %1"_s.arg(i, 4, 10, QChar(u'0'));
        a.body = u"Body number %1 about the talks."_s.arg(i);
        a.published = QDate(2020, 1, 1).addDays(i);
        QCOMPARE(s.insertArticle(a), store::Store::InsertOutcome::Inserted);
    }
    QVERIFY(s.commitTransaction());
    itemmodels::ArticleListModel model(s);
    QCOMPARE(model.totalCount(), 600);
    QCOMPARE(model.rowCount(), 256); // one page
    QVERIFY(model.canFetchMore({}));
    {
        // (The tester itself calls fetchMore from its modelReset handler before it marks the
        // reset finished, so it watches the paging only, not a reload of a partly loaded list.)
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), 600);
    QCOMPARE(model.index(0, 0).data().toString(), u"Article 0599"_s); // newest first
    const qint64 id = model.idAt(599);
    model.reload();
    QCOMPARE(model.rowOf(id), 599);

    // An article the filter leaves out is not looked for page after page.
    store::ArticleFilter f;
    f.search = u"talks NOT \"number 7\""_s;
    QVERIFY2(model.setFilter(f), qPrintable(model.lastError()));
    QCOMPARE(model.totalCount(), 599);
    QCOMPARE(model.rowCount(), 256);
    QSqlQuery q(s.database());
    QVERIFY(q.exec(u"SELECT id FROM articles WHERE title = 'Article 0007'"_s) && q.next());
    QCOMPARE(model.rowOf(q.value(0).toLongLong()), -1);
    QCOMPARE(model.rowCount(), 256);
    // One further down is found by loading the pages down to it.
    model.sort(itemmodels::ArticleListModel::DateColumn, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), 256);
    QCOMPARE(model.rowOf(id), 598);
    QCOMPARE(model.rowCount(), 599);
}

void TestItemModels::searchTerms_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("hits");
    QTest::newRow("word, case-insensitive") << u"lavrov"_s << u"Lavrov met LAVROV."_s << QStringList{u"Lavrov"_s, u"LAVROV"_s};
    QTest::newRow("phrase") << u"\"Northern Territories\""_s << u"the Northern Territories and northern areas"_s
                            << QStringList{u"Northern Territories"_s};
    QTest::newRow("prefix") << u"Kuril*"_s << u"Kurils, Kuril Islands, Kurilsk"_s
                            << QStringList{u"Kurils"_s, u"Kuril"_s, u"Kurilsk"_s};
    QTest::newRow("NOT term left out") << u"Abe NOT Putin"_s << u"Abe and Putin"_s << QStringList{u"Abe"_s};
    QTest::newRow("column prefix") << u"title:TASS"_s << u"TASS reports"_s << QStringList{u"TASS"_s};
    QTest::newRow("inside a hyphenated word") << u"Russia"_s << u"the Russia-held islands"_s
                                              << QStringList{u"Russia-held"_s};
    QTest::newRow("cyrillic case") << u"лавров"_s << u"Лавров сказал"_s << QStringList{u"Лавров"_s};
}

void TestItemModels::searchTerms()
{
    QFETCH(QString, query);
    QFETCH(QString, text);
    QFETCH(QStringList, hits);
    QStringList got;
    for (const Span &s : query::findTerms(text, query::searchTerms(query)))
        got << text.mid(s.start, s.length());
    QCOMPARE(got, hits);
}

void TestItemModels::selectionHubEmitsOnlyOnChange()
{
    SelectionHub hub;
    QSignalSpy spy(&hub, &SelectionHub::articleChanged);
    hub.setArticle(3);
    hub.setArticle(3);
    hub.setArticle(4);
    QCOMPARE(spy.size(), 2);
    QSignalSpy range(&hub, &SelectionHub::dateRangeChanged);
    hub.setDateRange(QDate(2019, 1, 1), QDate(2019, 12, 31));
    hub.setDateRange(QDate(2019, 1, 1), QDate(2019, 12, 31));
    QCOMPARE(range.size(), 1);
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
