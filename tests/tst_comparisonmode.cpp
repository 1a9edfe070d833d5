// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Comparison mode: the main window's centre switches between the reader and the comparison of
// two sources (menu, toolbar, shortcut, opening a pair) and back (Esc, opening an article).
#include "import/importer.h"
#include "query/comparisondocument.h"
#include "selection/selectionhub.h"
#include "store/store.h"
#include "ui/compare/comparepane.h"
#include "ui/compare/comparisonmode.h"
#include "ui/import/importcontroller.h"
#include "ui/mainwindow.h"
#include "ui/viewer/documentviewer.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QComboBox>
#include <QProgressBar>
#include <QSignalSpy>
#include <QToolBar>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestComparisonMode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void startsInTheReader();
    void menuActionOpensTheBestPair();
    void escapeGoesBackToTheReader();
    void openingAPairSwitchesToTheComparison();
    void openingAnArticleSwitchesToTheReader();
    void shortcutsAndToolbarSwitch();
    void docksMakeRoomAndComeBack();
    void pairsAreFoundInTheBackground();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestComparisonMode::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"parallax-test-compare-mode"_s);
    auto store = std::make_unique<store::Store>();
    QVERIFY(store->open(m_dir.filePath(u"c.parallax"_s)));
    import::Importer importer(*store);
    importer.run({QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds")});
    QCOMPARE(store->articleCount(), 5);
    m_window = std::make_unique<ui::MainWindow>(std::move(store));
    m_window->importer()->setShowReport(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestComparisonMode::init()
{
    m_window->modes()->showReader();
}

void TestComparisonMode::startsInTheReader()
{
    ui::ComparisonMode *modes = m_window->modes();
    QCOMPARE(m_window->centralWidget(), modes);
    QVERIFY(!modes->isComparing());
    QCOMPARE(modes->currentWidget(), m_window->viewer());
    QVERIFY(m_window->viewer()->isVisible());
    // The comparison is no longer a dock.
    QVERIFY(!m_window->findChild<QDockWidget *>(u"compareDock"_s));
    QVERIFY(modes->readerAction()->isChecked());
}

void TestComparisonMode::menuActionOpensTheBestPair()
{
    ui::ComparisonMode *modes = m_window->modes();
    QAction *compare = nullptr;
    for (QAction *a : m_window->menuBar()->actions()) {
        if (a->menu() && a->menu()->actions().contains(modes->compareAction()))
            compare = modes->compareAction();
    }
    QVERIFY2(compare, "View › Compare Sources is in the menu bar");
    compare->trigger();
    QVERIFY(modes->isComparing());
    QVERIFY(modes->comparePane()->isVisible());
    QVERIFY(!m_window->viewer()->isVisible());
    // Shown for the first time, the comparison opens the best pair: 000 (#1) and 002 (#3).
    QTRY_VERIFY(m_window->hub().pairLeft() > 0);
    QCOMPARE(m_window->hub().pairLeft(), 1);
    QCOMPARE(m_window->hub().pairRight(), 3);
    QTRY_VERIFY(!modes->comparePane()->bands()->bands().isEmpty());
}

void TestComparisonMode::escapeGoesBackToTheReader()
{
    ui::ComparisonMode *modes = m_window->modes();
    modes->showComparison();
    QVERIFY(modes->isComparing());
    QWidget *inside = modes->comparePane()->leftView();
    inside->setFocus();
    QTest::keyClick(inside, Qt::Key_Escape);
    QVERIFY(!modes->isComparing());
    QVERIFY(m_window->viewer()->isVisible());
    QVERIFY(modes->readerAction()->isChecked());
}

void TestComparisonMode::openingAPairSwitchesToTheComparison()
{
    ui::ComparisonMode *modes = m_window->modes();
    m_window->hub().setPair(0, 0);
    QVERIFY(!modes->isComparing());
    m_window->hub().setPair(1, 3);
    QVERIFY(modes->isComparing());
    QVERIFY(modes->compareAction()->isChecked());
    QCOMPARE(modes->comparePane()->document().comparison().right.id, 3);
}

void TestComparisonMode::openingAnArticleSwitchesToTheReader()
{
    ui::ComparisonMode *modes = m_window->modes();
    modes->showComparison();
    const qint64 other = m_window->hub().article() == 2 ? 4 : 2;
    m_window->hub().setArticle(other);
    QVERIFY(!modes->isComparing());
    QCOMPARE(m_window->viewer()->articleId(), other);
}

void TestComparisonMode::shortcutsAndToolbarSwitch()
{
    ui::ComparisonMode *modes = m_window->modes();
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QVERIFY(modes->isComparing());
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QVERIFY(!modes->isComparing());
    auto *bar = m_window->findChild<QToolBar *>(u"modeToolBar"_s);
    QVERIFY(bar);
    QVERIFY(bar->actions().contains(modes->compareAction()));
    QWidget *button = bar->widgetForAction(modes->compareAction());
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(modes->isComparing());
}

void TestComparisonMode::docksMakeRoomAndComeBack()
{
    ui::ComparisonMode *modes = m_window->modes();
    auto *timeline = m_window->findChild<QDockWidget *>(u"timelineDock"_s);
    auto *framing = m_window->findChild<QDockWidget *>(u"framingDock"_s);
    auto *library = m_window->findChild<QDockWidget *>(u"libraryDock"_s);
    QVERIFY(timeline && framing && library);
    timeline->raise();
    const QByteArray readerLayout = m_window->saveState();
    const int readerWidth = modes->width();
    const int readerHeight = modes->height();
    modes->showComparison();
    // The bottom and right docks make room; the library on the left stays.
    QVERIFY(timeline->isHidden());
    QVERIFY(framing->isHidden());
    QVERIFY(library->isVisible());
    QTRY_VERIFY(modes->height() > readerHeight);
    QVERIFY(modes->width() >= readerWidth);
    modes->showReader();
    QVERIFY(!timeline->isHidden());
    QVERIFY(!framing->isHidden());
    QCOMPARE(m_window->saveState(), readerLayout);
}

// The pair list is worked out on another thread over its own connection: reloadPairs() returns
// at once with a busy indicator showing, and the list arrives later.
void TestComparisonMode::pairsAreFoundInTheBackground()
{
    SelectionHub hub;
    ui::ComparePane pane(m_window->store(), hub);
    QSignalSpy listed(&pane, &ui::ComparePane::pairsListed);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTRY_COMPARE(listed.count(), 1); // shown for the first time: listed, best pair opened
    QCOMPARE(hub.pairLeft(), 1);
    QCOMPARE(hub.pairRight(), 3);
    listed.clear();
    pane.reloadPairs();
    QVERIFY(pane.isFindingPairs());
    QVERIFY(pane.busyIndicator()->isVisible());
    QCOMPARE(listed.count(), 0);
    // While it works the list still offers the pairs found before, and the GUI answers.
    QCOMPARE(pane.pairList()->itemData(0).toList(), (QVariantList{1, 3}));
    QVERIFY(listed.wait(10000));
    QVERIFY(!pane.isFindingPairs());
    QVERIFY(!pane.busyIndicator()->isVisible());
    QCOMPARE(pane.pairList()->itemData(0).toList(), (QVariantList{1, 3}));
    QCOMPARE(pane.pairList()->currentIndex(), 0);
}

QTEST_MAIN(TestComparisonMode)
#include "tst_comparisonmode.moc"
