// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline dock in the real main window (offscreen): zoom, pan, click through, filter.
#include "itemmodels/articlelistmodel.h"
#include "itemmodels/timelinemodel.h"
#include "selection/selectionhub.h"
#include "timelinefixture.h"
#include "ui/chartexport/exportdialog.h"
#include "ui/library/librarydock.h"
#include "ui/mainwindow.h"
#include "ui/timeline/timelinechart.h"
#include "ui/timeline/timelinedock.h"
#include "ui/timeline/timelineview.h"
#include "ui/viewer/documentviewer.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using namespace parallax;
using itemmodels::TimelineModel;

class TestTimelineView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void presetsZoomAroundTheSelectedArticle();
    void wheelAndKeysZoomAndPan();
    void clickingAMentionOpensTheSentence();
    void clickingAPublicationSelectsTheArticle();
    void chosenRangeFiltersTheLibrary();
    void entityFiltersTheLanes();
    void librarySearchFiltersTheLanes();
    void largeCorpusFitsTheViewInTheBackground();
    void exportFollowsTheChart();
    void mentionedLaneSwitchesToDensities();
    void emptyCorpusExplainsWhatToDo();
    void newCountriesGetTheirLanes();

private:
    QPoint viewPos(int row) const;
    void click(const QString &button);
    ui::TimelinePanel *panel() const { return m_window->timeline(); }
    ui::TimelineChart *chart() const { return panel()->chart(); }
    qint64 articleOn(QDate published) const;
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestTimelineView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"parallax-test-timelineview"_s);
}

void TestTimelineView::init()
{
    auto store = std::make_unique<store::Store>();
    QVERIFY(store->open(m_dir.filePath(u"%1.parallax"_s.arg(QLatin1StringView(QTest::currentTestFunction())))));
    QVERIFY(testing::loadSampleWithDates(*store, QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds")));
    m_window = std::make_unique<ui::MainWindow>(std::move(store));
    m_window->resize(1300, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Other areas' docks share the window: give the timeline room to be used with the mouse.
    auto *dock = m_window->findChild<QDockWidget *>(u"timelineDock"_s);
    QVERIFY(dock);
    dock->setFloating(true);
    dock->resize(1200, 460);
    dock->show();
    QVERIFY(QTest::qWaitForWindowExposed(dock));
    QTRY_VERIFY(panel()->view()->width() > 600 && panel()->view()->height() > 250);
    panel()->reset();
    QTRY_VERIFY(panel()->model().mentionedRows() > 0);
}

void TestTimelineView::cleanup()
{
    m_window.reset();
}

QPoint TestTimelineView::viewPos(int row) const
{
    return panel()->view()->mapFromScene(chart()->mapToScene(chart()->positionOf(row)));
}

void TestTimelineView::click(const QString &button)
{
    auto *b = panel()->findChild<QToolButton *>(button);
    QVERIFY2(b, qPrintable(button));
    b->click();
}

qint64 TestTimelineView::articleOn(QDate published) const
{
    for (const auto &s : m_window->store().articles()) {
        if (s.published == published)
            return s.id;
    }
    return 0;
}

void TestTimelineView::presetsZoomAroundTheSelectedArticle()
{
    const qint64 tass = articleOn(QDate(2019, 12, 19));
    QVERIFY(tass > 0);
    m_window->hub().setArticle(tass);
    QVERIFY(chart()->from() < QDate(1990, 1, 1)); // "all" reaches back to the dates mentioned
    click(u"timelineMonth"_s);
    QCOMPARE(chart()->from().daysTo(chart()->to()), 30);
    QVERIFY(chart()->from() <= QDate(2019, 12, 19) && QDate(2019, 12, 19) <= chart()->to());
    QCOMPARE(chart()->labelFormat(), u"ddd d MMM"_s);
    QCOMPARE(panel()->model().series().bucket, store::TimeBucket::Day);
    click(u"timelineYear"_s);
    QVERIFY(std::abs(chart()->from().daysTo(chart()->to()) - 366) <= 1);
    QCOMPARE(chart()->labelFormat(), u"MMM yyyy"_s);
    QCOMPARE(panel()->model().series().bucket, store::TimeBucket::Week);
    click(u"timelineDecade"_s);
    QCOMPARE(chart()->from(), QDate(2014, 12, 19));
    QCOMPARE(chart()->labelFormat(), u"yyyy"_s);
    QCOMPARE(panel()->model().series().bucket, store::TimeBucket::Month);
    click(u"timelineAll"_s);
    QVERIFY(chart()->from() < QDate(1990, 1, 1));
}

void TestTimelineView::wheelAndKeysZoomAndPan()
{
    ui::TimelineView *view = panel()->view();
    const qint64 before = chart()->from().daysTo(chart()->to());
    const QPointF centre = view->viewport()->rect().center();
    QWheelEvent in(centre, view->viewport()->mapToGlobal(centre), {}, QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                   Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &in);
    const qint64 after = chart()->from().daysTo(chart()->to());
    QVERIFY2(std::abs(after - before * 0.8) < 3, qPrintable(u"%1 -> %2"_s.arg(before).arg(after)));
    QWheelEvent out(centre, view->viewport()->mapToGlobal(centre), {}, QPoint(0, -240), Qt::NoButton, Qt::NoModifier,
                    Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &out);
    QVERIFY(chart()->from().daysTo(chart()->to()) > after);

    const QDate from = chart()->from();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Right);
    QVERIFY(chart()->from() > from);
    QTest::keyClick(view, Qt::Key_Left);
    QTest::keyClick(view, Qt::Key_Left);
    QVERIFY(chart()->from() < from);
    // Dragging pans: the days move with the pointer.
    const QDate dragFrom = chart()->from();
    const QPoint p = view->viewport()->rect().center();
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, p);
    QTest::mouseMove(view->viewport(), p + QPoint(200, 0));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, p + QPoint(200, 0));
    QVERIFY(chart()->from() < dragFrom);
    // Ctrl+drag zooms to the band.
    QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::ControlModifier, p - QPoint(100, 0));
    QTest::mouseMove(view->viewport(), p + QPoint(100, 0));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::ControlModifier, p + QPoint(100, 0));
    QVERIFY(chart()->from().daysTo(chart()->to()) < dragFrom.daysTo(chart()->to()));
    QTest::keyClick(view, Qt::Key_Home);
    QVERIFY(chart()->from() < QDate(1990, 1, 1));
    QTRY_VERIFY(panel()->model().series().from == chart()->from()); // the data follow the view
}

