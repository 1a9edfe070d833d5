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
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestItemModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void articleListUnderTester();
    void articleListPagesLazily();
    void searchReadInTheBackground();
    void searchTerms_data();
    void searchTerms();
    void queriesAreNamedInQuotes();
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
    // Stepping from any article of the list, loaded or not, asks the store for its neighbours.
    QCOMPARE(model.neighbourOf(model.idAt(0), 1), model.idAt(1));
    QCOMPARE(model.neighbourOf(model.idAt(3), -1), model.idAt(2));
    QCOMPARE(model.neighbourOf(model.idAt(4), 1), 0);
    QCOMPARE(model.neighbourOf(model.idAt(0), -1), 0);
    model.sort(itemmodels::ArticleListModel::OutletColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, itemmodels::ArticleListModel::OutletColumn).data().toString(), u"TASS"_s);
    QCOMPARE(model.neighbourOf(model.idAt(0), 1), model.idAt(1));
    store::ArticleFilter f;
    f.search = u"Kunashir OR Shikotan"_s;
    QVERIFY(model.setFilter(f));
    QCOMPARE(model.rowCount(), 3);
    // A search sorts by relevance, best first, with the matches in context; the store's search
    // gives the same order.
    QCOMPARE(model.sortColumn(), int(itemmodels::ArticleListModel::ContextColumn));
    QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    QVERIFY(!model.neighbourOf(model.idAt(0), 1)); // relevance ranks each page afresh: the rows loaded tell
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
    // In order of relevance only the loaded rows are looked in: each further page would rank
    // every match again.
    QCOMPARE(model.sortColumn(), int(itemmodels::ArticleListModel::ContextColumn));
    QVERIFY(q.exec(u"SELECT id FROM articles WHERE title = 'Article 0599'"_s) && q.next());
    const qint64 newest = q.value(0).toLongLong();
    QCOMPARE(model.rowOf(newest), -1);
    QCOMPARE(model.rowCount(), 256);
    // One further down is found by loading the pages down to it.
    model.sort(itemmodels::ArticleListModel::DateColumn, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), 256);
    QCOMPARE(model.rowOf(id), 598);
    QCOMPARE(model.rowOf(newest), 0);
    QCOMPARE(model.rowCount(), 599);
}

