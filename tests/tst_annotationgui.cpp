// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The annotation workflow in the real main window (offscreen): select, annotate, undo, redo.
#include "annotations/annotationdocument.h"
#include "import/importer.h"
#include "selection/selectionhub.h"
#include "store/store.h"
#include "ui/annotations/annotationcontroller.h"
#include "ui/annotations/annotationsdock.h"
#include "ui/annotations/codebookdock.h"
#include "ui/annotations/tagchooser.h"
#include "ui/import/importcontroller.h"
#include "ui/mainwindow.h"
#include "ui/viewer/documentviewer.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace parallax;
using namespace parallax::annotations;

class TestAnnotationGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void annotateSelectionAndUndo();
    void selectingAnAnnotationOpensThePassage();
    void codebookSelectionFiltersTheList();
    void annotationsSurviveReopening();
    void orphansArePlacedByTheUser();

private:
    std::unique_ptr<ui::MainWindow> makeWindow(const QString &name);
    static void select(ui::DocumentViewer *viewer, const QString &quote);
    QTemporaryDir m_dir;
};

void TestAnnotationGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"parallax-annotation-test"_s);
}

std::unique_ptr<ui::MainWindow> TestAnnotationGui::makeWindow(const QString &name)
{
    auto store = std::make_unique<store::Store>();
    if (!store->open(m_dir.filePath(name)))
        return nullptr;
    if (store->articleCount() == 0) {
        import::Importer importer(*store);
        importer.run({QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds")});
    }
    auto w = std::make_unique<ui::MainWindow>(std::move(store));
    w->importer()->setShowReport(false);
    w->show();
    return w;
}

void TestAnnotationGui::select(ui::DocumentViewer *viewer, const QString &quote)
{
    const qsizetype start = viewer->article().body.indexOf(quote);
    QVERIFY2(start >= 0, qPrintable(quote));
    QTextCursor c(viewer->body()->document());
    c.setPosition(int(start));
    c.setPosition(int(start + quote.size()), QTextCursor::KeepAnchor);
    viewer->body()->setTextCursor(c);
}

void TestAnnotationGui::annotateSelectionAndUndo()
{
    auto w = makeWindow(u"undo.parallax"_s);
    QVERIFY(w);
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    ui::AnnotationController *c = w->annotations();
    ui::DocumentViewer *viewer = w->viewer();
    QVERIFY(viewer->articleId() > 0);
    const QString body = viewer->article().body;
    const QString quote = body.contains(u"Northern Territories"_s) ? u"Northern Territories"_s : body.left(24);
    QVERIFY(!c->annotateAction()->isEnabled());
    select(viewer, quote);
    QVERIFY(c->annotateAction()->isEnabled());

    // The tag chooser: type a new tag path, create it, write a note, accept.
    bool chooserSeen = false;
    QTimer::singleShot(0, this, [&] {
        auto *chooser = qobject_cast<ui::TagChooser *>(QApplication::activeModalWidget());
        QVERIFY(chooser);
        chooserSeen = true;
        QTest::keyClicks(chooser->filterField(), u"Framing/Sovereignty"_s);
        QTest::keyClick(chooser->filterField(), Qt::Key_Return); // creates and checks the tag
        QVERIFY(chooser->isVisible());                            // without closing the dialog
        QCOMPARE(chooser->tagIds().size(), 1);
        chooser->findChild<QPlainTextEdit *>(u"noteEdit"_s)->setPlainText(u"Japanese name of the islands"_s);
        chooser->accept();
    });
    c->annotateAction()->trigger();
    QVERIFY(chooserSeen);

    AnnotationDocument &doc = c->document();
    QCOMPARE(doc.annotations().size(), 1);
    const Annotation a = doc.annotations().first();
    QCOMPARE(a.quote.exact, quote);
    QCOMPARE(doc.tagPaths(a), QStringList{u"Framing/Sovereignty"_s});
    QCOMPARE(a.note, u"Japanese name of the islands"_s);
    // Highlighted, with its tags and note on hover; listed in the dock.
    const auto highlighted = [&] {
        for (const QTextEdit::ExtraSelection &s : viewer->body()->extraSelections()) {
            if (s.cursor.selectedText() == quote)
                return true;
        }
        return false;
    };
    QVERIFY(highlighted());
    const QString tip = c->tooltipAt(a.span.start + 1);
    QVERIFY(tip.contains(u"Framing/Sovereignty"_s));
    QVERIFY(tip.contains(u"Japanese name of the islands"_s));
    QTreeView *list = c->annotationsDock()->view();
    QCOMPARE(list->model()->rowCount(), 1);

    // Ctrl+Z undoes the annotation, then the tag; Ctrl+Shift+Z brings both back.
    QCOMPARE(c->undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
    QApplication::setActiveWindow(w.get());
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    QTest::keySequence(w.get(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    QCOMPARE(doc.annotations().size(), 0);
    QVERIFY(!highlighted());
    QCOMPARE(list->model()->rowCount(), 0);
    QTest::keySequence(w.get(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    QVERIFY(doc.codebook().isEmpty());
    QVERIFY(!c->undoAction()->isEnabled());
    QTest::keySequence(w.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QTest::keySequence(w.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QCOMPARE(doc.annotations().size(), 1);
    QCOMPARE(doc.annotations().first(), a);
    QVERIFY(highlighted());
    QCOMPARE(list->model()->rowCount(), 1);
}

void TestAnnotationGui::selectingAnAnnotationOpensThePassage()
{
    auto w = makeWindow(u"open.parallax"_s);
    QVERIFY(w);
    ui::AnnotationController *c = w->annotations();
    ui::DocumentViewer *viewer = w->viewer();
    const qint64 first = viewer->articleId();
    const QString quote = viewer->article().body.mid(40, 30);
    select(viewer, quote);
    const qint64 id = c->annotateSelection({}, u"look here"_s);
    QVERIFY(id > 0);
    const qint64 other = first == 1 ? 2 : 1;
    w->hub().setArticle(other);
    QCOMPARE(viewer->articleId(), other);

    QTreeView *list = c->annotationsDock()->view();
    QApplication::setActiveWindow(w.get());
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    QCOMPARE(w->hub().article(), first);
    QCOMPARE(viewer->articleId(), first);
    QCOMPARE(viewer->body()->textCursor().selectedText(), quote.trimmed());

    // "This article" shows only the annotations of the article being read.
    c->annotationsDock()->currentArticleOnly()->setChecked(true);
    QCOMPARE(list->model()->rowCount(), 1);
    w->hub().setArticle(other);
    QCOMPARE(list->model()->rowCount(), 0);
}

void TestAnnotationGui::codebookSelectionFiltersTheList()
{
    auto w = makeWindow(u"codebook.parallax"_s);
    QVERIFY(w);
    ui::AnnotationController *c = w->annotations();
    AnnotationDocument &doc = c->document();
    const QString body = w->viewer()->article().body;
    const qint64 article = w->viewer()->articleId();
    const qint64 names = doc.ensureTagPath(u"Names/Japanese"_s);
    const qint64 other = doc.addTag(u"Actors"_s, 0, QColor(u"#7570b3"_s));
    doc.addAnnotation(article, body, Span{0, 10}, {names});
    doc.addAnnotation(article, body, Span{20, 30}, {other});
    QTreeView *list = c->annotationsDock()->view();
    QCOMPARE(list->model()->rowCount(), 2);
    c->codebookDock()->setCurrentTag(doc.codebook().findPath(u"Names"_s));
    QCOMPARE(list->model()->rowCount(), 1);
    c->codebookDock()->setCurrentTag(other);
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(c->codebookDock()->view()->model()->rowCount(), 2);
    // Deleting the selected tag from the model side updates both docks.
    QVERIFY(doc.deleteTag(other, TagDeletion::Untag));
    QCOMPARE(c->codebookDock()->view()->model()->rowCount(), 1);
    QCOMPARE(list->model()->rowCount(), 2);
}

void TestAnnotationGui::annotationsSurviveReopening()
{
    qint64 id = 0;
    {
        auto w = makeWindow(u"reopen.parallax"_s);
        QVERIFY(w);
        select(w->viewer(), w->viewer()->article().body.left(12));
        id = w->annotations()->annotateSelection({}, {});
        QVERIFY(id > 0);
    }
    auto w = makeWindow(u"reopen.parallax"_s);
    QVERIFY(w->annotations()->document().annotation(id));
    QCOMPARE(w->annotations()->annotationsDock()->view()->model()->rowCount(), 1);
}

void TestAnnotationGui::orphansArePlacedByTheUser()
{
    auto w = makeWindow(u"orphan.parallax"_s);
    QVERIFY(w);
    ui::AnnotationController *c = w->annotations();
    AnnotationDocument &doc = c->document();
    const Article &article = w->viewer()->article();
    const qint64 id = doc.addAnnotation(article.id, article.body, Span{10, 30});
    // The article's text changed elsewhere: the quote is gone.
    QCOMPARE(doc.reanchorArticle(article.id, u"An entirely different text."_s), QList<qint64>{id});
    QVERIFY(doc.annotation(id)->orphan);
    QTreeView *list = c->annotationsDock()->view();
    QVERIFY(list->model()->index(0, 0).data().toString().startsWith(u"[not found]"_s));
    select(w->viewer(), article.body.mid(50, 15));
    QVERIFY(c->placeAtSelection(id));
    QVERIFY(!doc.annotation(id)->orphan);
    QCOMPARE(doc.annotation(id)->quote.exact, article.body.mid(50, 15).trimmed());
    doc.undoStack()->undo();
    QVERIFY(doc.annotation(id)->orphan);
}

QTEST_MAIN(TestAnnotationGui)
#include "tst_annotationgui.moc"
