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
    void narrowsToArticlesInView();
    void narrowsInTheBackground();

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



namespace {

// "key, mentions, articles" of every row of a tree, every page fetched, in order.
QStringList treeRows(EntityTreeModel &model)
{
    QStringList out;
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        while (model.canFetchMore(group))
            model.fetchMore(group);
        for (int r = 0; r < model.rowCount(group); ++r) {
            out << u"%1\t%2\t%3"_s.arg(model.index(r, EntityTreeModel::NameColumn, group).data(EntityTreeModel::KeyRole).toString())
                       .arg(model.index(r, EntityTreeModel::MentionsColumn, group).data().toInt())
                       .arg(model.index(r, EntityTreeModel::ArticlesColumn, group).data().toInt());
        }
    }
    return out;
}

} // namespace

// Narrowed to the articles in view (here, those of Japanese outlets), the tree lists only the
// entities named there, with their counts there, paged, filtered and sorted like the whole tree.
void TestEntityModel::narrowsToArticlesInView()
{
    // Pages of two (the item model tester fetches pages when a model is reset: see below).
    EntityTreeModel model(m_store, nullptr, 2);
    const QStringList whole = treeRows(model);
    store::ArticleFilter japan;
    japan.country = u"JP"_s;
    const std::optional<QList<qint64>> ids = m_store.articleIds(japan);
    QVERIFY(ids && !ids->isEmpty() && ids->size() < m_store.articleCount());

    QSignalSpy reloaded(&model, &EntityTreeModel::reloaded);
    model.setScope(japan);
    QCOMPARE(reloaded.size(), 1); // an in-memory corpus is read at once
    QVERIFY(model.isScoped());
    QCOMPARE(model.scopeArticles(), int(ids->size()));
    QVERIFY(model.scopeError().isEmpty());
    const store::EntityStore es(m_store.database());
    const auto counts = es.countsWithin(*ids);
    QVERIFY(counts);
    int total = 0;
    for (int g = 0; g < model.rowCount(); ++g)
        total += model.index(g, 0).data().toString().section(u'(', 1).chopped(1).toInt();
    QCOMPARE(total, int(counts->size())); // the groups' titles count the entities in view
    QCOMPARE(model.rowCount(model.index(1, 0)), 2); // a page of places
    const QStringList narrowed = treeRows(model);
    QCOMPARE(narrowed.size(), counts->size());
    QVERIFY(narrowed.size() < whole.size());
    for (const QString &row : narrowed) {
        const QString key = row.section(u'\t', 0, 0);
        const auto entity = es.entityByKey(key);
        QVERIFY(entity);
        const store::ScopedCount c = counts->value(entity->id);
        QCOMPARE(row, u"%1\t%2\t%3"_s.arg(key).arg(c.mentions).arg(c.articles));
    }
    // Most mentioned first within each type.
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        for (int r = 1; r < model.rowCount(group); ++r)
            QVERIFY(model.index(r - 1, 1, group).data().toInt() >= model.index(r, 1, group).data().toInt());
    }

    // The name filter and the order work on the entities in view.
    model.setFilterText(u"kuril"_s);
    const QModelIndex places = model.index(1, 0);
    QVERIFY(model.rowCount(places) >= 1);
    for (int r = 0; r < model.rowCount(places); ++r)
        QVERIFY(model.index(r, 0, places).data().toString().contains(u"Kuril"_s));
    model.setFilterText({});
    model.setSortByCount(false);
    const QModelIndex people = model.index(0, 0);
    while (model.canFetchMore(people))
        model.fetchMore(people);
    for (int r = 1; r < model.rowCount(people); ++r)
        QVERIFY(model.index(r - 1, 0, people).data().toString().compare(model.index(r, 0, people).data().toString(),
                                                                         Qt::CaseInsensitive) <= 0);
    model.setSortByCount(true);

    // A scope that cannot be read shows the whole corpus and says why.
    store::ArticleFilter broken;
    broken.search = u"\"unclosed"_s;
    model.setScope(broken);
    QVERIFY(!model.scopeError().isEmpty());
    QCOMPARE(model.scopeArticles(), -1);
    QCOMPARE(treeRows(model), whole);

    // Back to the whole corpus.
    model.setScope(japan);
    QCOMPARE(treeRows(model), narrowed);
    model.setScope({});
    QVERIFY(!model.isScoped());
    QCOMPARE(treeRows(model), whole);

    // The same under the item model tester, in pages of the default size.
    EntityTreeModel tested(m_store);
    QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tested.setScope(japan);
    QCOMPARE(treeRows(tested), narrowed);
    tested.setFilterText(u"a"_s);
    tested.setSortByCount(false);
    tested.setScope({});
}

// On a corpus file, a scope is counted on a thread of its own; the rows shown stay until it comes.
void TestEntityModel::narrowsInTheBackground()
{
    QTemporaryDir dir;
    store::Store s;
    QVERIFY(s.open(dir.filePath(u"scope.parallax"_s)));
    import::Importer importer(s);
    QCOMPARE(importer.run({QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds")}).articlesImported, 5);
    EntityTreeModel here(s);
    store::ArticleFilter scope;
    scope.search = u"Kuril"_s;
    scope.from = QDate(2019, 1, 1);
    here.setScope(scope);
    const QStringList want = treeRows(here);
    QVERIFY(!want.isEmpty());
    QVERIFY(here.scopeArticles() > 0 && here.scopeArticles() < 5);

    EntityTreeModel model(s);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackgroundFrom(0);
    const QStringList whole = treeRows(model);
    QSignalSpy reloaded(&model, &EntityTreeModel::reloaded);
    model.setScope(scope);
    QVERIFY(model.isReading());
    QCOMPARE(treeRows(model), whole);
    QVERIFY(reloaded.wait(10000));
    QVERIFY(!model.isReading());
    QCOMPARE(model.scopeArticles(), here.scopeArticles());
    QCOMPARE(treeRows(model), want);
    // A scope left before its count comes: the count is dropped.
    store::ArticleFilter other;
    other.country = u"RU"_s;
    model.setScope(other);
    model.setScope({});
    QVERIFY(!model.isReading());
    QCOMPARE(treeRows(model), whole);
    QTest::qWait(300);
    QCOMPARE(treeRows(model), whole);
}

QTEST_GUILESS_MAIN(TestEntityModel)
#include "tst_entitymodel.moc"