void TestTimelineView::clickingAMentionOpensTheSentence()
{
    const TimelineModel &model = panel()->model();
    // A mentioned date from an article other than the open one.
    int row = -1;
    for (int r = model.reportedRows(); r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(TimelineModel::ArticleIdRole).toLongLong() != m_window->hub().article()
            && chart()->rowAt(chart()->positionOf(r)) == r) {
            row = r;
            break;
        }
    }
    QVERIFY(row >= 0);
    const qint64 id = model.index(row, 0).data(TimelineModel::ArticleIdRole).toLongLong();
    const int sentence = model.index(row, 0).data(TimelineModel::SentenceStartRole).toInt();
    QTest::mouseClick(panel()->view()->viewport(), Qt::LeftButton, {}, viewPos(row));
    QCOMPARE(m_window->hub().article(), id);
    QCOMPARE(m_window->viewer()->articleId(), id);
    const auto marks = m_window->viewer()->body()->extraSelections();
    QVERIFY(std::any_of(marks.cbegin(), marks.cend(),
                        [sentence](const QTextEdit::ExtraSelection &s) { return s.cursor.selectionStart() == sentence; }));
    QCOMPARE(chart()->selectedArticle(), id); // its mentions are now joined to its publication
}

void TestTimelineView::clickingAPublicationSelectsTheArticle()
{
    const qint64 first = articleOn(QDate(2017, 3, 20));
    m_window->hub().setArticle(articleOn(QDate(2019, 12, 19)));
    const TimelineModel &model = panel()->model();
    int row = -1;
    for (int r = 0; r < model.reportedRows(); ++r) {
        if (model.index(r, 0).data(TimelineModel::ArticleIdRole).toLongLong() == first)
            row = r;
    }
    QVERIFY(row >= 0);
    QTest::mouseClick(panel()->view()->viewport(), Qt::LeftButton, {}, viewPos(row));
    QCOMPARE(m_window->hub().article(), first);
    QCOMPARE(m_window->library()->view()->currentIndex().data(itemmodels::ArticleListModel::IdRole).toLongLong(),
             first);
}

