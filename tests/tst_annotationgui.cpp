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
#include "ui/theme.h"
#include "ui/viewer/overlaps.h"
#include "ui/viewer/documentviewer.h"

#include <QAction>
#include <QMap>

#include <cmath>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QAbstractButton>
#include <QSqlQuery>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

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
    void overlapBandsSweep();
    void overlapsStayLegible();
    void reimportInTheWindowMovesAnnotations();
    void aChangeThatCannotBeSavedIsOfferedAgain();

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
        // No tags yet: the chooser says what typing a name does, instead of an empty box.
        auto *noTags = chooser->findChild<QLabel *>(u"noTags"_s);
        QVERIFY(noTags && noTags->isVisible());
        QVERIFY2(noTags->text().startsWith(u"No tags yet."_s), qPrintable(noTags->text()));
        QTest::keyClicks(chooser->filterField(), u"Framing/Sovereignty"_s);
        QTest::keyClick(chooser->filterField(), Qt::Key_Return); // creates and checks the tag
        QVERIFY(!noTags->isVisible());
        QVERIFY(chooser->findChild<QTreeWidget *>(u"tagTree"_s)->isVisible());
        chooser->filterField()->setText(u"Economy"_s);
        QVERIFY(noTags->isVisible());
        QCOMPARE(noTags->text(), u"No tag matches “Economy”.\n\nPress Enter to make it."_s);
        chooser->filterField()->clear();
        QVERIFY(!noTags->isVisible());
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
    const auto highlighted = [&] { // a tint over the quote (the framing layer underlines the name, untinted)
        for (const QTextEdit::ExtraSelection &s : viewer->body()->extraSelections()) {
            if (s.cursor.selectedText() == quote && s.format.hasProperty(QTextFormat::BackgroundBrush))
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

    // Or from the reader's context menu, on the selection.
    select(w->viewer(), article.body.mid(60, 12));
    bool offered = false;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QAction *place = menu ? menu->findChild<QAction *>(u"actionPlaceOrphan"_s) : nullptr;
        offered = place != nullptr;
        if (menu)
            menu->close();
        if (place)
            place->trigger();
    });
    Q_EMIT w->viewer()->body()->customContextMenuRequested(QPoint(5, 5));
    QVERIFY(offered);
    QVERIFY(!doc.annotation(id)->orphan);
    QCOMPARE(doc.annotation(id)->quote.exact, article.body.mid(60, 12).trimmed());
}


namespace {

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double x = luminance(a), y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

/** The overlap bands the reader draws, by start. */
QMap<int, QTextCharFormat> bands(ui::BodyView *body)
{
    QMap<int, QTextCharFormat> out;
    for (const QTextEdit::ExtraSelection &s : body->extraSelections()) {
        if (s.format.hasProperty(ui::OverlapCount))
            out.insert(s.cursor.selectionStart(), s.format);
    }
    return out;
}

} // namespace

void TestAnnotationGui::overlapBandsSweep()
{
    auto tinted = [](const QColor &c, int alpha, bool underline) {
        QTextCharFormat f;
        QColor bg = c;
        bg.setAlpha(alpha);
        f.setBackground(bg);
        if (underline) {
            f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            f.setUnderlineColor(c);
        }
        return f;
    };
    const QColor white(Qt::white), black(Qt::black);
    // search [0,10), annotation A [5,20), annotation B [8,30), entity [40,50) alone, search [45,48) with it.
    const QList<ui::LayeredHighlight> drawn{
        {u"search"_s, Span{0, 10}, tinted(QColor(u"#ffe570"_s), 255, false)},
        {u"entities"_s, Span{40, 50}, tinted(QColor(u"#a6cee3"_s), 255, false)},
        {u"search"_s, Span{45, 48}, tinted(QColor(u"#ffe570"_s), 255, false)},
        {u"annotations"_s, Span{5, 20}, tinted(QColor(u"#d62728"_s), 90, true)},
        {u"annotations"_s, Span{8, 30}, tinted(QColor(u"#1f77b4"_s), 90, true)},
    };
    const QList<ui::LayeredHighlight> bands = ui::overlapBands(drawn, {u"annotations"_s}, white, black);
    // [5,8) search+A, [8,10) search+A+B, [10,20) A+B; nothing where no annotation is involved.
    QCOMPARE(bands.size(), 3);
    QCOMPARE(bands.at(0).span, (Span{5, 8}));
    QCOMPARE(bands.at(0).format.property(ui::OverlapLayers).toStringList(), (QStringList{u"search"_s, u"annotations"_s}));
    QCOMPARE(bands.at(1).span, (Span{8, 10}));
    QCOMPARE(bands.at(1).format.property(ui::OverlapCount).toInt(), 3);
    QCOMPARE(bands.at(2).span, (Span{10, 20}));
    QCOMPARE(bands.at(2).format.underlineColor(), QColor(u"#1f77b4"_s)); // the topmost
    QVERIFY(bands.at(2).format.fontOverline());
    for (const ui::LayeredHighlight &b : bands)
        QVERIFY(contrast(b.format.foreground().color(), b.format.background().color()) >= 4.5);
    // More layers meeting: a darker band than fewer.
    QVERIFY(luminance(bands.at(1).format.background().color()) < luminance(bands.at(0).format.background().color()));
    QVERIFY(ui::overlapBands(drawn, {}, white, black).isEmpty());
    // The same highlights continuing make one band, not one per event.
    const QList<ui::LayeredHighlight> touching{
        {u"annotations"_s, Span{0, 10}, tinted(Qt::red, 90, true)},
        {u"annotations"_s, Span{2, 6}, tinted(Qt::blue, 90, true)},
        {u"annotations"_s, Span{6, 10}, tinted(Qt::blue, 90, true)},
    };
    const QList<ui::LayeredHighlight> merged = ui::overlapBands(touching, {u"annotations"_s}, white, black);
    QCOMPARE(merged.size(), 1);
    QCOMPARE(merged.first().span, (Span{2, 10}));
}

