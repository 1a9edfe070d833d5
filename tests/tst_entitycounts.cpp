// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The per-entity mention and article counters the sidebar reads: after every way mentions change
// they must equal what counting the mentions themselves gives.
#include "analysis/entities/entityeditor.h"
#include "analysis/entities/entityrecognizer.h"
#include "import/importer.h"
#include "store/entitystore.h"
#include "store/schema.h"
#include "store/store.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestEntityCounts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsFollowDecisionsAndUndo();
    void countsFollowReanalysis();
    void countsFollowArticleDeletion();
    void countsFollowSupersedingReimport();
    void migrationFillsExistingCorpus();
    void detailsAgreeWithSql();
    void countsWithinArticlesAgreeWithSql();
    void detailsWithinArticlesAgreeWithSql();
};

namespace {

// "entity mentions articles" lines of a query that gives these three columns.
QStringList lines(const QSqlDatabase &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db);
    q.exec(sql);
    while (q.next())
        out << u"%1 %2 %3"_s.arg(q.value(0).toLongLong()).arg(q.value(1).toInt()).arg(q.value(2).toInt());
    return out;
}

QStringList counters(const QSqlDatabase &db)
{
    return lines(db, u"SELECT entity_id, mentions, articles FROM entity_counts WHERE mentions > 0 ORDER BY entity_id"_s);
}

QStringList counted(const QSqlDatabase &db)
{
    return lines(db, u"SELECT entity_id, count(*), count(DISTINCT article_id) FROM mentions GROUP BY entity_id "
                     "ORDER BY entity_id"_s);
}

// The counters agree with the mentions, none is negative or left over, and the sidebar's pages
// show what the full list (which counts the mentions) shows.
bool exact(store::Store &store)
{
    const QSqlDatabase db = store.database();
    const QStringList have = counters(db);
    const QStringList want = counted(db);
    if (have != want) {
        qWarning() << "counters" << have << "\nmentions" << want;
        return false;
    }
    // One row per entity and article, with that article's count of its mentions.
    const QString pairs = u"SELECT entity_id, article_id, %1 FROM %2 GROUP BY entity_id, article_id "
                          "ORDER BY entity_id, article_id"_s;
    const QStringList pairRows = lines(db, pairs.arg(u"sum(mentions)"_s, u"entity_articles"_s));
    const QStringList pairsCounted = lines(db, pairs.arg(u"count(*)"_s, u"mentions"_s));
    if (pairRows != pairsCounted) {
        qWarning() << "entity articles" << pairRows << "\nmentions" << pairsCounted;
        return false;
    }
    // The mentions have no foreign keys: triggers take them away with their article or entity.
    QSqlQuery orphans(db);
    if (!orphans.exec(u"SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles) "
                      "OR entity_id NOT IN (SELECT id FROM entities)"_s) || !orphans.next()
        || orphans.value(0).toInt() != 0) {
        qWarning() << "mentions without their article or entity";
        return false;
    }
    QSqlQuery odd(db);
    if (!odd.exec(u"SELECT count(*) FROM entity_counts WHERE mentions < 0 OR articles < 0 OR articles > mentions "
                  "OR (mentions = 0) <> (articles = 0)"_s) || !odd.next() || odd.value(0).toInt() != 0) {
        qWarning() << "odd counter rows";
        return false;
    }
    const store::EntityStore es(store.database());
    QStringList full;
    for (const store::EntityRow &r : es.entities())
        full << u"%1 %2 %3 %4"_s.arg(r.id).arg(r.name).arg(r.mentions).arg(r.articleCount);
    QStringList paged;
    for (const store::EntityRow &r : es.page(store::EntityQuery{}, 0, 100000))
        paged << u"%1 %2 %3 %4"_s.arg(r.id).arg(r.name).arg(r.mentions).arg(r.articleCount);
    full.sort();
    paged.sort();
    if (full != paged || es.count(store::EntityQuery{}) != full.size()) {
        qWarning() << "pages" << paged << "\nfull list" << full;
        return false;
    }
    return !have.isEmpty();
}