// In a large corpus a search is counted and ranked on a thread of its own: the list keeps its
// rows until the result comes, a newer filter supersedes an older one, and errors are reported.
void TestItemModels::searchReadInTheBackground()
{
    QTemporaryDir dir;
    store::Store s;
    QVERIFY(s.open(dir.filePath(u"bg.parallax"_s)));
    import::Importer importer(s);
    QCOMPARE(importer.run({QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds")}).articlesImported, 5);
    itemmodels::ArticleListModel model(s);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy applied(&model, &itemmodels::ArticleListModel::filterApplied);
    QSignalSpy reordered(&model, &itemmodels::ArticleListModel::sortChanged);

    // Below the threshold: applied before the call returns.
    model.setBackgroundFrom(6);
    QVERIFY(!model.loadsInBackground());
    // An article's neighbour in the list: at once below the threshold, through a connection of
    // its own above it, the same answer.
    std::optional<std::optional<qint64>> found;
    QObject context;
    model.findNeighbour(model.idAt(2), 1, &context, [&found](std::optional<qint64> next) { found = next; });
    QVERIFY(found);
    QCOMPARE(*found, model.idAt(3));
    found.reset();
    model.setBackgroundFrom(5);
    model.findNeighbour(model.idAt(2), -1, &context, [&found](std::optional<qint64> next) { found = next; });
    QVERIFY(!found); // not yet: read on another thread
    QTRY_VERIFY(found);
    QCOMPARE(*found, model.idAt(1));
    model.setBackgroundFrom(6);
    store::ArticleFilter f;
    f.search = u"Kunashir OR Shikotan"_s;
    model.setFilterInBackground(f);
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.takeFirst().at(0).toBool(), true);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.setFilter({}));
    QCOMPARE(model.rowCount(), 5);
    reordered.clear();

    model.setBackgroundFrom(5);
    QVERIFY(model.loadsInBackground());
    model.setFilterInBackground(f);
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 5); // the rows stay until the result comes
    QCOMPARE(model.wantedFilter().search, f.search);
    QVERIFY(model.filter().search.isEmpty());
    QVERIFY(applied.wait(10000));
    QCOMPARE(applied.takeFirst().at(0).toBool(), true);
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.totalCount(), 3);
    QCOMPARE(model.filter().search, f.search);
    QCOMPARE(reordered.size(), 1); // a search begins in order of relevance
    QCOMPARE(model.sortColumn(), int(itemmodels::ArticleListModel::ContextColumn));
    QVERIFY(!model.index(0, itemmodels::ArticleListModel::ContextColumn).data().toString().isEmpty());

    // Two filters in a row: only the second is put in place.
    store::ArticleFilter first;
    first.search = u"Lavrov"_s;
    store::ArticleFilter second;
    second.search = u"Kunashir"_s;
    model.setFilterInBackground(first);
    model.setFilterInBackground(second);
    QVERIFY(applied.wait(10000));
    QTest::qWait(200); // the first one's result, had it been kept, would have come by now
    QCOMPARE(applied.size(), 1);
    QCOMPARE(model.filter().search, u"Kunashir"_s);
    const int kunashir = model.rowCount();
    QCOMPARE(kunashir, s.articleCount(second).value_or(-1));
    applied.clear();

    // A header clicked while a search is read: the result comes in that order.
    store::ArticleFilter both;
    both.search = u"Kunashir OR Shikotan"_s;
    model.setFilterInBackground(both);
    model.sort(itemmodels::ArticleListModel::OutletColumn, Qt::DescendingOrder);
    QVERIFY(applied.wait(10000));
    QCOMPARE(model.sortColumn(), int(itemmodels::ArticleListModel::OutletColumn));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, itemmodels::ArticleListModel::OutletColumn).data().toString(), u"TASS"_s);
    applied.clear();

    // A search that cannot be read: said so, and the list unchanged.
    store::ArticleFilter broken;
    broken.search = u"\"unclosed"_s;
    model.setFilterInBackground(broken);
    QVERIFY(applied.wait(10000));
    QCOMPARE(applied.takeFirst().at(0).toBool(), false);
    QVERIFY(!model.lastError().isEmpty());
    QCOMPARE(model.filter().search, both.search);
    QCOMPARE(model.rowCount(), 3);
}

void TestItemModels::queriesAreNamedInQuotes()
{
    QCOMPARE(query::quotedQuery(u"Lavrov"_s), u"“Lavrov”"_s);
    QCOMPARE(query::quotedQuery(u" Kuril* AND Lavrov "_s), u"“Kuril* AND Lavrov”"_s);
    QCOMPARE(query::quotedQuery(u"\"island talks\""_s), u"“island talks”"_s);
    QCOMPARE(query::quotedQuery(u"\"island talks\" AND Lavrov"_s), u"‘\"island talks\" AND Lavrov’"_s);
    QCOMPARE(query::quotedQuery(u"\"a\" \"b\""_s), u"‘\"a\" \"b\"’"_s);
    QCOMPARE(query::quotedQuery(u"\""_s), u"‘\"’"_s);
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
    // The part that matched, as the full-text index reads the compound as two words.
    QTest::newRow("inside a hyphenated word") << u"Russia"_s << u"the Russia-held islands"_s
                                              << QStringList{u"Russia"_s};
    QTest::newRow("cyrillic case") << u"лавров"_s << u"Лавров сказал"_s << QStringList{u"Лавров"_s};
    // Japanese: found inside words, as the trigram search finds it.
    QTest::newRow("japanese inside a word") << u"領土"_s << u"北方領土問題と領土交渉"_s << QStringList{u"領土"_s, u"領土"_s};
    QTest::newRow("japanese word") << u"北方領土"_s << u"北方領土をめぐる交渉"_s << QStringList{u"北方領土"_s};
    QTest::newRow("japanese phrase and a latin word") << u"\"北方領土問題\" Lavrov"_s
                                                      << u"Lavrov said 北方領土問題 was"_s
                                                      << QStringList{u"Lavrov"_s, u"北方領土問題"_s};
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
