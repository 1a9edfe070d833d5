// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotationdocument.h"
#include "core/articlebound.h"
#include "store/annotationstore.h"
#include "store/store.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace parallax;
using namespace parallax::annotations;

Q_DECLARE_METATYPE(parallax::annotations::TagDeletion)

namespace {

const QString Body = u"政府は北方領土の返還を求めている。Russia calls them the Southern Kurils. "
                     "Japan calls them the Northern Territories."_s;

Span spanOf(const QString &quote)
{
    const int start = int(Body.indexOf(quote));
    return Span{start, start + int(quote.size())};
}

/** A corpus file opened as the application does (Store: WAL, foreign keys, migrations). */
class Database
{
public:
    explicit Database(const QString &path)
    {
        QVERIFY2(m_store.open(path), qPrintable(m_store.lastError()));
        m_annotations = std::make_unique<store::AnnotationStore>(m_store.database());
    }
    store::AnnotationStore *store() { return m_annotations.get(); }
    QSqlDatabase db() const { return m_store.database(); }

private:
    store::Store m_store;
    std::unique_ptr<store::AnnotationStore> m_annotations;
};

/** A repository whose disk is full: every save fails. */
class FailingRepository final : public AnnotationRepository
{
public:
    bool save(ChangeSet &) override { return false; }
    bool remove(qint64) override { return false; }
    bool load(AnnotationData &) override { return false; }
    QString lastError() const override { return u"database or disk is full"_s; }
};

/** A corpus whose disk fills up and empties again: saves fail while `full` is set. */
class FillingRepository final : public AnnotationRepository
{
public:
    explicit FillingRepository(AnnotationRepository &stored) : m_stored(stored) {}
    bool save(ChangeSet &change) override { return !full && m_stored.save(change); }
    bool remove(qint64 id) override { return !full && m_stored.remove(id); }
    bool load(AnnotationData &data) override { return m_stored.load(data); }
    QString lastError() const override { return full ? u"database or disk is full"_s : m_stored.lastError(); }
    bool full = false;

private:
    AnnotationRepository &m_stored;
};

void compareWithStore(const AnnotationDocument &doc, const QString &path)
{
    Database again(path);
    AnnotationDocument reopened(again.store());
    QVERIFY2(reopened.load(), qPrintable(reopened.lastError()));
    QCOMPARE(reopened.annotations(), doc.annotations());
    QCOMPARE(reopened.codebook().tags(), doc.codebook().tags());
}

} // namespace

class TestAnnotationDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addUndoRedoKeepsId();
    void addRejectsBadInput();
    void editSequenceUndoesStepByStep();
    void removeAndUndoRestoresEverything();
    void tagPathsAndSiblingNames();
    void recolouringsMergeIntoOneStep();
    void moveRejectsCycles();
    void mergeTags();
    void deleteTag_data();
    void deleteTag();
    void reanchorListsOrphans();
    void reanchorOntoANewVersion();
    void importCodebookMergesByGuid();
    void foldersCannotBeApplied();
    void importAnnotationsCreatesTagsInOneStep();
    void persistsEveryStepIncludingUndo();
    void failedWriteLeavesNothingBehind();
    void failedUndoAndRedoLeaveTheStackWhereTheAnnotationsAre();
    void survivesKillRightAfterAnEdit();
    void historySaysWhichArticlesItWritesAbout();
};

void TestAnnotationDocument::addUndoRedoKeepsId()
{
    AnnotationDocument doc;
    doc.setAuthor(u"analyst"_s);
    QSignalSpy added(&doc, &AnnotationDocument::annotationAdded);
    QSignalSpy removed(&doc, &AnnotationDocument::annotationRemoved);
    const qint64 tag = doc.addTag(u"Framing"_s, 0, QColor(u"#d95f02"_s));
    QVERIFY(tag > 0);
    const Span span = spanOf(u"北方領土"_s);
    const qint64 id = doc.addAnnotation(7, Body, span, {tag}, u"Japanese name"_s);
    QVERIFY(id > 0);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(0).toLongLong(), id);
    const Annotation a = *doc.annotation(id);
    QCOMPARE(a.quote.exact, u"北方領土"_s);
    QCOMPARE(a.quote.prefix, u"政府は"_s);
    QCOMPARE(a.quote.suffix, Body.mid(span.end, 32));
    QCOMPARE(a.author, u"analyst"_s);
    QCOMPARE(a.created.timeSpec(), Qt::UTC);
    QCOMPARE(a.created, a.modified);

    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    QVERIFY(!doc.annotation(id));
    QCOMPARE(removed.size(), 1);
    doc.undoStack()->redo();
    QVERIFY(doc.annotation(id));
    QCOMPARE(*doc.annotation(id), a);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY(doc.codebook().isEmpty());
    doc.undoStack()->redo();
    doc.undoStack()->redo();
    QCOMPARE(*doc.annotation(id), a);
    QCOMPARE(doc.codebook().path(tag), u"Framing"_s);
}