qint64 idOf(const store::EntityStore &es, const QString &key)
{
    const auto row = es.entityByKey(key);
    return row ? row->id : 0;
}

void importSample(store::Store &store)
{
    import::Importer importer(store);
    importer.run({QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds")});
}

QList<qint64> sortedIds(const store::Store &store)
{
    QList<qint64> ids;
    for (const store::ArticleSummary &a : store.articles())
        ids << a.id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool reanalyse(store::Store &store)
{
    store::EntityStore es(store.database());
    for (const store::ArticleSummary &summary : store.articles()) {
        const std::optional<Article> a = store.article(summary.id);
        if (!a || !store.database().transaction())
            return false;
        if (!es.writeMentions(*a, entities::EntityRecognizer::shared().recognize(a->body)) || !store.database().commit())
            return false;
    }
    return true;
}

} // namespace

void TestEntityCounts::countsFollowDecisionsAndUndo()
{
    store::Store store;
    QVERIFY(store.open(u":memory:"_s));
    importSample(store);
    QVERIFY(exact(store));
    store::EntityStore es(store.database());
    entities::EntityEditor editor(store.database());
    const qint64 lavrov = idOf(es, u"person/sergey-lavrov"_s);
    const qint64 motegi = idOf(es, u"person/toshimitsu-motegi"_s);
    const qint64 japan = idOf(es, u"country/jp"_s);
    const qint64 nagoya = idOf(es, u"place/nagoya"_s);
    QVERIFY(lavrov && motegi && japan && nagoya);

    QVERIFY(editor.rename(lavrov, u"S. Lavrov"_s));
    QVERIFY(exact(store));
    const qint64 split = editor.split(lavrov, u"Lavrov"_s);
    QVERIFY(split > 0);
    QVERIFY(exact(store));
    QVERIFY(editor.merge(split, motegi));
    QVERIFY(exact(store));
    QVERIFY(editor.merge(motegi, japan)); // mentions land in articles that already mention Japan
    QVERIFY(exact(store));
    QVERIFY(editor.reject(nagoya));
    QVERIFY(exact(store));
    QVERIFY(reanalyse(store));
    QVERIFY(exact(store));
    // Undo everything, step by step, then redo it all.
    const int steps = editor.undoStack()->count();
    for (int i = 0; i < steps; ++i) {
        editor.undoStack()->undo();
        QVERIFY2(exact(store), qPrintable(u"after undo %1"_s.arg(i + 1)));
    }
    for (int i = 0; i < steps; ++i) {
        editor.undoStack()->redo();
        QVERIFY2(exact(store), qPrintable(u"after redo %1"_s.arg(i + 1)));
    }
}

void TestEntityCounts::countsFollowReanalysis()
{
    store::Store store;
    QVERIFY(store.open(u":memory:"_s));
    importSample(store);
    const QStringList before = counters(store.database());
    QVERIFY(reanalyse(store));
    QVERIFY(exact(store));
    QCOMPARE(counters(store.database()), before);
    // A re-analysis that finds nothing in one article takes its mentions out of the counts.
    store::EntityStore es(store.database());
    const std::optional<Article> first = store.article(store.articles().first().id);
    QVERIFY(first);
    QVERIFY(store.database().transaction());
    QVERIFY(es.writeMentions(*first, {}));
    QVERIFY(store.database().commit());
    QVERIFY(exact(store));
    QVERIFY(counters(store.database()) != before);
}

void TestEntityCounts::countsFollowArticleDeletion()
{
    store::Store store;
    QVERIFY(store.open(u":memory:"_s));
    importSample(store);
    const QList<store::ArticleSummary> articles = store.articles();
    QVERIFY(articles.size() >= 2);
    // The mentions go with their article (a foreign-key cascade), and so do their counts.
    QSqlQuery q(store.database());
    q.prepare(u"DELETE FROM articles WHERE id = ?"_s);
    q.addBindValue(articles.first().id);
    QVERIFY(q.exec());
    QVERIFY(exact(store));
    QVERIFY(q.exec(u"DELETE FROM articles"_s));
    QVERIFY(counters(store.database()).isEmpty());
    QVERIFY(store::EntityStore(store.database()).page(store::EntityQuery{}, 0, 10).isEmpty());
}

void TestEntityCounts::countsFollowSupersedingReimport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"kyodo.jsonl"_s);
    auto write = [&](const QString &body) {
        QFile f(path);
        const QJsonObject o{{u"title"_s, u"Talks on the islands"_s}, {u"outlet"_s, u"Kyodo"_s},
                            {u"date"_s, u"2024-02-07"_s}, {u"url"_s, u"https://example.org/a"_s}, {u"body"_s, body}};
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && f.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n') > 0;
    };
    store::Store store;
    QVERIFY(store.open(u":memory:"_s));
    importSample(store);
    QVERIFY(write(u"Sergey Lavrov met Toshimitsu Motegi in Moscow. Lavrov said Japan must accept the results "
                  "of World War II."_s));
    import::Importer(store).run({path});
    QVERIFY(exact(store));
    QVERIFY(write(u"Sergey Lavrov met Toshimitsu Motegi in Moscow and again in Tokyo. Lavrov said Japan must "
                  "accept the results of World War II, Motegi said the Northern Territories are Japan's."_s));
    import::Importer(store).run({path});
    QVERIFY(exact(store));
}

