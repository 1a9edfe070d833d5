// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The user's decisions about entities as undoable commands: each is stored when done, taken back
// from the store on undo and put back on redo, and a re-analysis follows what is on the stack.
#include "analysis/entities/entityeditor.h"
#include "analysis/entities/entityrecognizer.h"
#include "core/articlebound.h"
#include "import/importer.h"
#include "store/entitystore.h"
#include "store/store.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;
using namespace parallax;

using Decision = std::function<bool(entities::EntityEditor &, store::EntityStore &)>;
Q_DECLARE_METATYPE(Decision)

class TestEntityEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void undoAndRedo_data();
    void undoAndRedo();
    void sequenceSurvivesReopening();
    void refusedDecisionIsNotPushed();
    void snapshotsHoldOnlyTheMovedMentions();
    void anUndoThatCannotBeWrittenChangesNothing();
    void historyNamesTheArticlesOfMovedMentions();
};

namespace {

qint64 idOf(const store::EntityStore &es, const QString &key)
{
    const auto row = es.entityByKey(key);
    return row ? row->id : 0;
}

// Everything a user sees of the entities: each with its counts and names, each article's mentions.
QStringList state(store::Store &store)
{
    const store::EntityStore es(store.database());
    QStringList out;
    for (store::EntityRow r : es.entities()) {
        r.aliases.sort();
        QStringList articles;
        for (qint64 a : r.articles)
            articles << QString::number(a);
        out << u"%1 %2 %3 %4 %5 [%6] {%7}"_s.arg(r.id).arg(r.key, r.name, r.type).arg(r.mentions)
                   .arg(articles.join(u','), r.aliases.join(u'|'));
    }
    for (const store::ArticleSummary &a : store.articles()) {
        for (const store::MentionRow &m : es.mentions(a.id))
            out << u"%1:%2-%3 %4 %5"_s.arg(a.id).arg(m.span.start).arg(m.span.end).arg(m.entityId).arg(m.text);
    }
    return out;
}

// Whether one entity's names (aliases()) agree with the full list's (entities()) for every entity.
bool aliasesAgree(store::Store &store)
{
    const store::EntityStore es(store.database());
    for (store::EntityRow r : es.entities()) {
        QStringList one = es.aliases(r.id);
        one.sort();
        r.aliases.sort();
        if (one != r.aliases)
            return false;
    }
    return true;
}

// Analyses every article again and writes its mentions, as an import of a changed corpus does.
void reanalyse(store::Store &store)
{
    store::EntityStore es(store.database());
    for (const store::ArticleSummary &summary : store.articles()) {
        const std::optional<Article> a = store.article(summary.id);
        QVERIFY(a);
        QVERIFY(store.database().transaction());
        QVERIFY2(es.writeMentions(*a, entities::EntityRecognizer::shared().recognize(a->body)), qPrintable(es.lastError()));
        QVERIFY(store.database().commit());
    }
}

void importSample(store::Store &store)
{
    import::Importer importer(store);
    importer.run({QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds")});
}

} // namespace

void TestEntityEditor::undoAndRedo_data()
{
    QTest::addColumn<Decision>("decision");
    QTest::addColumn<QString>("expected"); // a line of the state after the decision
    const QString lavrov = u"person/sergey-lavrov"_s;
    QTest::newRow("rename") << Decision([=](entities::EntityEditor &ed, store::EntityStore &es) {
        return ed.rename(idOf(es, lavrov), u"LAVROV Sergey"_s);
    }) << u"person/sergey-lavrov LAVROV Sergey person"_s;
    QTest::newRow("retype") << Decision([=](entities::EntityEditor &ed, store::EntityStore &es) {
        return ed.retype(idOf(es, lavrov), entities::EntityType::Other);
    }) << u"person/sergey-lavrov Sergey Lavrov other"_s;
    QTest::newRow("merge") << Decision([=](entities::EntityEditor &ed, store::EntityStore &es) {
        return ed.merge(idOf(es, u"person/toshimitsu-motegi"_s), idOf(es, lavrov));
    }) << u"|Motegi|"_s;
    QTest::newRow("split") << Decision([=](entities::EntityEditor &ed, store::EntityStore &es) {
        return ed.split(idOf(es, lavrov), u"Lavrov"_s) > 0;
    }) << u"person/sergey-lavrov|Lavrov Lavrov person"_s;
    QTest::newRow("alias add") << Decision([=](entities::EntityEditor &ed, store::EntityStore &es) {
        return ed.addAlias(idOf(es, lavrov), u"Сергей Лавров"_s);
    }) << u"|Сергей Лавров}"_s;
    QTest::newRow("alias remove") << Decision([=](entities::EntityEditor &ed, store::EntityStore &es) {
        return ed.removeAlias(idOf(es, lavrov), u"Lavrov"_s);
    }) << u"{Sergey Lavrov}"_s;
    QTest::newRow("not an entity") << Decision([=](entities::EntityEditor &ed, store::EntityStore &es) {
        return ed.reject(idOf(es, u"place/nagoya"_s));
    }) << QString(); // checked below: Nagoya is gone
}

void TestEntityEditor::undoAndRedo()
{
    QFETCH(Decision, decision);
    QFETCH(QString, expected);
    store::Store store;
    QVERIFY(store.open(u":memory:"_s));
    importSample(store);
    store::EntityStore es(store.database());
    QVERIFY(idOf(es, u"place/nagoya"_s) && idOf(es, u"person/sergey-lavrov"_s));
    entities::EntityEditor editor(store.database());
    QSignalSpy changed(&editor, &entities::EntityEditor::changed);

    const QStringList before = state(store);
    QVERIFY2(decision(editor, es), qPrintable(editor.lastError()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(editor.undoStack()->count(), 1);
    const QStringList after = state(store);
    QVERIFY(after != before);
    if (expected.isEmpty())
        QVERIFY(!es.entityByKey(u"place/nagoya"_s));
    else
        QVERIFY2(after.join(u'\n').contains(expected), qPrintable(after.join(u'\n')));
    QVERIFY(aliasesAgree(store));
    // The decision is stored: a re-analysis keeps it.
    reanalyse(store);
    QCOMPARE(state(store), after);

    // Undo: as before, and the decision is gone from the store (a re-analysis does not bring it back).
    editor.undoStack()->undo();
    QCOMPARE(changed.size(), 2);
    QCOMPARE(state(store), before);
    QVERIFY(aliasesAgree(store));
    reanalyse(store);
    QCOMPARE(state(store), before);

    // Redo: the same entities with the same ids, stored again.
    editor.undoStack()->redo();
    QCOMPARE(state(store), after);
    reanalyse(store);
    QCOMPARE(state(store), after);

    // And back once more.
    editor.undoStack()->undo();
    QCOMPARE(state(store), before);
}

void TestEntityEditor::sequenceSurvivesReopening()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"corpus.parallax"_s);
    QStringList afterTwo;
    QStringList afterOne;
    {
        store::Store store;
        QVERIFY(store.open(path));
        importSample(store);
        store::EntityStore es(store.database());
        entities::EntityEditor editor(store.database());
        const qint64 lavrov = idOf(es, u"person/sergey-lavrov"_s);
        const qint64 motegi = idOf(es, u"person/toshimitsu-motegi"_s);
        QVERIFY(editor.rename(lavrov, u"S. Lavrov"_s));
        afterOne = state(store);
        const qint64 split = editor.split(lavrov, u"Lavrov"_s);
        QVERIFY(split > 0);
        QVERIFY(editor.merge(split, motegi));
        QVERIFY(editor.reject(motegi));
        afterTwo = state(store);
        // Undo the last two, redo one: Lavrov's surname is in Motegi's entity.
        editor.undoStack()->undo();
        editor.undoStack()->undo();
        editor.undoStack()->redo();
        afterTwo = state(store);
        QVERIFY(es.mentionsOf(motegi).size() > 0);
        QVERIFY(!es.entity(split));
        // Undo all: rename only.
        editor.undoStack()->undo();
        editor.undoStack()->undo();
        QCOMPARE(state(store), afterOne);
        editor.undoStack()->redo();
        editor.undoStack()->redo();
        QCOMPARE(state(store), afterTwo);
    }
    // What was on the stack at the end is what the corpus holds, and follows a re-analysis.
    store::Store store;
    QVERIFY(store.open(path));
    QCOMPARE(state(store), afterTwo);
    reanalyse(store);
    QCOMPARE(state(store), afterTwo);
}

void TestEntityEditor::refusedDecisionIsNotPushed()
{
    store::Store store;
    QVERIFY(store.open(u":memory:"_s));
    importSample(store);
    entities::EntityEditor editor(store.database());
    QVERIFY(!editor.rename(999999, u"Nobody"_s));
    QVERIFY(!editor.lastError().isEmpty());
    QVERIFY(!editor.merge(1, 1));
    QCOMPARE(editor.split(999999, u"x"_s), 0);
    QCOMPARE(editor.undoStack()->count(), 0);
}

void TestEntityEditor::snapshotsHoldOnlyTheMovedMentions()
{
    store::Store store;
    QVERIFY(store.open(u":memory:"_s));
    importSample(store);
    store::EntityStore es(store.database());
    const qint64 motegi = idOf(es, u"person/toshimitsu-motegi"_s);
    const qint64 japan = idOf(es, u"country/jp"_s);
    QVERIFY(motegi && japan);
    const int motegiMentions = int(es.mentionsOf(motegi).size());
    QVERIFY(motegiMentions > 0 && es.mentionsOf(japan).size() > 0);
    // Merging Motegi into Japan moves Motegi's mentions only: Japan's are not copied.
    const store::EntitySnapshot before = es.snapshot({motegi, japan}, {}, motegi);
    QCOMPARE(before.entities.size(), 2);
    QCOMPARE(int(before.mentions.size()), motegiMentions);
    for (const QSqlRecord &m : before.mentions)
        QCOMPARE(m.value(u"entity_id"_s).toLongLong(), motegi);
    QVERIFY(es.merge(motegi, japan));
    const store::EntitySnapshot after = es.snapshotAfter(before, {});
    QCOMPARE(after.entities.size(), 1);
    QCOMPARE(int(after.mentions.size()), motegiMentions);
    for (const QSqlRecord &m : after.mentions)
        QCOMPARE(m.value(u"entity_id"_s).toLongLong(), japan);
    // A rename moves no mention.
    QVERIFY(es.snapshot({japan}).mentions.isEmpty());
}

// The corpus cannot be written for a while (a full disk; here the connection is read-only): an
// undo or redo fails, changes nothing, and the history moves back to match; then both work.
void TestEntityEditor::anUndoThatCannotBeWrittenChangesNothing()
{
    store::Store store;
    QVERIFY(store.open(u":memory:"_s));
    importSample(store);
    store::EntityStore es(store.database());
    entities::EntityEditor editor(store.database());
    QUndoStack *stack = editor.undoStack();
    const qint64 lavrov = idOf(es, u"person/sergey-lavrov"_s);
    const QString name = es.entity(lavrov)->name;
    QVERIFY(editor.rename(lavrov, u"S. Lavrov"_s));
    const QStringList renamed = state(store);
    const auto writable = [&store](bool yes) {
        QSqlQuery q(store.database());
        return q.exec(yes ? u"PRAGMA query_only = 0"_s : u"PRAGMA query_only = 1"_s);
    };

    QVERIFY(writable(false));
    QSignalSpy changed(&editor, &entities::EntityEditor::changed);
    stack->undo();
    QVERIFY(!editor.lastError().isEmpty());
    QCOMPARE(changed.size(), 1);
    QTRY_COMPARE(stack->index(), 1); // back where the entities are
    QCOMPARE(state(store), renamed);
    QCOMPARE(es.entity(lavrov)->name, u"S. Lavrov"_s);
    QVERIFY(writable(true));
    stack->undo();
    QCOMPARE(es.entity(lavrov)->name, name);
    QCOMPARE(stack->index(), 0);

    QVERIFY(writable(false));
    stack->redo();
    QTRY_COMPARE(stack->index(), 0);
    QCOMPARE(es.entity(lavrov)->name, name);
    QVERIFY(writable(true));
    stack->redo();
    QCOMPARE(state(store), renamed);
    QCOMPARE(stack->index(), 1);
}

// A merge writes about the articles whose mentions it moved; a rename about none.
void TestEntityEditor::historyNamesTheArticlesOfMovedMentions()
{
    store::Store store;
    QVERIFY(store.open(u":memory:"_s));
    importSample(store);
    store::EntityStore es(store.database());
    entities::EntityEditor editor(store.database());
    const qint64 motegi = idOf(es, u"person/toshimitsu-motegi"_s);
    const qint64 japan = idOf(es, u"country/jp"_s);
    QSet<qint64> named, unnamed;
    for (const store::MentionRow &m : es.mentionsOf(motegi))
        named.insert(m.articleId);
    for (const store::ArticleSummary &a : store.articles()) {
        if (!named.contains(a.id))
            unnamed.insert(a.id);
    }
    QVERIFY(!named.isEmpty() && !unnamed.isEmpty());
    QVERIFY(editor.rename(japan, u"Japan (state)"_s));
    QVERIFY(!historyRefersToArticles(*editor.undoStack(), named));
    QVERIFY(editor.merge(motegi, japan));
    QVERIFY(historyRefersToArticles(*editor.undoStack(), named));
    QVERIFY(!historyRefersToArticles(*editor.undoStack(), unnamed));
}

QTEST_GUILESS_MAIN(TestEntityEditor)
#include "tst_entityeditor.moc"