void TestAnnotationDocument::addRejectsBadInput()
{
    AnnotationDocument doc;
    QCOMPARE(doc.addAnnotation(1, Body, Span{5, 5}), 0);
    QCOMPARE(doc.addAnnotation(1, Body, Span{0, int(Body.size()) + 1}), 0);
    QCOMPARE(doc.addAnnotation(1, Body, Span{0, 3}, {42}), 0);
    QVERIFY(!doc.lastError().isEmpty());
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestAnnotationDocument::editSequenceUndoesStepByStep()
{
    AnnotationDocument doc;
    const qint64 a = doc.addTag(u"Actors"_s);
    const qint64 b = doc.addTag(u"Places"_s);
    const qint64 id = doc.addAnnotation(1, Body, spanOf(u"Southern Kurils"_s), {a});
    QSignalSpy changed(&doc, &AnnotationDocument::annotationChanged);
    QVERIFY(doc.editAnnotation(id, AnnotationEdit().setTags({b, a, b})));
    QCOMPARE(doc.annotation(id)->tagIds, (QList<qint64>{b, a}));
    QVERIFY(doc.editAnnotation(id, AnnotationEdit().setNote(u"Russian usage"_s)));
    QVERIFY(doc.editAnnotation(id, AnnotationEdit().setSpan(spanOf(u"the Southern Kurils"_s), Body)));
    QCOMPARE(doc.annotation(id)->quote.exact, u"the Southern Kurils"_s);
    QCOMPARE(changed.size(), 3);
    QVERIFY(doc.editAnnotation(id, AnnotationEdit().setNote(u"Russian usage"_s))); // no change, no step
    QCOMPARE(doc.undoStack()->count(), 6);

    doc.undoStack()->undo();
    QCOMPARE(doc.annotation(id)->quote.exact, u"Southern Kurils"_s);
    QCOMPARE(doc.annotation(id)->note, u"Russian usage"_s);
    doc.undoStack()->undo();
    QCOMPARE(doc.annotation(id)->note, QString());
    doc.undoStack()->undo();
    QCOMPARE(doc.annotation(id)->tagIds, QList<qint64>{a});
    doc.undoStack()->redo();
    doc.undoStack()->redo();
    doc.undoStack()->redo();
    QCOMPARE(doc.annotation(id)->quote.exact, u"the Southern Kurils"_s);
    QCOMPARE(doc.annotation(id)->note, u"Russian usage"_s);
    QVERIFY(!doc.editAnnotation(id, AnnotationEdit().setTags({999})));
}

void TestAnnotationDocument::removeAndUndoRestoresEverything()
{
    AnnotationDocument doc;
    const qint64 t = doc.ensureTagPath(u"Framing/Sovereignty"_s);
    const qint64 id = doc.addAnnotation(3, Body, spanOf(u"Northern Territories"_s), {t}, u"note"_s);
    const Annotation before = *doc.annotation(id);
    QVERIFY(doc.removeAnnotation(id));
    QVERIFY(doc.annotations().isEmpty());
    doc.undoStack()->undo();
    QCOMPARE(*doc.annotation(id), before);
    QVERIFY(!doc.removeAnnotation(id + 1));
}

void TestAnnotationDocument::tagPathsAndSiblingNames()
{
    AnnotationDocument doc;
    const qint64 sov = doc.ensureTagPath(u"Framing/Sovereignty"_s);
    QCOMPARE(doc.undoStack()->count(), 1); // one macro for the whole path
    const qint64 framing = doc.codebook().findPath(u"Framing"_s);
    QCOMPARE(doc.codebook().tag(sov)->parentId, framing);
    QCOMPARE(doc.codebook().path(sov), u"Framing/Sovereignty"_s);
    QCOMPARE(doc.ensureTagPath(u"Framing/Sovereignty"_s), sov);
    const qint64 hist = doc.addTag(u"History"_s, framing);
    QCOMPARE(doc.addTag(u"History"_s, framing), 0);
    QCOMPARE(doc.addTag(u"a/b"_s), 0);
    QCOMPARE(doc.addTag(u"  "_s), 0);
    QVERIFY(!doc.renameTag(hist, u"Sovereignty"_s));
    QVERIFY(doc.renameTag(hist, u"Historical claims"_s));
    QCOMPARE(doc.codebook().path(hist), u"Framing/Historical claims"_s);
    QVERIFY(doc.describeTag(hist, u"Appeals to 1855 and 1945"_s));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.codebook().path(hist), u"Framing/History"_s);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY(doc.codebook().isEmpty());
}