void TestEntityCounts::migrationFillsExistingCorpus()
{
    // A corpus made before the counters: its mentions are counted when it is opened.
    const QList<store::Migration> &all = store::migrations();
    int before = -1;
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).name == "entities-2"_L1)
            before = i;
    }
    QVERIFY(before > 0);
    QTemporaryDir dir;
    const QString made = dir.filePath(u"made.parallax"_s);
    {
        store::Store now;
        QVERIFY(now.open(made));
        importSample(now);
    }
    // The old corpus holds the articles, entities and mentions as the writer of its time left them.
    const QString path = dir.filePath(u"old.parallax"_s);
    {
        store::Store old;
        QVERIFY2(old.openAtVersion(path, before), qPrintable(old.lastError()));
        QSqlQuery q(old.database());
        QVERIFY(q.exec(u"ATTACH DATABASE '%1' AS made"_s.arg(made)));
        QVERIFY(q.exec(u"INSERT INTO articles (id, source, content_hash, body, imported_at) "
                       "SELECT id, source, content_hash, body, imported_at FROM made.articles"_s));
        QVERIFY(q.exec(u"INSERT INTO entities SELECT * FROM made.entities"_s));
        QVERIFY(q.exec(u"INSERT INTO mentions SELECT * FROM made.mentions"_s));
        QVERIFY(q.exec(u"SELECT count(*) FROM mentions"_s) && q.next() && q.value(0).toInt() > 0);
        q.finish();
        QVERIFY(q.exec(u"DETACH DATABASE made"_s));
        QVERIFY(!q.exec(u"SELECT count(*) FROM entity_counts"_s));
    }
    store::Store store;
    QVERIFY2(store.open(path), qPrintable(store.lastError()));
    QVERIFY(store.appliedMigrations().contains(u"entities-2"_s));
    QVERIFY(store.appliedMigrations().contains(u"entities-3"_s));
    QVERIFY(exact(store));
}