void TestAnnotationGui::overlapsStayLegible()
{
    auto w = makeWindow(u"overlaps.parallax"_s);
    QVERIFY(w);
    w->search(u"islands"_s);
    ui::DocumentViewer *viewer = w->viewer();
    ui::BodyView *body = viewer->body();
    QVERIFY(viewer->hitCount() > 0);
    // A search hit far enough from the start and from the article's framing terms (their own
    // layer, dotted underlines), and two annotations overlapping each other and it.
    QList<Span> searchHits, terms;
    for (const QTextEdit::ExtraSelection &s : body->extraSelections()) {
        const Span span{s.cursor.selectionStart(), s.cursor.selectionEnd()};
        if (s.format == ui::matchFormat(viewer->palette(), false) || s.format == ui::matchFormat(viewer->palette(), true))
            searchHits.append(span);
        else if (s.format.underlineStyle() == QTextCharFormat::DotLine)
            terms.append(span);
    }
    QVERIFY(!terms.isEmpty());
    Span hit;
    for (const Span &h : std::as_const(searchHits)) {
        const Span around{h.start - 10, h.end + 10};
        if (around.start >= 0 && around.end < viewer->article().body.size()
            && std::none_of(terms.cbegin(), terms.cend(),
                            [&](const Span &t) { return t.start < around.end && around.start < t.end; })) {
            hit = h;
            break;
        }
    }
    QVERIFY(hit.length() > 0);
    AnnotationDocument &doc = w->annotations()->document();
    const QColor red(u"#d62728"_s), blue(u"#1f77b4"_s);
    const qint64 first = doc.addTag(u"Claims"_s, 0, red);
    const qint64 second = doc.addTag(u"Names"_s, 0, blue);
    const QString text = viewer->article().body;
    QVERIFY(doc.addAnnotation(viewer->articleId(), text, Span{hit.start - 10, hit.end}, {first}, u"first note"_s));
    QVERIFY(doc.addAnnotation(viewer->articleId(), text, Span{hit.start - 5, hit.end + 10}, {second}, u"second note"_s));

    auto check = [&] {
        const QColor base = body->palette().color(QPalette::Base);
        const QMap<int, QTextCharFormat> found = bands(body);
        QCOMPARE(found.size(), 2); // the two annotations; both with the search hit
        const QTextCharFormat both = found.value(hit.start - 5);
        QCOMPARE(both.property(ui::OverlapCount).toInt(), 2);
        QCOMPARE(both.property(ui::OverlapLayers).toStringList(), (QStringList{u"annotations"_s, u"annotations"_s}));
        QVERIFY(both.fontOverline());
        QCOMPARE(both.underlineColor(), blue); // the topmost annotation's underline
        // Darker than either annotation alone: the tints add up.
        QColor tint;
        for (const QTextEdit::ExtraSelection &s : body->extraSelections()) {
            if (s.cursor.selectionStart() == hit.start - 10 && s.cursor.selectionEnd() == hit.end)
                tint = s.format.background().color();
        }
        QVERIFY(tint.isValid() && tint.alpha() < 255);
        const QColor one = ui::composite(base, tint);
        const double bandLuma = luminance(both.background().color());
        if (luminance(base) > 0.5)
            QVERIFY(bandLuma < luminance(one));
        else // on a dark base, two tints lift it further from the base
            QVERIFY(std::abs(bandLuma - luminance(base)) > std::abs(luminance(one) - luminance(base)));
        QVERIFY(contrast(both.foreground().color(), both.background().color()) >= 4.5);

        const QTextCharFormat withHit = found.value(hit.start);
        QCOMPARE(withHit.property(ui::OverlapCount).toInt(), 3);
        QVERIFY(withHit.property(ui::OverlapLayers).toStringList().contains(u"search"_s));
        QVERIFY(withHit.background().color() != both.background().color()); // the hit shows through
        QVERIFY(contrast(withHit.foreground().color(), withHit.background().color()) >= 4.5);
    };
    check();
    // Hovering the overlap lists both annotations.
    const QString tip = w->annotations()->tooltipAt(hit.start - 2);
    QVERIFY(tip.contains(u"Claims"_s) && tip.contains(u"first note"_s));
    QVERIFY(tip.contains(u"Names"_s) && tip.contains(u"second note"_s));
    // Hiding the annotations layer removes the bands; the search hits stay as they were.
    w->viewer()->layerAction(u"annotations"_s)->setChecked(false);
    QVERIFY(bands(body).isEmpty());
    w->viewer()->layerAction(u"annotations"_s)->setChecked(true);

    ui::applyTheme(ui::Theme::Dark);
    QCoreApplication::processEvents();
    QVERIFY(luminance(body->palette().color(QPalette::Base)) < 0.2);
    w->search(u"islands"_s); // search hits take the palette's colours when set
    QCOMPARE(viewer->articleId(), doc.annotation(doc.annotations().first().id)->articleId);
    check();
    ui::applyTheme(ui::Theme::Light);
}

