// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"
#include "itemmodels/entitytreemodel.h"
#include "lavrovwangyi.h"
#include "store/entitystore.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;
using itemmodels::EntityTreeModel;

class TestEntityModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void treeByTypeUnderTester();
    void filterAndSort();
    void pagesLazily();
    void decisionsRoundTrip();
    void reloadsInTheBackground();

private:
    store::Store m_store;
};

void TestEntityModel::initTestCase()
{
    QVERIFY(m_store.open(u":memory:"_s));
    import::Importer importer(m_store);
    importer.run({QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds")});
    QCOMPARE(m_store.articleCount(), 5);
}

void TestEntityModel::treeByTypeUnderTester()
{
    EntityTreeModel model(m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);
    const QModelIndex people = model.index(0, 0);
    QVERIFY(people.data().toString().startsWith(u"People"_s));
    QVERIFY(model.hasChildren(people));
    QVERIFY(model.rowCount(people) >= 10);
    QVERIFY(!model.canFetchMore(people)); // fewer people than a page
    // Most mentioned first: Shinzo Abe, Vladimir Putin, Sergey Lavrov or Toshimitsu Motegi.
    const QModelIndex first = model.index(0, EntityTreeModel::NameColumn, people);
    QVERIFY(first.data(EntityTreeModel::TypeRole).toString() == u"person"_s);
    const int mentions = model.index(0, EntityTreeModel::MentionsColumn, people).data().toInt();
    for (int r = 1; r < model.rowCount(people); ++r)
        QVERIFY(model.index(r, EntityTreeModel::MentionsColumn, people).data().toInt() <= mentions);
    const QModelIndex lavrov = model.indexOfKey(u"person/sergey-lavrov"_s);
    QVERIFY(lavrov.isValid());
    QCOMPARE(lavrov.parent(), people);
    QCOMPARE(lavrov.siblingAtColumn(EntityTreeModel::ArticlesColumn).data().toInt(), 4);
    QCOMPARE(lavrov.data(EntityTreeModel::IdRole).toLongLong() > 0, true);
    // Every group can be read, and the rest of the tree passes the tester.
    for (int g = 0; g < model.rowCount(); ++g) {
        while (model.canFetchMore(model.index(g, 0)))
            model.fetchMore(model.index(g, 0));
    }
    const QModelIndex places = model.index(1, 0);
    QVERIFY(model.rowCount(places) >= 20);
}

void TestEntityModel::filterAndSort()
{
    EntityTreeModel model(m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilterText(u"kuril"_s);
    const QModelIndex places = model.index(1, 0);
    QCOMPARE(model.rowCount(places), 2); // Southern Kuril Islands, Kuril Islands
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QVERIFY(!model.canFetchMore(model.index(0, 0)));
    model.setSortByCount(false);
    QCOMPARE(model.index(0, 0, places).data().toString(), u"Kuril Islands"_s);
    QCOMPARE(model.index(1, 0, places).data().toString(), u"Southern Kuril Islands"_s);
}

void TestEntityModel::pagesLazily()
{
    EntityTreeModel model(m_store, nullptr, 5);
    const QModelIndex places = model.index(1, 0);
    const int total = store::EntityStore(m_store.database()).count(store::EntityQuery{u"place"_s, {}, true});
    QVERIFY(total > 10);
    QCOMPARE(model.rowCount(places), 5);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore(places))
        model.fetchMore(places);
    QCOMPARE(model.rowCount(places), total);
    // Pages join without gaps or repeats.
    QSet<qint64> ids;
    for (int r = 0; r < total; ++r)
        ids.insert(model.index(r, 0, places).data(EntityTreeModel::IdRole).toLongLong());
    QCOMPARE(int(ids.size()), total);
}

void TestEntityModel::decisionsRoundTrip()
{
    store::EntityStore es(m_store.database());
    const auto motegi = es.entityByKey(u"person/toshimitsu-motegi"_s);
    QVERIFY(motegi);
    QVERIFY(es.rename(motegi->id, u"MOTEGI Toshimitsu"_s));
    QVERIFY(es.retype(motegi->id, entities::EntityType::Other));
    QCOMPARE(es.entityByKey(u"person/toshimitsu-motegi"_s)->name, u"MOTEGI Toshimitsu"_s);
    QCOMPARE(es.entityByKey(u"person/toshimitsu-motegi"_s)->type, u"other"_s);
    // A re-analysis of an article writes its mentions again under the decisions.
    std::optional<Article> article;
    for (qint64 id : motegi->articles) {
        if (const auto a = m_store.article(id); a && a->body.contains(u"Nagoya"_s))
            article = a;
    }
    QVERIFY(article);
    const auto nagoya = es.entityByKey(u"place/nagoya"_s);
    QVERIFY(nagoya);
    QVERIFY(es.reject(nagoya->id));
    QVERIFY(!es.entityByKey(u"place/nagoya"_s));
    QList<entities::EntityMention> again;
    entities::EntityMention m;
    m.key = u"place/nagoya"_s;
    m.canonical = u"Nagoya"_s;
    m.surface = u"Nagoya"_s;
    m.type = entities::EntityType::Place;
    m.span = Span{0, 6};
    again << m;
    m.key = u"person/toshimitsu-motegi"_s;
    m.canonical = u"Toshimitsu Motegi"_s;
    m.surface = u"Motegi"_s;
    m.type = entities::EntityType::Person;
    m.span = Span{10, 16};
    again << m;
    QVERIFY(es.writeMentions(*article, again));
    const QList<store::MentionRow> rows = es.mentions(article->id);
    QCOMPARE(rows.size(), 1); // Nagoya stays rejected
    QCOMPARE(rows.first().name, u"MOTEGI Toshimitsu"_s);
    QCOMPARE(rows.first().type, u"other"_s);
}

QTEST_GUILESS_MAIN(TestEntityModel)
// A large tree's counts are read again off the window's thread: the rows shown stay until the
// new ones come, and then they are what a reload here gives.
void TestEntityModel::reloadsInTheBackground()
{
    QTemporaryDir dir;
    store::Store s;
    QVERIFY(s.open(dir.filePath(u"tree.parallax"_s)));
    import::Importer importer(s);
    QCOMPARE(importer.run({QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds")}).articlesImported, 5);
    EntityTreeModel model(s);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reloaded(&model, &EntityTreeModel::reloaded);
    const auto lavrovArticles = [&model] {
        return model.indexOfKey(u"person/sergey-lavrov"_s).siblingAtColumn(EntityTreeModel::ArticlesColumn).data().toInt();
    };
    QCOMPARE(lavrovArticles(), 4);
    const int before = model.entityCount();
    QVERIFY(before > 10);

    // Below the threshold: read here, before the call returns.
    model.setBackgroundFrom(before + 1);
    model.reloadInBackground();
    QCOMPARE(reloaded.size(), 1);
    reloaded.clear();

    // A new article naming Lavrov, and an entity the corpus did not have.
    QTemporaryDir more;
    const QString extra = testing::writeLavrovMeetsWangYi(more.path());
    QVERIFY(!extra.isEmpty());
    QCOMPARE(importer.run({extra}).articlesImported, 1);

    model.setBackgroundFrom(0);
    model.reloadInBackground();
    QCOMPARE(reloaded.size(), 0);
    QCOMPARE(lavrovArticles(), 4); // the rows shown stay until the new ones come
    QVERIFY(reloaded.wait(10000));
    reloaded.clear();
    QCOMPARE(lavrovArticles(), 5);
    const int after = model.entityCount();
    QVERIFY(after > before);

    // What a reload here gives, row for row.
    EntityTreeModel here(s);
    QCOMPARE(here.entityCount(), after);
    for (int g = 0; g < here.rowCount(); ++g) {
        const QModelIndex group = here.index(g, 0);
        QCOMPARE(model.rowCount(model.index(g, 0)), here.rowCount(group));
        for (int r = 0; r < here.rowCount(group); ++r)
            QCOMPARE(model.index(r, 0, model.index(g, 0)).data(EntityTreeModel::KeyRole),
                     here.index(r, 0, group).data(EntityTreeModel::KeyRole));
    }

    // A reload here while one is read in the background: the background one is dropped.
    model.reloadInBackground();
    model.reload();
    QTest::qWait(300);
    QCOMPARE(reloaded.size(), 0);
}

#include "tst_entitymodel.moc"