void TestAnnotationDocument::recolouringsMergeIntoOneStep()
{
    AnnotationDocument doc;
    const qint64 t = doc.addTag(u"Framing"_s, 0, QColor(Qt::red));
    QVERIFY(doc.recolourTag(t, QColor(Qt::green)));
    QVERIFY(doc.recolourTag(t, QColor(Qt::blue)));
    QCOMPARE(doc.undoStack()->count(), 2);
    QCOMPARE(doc.codebook().tag(t)->colour, QColor(Qt::blue));
    doc.undoStack()->undo();
    QCOMPARE(doc.codebook().tag(t)->colour, QColor(Qt::red));
    doc.undoStack()->redo();
    QCOMPARE(doc.codebook().tag(t)->colour, QColor(Qt::blue));
}

void TestAnnotationDocument::moveRejectsCycles()
{
    AnnotationDocument doc;
    const qint64 child = doc.ensureTagPath(u"Framing/Sovereignty/Legal"_s);
    const qint64 framing = doc.codebook().findPath(u"Framing"_s);
    const qint64 sov = doc.codebook().findPath(u"Framing/Sovereignty"_s);
    QVERIFY(!doc.moveTag(framing, child));
    QVERIFY(!doc.moveTag(framing, framing));
    QVERIFY(doc.moveTag(child, 0));
    QCOMPARE(doc.codebook().path(child), u"Legal"_s);
    QVERIFY(doc.moveTag(child, framing));
    QCOMPARE(doc.codebook().path(child), u"Framing/Legal"_s);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.codebook().path(child), u"Framing/Sovereignty/Legal"_s);
    QCOMPARE(doc.codebook().children(sov), QList<qint64>{child});
}

void TestAnnotationDocument::mergeTags()
{
    AnnotationDocument doc;
    const qint64 kurils = doc.ensureTagPath(u"Names/Kurils"_s);
    const qint64 southern = doc.ensureTagPath(u"Names/Southern Kurils"_s);
    const qint64 sub = doc.addTag(u"Official"_s, southern);
    const qint64 other = doc.addTag(u"Other"_s);
    const qint64 onlySource = doc.addAnnotation(1, Body, spanOf(u"Southern Kurils"_s), {other, southern});
    const qint64 both = doc.addAnnotation(1, Body, spanOf(u"Russia calls"_s), {southern, kurils});
    const qint64 untouched = doc.addAnnotation(1, Body, spanOf(u"Japan calls"_s), {other});
    const int steps = doc.undoStack()->count();

    QVERIFY(!doc.mergeTags(southern, sub)); // into its own subtree
    QVERIFY(doc.mergeTags(southern, kurils));
    QVERIFY(!doc.codebook().contains(southern));
    QCOMPARE(doc.codebook().path(sub), u"Names/Kurils/Official"_s);
    QCOMPARE(doc.annotation(onlySource)->tagIds, (QList<qint64>{other, kurils}));
    QCOMPARE(doc.annotation(both)->tagIds, QList<qint64>{kurils});
    QCOMPARE(doc.annotation(untouched)->tagIds, QList<qint64>{other});
    QCOMPARE(doc.undoStack()->count(), steps + 1);

    doc.undoStack()->undo();
    QCOMPARE(doc.codebook().path(southern), u"Names/Southern Kurils"_s);
    QCOMPARE(doc.codebook().path(sub), u"Names/Southern Kurils/Official"_s);
    QCOMPARE(doc.annotation(onlySource)->tagIds, (QList<qint64>{other, southern}));
    QCOMPARE(doc.annotation(both)->tagIds, (QList<qint64>{southern, kurils}));
}