void TestAnnotationGui::reimportInTheWindowMovesAnnotations()
{
    auto w = makeWindow(u"reimport.parallax"_s);
    QVERIFY(w);
    const QString path = m_dir.filePath(u"changing.txt"_s);
    const QString text = u"Tokyo and Moscow met again on Thursday. Russia calls the Southern Kurils its own. "
                         "Japan calls them the Northern Territories."_s;
    auto write = [&path](const QString &t) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(t.toUtf8()) > 0;
    };
    QVERIFY(write(text));
    QSignalSpy finished(w->importer(), &ui::ImportController::finished);
    w->importPaths({path});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const qint64 first = w->store().articleCount();
    const Article stored = *w->store().article(first);
    QVERIFY(stored.source.endsWith(u"changing.txt"_s));
    AnnotationDocument &doc = w->annotations()->document();
    const auto at = [&](const QString &body, const QString &quote) {
        const int s = int(body.indexOf(quote));
        return Span{s, s + int(quote.size())};
    };
    const qint64 kept = doc.addAnnotation(first, stored.body, at(stored.body, u"Southern Kurils"_s));
    const qint64 lost = doc.addAnnotation(first, stored.body, at(stored.body, u"Northern Territories"_s));

    const QString changed = u"Updated. "_s + QString(text).replace(u"Japan calls them the Northern Territories."_s,
                                                                   u"Japan disagrees."_s);
    QVERIFY(write(changed));
    w->importPaths({path});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    const auto report = finished.last().first().value<import::ImportReport>();
    QCOMPARE(report.revisions, 1);
    // The window's document follows at once: moved, re-anchored, and the orphan listed for placing.
    const qint64 second = w->store().articleCount();
    QCOMPARE(doc.annotation(kept)->articleId, second);
    const QString body = w->store().article(second)->body;
    QCOMPARE(body.mid(doc.annotation(kept)->span.start, doc.annotation(kept)->span.length()), u"Southern Kurils"_s);
    QVERIFY(doc.annotation(lost)->orphan);
    QAbstractItemModel *list = w->annotations()->annotationsDock()->view()->model();
    QStringList shown;
    for (int r = 0; r < list->rowCount(); ++r)
        shown << list->index(r, 0).data().toString();
    QVERIFY(shown.contains(u"[not found] Northern Territories"_s));
    auto *count = w->annotations()->annotationsDock()->findChild<QLabel *>(u"annotationCount"_s);
    QVERIFY(count->text().contains(u"1 not found"_s));
}