void TestTimelineView::chosenRangeFiltersTheLibrary()
{
    QAbstractItemModel *library = m_window->library()->view()->model();
    QCOMPARE(library->rowCount(), 5);
    m_window->hub().setArticle(articleOn(QDate(2019, 12, 19)));
    click(u"timelineMonth"_s);
    click(u"timelineFilterLibrary"_s);
    QCOMPARE(m_window->hub().from(), chart()->from());
    QCOMPARE(library->rowCount(), 2); // the two reports of 19 December 2019

    // Shift+drag across the left half of 2017-2019 chooses a range.
    click(u"timelineReset"_s);
    QVERIFY(!m_window->hub().from().isValid());
    QCOMPARE(library->rowCount(), 5);
    m_window->hub().setDateRange(QDate(2017, 1, 1), QDate(2019, 12, 31));
    QCOMPARE(chart()->from(), QDate(2017, 1, 1));
    ui::TimelineView *view = panel()->view();
    const QRectF plot = chart()->plotArea();
    const QPoint a = view->mapFromScene(chart()->mapToScene(QPointF(plot.left() + 2, plot.center().y())));
    const QPoint b = view->mapFromScene(chart()->mapToScene(QPointF(plot.center().x(), plot.center().y())));
    QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, a);
    QTest::mouseMove(view->viewport(), b);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, b);
    QVERIFY(m_window->hub().from() <= QDate(2017, 1, 3));
    QVERIFY(m_window->hub().to() > QDate(2018, 1, 1) && m_window->hub().to() < QDate(2018, 12, 31));
    QCOMPARE(library->rowCount(), 2); // the two 2017 articles
}

void TestTimelineView::entityFiltersTheLanes()
{
    const int all = panel()->model().mentionedRows();
    m_window->hub().setEntity(u"Lavrov"_s);
    const QList<qint64> lavrov = query::articlesNaming(m_window->store(), u"Lavrov"_s);
    QVERIFY(!lavrov.isEmpty());
    const TimelineModel &model = panel()->model();
    // The timeline follows in an event of its own, after the library and the sidebar.
    QTRY_VERIFY(chart()->title().contains(u"Lavrov"_s));
    QVERIFY(model.mentionedRows() < all);
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(lavrov.contains(model.index(r, 0).data(TimelineModel::ArticleIdRole).toLongLong()));
    m_window->hub().setEntity(u"Nobody Byname"_s);
    QTRY_COMPARE(panel()->findChild<QStackedWidget *>()->currentWidget()->objectName(), u"timelineEmpty"_s);
    m_window->hub().setEntity({});
    QTRY_COMPARE(model.mentionedRows(), all);
}

void TestTimelineView::librarySearchFiltersTheLanes()
{
    const TimelineModel &model = panel()->model();
    const int all = model.mentionedRows();
    const QList<qint64> fishing = m_window->store().matchingIds(u"fishing"_s).value_or(QList<qint64>{});
    QVERIFY(!fishing.isEmpty() && fishing.size() < 5);
    QLineEdit *search = m_window->library()->searchField();
    QTest::keyClicks(search, u"fishing"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_window->hub().searchQuery(), u"fishing"_s);
    QTRY_VERIFY(model.mentionedRows() > 0 && model.mentionedRows() < all);
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(fishing.contains(model.index(r, 0).data(TimelineModel::ArticleIdRole).toLongLong()));
    QVERIFY(chart()->title().contains(u"matching “fishing”"_s));

    // With an entity too: the articles of both, as the library lists them.
    m_window->hub().setEntity(u"Lavrov"_s);
    const QList<qint64> lavrov = query::articlesNaming(m_window->store(), u"Lavrov"_s);
    QTRY_VERIFY(chart()->title().contains(u"Lavrov"_s));
    QVERIFY(model.rowCount() > 0);
    for (int r = 0; r < model.rowCount(); ++r) {
        const qint64 id = model.index(r, 0).data(TimelineModel::ArticleIdRole).toLongLong();
        QVERIFY(fishing.contains(id) && lavrov.contains(id));
    }
    QVERIFY(chart()->title().contains(u"fishing"_s));
    m_window->hub().setEntity({});
    QTRY_VERIFY(!chart()->title().contains(u"Lavrov"_s));

    // A search no dated article matches: the chart says so instead of drawing nothing.
    search->clear();
    QTest::keyClicks(search, u"zzyzx"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_window->library()->view()->model()->rowCount(), 0);
    QTRY_COMPARE(panel()->findChild<QStackedWidget *>()->currentWidget()->objectName(), u"timelineEmpty"_s);
    QWidget *shown = panel()->findChild<QStackedWidget *>()->currentWidget();
    QVERIFY(static_cast<QLabel *>(shown)->text().contains(u"zzyzx"_s));

    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(model.mentionedRows(), all);
    QVERIFY(!chart()->title().contains(u"matching"_s));
}