void TestAnnotationDocument::deleteTag_data()
{
    QTest::addColumn<TagDeletion>("mode");
    QTest::addColumn<bool>("annotationsKept");
    QTest::addColumn<QString>("tagsAfter"); // paths of the first annotation's tags
    QTest::newRow("delete its annotations") << TagDeletion::DeleteAnnotations << false << QString();
    QTest::newRow("move them to the parent") << TagDeletion::MoveToParent << true << u"Other;Framing"_s;
    QTest::newRow("untag them") << TagDeletion::Untag << true << u"Other"_s;
}

void TestAnnotationDocument::deleteTag()
{
    QFETCH(TagDeletion, mode);
    QFETCH(bool, annotationsKept);
    QFETCH(QString, tagsAfter);

    AnnotationDocument doc;
    const qint64 sov = doc.ensureTagPath(u"Framing/Sovereignty"_s);
    const qint64 legal = doc.addTag(u"Legal"_s, sov);
    const qint64 other = doc.addTag(u"Other"_s);
    const qint64 first = doc.addAnnotation(1, Body, spanOf(u"Southern Kurils"_s), {other, legal, sov});
    const qint64 second = doc.addAnnotation(1, Body, spanOf(u"Japan calls"_s), {sov});
    const QList<Annotation> before = doc.annotations();
    const QList<Tag> tagsBefore = doc.codebook().tags();
    QSignalSpy tagRemoved(&doc, &AnnotationDocument::tagRemoved);

    QVERIFY(doc.deleteTag(sov, mode));
    QCOMPARE(tagRemoved.size(), 2); // the tag and its child
    QVERIFY(!doc.codebook().contains(legal));
    QCOMPARE(doc.annotation(first) != nullptr, annotationsKept);
    if (annotationsKept) {
        QCOMPARE(doc.tagPaths(*doc.annotation(first)).join(u';'), tagsAfter);
        QVERIFY(doc.annotation(second));
    }
    doc.undoStack()->undo();
    QCOMPARE(doc.annotations(), before);
    QCOMPARE(doc.codebook().tags(), tagsBefore);
    doc.undoStack()->redo();
    QCOMPARE(doc.annotation(first) != nullptr, annotationsKept);
}

void TestAnnotationDocument::reanchorListsOrphans()
{
    AnnotationDocument doc;
    const qint64 kept = doc.addAnnotation(5, Body, spanOf(u"Northern Territories"_s));
    const qint64 lost = doc.addAnnotation(5, Body, spanOf(u"Russia calls them"_s));
    const qint64 elsewhere = doc.addAnnotation(6, Body, spanOf(u"Russia calls them"_s));
    const QString newBody = u"Update. Japan calls them the Northern Territories."_s;
    const QList<qint64> orphans = doc.reanchorArticle(5, newBody);
    QCOMPARE(orphans, QList<qint64>{lost});
    QVERIFY(doc.annotation(lost)->orphan);
    const Annotation k = *doc.annotation(kept);
    QCOMPARE(newBody.mid(k.span.start, k.span.length()), u"Northern Territories"_s);
    QVERIFY(!doc.annotation(elsewhere)->orphan);
    doc.undoStack()->undo();
    QVERIFY(!doc.annotation(lost)->orphan);
    QCOMPARE(doc.annotation(kept)->span, spanOf(u"Northern Territories"_s));
}