QTEST_MAIN(TestAnnotationGui)
// The corpus cannot be written for a while (a full disk; here the connection is made read-only):
// a new annotation's tags and note are offered again until they can be saved, or discarded; a
// change that cannot be saved otherwise is reported once, and memory stays as the corpus is.
void TestAnnotationGui::aChangeThatCannotBeSavedIsOfferedAgain()
{
    auto w = makeWindow(u"unsaved.parallax"_s);
    QVERIFY(w);
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    ui::AnnotationController *c = w->annotations();
    ui::DocumentViewer *viewer = w->viewer();
    const QString body = viewer->article().body;
    const auto writable = [&w](bool yes) {
        QSqlQuery q(w->store().database());
        return q.exec(yes ? u"PRAGMA query_only = 0"_s : u"PRAGMA query_only = 1"_s);
    };
    const auto stored = [&w] {
        QSqlQuery q(w->store().database());
        return q.exec(u"SELECT count(*) FROM annotations"_s) && q.next() ? q.value(0).toInt() : -1;
    };

    // Each modal dialog in turn: the chooser gets a note; each message is answered from `answers`.
    QStringList answers;
    QStringList messages;
    int openAtOnce = 0;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *chooser = qobject_cast<ui::TagChooser *>(modal)) {
            chooser->setNote(u"kept through a full disk"_s);
            chooser->accept();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            const QWidgetList windows = QApplication::topLevelWidgets();
            openAtOnce = std::max(openAtOnce, int(std::count_if(windows.cbegin(), windows.cend(), [](QWidget *t) {
                                                     return qobject_cast<QMessageBox *>(t) && t->isVisible();
                                                 })));
            messages << box->text() + u' ' + box->informativeText();
            const QString answer = answers.isEmpty() ? u"OK"_s : answers.takeFirst();
            if (answer == u"writable"_s) { // the user made room, then tries again
                QVERIFY(writable(true));
                box->button(QMessageBox::Retry)->click();
            } else if (answer == u"Retry"_s) {
                box->button(QMessageBox::Retry)->click();
            } else if (answer == u"Discard"_s) {
                box->button(QMessageBox::Discard)->click();
            } else {
                box->button(QMessageBox::Ok)->click();
            }
        }
    });
    poll.start();

    // Tried again while it still cannot be written, then once it can: saved, with its note.
    select(viewer, body.left(30));
    QVERIFY(writable(false));
    answers = {u"Retry"_s, u"writable"_s};
    c->annotateAction()->trigger();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(openAtOnce, 1);
    for (const QString &m : std::as_const(messages))
        QVERIFY2(m.startsWith(u"The annotation could not be saved. Could not save annotation: the corpus cannot be "
                              "written ("_s)
                     && m.contains(u"Discard drops its tags and note."_s),
                 qPrintable(m));
    QCOMPARE(stored(), 1);
    QCOMPARE(c->document().annotations().size(), 1);
    QCOMPARE(c->document().annotations().first().note, u"kept through a full disk"_s);

    // Discarded: nothing added, in memory or in the corpus.
    messages.clear();
    select(viewer, body.mid(40, 20));
    QVERIFY(writable(false));
    answers = {u"Discard"_s};
    c->annotateAction()->trigger();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(c->document().annotations().size(), 1);
    QVERIFY(writable(true));
    QCOMPARE(stored(), 1);

    // An undo that cannot be saved: one message, and the annotation is still there.
    messages.clear();
    QVERIFY(writable(false));
    answers = {u"OK"_s};
    QAction *undo = w->findChild<QAction *>(u"actionUndo"_s);
    const QString undoText = undo->text();
    undo->trigger();
    QTRY_COMPARE(messages.size(), 1);
    QVERIFY2(messages.first().startsWith(u"The change could not be saved. "_s)
                 && messages.first().endsWith(u"The annotations are as they were before it."_s),
             qPrintable(messages.first()));
    QCOMPARE(c->document().annotations().size(), 1);
    QVERIFY(writable(true));
    QCOMPARE(stored(), 1);
    // The stack is back where the annotations are: the next undo is the same one, and it works.
    QTRY_COMPARE(undo->text(), undoText);
    QCOMPARE(c->document().undoStack()->index(), c->document().undoStack()->count());
    // Undone from the toolbar, whose button keeps its short name and tells the rest in its tooltip.
    auto *button = w->findChild<QToolButton *>(u"actionUndoButton"_s);
    QVERIFY(button && button->isEnabled());
    QCOMPARE(button->text(), u"Undo"_s);
    QVERIFY2(button->toolTip().startsWith(undoText + u" ("_s), qPrintable(button->toolTip()));
    button->click();
    QCOMPARE(c->document().annotations().size(), 0);
    QVERIFY(!button->isEnabled());
    QCOMPARE(button->text(), u"Undo"_s);
    QCOMPARE(stored(), 0);
}

#include "tst_annotationgui.moc"