// The details pane's lists, counted in C++ over one walk, give what SQL's GROUP BY gives, in the
// same order (ties broken by name), also where a limit cuts through tied entities.
void TestEntityCounts::detailsAgreeWithSql()
{
    store::Store store;
    QVERIFY(store.open(u":memory:"_s));
    importSample(store);
    const store::EntityStore es(store.database());
    QSqlQuery q(store.database());
    QSqlQuery sql(store.database());
    QVERIFY(q.exec(u"SELECT id FROM entities"_s));
    int compared = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        for (int limit : {3, 50}) {
            QStringList want;
            sql.prepare(u"SELECT o.entity_id, e.name, e.type, count(DISTINCT o.article_id) AS n FROM mentions m "
                        "JOIN mentions o ON o.article_id = m.article_id AND o.entity_id <> m.entity_id "
                        "JOIN entities e ON e.id = o.entity_id WHERE m.entity_id = ? "
                        "GROUP BY o.entity_id ORDER BY n DESC, e.name LIMIT ?"_s);
            sql.addBindValue(id);
            sql.addBindValue(limit);
            QVERIFY(sql.exec());
            while (sql.next())
                want << u"%1 %2 %3 %4"_s.arg(sql.value(0).toLongLong()).arg(sql.value(1).toString(), sql.value(2).toString())
                            .arg(sql.value(3).toInt());
            QStringList have;
            for (const store::CooccurrenceRow &r : es.cooccurring(id, limit))
                have << u"%1 %2 %3 %4"_s.arg(r.entityId).arg(r.name, r.type).arg(r.articles);
            QCOMPARE(have, want);
        }
        QStringList want;
        sql.prepare(u"SELECT m.surface, a.country, count(*) FROM mentions m JOIN articles a ON a.id = m.article_id "
                    "WHERE m.entity_id = ? GROUP BY a.country, m.surface ORDER BY a.country, count(*) DESC, m.surface"_s);
        sql.addBindValue(id);
        QVERIFY(sql.exec());
        while (sql.next())
            want << u"%1 %2 %3"_s.arg(sql.value(0).toString(), sql.value(1).toString()).arg(sql.value(2).toInt());
        QStringList have;
        for (const store::NameUse &n : es.namesByCountry(id))
            have << u"%1 %2 %3"_s.arg(n.name, n.country).arg(n.mentions);
        QCOMPARE(have, want);
        compared += want.isEmpty() ? 0 : 1;
    }
    QVERIFY(compared > 20);
}

// The counts within some articles (the sidebar narrowed to a search, dates or sources) are what
// counting their mentions in SQL gives, read either way; within every article they are the
// sidebar's whole-corpus pages, in the same orders.
void TestEntityCounts::countsWithinArticlesAgreeWithSql()
{
    store::Store store;
    QVERIFY(store.open(u":memory:"_s));
    importSample(store);
    const store::EntityStore es(store.database());
    const QList<qint64> all = sortedIds(store);
    QVERIFY(all.size() >= 5);
    const auto text = [](const QHash<qint64, store::ScopedCount> &counts) {
        QStringList out;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            out << u"%1 %2 %3"_s.arg(it.key()).arg(it->mentions).arg(it->articles);
        out.sort();
        return out;
    };
    const QList<QList<qint64>> scopes = {{}, {all.first()}, {all.at(1), all.at(3)}, {all.last(), all.first()},
                                         all, {all.last() + 100}, {all.at(2), all.last() + 100}};
    for (const QList<qint64> &scope : scopes) {
        QStringList ids;
        for (qint64 id : scope)
            ids << QString::number(id);
        QStringList want = lines(store.database(), u"SELECT entity_id, count(*), count(DISTINCT article_id) FROM mentions "
                                                    "WHERE article_id IN (%1) GROUP BY entity_id"_s.arg(ids.join(u',')));
        want.sort();
        for (auto how : {store::EntityStore::ScopeRead::ByArticle, store::EntityStore::ScopeRead::WholeTable,
                         store::EntityStore::ScopeRead::Auto}) {
            const auto counts = es.countsWithin(scope, how);
            QVERIFY(counts);
            QCOMPARE(text(*counts), want);
        }
        if (!scope.isEmpty() && scope.first() <= all.last()) // an article of the corpus names someone
            QVERIFY2(!want.isEmpty(), qPrintable(ids.join(u' ')));
    }

    // Within every article, the rows and orders of the whole corpus, the filters too.
    const auto listed = [](const QList<store::EntityRow> &rows) {
        QStringList out;
        for (const store::EntityRow &r : rows)
            out << u"%1 %2 %3 %4 %5 %6"_s.arg(r.id).arg(r.key, r.name, r.type).arg(r.mentions).arg(r.articleCount);
        return out;
    };
    const std::optional<QList<store::EntityRow>> everything = es.within(all);
    QVERIFY(everything);
    for (const store::EntityQuery &query :
         {store::EntityQuery{}, store::EntityQuery{{}, {}, false}, store::EntityQuery{u"person"_s, {}, true},
          store::EntityQuery{u"place"_s, {}, false}, store::EntityQuery{{}, u"ov"_s, true},
          store::EntityQuery{{}, u"JAP"_s, false}}) {
        QList<store::EntityRow> rows = *everything;
        store::EntityStore::arrange(rows, query);
        const QStringList want = listed(es.page(query, 0, 100000));
        QVERIFY(!want.isEmpty());
        QCOMPARE(listed(rows), want);
    }
    // One article's entities are the ones its mentions name.
    const std::optional<QList<store::EntityRow>> one = es.within({all.first()});
    QVERIFY(one && !one->isEmpty());
    QSet<qint64> named;
    for (const store::MentionRow &m : es.mentions(all.first()))
        named.insert(m.entityId);
    QCOMPARE(qsizetype(one->size()), named.size());
    for (const store::EntityRow &r : *one)
        QVERIFY(named.contains(r.id));
}