void TestAnnotationDocument::reanchorOntoANewVersion()
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"versions.parallax"_s));
    AnnotationDocument doc(db.store());
    QVERIFY(doc.load());
    const qint64 kept = doc.addAnnotation(5, Body, spanOf(u"Northern Territories"_s), {}, u"kept"_s);
    const qint64 lost = doc.addAnnotation(5, Body, spanOf(u"北方領土"_s));
    const QString revised = u"Correction: Japan calls them the Northern Territories."_s;
    QCOMPARE(doc.reanchorArticle(5, revised, 9), QList<qint64>{lost});
    QCOMPARE(doc.annotationsOf(5).size(), 0);
    QCOMPARE(doc.annotationsOf(9).size(), 2);
    const Annotation k = *doc.annotation(kept);
    QCOMPARE(revised.mid(k.span.start, k.span.length()), u"Northern Territories"_s);
    QCOMPARE(k.note, u"kept"_s);
    compareWithStore(doc, dir.filePath(u"versions.parallax"_s));
    doc.undoStack()->undo();
    QCOMPARE(doc.annotationsOf(5).size(), 2);
    QVERIFY(doc.annotationsOf(9).isEmpty());
}

void TestAnnotationDocument::importCodebookMergesByGuid()
{
    AnnotationDocument doc;
    const qint64 sov = doc.ensureTagPath(u"Framing/Sovereignty"_s);
    const qint64 framing = doc.codebook().findPath(u"Framing"_s);
    const qint64 local = doc.addTag(u"Local only"_s);
    const QList<Tag> before = doc.codebook().tags();
    const int steps = doc.undoStack()->count();

    Codebook incoming;
    Tag f = *doc.codebook().tag(framing);
    f.name = u"Frames"_s;
    f.colour = QColor(u"#d95f02"_s);
    incoming.insert(f);
    incoming.insert(*doc.codebook().tag(sov));
    const QUuid legalGuid = QUuid::createUuid();
    incoming.insert(Tag{100, sov, u"Legal"_s, {}, u"Treaties of 1855 and 1956"_s, legalGuid});
    incoming.insert(Tag{101, 0, u"Actors"_s, QColor(u"#7570b3"_s), {}, QUuid::createUuid()});

    QCOMPARE(doc.importCodebook(incoming), 4); // rename, recolour, two additions
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QCOMPARE(doc.codebook().path(sov), u"Frames/Sovereignty"_s);
    QCOMPARE(doc.codebook().tag(framing)->colour, QColor(u"#d95f02"_s));
    const qint64 legal = doc.codebook().findPath(u"Frames/Sovereignty/Legal"_s);
    QVERIFY(legal);
    QCOMPARE(doc.codebook().tag(legal)->guid, legalGuid);
    QVERIFY(doc.codebook().contains(local));
    QCOMPARE(doc.importCodebook(incoming), 0); // nothing new: no empty undo step
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.codebook().tags(), before);
}

void TestAnnotationDocument::foldersCannotBeApplied()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"folders.parallax"_s);
    Database db(path);
    AnnotationDocument doc(db.store());
    QVERIFY(doc.load());
    const qint64 framing = doc.addTag(u"Framing"_s);
    const qint64 sov = doc.addTag(u"Sovereignty"_s, framing);
    QVERIFY(doc.setTagCodable(framing, false));
    QVERIFY(!doc.codebook().tag(framing)->codable);
    compareWithStore(doc, path); // stored
    QCOMPARE(doc.addAnnotation(1, Body, spanOf(u"Northern Territories"_s), {framing}), 0);
    QVERIFY(doc.lastError().contains(u"folder"_s));
    const qint64 a = doc.addAnnotation(1, Body, spanOf(u"Northern Territories"_s), {sov});
    QVERIFY(a > 0);
    QVERIFY(!doc.editAnnotation(a, AnnotationEdit().setTags({sov, framing})));
    QVERIFY(!doc.mergeTags(sov, framing)); // its annotations would carry the folder
    QVERIFY(!doc.deleteTag(sov, TagDeletion::MoveToParent));
    QVERIFY(doc.deleteTag(sov, TagDeletion::Untag));
    doc.undoStack()->undo();
    QVERIFY(!doc.setTagCodable(sov, false)); // it carries an annotation
    QVERIFY(doc.codebook().tag(sov)->codable);

    // Undo, and import: a folder in an incoming codebook, but not one that carries annotations.
    doc.undoStack()->setIndex(2); // before the folder was made
    QVERIFY(doc.codebook().tag(framing)->codable);
    compareWithStore(doc, path);
    const qint64 b = doc.addAnnotation(1, Body, spanOf(u"Northern Territories"_s), {framing});
    QVERIFY(b > 0);
    Codebook incoming = doc.codebook();
    for (qint64 id : {framing, sov}) {
        Tag t = *incoming.tag(id);
        t.codable = false;
        incoming.insert(t);
    }
    QCOMPARE(doc.importCodebook(incoming), 1);
    QVERIFY(doc.codebook().tag(framing)->codable);
    QVERIFY(!doc.codebook().tag(sov)->codable);
    compareWithStore(doc, path);
}