// In a large corpus the extent of a filtered view is found with its series, off the window's
// thread: the view keeps its days until the series comes, then fits it, as "All" does.
void TestTimelineView::largeCorpusFitsTheViewInTheBackground()
{
    TimelineModel &model = panel()->model();
    model.setBackgroundFrom(0); // every read in the background, as from 5,000 articles
    QVERIFY(model.loadsInBackground());
    store::ArticleFilter fishing;
    fishing.search = u"fishing"_s;
    const auto [first, last] = query::timelineExtent(m_window->store(), fishing);
    QVERIFY(first.isValid() && last.isValid());
    const auto [from, to] = query::withMargin(first, last);
    const QDate before = chart()->from();
    QVERIFY(before != from);

    QLineEdit *search = m_window->library()->searchField();
    QTest::keyClicks(search, u"fishing"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(model.isLoading());
    QCOMPARE(chart()->from(), before); // the previous view, until the series comes
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(chart()->from(), from);
    QCOMPARE(chart()->to(), to);
    QVERIFY(panel()->hasData());
    QVERIFY(model.mentionedRows() > 0);
    QVERIFY(!model.isLoading()); // fitted without reading the series again

    // Zoomed in, then "All": fitted again from a series read in the background.
    click(u"timelineYear"_s);
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(chart()->from() != from);
    click(u"timelineAll"_s);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(chart()->from(), from);
    QCOMPARE(chart()->to(), to);

    // A search no dated article matches: said so once its (empty) series comes.
    search->clear();
    QTest::keyClicks(search, u"zzyzx"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(panel()->findChild<QStackedWidget *>()->currentWidget()->objectName(), u"timelineEmpty"_s);
    QVERIFY(!panel()->hasData());

    // Back to the whole corpus.
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    const auto [allFirst, allLast] = query::timelineExtent(m_window->store(), store::ArticleFilter{});
    QTRY_COMPARE(chart()->from(), query::withMargin(allFirst, allLast).first);
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(panel()->hasData());
    QCOMPARE(panel()->findChild<QStackedWidget *>()->currentWidget(), static_cast<QWidget *>(panel()->view()));
}

void TestTimelineView::exportFollowsTheChart()
{
    auto *action = m_window->findChild<ui::ExportChartAction *>(u"actionExportChart"_s);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QCOMPARE(action->current(), panel()->view());
    const QString path = m_dir.filePath(u"view.csv"_s);
    QCOMPARE(ui::exportChart(*chart(), &panel()->model(), path), QString());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().count("\r\n"), panel()->model().rowCount() + 1);
    const QSizeF size = chart()->size();
    QCOMPARE(ui::exportChart(*chart(), &panel()->model(), m_dir.filePath(u"view.png"_s)), QString());
    QCOMPARE(chart()->size(), size); // the view is as it was
}

void TestTimelineView::mentionedLaneSwitchesToDensities()
{
    TimelineModel &model = panel()->model();
    const int all = model.series().mentionTotal;
    QVERIFY(all > 10);
    // A limit below what "all" shows but above the month around the TASS report.
    m_window->hub().setArticle(articleOn(QDate(2019, 12, 19)));
    click(u"timelineMonth"_s);
    const int inMonth = model.series().mentionTotal;
    QVERIFY(inMonth > 0 && inMonth < all);
    panel()->setMentionLimit(inMonth);
    QVERIFY(!model.mentionsAsDensity()); // the month: each date its own mark
    QCOMPARE(model.mentionedRows(), inMonth);

    click(u"timelineAll"_s); // everything: counts per bucket, the reported lane's buckets
    QVERIFY(model.mentionsAsDensity());
    QCOMPARE(model.series().bucket, store::TimeBucket::Year);
    QVERIFY(panel()->findChild<QLabel *>(u"timelineStatus"_s)->text().contains(u"counted per year"_s));
    int counted = 0;
    for (int r = model.reportedRows(); r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r, TimelineModel::MentionsColumn);
        QVERIFY(i.data(TimelineModel::DensityRole).toBool());
        counted += i.data().toInt();
    }
    QCOMPARE(counted, model.series().mentionTotal);

    // Zooming in with the wheel switches back to single dates where few enough are in view.
    ui::TimelineView *view = panel()->view();
    const int density = model.rowCount();
    int steps = 0;
    while (model.mentionsAsDensity() && steps < 60) {
        const QPointF at = viewPos(model.reportedRows()); // towards the first density mark
        QWheelEvent in(at, view->viewport()->mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                       Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view->viewport(), &in);
        QTRY_COMPARE(model.series().from, chart()->from());
        ++steps;
    }
    QVERIFY2(!model.mentionsAsDensity(), qPrintable(u"still densities after %1 steps"_s.arg(steps)));
    QVERIFY(model.series().mentionTotal <= inMonth);
    qInfo("switched from %d density rows to single dates after %d wheel steps, at %lld days in view (per %s)", density,
          steps, chart()->from().daysTo(chart()->to()), qPrintable(query::bucketName(model.series().bucket)));

    // A density mark in the "all" view opens the first of its articles; its export is what is drawn.
    click(u"timelineAll"_s);
    QVERIFY(model.mentionsAsDensity());
    int row = -1;
    for (int r = model.reportedRows(); r < model.rowCount(); ++r) {
        if (chart()->rowAt(chart()->positionOf(r)) == r) {
            row = r;
            break;
        }
    }
    QVERIFY(row >= 0);
    const qint64 id = model.index(row, 0).data(TimelineModel::ArticleIdRole).toLongLong();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, viewPos(row));
    QCOMPARE(m_window->hub().article(), id);
    const QString path = m_dir.filePath(u"density.csv"_s);
    QCOMPARE(ui::exportChart(*chart(), &model, path), QString());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().count("\r\nmentioned,"), model.mentionedRows());
}