// The details pane within some articles (the articles in view): names per country, entities
// named with it and its mentions are what SQL gives over those articles only.
void TestEntityCounts::detailsWithinArticlesAgreeWithSql()
{
    store::Store store;
    QVERIFY(store.open(u":memory:"_s));
    importSample(store);
    const store::EntityStore es(store.database());
    const QList<qint64> all = sortedIds(store);
    int compared = 0;
    for (const std::vector<qint64> &within : {std::vector<qint64>{all.at(0), all.at(2)}, std::vector<qint64>{all.at(4)},
                                             std::vector<qint64>{}}) {
        QStringList literal;
        for (qint64 id : within)
            literal << QString::number(id);
        const QString in = u"(%1)"_s.arg(literal.join(u','));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(u"SELECT id FROM entities"_s));
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            QStringList want = lines(store.database(), u"SELECT o.entity_id, count(DISTINCT o.article_id), 0 FROM mentions m "
                                                       "JOIN mentions o ON o.article_id = m.article_id AND o.entity_id <> m.entity_id "
                                                       "WHERE m.entity_id = %1 AND m.article_id IN %2 GROUP BY o.entity_id"_s
                                                           .arg(id).arg(in));
            QStringList have;
            for (const store::CooccurrenceRow &r : es.cooccurring(id, -1, &within))
                have << u"%1 %2 0"_s.arg(r.entityId).arg(r.articles);
            want.sort();
            have.sort();
            QCOMPARE(have, want);
            QStringList names;
            QSqlQuery sql(store.database());
            QVERIFY(sql.exec(u"SELECT m.surface, a.country, count(*) FROM mentions m JOIN articles a ON a.id = m.article_id "
                             "WHERE m.entity_id = %1 AND m.article_id IN %2 GROUP BY a.country, m.surface "
                             "ORDER BY a.country, count(*) DESC, m.surface"_s.arg(id).arg(in)));
            while (sql.next())
                names << u"%1 %2 %3"_s.arg(sql.value(0).toString(), sql.value(1).toString()).arg(sql.value(2).toInt());
            QStringList haveNames;
            for (const store::NameUse &n : es.namesByCountry(id, &within))
                haveNames << u"%1 %2 %3"_s.arg(n.name, n.country).arg(n.mentions);
            QCOMPARE(haveNames, names);
            const QStringList mentions = lines(store.database(), u"SELECT article_id, start, end FROM mentions "
                                                                 "WHERE entity_id = %1 AND article_id IN %2 "
                                                                 "ORDER BY article_id, start LIMIT 3"_s.arg(id).arg(in));
            QStringList haveMentions;
            for (const store::MentionRow &m : es.mentionsOf(id, 3, &within))
                haveMentions << u"%1 %2 %3"_s.arg(m.articleId).arg(m.span.start).arg(m.span.end);
            QCOMPARE(haveMentions, mentions);
            compared += mentions.isEmpty() ? 0 : 1;
        }
    }
    QVERIFY(compared > 20);
}

QTEST_GUILESS_MAIN(TestEntityCounts)
#include "tst_entitycounts.moc"
