// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reader in the real main window (offscreen): zoom, find, copy with citation,
// article navigation and highlight layers.
#include "import/importer.h"
#include "itemmodels/articlelistmodel.h"
#include "selection/selectionhub.h"
#include "store/store.h"
#include "ui/import/importcontroller.h"
#include "ui/library/librarydock.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "ui/viewer/documentviewer.h"
#include "ui/viewer/findbar.h"
#include "wirecopies.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTabBar>
#include <QTest>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestReaderGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void zoomChangesTheFontSize();
    void findCountsAndNavigatesMatches();
    void copyPutsPassageAndCitation();
    void citationSaysWhenTheOutletIsUnknown();
    void nextAndPreviousArticleFollowTheLibrary();
    void nextAndPreviousArticleBeyondTheRowsLoaded();
    void togglingALayerRemovesItsHighlights();
    void tabsHoldSeveralArticles();
    void copiesAndVersionsAreLinked();
    void japaneseSearchHitsInsideWords();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::DocumentViewer *m_viewer = nullptr;
};

void TestReaderGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"parallax-reader-test"_s);
    auto store = std::make_unique<store::Store>();
    QVERIFY(store->open(m_dir.filePath(u"reader.db"_s)));
    import::Importer importer(*store);
    importer.run({QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds")});
    QCOMPARE(store->articleCount(), 5);
}

void TestReaderGui::init()
{
    ui::Settings::instance().setReaderFontSize(0);
    for (const QString &layer : {u"search"_s, u"entities"_s, u"framing"_s, u"annotations"_s})
        ui::Settings::instance().setHighlightLayerVisible(layer, true);
    auto store = std::make_unique<store::Store>();
    QVERIFY(store->open(m_dir.filePath(u"reader.db"_s)));
    m_window = std::make_unique<ui::MainWindow>(std::move(store));
    m_window->importer()->setShowReport(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_viewer = m_window->viewer();
    QVERIFY(m_viewer->articleId() > 0);
}

void TestReaderGui::cleanup()
{
    m_window.reset();
}

void TestReaderGui::zoomChangesTheFontSize()
{
    const int base = m_viewer->body()->font().pointSize();
    QCOMPARE(base, m_viewer->body()->defaultPointSize());
    QTest::keyClick(m_viewer->body(), Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(m_viewer->body()->font().pointSize(), base + 1);
    QCOMPARE(ui::Settings::instance().readerFontSize(), base + 1);
    QTest::keyClick(m_viewer->body(), Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(m_viewer->body()->font().pointSize(), base + 2);
    m_viewer->zoomOutAction()->trigger();
    m_viewer->zoomOutAction()->trigger();
    m_viewer->zoomOutAction()->trigger();
    QCOMPARE(m_viewer->body()->font().pointSize(), base - 1);

    // The size is kept for the next window.
    {
        auto store = std::make_unique<store::Store>();
        QVERIFY(store->open(m_dir.filePath(u"reader.db"_s)));
        ui::MainWindow second(std::move(store));
        QCOMPARE(second.viewer()->body()->font().pointSize(), base - 1);
    }

    QTest::keyClick(m_viewer->body(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_viewer->body()->font().pointSize(), base);
    QCOMPARE(ui::Settings::instance().readerFontSize(), 0);
}

void TestReaderGui::findCountsAndNavigatesMatches()
{
    const QString body = m_viewer->article().body;
    const QString needle = u"japan"_s; // the bodies write "Japan", "Japanese"
    const int expected = int(body.count(needle, Qt::CaseInsensitive));
    QVERIFY(expected > 2);

    ui::FindBar *bar = m_viewer->findBar();
    QVERIFY(!bar->isVisible());
    QTest::keyClick(m_viewer->body(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    QVERIFY(bar->field()->hasFocus());
    QTest::keyClicks(bar->field(), needle);
    QCOMPARE(bar->matchCount(), expected);
    QCOMPARE(bar->currentMatch(), 0);
    auto *count = bar->findChild<QLabel *>(u"findCount"_s);
    QCOMPARE(count->text(), u"1 of %1"_s.arg(expected));
    const auto extra = m_viewer->body()->extraSelections();
    const int found = int(std::count_if(extra.begin(), extra.end(), [&](const QTextEdit::ExtraSelection &s) {
        return s.cursor.selectedText().compare(needle, Qt::CaseInsensitive) == 0;
    }));
    QVERIFY(found >= expected);

    QTest::keyClick(bar->field(), Qt::Key_Return);
    QCOMPARE(bar->currentMatch(), 1);
    QCOMPARE(count->text(), u"2 of %1"_s.arg(expected));
    QTest::keyClick(bar->field(), Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClick(bar->field(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(bar->currentMatch(), expected - 1); // wraps around
    QTest::keyClick(bar->field(), Qt::Key_F3);
    QCOMPARE(bar->currentMatch(), 0);

    bar->field()->setText(u"no such words here"_s);
    QCOMPARE(bar->matchCount(), 0);
    QCOMPARE(count->text(), u"No match"_s);

    bar->field()->setText(needle);
    QTest::keyClick(bar->field(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    for (const auto &s : m_viewer->body()->extraSelections())
        QVERIFY(s.cursor.selectedText().compare(needle, Qt::CaseInsensitive) != 0);
}

void TestReaderGui::copyPutsPassageAndCitation()
{
    const Article &a = m_viewer->article();
    const QString passage = a.body.left(40);
    QTextCursor c(m_viewer->body()->document());
    c.setPosition(0);
    c.setPosition(int(passage.size()), QTextCursor::KeepAnchor);
    m_viewer->body()->setTextCursor(c);
    QTest::keyClick(m_viewer->body(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);

    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    const QString text = mime->text();
    QVERIFY2(text.startsWith(passage + u"\n— "_s), qPrintable(text));
    QVERIFY(text.contains(u"“%1”"_s.arg(a.title)));
    QVERIFY(a.outlet.isEmpty() ? text.contains(u"outlet unknown"_s) : text.contains(a.outlet));
    QVERIFY(a.published.isValid());
    QVERIFY(text.contains(QString::number(a.published.year())));
    QVERIFY(mime->hasHtml());
    QVERIFY(mime->html().contains(u"<blockquote>"_s));
    QVERIFY(mime->html().contains(a.title.toHtmlEscaped()));
}

void TestReaderGui::citationSaysWhenTheOutletIsUnknown()
{
    Article a;
    a.title = u"Talks resume"_s;
    a.published = QDate(2019, 12, 19);
    const QString line = ui::DocumentViewer::citation(a);
    QVERIFY2(line.startsWith(u"— outlet unknown, "_s), qPrintable(line));
    QVERIFY(line.endsWith(u", “Talks resume”"_s));
    a.outlet = u"Kyodo"_s;
    a.published = {};
    QCOMPARE(ui::DocumentViewer::citation(a), u"— Kyodo, date unknown, “Talks resume”"_s);
}

void TestReaderGui::nextAndPreviousArticleFollowTheLibrary()
{
    auto *model = m_window->findChild<itemmodels::ArticleListModel *>();
    QVERIFY(model);
    QVERIFY(model->rowCount() >= 3);
    SelectionHub *hub = m_window->findChild<SelectionHub *>();
    QVERIFY(hub);
    hub->setArticle(model->idAt(0));
    QCOMPARE(m_viewer->articleId(), model->idAt(0));

    QTest::keyClick(m_viewer->body(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(hub->article(), model->idAt(1));
    QCOMPARE(m_viewer->articleId(), model->idAt(1));
    QCOMPARE(m_window->library()->findChild<QTableView *>()->currentIndex().row(), 1); // the library follows
    m_viewer->nextArticleAction()->trigger();
    QCOMPARE(hub->article(), model->idAt(2));
    QTest::keyClick(m_viewer->body(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(hub->article(), model->idAt(1));

    // At the ends nothing moves.
    hub->setArticle(model->idAt(0));
    m_viewer->previousArticleAction()->trigger();
    QCOMPARE(hub->article(), model->idAt(0));
    const int last = model->rowCount() - 1;
    hub->setArticle(model->idAt(last));
    m_viewer->nextArticleAction()->trigger();
    QCOMPARE(hub->article(), model->idAt(last));
}

void TestReaderGui::nextAndPreviousArticleBeyondTheRowsLoaded()
{
    // A list longer than the library looks through for the open article (4,096 rows).
    QTemporaryDir dir;
    auto store = std::make_unique<store::Store>();
    QVERIFY(store->open(dir.filePath(u"long.parallax"_s)));
    QVERIFY(store->beginTransaction());
    for (int i = 0; i < itemmodels::ArticleListModel::maxRowsToFind + 300; ++i) {
        Article a;
        a.source = u"gen-%1"_s.arg(i);
        a.title = u"Report %1"_s.arg(i);
        a.body = u"The islands talks went on, round %1."_s.arg(i);
        a.published = QDate(2010, 1, 1).addDays(i / 3);
        QCOMPARE(store->insertArticle(a), store::Store::InsertOutcome::Inserted);
    }
    QVERIFY(store->commitTransaction());
    const QList<store::ArticleSummary> order =
        *store->articles({}, store::SortKey::Published, Qt::DescendingOrder, 0, -1); // the library's order
    m_window = std::make_unique<ui::MainWindow>(std::move(store));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_viewer = m_window->viewer();
    auto *model = m_window->findChild<itemmodels::ArticleListModel *>();
    SelectionHub *hub = m_window->findChild<SelectionHub *>();
    QVERIFY(model && hub);
    QCOMPARE(model->sortOrder(), Qt::DescendingOrder);
    const int far = itemmodels::ArticleListModel::maxRowsToFind + 200;
    // Stepping from it while the library has not loaded the rows down to it.
    model->setLoadDownLimit(0);
    for (const int from : {6000, 0}) { // the neighbour read on a thread of its own, then at once
        model->setBackgroundFrom(from);
        hub->setArticle(order.at(far).id);
        QCOMPARE(model->rowOf(order.at(far).id), -1); // further than the library looks at once
        m_viewer->nextArticleAction()->trigger();
        QTRY_COMPARE(hub->article(), order.at(far + 1).id);
        m_viewer->previousArticleAction()->trigger();
        m_viewer->previousArticleAction()->trigger();
        QTRY_COMPARE(hub->article(), order.at(far - 1).id);
    }
    // The library loads the rows down to it (on a thread of its own in a large corpus, else at
    // once) and selects it, as it does an article near the top.
    model->setLoadDownLimit(250000);
    QTableView *view = m_window->library()->view();
    for (const int from : {0, 6000}) {
        model->setBackgroundFrom(from);
        model->reload();
        QCOMPARE(model->rowCount(), 256);
        hub->setArticle(order.at(far + (from == 0 ? 10 : 20)).id);
        QTRY_COMPARE(view->currentIndex().row(), far + (from == 0 ? 10 : 20));
        QVERIFY(view->selectionModel()->isRowSelected(far + (from == 0 ? 10 : 20), {}));
        QCOMPARE(model->idAt(far + (from == 0 ? 10 : 20)), order.at(far + (from == 0 ? 10 : 20)).id);
    }
}

void TestReaderGui::togglingALayerRemovesItsHighlights()
{
    ui::BodyView *body = m_viewer->body();
    const auto countLayer = [body](const QColor &colour) {
        const auto extra = body->extraSelections();
        return int(std::count_if(extra.begin(), extra.end(),
                                 [&](const auto &s) { return s.format.background().color() == colour; }));
    };

    // Framing terms are offered while the open article has some (every sample article has),
    // and drawn; not when nothing is open.
    QAction *framing = m_viewer->layerAction(u"framing"_s);
    QMenu *highlights = m_window->findChild<QMenu *>(u"menuHighlights"_s);
    QVERIFY(highlights);
    Q_EMIT highlights->aboutToShow();
    QVERIFY(framing->isVisible());
    QVERIFY(body->highlightCount(u"framing"_s) > 0);
    const qint64 open = m_viewer->articleId();
    m_window->hub().setArticle(0);
    Q_EMIT highlights->aboutToShow();
    QVERIFY(!framing->isVisible());
    m_window->hub().setArticle(open);
    Q_EMIT highlights->aboutToShow();
    QVERIFY(framing->isVisible());
    const QColor marker(1, 2, 3);
    QTextCharFormat f;
    f.setBackground(marker);
    body->setLayer(u"entities"_s, {{Span{0, 5}, f}, {Span{10, 15}, f}});
    QCOMPARE(countLayer(marker), 2);

    QAction *toggle = m_viewer->layerAction(u"entities"_s);
    QVERIFY(toggle && toggle->isChecked());
    toggle->trigger();
    QVERIFY(!body->isLayerVisible(u"entities"_s));
    QCOMPARE(countLayer(marker), 0);
    QVERIFY(!ui::Settings::instance().highlightLayerVisible(u"entities"_s));
    // Layers set while hidden stay hidden, and come back when shown again.
    body->setLayer(u"entities"_s, {{Span{0, 5}, f}});
    QCOMPARE(countLayer(marker), 0);
    toggle->trigger();
    QCOMPARE(countLayer(marker), 1);
    QVERIFY(ui::Settings::instance().highlightLayerVisible(u"entities"_s));

    // The search layer hides the same way and the hidden state is restored in a new window.
    m_window->search(u"Lavrov"_s);
    QVERIFY(m_viewer->hitCount() > 0);
    const int withSearch = int(body->extraSelections().size());
    m_viewer->layerAction(u"search"_s)->trigger();
    QCOMPARE(int(body->extraSelections().size()), withSearch - m_viewer->hitCount());
    auto store = std::make_unique<store::Store>();
    QVERIFY(store->open(m_dir.filePath(u"reader.db"_s)));
    ui::MainWindow second(std::move(store));
    QVERIFY(!second.viewer()->body()->isLayerVisible(u"search"_s));
    QVERIFY(!second.viewer()->layerAction(u"search"_s)->isChecked());
}

// Under the metadata, the reader names the near-duplicates the import linked with the article and
// its other versions, as links that open them.
void TestReaderGui::copiesAndVersionsAreLinked()
{
    // The sample articles have no copies and no other versions: no line.
    QVERIFY(m_viewer->isVisible() && m_viewer->articleId() > 0);
    QVERIFY(!m_viewer->relatedLabel()->isVisible());
    QVERIFY(m_viewer->relatedLabel()->text().isEmpty());
    m_window.reset();
    QTemporaryDir dir;
    const auto write = [](const QString &path, const QByteArray &bytes) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    };
    QVERIFY(write(dir.filePath(u"wire.jsonl"_s), testing::wireCopiesJsonl()));
    const QString statement = dir.filePath(u"statement.txt"_s);
    QVERIFY(write(statement, "Ministry statement\n\nThe ministry said the talks would continue in January."));
    auto store = std::make_unique<store::Store>();
    QVERIFY(store->open(dir.filePath(u"copies.parallax"_s)));
    {
        import::Importer importer(*store);
        QCOMPARE(importer.run({dir.filePath(u"wire.jsonl"_s), statement}).articlesImported, 5);
        QVERIFY(write(statement, "Ministry statement\n\nThe ministry said the talks would continue in February."));
        QCOMPARE(importer.run({statement}).articlesImported, 1);
    }
    m_window = std::make_unique<ui::MainWindow>(std::move(store));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_viewer = m_window->viewer();
    QLabel *related = m_viewer->relatedLabel();

    m_window->hub().setArticle(1); // the Kyodo original
    QTRY_VERIFY(related->isVisible());
    QVERIFY2(related->text().startsWith(u"Repeated by <a href=\"article:2\">Japan Times · "_s), qPrintable(related->text()));
    QVERIFY(related->text().contains(u"<a href=\"article:3\">Mainichi · "_s));
    QVERIFY(related->text().contains(u"same text, "_s));
    QVERIFY(related->toolTip().contains(u"Island talks to continue"_s));

    Q_EMIT related->linkActivated(u"article:3"_s);
    QCOMPARE(m_viewer->articleId(), 3);
    QVERIFY2(related->text().startsWith(u"Repeats <a href=\"article:1\">Kyodo · "_s), qPrintable(related->text()));
    QVERIFY2(related->text().contains(u", as does <a href=\"article:2\">Japan Times · 20 Dec 2019</a>."_s), qPrintable(related->text()));

    // A search that matches the title only says so, rather than "no match".
    m_window->hub().setSearchQuery(u"title:planned"_s);
    auto *hits = m_viewer->findChild<QLabel *>(u"viewerHits"_s);
    QCOMPARE(hits->text(), u"“title:planned” matches the title, not the text"_s);
    m_window->hub().setSearchQuery(u"herring"_s);
    QCOMPARE(hits->text(), u"No match for “herring” in this article"_s);
    // a phrase is named without its own quotes; a longer query as typed, in single quotes
    m_window->hub().setSearchQuery(u"\"herring boats\""_s);
    QCOMPARE(hits->text(), u"No match for “herring boats” in this article"_s);
    m_window->hub().setSearchQuery(u"\"herring boats\" OR cod"_s);
    QCOMPARE(hits->text(), u"No match for ‘\"herring boats\" OR cod’ in this article"_s);
    m_window->hub().setSearchQuery(QString());

    m_window->hub().setArticle(4); // another story: no line
    QVERIFY(!related->isVisible());
    m_window->hub().setArticle(5); // the statement as first imported
    QVERIFY2(related->text().contains(u"earlier version: <a href=\"article:6\">"_s), qPrintable(related->text()));
    Q_EMIT related->linkActivated(u"article:6"_s);
    QCOMPARE(m_viewer->articleId(), 6);
    QVERIFY2(related->text().contains(u"<a href=\"article:5\">the earlier version</a>"_s), qPrintable(related->text()));

    // The library lists the earlier version set apart: italic, marked, with the reason.
    auto *model = m_window->findChild<itemmodels::ArticleListModel *>();
    QVERIFY(model);
    const int earlier = model->rowOf(5);
    const int current = model->rowOf(6);
    QVERIFY(earlier >= 0 && current >= 0);
    const QModelIndex title = model->index(earlier, itemmodels::ArticleListModel::TitleColumn);
    QCOMPARE(title.data().toString(), u"Ministry statement (earlier version)"_s);
    QVERIFY(title.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(title.data(Qt::ToolTipRole).toString().contains(u"changed version of this article was imported later (article 6)"_s));
    QCOMPARE(title.data(itemmodels::ArticleListModel::SupersededByRole).toLongLong(), 6);
    const QModelIndex now = model->index(current, itemmodels::ArticleListModel::TitleColumn);
    QCOMPARE(now.data().toString(), u"Ministry statement"_s);
    QVERIFY(!now.data(Qt::FontRole).isValid());
    QCOMPARE(now.data(itemmodels::ArticleListModel::SupersededByRole).toLongLong(), 0);

    m_window.reset();
    m_viewer = nullptr;
}

void TestReaderGui::tabsHoldSeveralArticles()
{
    auto *model = m_window->findChild<itemmodels::ArticleListModel *>();
    SelectionHub *hub = m_window->findChild<SelectionHub *>();
    QVERIFY(model && hub && model->rowCount() >= 4);
    QTabBar *tabs = m_viewer->tabs();
    hub->setArticle(model->idAt(0));
    QCOMPARE(tabs->count(), 1);
    QVERIFY(!tabs->isVisible()); // one article needs no tab bar

    m_viewer->openInNewTab(model->idAt(1));
    QCOMPARE(tabs->count(), 2);
    QVERIFY(tabs->isVisible());
    QCOMPARE(hub->article(), model->idAt(1));
    QCOMPARE(m_viewer->articleId(), model->idAt(1));

    // A plain selection replaces the current tab's article.
    hub->setArticle(model->idAt(2));
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabData(1).toLongLong(), model->idAt(2));
    tabs->setCurrentIndex(0);
    QCOMPARE(hub->article(), model->idAt(0));
    QCOMPARE(m_viewer->articleId(), model->idAt(0));

    // Ctrl+click in the library opens a new tab.
    auto *view = m_window->library()->findChild<QTableView *>();
    const QRect row3 = view->visualRect(model->index(3, 0));
    QVERIFY(row3.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, row3.center());
    QCOMPARE(hub->article(), model->idAt(3));
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->tabData(tabs->currentIndex()).toLongLong(), model->idAt(3));

    // Ctrl+W closes the current tab, a middle click the one under the mouse.
    QTest::keyClick(m_viewer->body(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(hub->article(), tabs->tabData(tabs->currentIndex()).toLongLong());
    QCOMPARE(m_viewer->articleId(), hub->article());
    const QPoint first = tabs->tabRect(0).center();
    const qint64 second = tabs->tabData(1).toLongLong();
    QTest::mouseClick(tabs, Qt::MiddleButton, {}, first);
    QCOMPARE(tabs->count(), 1);
    QVERIFY(!tabs->isVisible());
    QCOMPARE(hub->article(), second);
}

// A Japanese search finds its characters inside longer words (as the trigram index does), and the
// reader marks each of them, not only where the word boundaries happen to fall.
void TestReaderGui::japaneseSearchHitsInsideWords()
{
    m_window.reset();
    QTemporaryDir dir;
    QFile f(dir.filePath(u"ja.jsonl"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(u"{\"title\": \"北方領土の交渉\", \"text\": \"北方領土問題の交渉が再開された。領土の返還を求めた。\", "
            "\"source\": \"朝日新聞\", \"date\": \"2019-12-19\", \"language\": \"ja\"}\n"_s.toUtf8());
    f.close();
    auto store = std::make_unique<store::Store>();
    QVERIFY(store->open(dir.filePath(u"ja.parallax"_s)));
    QCOMPARE(import::Importer(*store).run({f.fileName()}).articlesImported, 1);
    m_window = std::make_unique<ui::MainWindow>(std::move(store));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_viewer = m_window->viewer();
    m_window->hub().setArticle(1);
    QTRY_COMPARE(m_viewer->articleId(), 1);
    m_window->hub().setSearchQuery(u"領土"_s);
    QCOMPARE(m_viewer->hitCount(), 2);
    m_window->hub().setSearchQuery(u"北方領土"_s);
    QCOMPARE(m_viewer->hitCount(), 1);
    m_window->hub().setSearchQuery(u"返還 OR 再開"_s);
    QCOMPARE(m_viewer->hitCount(), 2);
    m_window->hub().setSearchQuery(u"択捉"_s);
    QCOMPARE(m_viewer->hitCount(), 0);
}

QTEST_MAIN(TestReaderGui)
#include "tst_reader_gui.moc"