void TestTimelineView::emptyCorpusExplainsWhatToDo()
{
    auto store = std::make_unique<store::Store>();
    QVERIFY(store->open(m_dir.filePath(u"empty.parallax"_s)));
    ui::MainWindow w(std::move(store));
    w.show();
    auto *stack = w.timeline()->findChild<QStackedWidget *>();
    QCOMPARE(stack->currentWidget()->objectName(), u"timelineEmpty"_s);
    QVERIFY(qobject_cast<QLabel *>(stack->currentWidget())->text().contains(u"Import"_s));
}

// Articles of a country the corpus did not have (an import, or its next batch while it runs):
// the reload gives them their lane, though the view's articles and days stay the same.
void TestTimelineView::newCountriesGetTheirLanes()
{
    QVERIFY(!panel()->model().countries().contains(u"KR"_s));
    store::Store &s = m_window->store();
    QVERIFY(s.beginTransaction());
    Article a;
    a.source = u"kr-1.txt"_s;
    a.title = u"Seoul watches the islands talks"_s;
    a.body = u"Seoul, December 19. Officials followed the talks between Japan and Russia."_s;
    a.country = u"KR"_s;
    a.outlet = u"Yonhap"_s;
    a.published = QDate(2019, 12, 19);
    QCOMPARE(s.insertArticle(a), store::Store::InsertOutcome::Inserted);
    QVERIFY(s.commitTransaction());
    panel()->reload();
    QTRY_VERIFY(panel()->model().countries().contains(u"KR"_s));
    QVERIFY(panel()->model().countries().contains(u"JP"_s));
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