void TestAnnotationDocument::importAnnotationsCreatesTagsInOneStep()
{
    AnnotationDocument doc;
    const qint64 existing = doc.ensureTagPath(u"Names/Japanese"_s);
    Annotation a;
    a.articleId = 4;
    a.span = spanOf(u"北方領土"_s);
    a.quote = QuoteSelector::fromBody(Body, a.span);
    a.author = u"imported author"_s;
    Annotation b = a;
    b.span = spanOf(u"Southern Kurils"_s);
    b.quote = QuoteSelector::fromBody(Body, b.span);
    const QList<qint64> ids =
        doc.importAnnotations({a, b}, {{u"Names/Japanese"_s}, {u"Names/Russian"_s, u"Framing"_s}});
    QCOMPARE(ids.size(), 2);
    QCOMPARE(doc.annotation(ids[0])->tagIds, QList<qint64>{existing});
    QCOMPARE(doc.tagPaths(*doc.annotation(ids[1])), (QStringList{u"Names/Russian"_s, u"Framing"_s}));
    QCOMPARE(doc.annotation(ids[1])->author, u"imported author"_s);
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    QVERIFY(doc.annotations().isEmpty());
    QCOMPARE(doc.codebook().size(), 2);
}

void TestAnnotationDocument::persistsEveryStepIncludingUndo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"corpus.parallax"_s);
    Database db(path);
    AnnotationDocument doc(db.store());
    QVERIFY(doc.load());
    const qint64 sov = doc.ensureTagPath(u"Framing/Sovereignty"_s);
    QVERIFY2(sov > 0, qPrintable(doc.lastError()));
    QVERIFY2(doc.recolourTag(sov, QColor(u"#1b9e77"_s)), qPrintable(doc.lastError()));
    const qint64 other = doc.addTag(u"Другое"_s, 0, {}, u"Russian-language tag"_s);
    const qint64 id = doc.addAnnotation(2, Body, spanOf(u"北方領土"_s), {sov, other}, u"改行\nnote"_s);
    const qint64 gone = doc.addAnnotation(2, Body, spanOf(u"Japan calls"_s), {other});
    QVERIFY(doc.removeAnnotation(gone));
    compareWithStore(doc, path);

    QVERIFY(doc.mergeTags(other, sov));
    compareWithStore(doc, path);
    doc.undoStack()->undo(); // merge undone
    doc.undoStack()->undo(); // removal undone: the same id is back
    QVERIFY(doc.annotation(gone));
    compareWithStore(doc, path);
    QVERIFY(doc.deleteTag(sov, TagDeletion::MoveToParent));
    compareWithStore(doc, path);
    QCOMPARE(doc.annotation(id)->tagIds.size(), 2);

    // Foreign keys hold: no link to a deleted tag survives.
    QSqlQuery q(db.db());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM annotation_tags WHERE tag_id NOT IN (SELECT id FROM tags)"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestAnnotationDocument::failedWriteLeavesNothingBehind()
{
    FailingRepository repository;
    AnnotationDocument doc(&repository);
    QSignalSpy failed(&doc, &AnnotationDocument::persistenceFailed);
    QCOMPARE(doc.addTag(u"Framing"_s), 0);
    QCOMPARE(doc.addAnnotation(1, Body, Span{0, 3}), 0);
    QCOMPARE(failed.size(), 2);
    QCOMPARE(doc.lastError(), u"database or disk is full"_s);
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(doc.codebook().isEmpty());
    QVERIFY(doc.annotations().isEmpty());
}

// An undo or redo that cannot be written changes nothing, and the stack moves back to match: the
// next undo (or redo) is the same command, and works once the disk has room.
void TestAnnotationDocument::failedUndoAndRedoLeaveTheStackWhereTheAnnotationsAre()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"filling.parallax"_s);
    Database db(path);
    FillingRepository repository(*db.store());
    AnnotationDocument doc(&repository);
    QUndoStack *stack = doc.undoStack();
    const qint64 first = doc.addAnnotation(1, Body, spanOf(u"北方領土"_s));
    const qint64 second = doc.addAnnotation(1, Body, spanOf(u"Southern Kurils"_s));
    QVERIFY(first > 0 && second > 0);
    QCOMPARE(stack->index(), 2);

    repository.full = true;
    stack->undo();
    QVERIFY(doc.lastFailureWasSaving());
    QVERIFY(doc.annotation(second)); // not undone
    QTRY_COMPARE(stack->index(), 2);  // and the stack says so
    QVERIFY(doc.annotation(second));
    repository.full = false;
    stack->undo();
    QVERIFY(!doc.annotation(second));
    QVERIFY(doc.annotation(first));
    stack->undo();
    QVERIFY(!doc.annotation(first));
    QCOMPARE(stack->index(), 0);

    repository.full = true;
    stack->redo();
    QVERIFY(!doc.annotation(first)); // not redone
    QTRY_COMPARE(stack->index(), 0);
    QVERIFY(!doc.annotation(first));
    repository.full = false;
    stack->redo();
    QVERIFY(doc.annotation(first));
    QCOMPARE(stack->index(), 1);
    compareWithStore(doc, path);

    // A refused change is not the store's failure.
    QCOMPARE(doc.addAnnotation(1, Body, Span{0, int(Body.size()) + 5}), 0);
    QVERIFY(!doc.lastFailureWasSaving());
}

void TestAnnotationDocument::survivesKillRightAfterAnEdit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"killed.parallax"_s);
    const QString quote = u"択捉島 (Iturup)"_s;
    QProcess child;
    child.start(QStringLiteral(ANNOTATION_KILL_HELPER), {path, quote});
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
    QByteArray line;
    while (!line.contains('\n') && child.waitForReadyRead(10000))
        line += child.readAllStandardOutput();
    QVERIFY2(line.startsWith("written "), line.constData());
    const qint64 id = line.mid(8).trimmed().toLongLong();
    child.kill();
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    Database db(path);
    AnnotationDocument doc(db.store());
    QVERIFY2(doc.load(), qPrintable(doc.lastError()));
    const Annotation *a = doc.annotation(id);
    QVERIFY(a);
    QCOMPARE(a->quote.exact, quote);
    QCOMPARE(a->note, u"written before the kill"_s);
    QCOMPARE(doc.tagPaths(*a), QStringList{u"Framing/Sovereignty"_s});
}

// Each step of the history names the articles it writes about, a macro through its steps; tag
// steps that move no annotation name none.
void TestAnnotationDocument::historySaysWhichArticlesItWritesAbout()
{
    AnnotationDocument doc;
    const qint64 tag = doc.addTag(u"Framing"_s);
    QVERIFY(!historyRefersToArticles(*doc.undoStack(), {7}));
    QVERIFY(doc.addAnnotation(7, Body, spanOf(u"北方領土"_s), {tag}, {}) > 0);
    QVERIFY(historyRefersToArticles(*doc.undoStack(), {7}));
    QVERIFY(!historyRefersToArticles(*doc.undoStack(), {8, 9}));
    Annotation imported = doc.annotations().first();
    imported.id = 0;
    imported.articleId = 9;
    QCOMPARE(doc.importAnnotations({imported}, {{u"Imported"_s, u"Tag"_s}}).size(), 1); // one macro step
    QVERIFY(historyRefersToArticles(*doc.undoStack(), {9}));
    QVERIFY(!historyRefersToArticles(*doc.undoStack(), {8}));
    doc.undoStack()->clear();
    QVERIFY(doc.renameTag(tag, u"Frames"_s));
    QVERIFY(!historyRefersToArticles(*doc.undoStack(), {7, 9}));
    // Deleting a tag saves the annotations that carried it: their articles count.
    QVERIFY(doc.deleteTag(tag, TagDeletion::DeleteAnnotations));
    QVERIFY(historyRefersToArticles(*doc.undoStack(), {7}));
}

QTEST_GUILESS_MAIN(TestAnnotationDocument)
#include "tst_annotationdocument.moc"
