// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contrast.h"
#include "core/plurals.h"
#include "corpus/defaultcorpus.h"
#include "analysis/entities/entityeditor.h"
#include "import/importer.h"
#include "itemmodels/articlelistmodel.h"
#include "itemmodels/entitytreemodel.h"
#include "query/comparisondocument.h"
#include "selection/selectionhub.h"
#include "store/annotationstore.h"
#include "store/store.h"
#include "ui/entities/entitypanel.h"
#include "ui/import/importcontroller.h"
#include "annotations/annotationdocument.h"
#include "ui/annotations/annotationcontroller.h"
#include "ui/library/articleremover.h"
#include "ui/compare/comparepane.h"
#include "ui/compare/comparisonmode.h"
#include "ui/corpuscompactor.h"
#include "ui/library/librarydock.h"
#include "ui/concordance/concordancepanel.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "ui/theme.h"
#include "ui/timeline/timelinedock.h"
#include "ui/workprogress.h"
#include "ui/viewer/documentviewer.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTableWidget>
#include <QTreeView>
#include <QUndoStack>
#include <QPushButton>
#include <QComboBox>
#include <QClipboard>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QUrl>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMessageBox>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QProgressBar>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QDialog>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void selectingAnArticleShowsItsBody();
    void searchFiltersTheLibraryAndHighlightsHits();
    void searchOfALargeCorpusKeepsTheWindowResponsive();
    void concordanceListsEachMatchInContext();
    void searchErrorsAreShownNotThrown();
    void importRunsInTheBackground();
    void reportShowsWithTheProgressGone();
    void reportImportsAFileAgainAsAnEncoding();
    void emptyCorpusExplainsWhatToDo();
    void layoutIsRestored();
    void statusNamesTheCorpusUnderHome();
    void newAndRecentCorporaOpenInTheWindowsPlace();
    void aFileThatIsNoCorpusIsRefusedAndNamed();
    void removingArticlesUpdatesEveryView();
    void removalKeepsTheHistoryOfOtherArticles();
    void workProgressIsGoneBeforeWhatFollows();
    void anImportThatStopsSaysWhyAndWhatToDo();
    void aReadOnlyCorpusIsReadAndNotChanged();
    void countryAndOutletNarrowTheLibraryAndTimeline();
    void aNarrowedListIsRemovedWhole();
    void droppedFilesAreImportedAndACorpusOpened();

private:
    std::unique_ptr<ui::MainWindow> makeWindow(const QString &path, bool withSample);
    QTemporaryDir m_dir;
};

static const QString seeds = QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds");

namespace {

// Answers the next message box shown, whenever it shows (at once, or after a read in the
// background), with its button of that text, and keeps what it said.
class MessageBoxAnswer final : public QObject
{
public:
    explicit MessageBoxAnswer(const QString &button)
    {
        m_poll.setInterval(20);
        connect(&m_poll, &QTimer::timeout, this, [this, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            m_poll.stop();
            text = box->text();
            informativeText = box->informativeText();
            for (QAbstractButton *b : box->buttons())
                if (b->text() == button)
                    b->click();
        });
        m_poll.start();
    }
    QString text;
    QString informativeText;

private:
    QTimer m_poll;
};

} // namespace

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"parallax-test"_s);
    QVERIFY(installPluralForms()); // as the application does: "1 article", "5 articles"
}

std::unique_ptr<ui::MainWindow> TestMainWindow::makeWindow(const QString &path, bool withSample)
{
    auto store = std::make_unique<store::Store>();
    if (!store->open(path))
        return nullptr;
    if (withSample && store->articleCount() == 0) {
        import::Importer importer(*store);
        importer.run({seeds});
    }
    auto w = std::make_unique<ui::MainWindow>(std::move(store));
    w->importer()->setShowReport(false);
    w->show();
    return w;
}

void TestMainWindow::concordanceListsEachMatchInContext()
{
    auto w = makeWindow(m_dir.filePath(u"kwic.parallax"_s), true);
    QVERIFY(w);
    ui::ConcordancePanel *panel = w->concordance();
    QVERIFY(panel);
    auto *dock = w->findChild<QDockWidget *>(u"concordanceDock"_s);
    QVERIFY(dock);
    // Without a search it says what it is for.
    dock->raise();
    QTRY_VERIFY(panel->isVisible());
    auto *empty = panel->findChild<QLabel *>(u"concordanceEmpty"_s);
    QVERIFY(empty && empty->isVisible() && empty->text().startsWith(u"Type a search in the library, or choose an entity."_s));

    QTest::keyClicks(w->library()->searchField(), u"octopus"_s);
    QTest::keyClick(w->library()->searchField(), Qt::Key_Return);
    QTRY_COMPARE(panel->model().rowCount(), 1);
    QCOMPARE(panel->status()->text(), u"1 match of “octopus” in 1 article"_s);
    using Model = itemmodels::ConcordanceModel;
    QCOMPARE(panel->model().index(0, Model::Match).data().toString(), u"octopus"_s);
    QVERIFY(panel->model().index(0, Model::Left).data().toString().endsWith(u"undeclared"_s));

    // Every match of a common word, sorted by the word before it; a line shows its match in the reader.
    w->library()->searchField()->clear();
    QTest::keyClicks(w->library()->searchField(), u"islands"_s);
    QTest::keyClick(w->library()->searchField(), Qt::Key_Return);
    QTRY_VERIFY(panel->model().rowCount() > 20);
    panel->view()->sortByColumn(Model::Left, Qt::AscendingOrder);
    const QList<query::ConcordanceLine> &lines = panel->model().lines();
    QList<query::ConcordanceLine> sorted = lines;
    query::sortConcordance(sorted, query::ConcordanceOrder::Left);
    for (qsizetype i = 0; i < lines.size(); ++i)
        QCOMPARE(lines.at(i).start, sorted.at(i).start);
    const int row = int(lines.size()) - 1;
    panel->view()->setCurrentIndex(panel->model().index(row, Model::Match));
    QCOMPARE(w->viewer()->articleId(), lines.at(row).articleId);
    QCOMPARE(w->hub().article(), lines.at(row).articleId);
    QVERIFY(w->viewer()->currentHit() >= 0);
    const QTextCursor current = [&] {
        for (const QTextEdit::ExtraSelection &sel : w->viewer()->body()->extraSelections()) {
            if (sel.format == ui::matchFormat(w->viewer()->palette(), true))
                return sel.cursor;
        }
        return QTextCursor();
    }();
    QCOMPARE(current.selectionStart(), lines.at(row).start);
    // Ctrl+C copies the chosen lines with where they come from.
    panel->view()->selectRow(0);
    panel->view()->setFocus();
    QTest::keySequence(panel->view(), QKeySequence::Copy);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(lines.first().left + u" ["_s + lines.first().match + u"] "_s), qPrintable(copied));
    QVERIFY2(copied.endsWith(u"“"_s + lines.first().title + u"”"_s), qPrintable(copied));

    // Exported as CSV, in the order shown.
    const QString csv = m_dir.filePath(u"kwic.csv"_s);
    QCOMPARE(panel->exportCsv(csv), QString());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), lines.size() + 1);
    QCOMPARE(rows.first(), u"article,title,outlet,country,published,left,match,right"_s);
    QVERIFY(rows.at(1).startsWith(QString::number(lines.first().articleId) + u','));

    // The words near the matches, on the Collocates tab; exported as CSV.
    panel->tabs()->setCurrentIndex(1);
    QVERIFY(panel->collocateView()->isVisible());
    QVERIFY(panel->collocates().rowCount() > 0);
    bool disputedNear = false;
    for (const query::Collocate &k : panel->collocates().collocates())
        disputedNear = disputedNear || (k.word == u"disputed"_s && k.before >= 4);
    QVERIFY(disputedNear);
    const QString words = m_dir.filePath(u"collocates.csv"_s);
    QCOMPARE(panel->exportCollocatesCsv(words), QString());
    QFile wordsFile(words);
    QVERIFY(wordsFile.open(QIODevice::ReadOnly));
    QVERIFY(wordsFile.readLine().startsWith("word,near,before,after,in_articles,g2,log_ratio"));
    // Choosing a collocate shows the lines it is near, and the lines come back with a click.
    const int all = panel->model().rowCount();
    QModelIndex disputedRow;
    for (int r = 0; r < panel->collocateView()->model()->rowCount() && !disputedRow.isValid(); ++r) {
        const QModelIndex i = panel->collocateView()->model()->index(r, 0);
        if (i.data().toString() == u"disputed"_s)
            disputedRow = i;
    }
    QVERIFY(disputedRow.isValid());
    Q_EMIT panel->collocateView()->activated(disputedRow);
    QCOMPARE(panel->tabs()->currentIndex(), 0);
    QVERIFY(panel->model().rowCount() >= 4 && panel->model().rowCount() < all);
    for (const query::ConcordanceLine &l : panel->model().lines())
        QVERIFY2(l.left.contains(u"disputed"_s) || l.right.contains(u"disputed"_s), qPrintable(l.left + l.right));
    QVERIFY(panel->status()->text().contains(u"with “disputed” within 5 words of the match"_s));
    auto *allLines = panel->findChild<QPushButton *>(u"concordanceAllLines"_s);
    QVERIFY(allLines && allLines->isVisible());
    allLines->click();
    QCOMPARE(panel->model().rowCount(), all);
    QVERIFY(!allLines->isVisible());
    QVERIFY(!panel->status()->text().contains(u"disputed"_s));
    panel->tabs()->setCurrentIndex(0);

    // Narrowed to one country with the library.
    w->hub().setSources(u"RU"_s, QString());
    QTRY_VERIFY(!panel->model().lines().isEmpty() && panel->model().rowCount() < int(sorted.size()));
    for (const query::ConcordanceLine &l : panel->model().lines())
        QCOMPARE(l.country, u"RU"_s);

    // Without a search, the chosen entity's mentions under all its names; a line marks its sentence.
    w->hub().setSources(QString(), QString());
    w->library()->searchField()->clear();
    QTest::keyClick(w->library()->searchField(), Qt::Key_Return);
    QTRY_VERIFY(panel->model().lines().isEmpty());
    w->hub().setEntity(u"place/southern-kurils"_s);
    QTRY_VERIFY(!panel->model().lines().isEmpty());
    QVERIFY2(panel->status()->text().endsWith(u"of Southern Kuril Islands in 4 articles, under all its names"_s),
             qPrintable(panel->status()->text()));
    QSet<QString> names;
    for (const query::ConcordanceLine &l : panel->model().lines())
        names.insert(l.match);
    QVERIFY(names.contains(u"Northern Territories"_s) && names.contains(u"Southern Kurils"_s));
    panel->view()->setCurrentIndex(panel->model().index(0, Model::Match));
    QCOMPARE(w->viewer()->articleId(), panel->model().lines().first().articleId);
    QCOMPARE(w->viewer()->body()->highlightCount(u"sentence"_s), 1);
}

void TestMainWindow::selectingAnArticleShowsItsBody()
{
    auto w = makeWindow(m_dir.filePath(u"a.parallax"_s), true);
    QVERIFY(w);
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QTableView *view = w->library()->view();
    QCOMPARE(view->model()->rowCount(), 5);
    // The newest article is open at start.
    QVERIFY(w->viewer()->articleId() > 0);

    // Select the TASS article by clicking its row.
    int tassRow = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, itemmodels::ArticleListModel::OutletColumn).data().toString() == u"TASS"_s)
            tassRow = r;
    }
    QVERIFY(tassRow >= 0);
    const QRect rect = view->visualRect(view->model()->index(tassRow, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(w->viewer()->article().outlet, u"TASS"_s);
    const QString shown = w->viewer()->body()->toPlainText();
    QVERIFY(shown.startsWith(u"Moscow and Tokyo are holding talks"_s));
    QVERIFY(shown.contains(u"memorandum dated January 27, 1960"_s));
    auto *meta = w->viewer()->findChild<QLabel *>(u"viewerMeta"_s);
    QVERIFY(meta->text().contains(u"inferred"_s));
    QVERIFY(meta->text().contains(u"Thursday"_s));
    auto *title = w->viewer()->findChild<QLabel *>(u"viewerTitle"_s);
    QCOMPARE(title->text(), u"Russia, Japan agree to resume economic activity in Southern Kurils — foreign minister"_s);
}

// In a large corpus the library's search is read off the window's thread: the list says it is
// searching, and the list, the reader's highlights and the timeline follow when it comes.
void TestMainWindow::searchOfALargeCorpusKeepsTheWindowResponsive()
{
    auto w = makeWindow(m_dir.filePath(u"large.parallax"_s), true);
    QVERIFY(w);
    auto *model = w->findChild<itemmodels::ArticleListModel *>();
    QVERIFY(model);
    model->setBackgroundFrom(0); // as from 5,000 articles
    QTableView *view = w->library()->view();
    auto *count = w->library()->findChild<QLabel *>(u"libraryCount"_s);
    QTest::keyClicks(w->library()->searchField(), u"Motegi"_s);
    QTest::keyClick(w->library()->searchField(), Qt::Key_Return);
    QVERIFY2(count->text().startsWith(u"Searching for “Motegi”… · "_s), qPrintable(count->text()));
    QCOMPARE(view->model()->rowCount(), 5);
    QVERIFY(w->hub().searchQuery().isEmpty());
    QTRY_COMPARE(w->hub().searchQuery(), u"Motegi"_s);
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(count->text(), u"2 of 5 articles match"_s);
    QVERIFY(!view->isColumnHidden(itemmodels::ArticleListModel::ContextColumn));

    // An entity chosen in the sidebar: its articles among the search's, read in the background too.
    w->hub().setEntity(u"person/sergey-lavrov"_s);
    QVERIFY2(count->text().startsWith(u"Searching for “Motegi”… · 2 of 5"_s), qPrintable(count->text()));
    QTRY_VERIFY(!model->isLoading());
    QVERIFY(model->filter().ids.has_value());
    QCOMPARE(model->filter().search, u"Motegi"_s);
    const auto expected = w->store().articleCount(model->filter());
    QVERIFY(expected && *expected > 0);
    QCOMPARE(view->model()->rowCount(), *expected);
    w->hub().setEntity(QString());
    QTRY_VERIFY(!model->filter().ids.has_value());
    QTRY_COMPARE(view->model()->rowCount(), 2);

    // A search that cannot be read is explained; the list stays as it was.
    w->library()->searchField()->clear();
    QTest::keyClicks(w->library()->searchField(), u"\"Motegi"_s);
    QTest::keyClick(w->library()->searchField(), Qt::Key_Return);
    auto *error = w->library()->findChild<QLabel *>(u"librarySearchError"_s);
    QVERIFY(error);
    QTRY_VERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(view->model()->rowCount(), 2);

    // --search: the best match opens once the list shows the search.
    w->search(u"octopus"_s);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QTRY_COMPARE(w->hub().article(), view->model()->index(0, 0).data(itemmodels::ArticleListModel::IdRole).toLongLong());
    QVERIFY(!error->isVisible());

    // An entity without a search: the count line says it is finding its articles.
    w->search(QString());
    QTRY_COMPARE(view->model()->rowCount(), 5);
    w->hub().setEntity(u"person/sergey-lavrov"_s);
    QVERIFY2(count->text().startsWith(u"Finding the articles… · 5 articles"_s), qPrintable(count->text()));
    QTRY_VERIFY(!model->isLoading());
    QVERIFY(view->model()->rowCount() < 5);
    QVERIFY(!count->text().contains(u"Finding"_s));
    w->hub().setEntity(QString());
    QTRY_COMPARE(view->model()->rowCount(), 5);
}

void TestMainWindow::searchFiltersTheLibraryAndHighlightsHits()
{
    auto w = makeWindow(m_dir.filePath(u"b.parallax"_s), true);
    QVERIFY(w);
    QTableView *view = w->library()->view();
    QTest::keyClicks(w->library()->searchField(), u"octopus"_s);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    auto *count = w->library()->findChild<QLabel *>(u"libraryCount"_s);
    QVERIFY(count->text().contains(u"1 of 5"_s));
    QCOMPARE(w->hub().searchQuery(), u"octopus"_s);
    // The only match is selected and its hit highlighted.
    w->hub().setArticle(view->model()->index(0, 0).data(itemmodels::ArticleListModel::IdRole).toLongLong());
    QCOMPARE(w->viewer()->hitCount(), 1);
    // Besides the article's framing terms (their own layer), one highlight: the hit.
    const ui::BodyView *body = w->viewer()->body();
    QVERIFY(body->highlightCount(u"framing"_s) > 0);
    QCOMPARE(body->extraSelections().size(), 1 + body->highlightCount(u"framing"_s));
    const QTextCharFormat hit = ui::matchFormat(w->viewer()->palette(), true);
    QList<QString> matched;
    for (const QTextEdit::ExtraSelection &s : body->extraSelections()) {
        if (s.format == hit)
            matched.append(s.cursor.selectedText());
    }
    QCOMPARE(matched, QList<QString>{u"octopus"_s});

    // A word in several places: next and previous move through the hits.
    w->library()->searchField()->clear();
    QTest::keyClicks(w->library()->searchField(), u"Motegi"_s);
    QTest::keyClick(w->library()->searchField(), Qt::Key_Return);
    QCOMPARE(view->model()->rowCount(), 2);
    // The article that names him more than once (both are of the same day, in either order).
    for (int row = 0; row < view->model()->rowCount() && w->viewer()->hitCount() < 2; ++row)
        w->hub().setArticle(view->model()->index(row, 0).data(itemmodels::ArticleListModel::IdRole).toLongLong());
    QVERIFY(w->viewer()->hitCount() >= 2);
    QCOMPARE(w->viewer()->currentHit(), 0);
    w->viewer()->nextHit();
    QCOMPARE(w->viewer()->currentHit(), 1);
    w->viewer()->previousHit();
    w->viewer()->previousHit();
    QCOMPARE(w->viewer()->currentHit(), w->viewer()->hitCount() - 1);

    // A search lists the best matches first, with their matches in context beside the title,
    // and its order in the header; the order of before comes back when it is cleared.
    using Model = itemmodels::ArticleListModel;
    w->library()->searchField()->clear();
    QTest::keyClick(w->library()->searchField(), Qt::Key_Return);
    QCOMPARE(view->model()->rowCount(), 5);
    view->sortByColumn(Model::TitleColumn, Qt::AscendingOrder);
    QTest::keyClicks(w->library()->searchField(), u"Kuril*"_s);
    QTest::keyClick(w->library()->searchField(), Qt::Key_Return);
    QCOMPARE(view->model()->rowCount(), 4);
    QVERIFY(!view->isColumnHidden(Model::ContextColumn));
    // The library has room for the context (a narrower one is widened).
    auto *libraryDock = w->findChild<QDockWidget *>(u"libraryDock"_s);
    QVERIFY(libraryDock);
    QTRY_VERIFY2(libraryDock->width() >= std::min(600, w->width() * 2 / 5) - 8,
                 qPrintable(u"library %1 px in a window of %2 px"_s.arg(libraryDock->width()).arg(w->width())));
    QCOMPARE(view->horizontalHeader()->visualIndex(Model::ContextColumn), 1);
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(Model::ContextColumn));
    QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    const auto hits = w->store().search(u"Kuril*"_s, 50);
    QVERIFY(hits && hits->size() == 4);
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(view->model()->index(row, 0).data(Model::IdRole).toLongLong(), hits->at(row).id);
        QCOMPARE(view->model()->index(row, Model::ContextColumn).data(Model::SnippetRole).toString(),
                 hits->at(row).snippet);
        QVERIFY(view->model()->index(row, Model::ContextColumn).data().toString().contains(u"Kuril"_s));
    }
    // The context column draws its cell: the matched word is painted on the hit colour.
    const QModelIndex first = view->model()->index(0, Model::ContextColumn);
    view->resize(900, 300);
    view->scrollTo(first);
    const QRect cell = view->visualRect(first);
    QVERIFY(cell.width() > 40);
    const QImage shot = view->viewport()->grab(cell).toImage();
    const QColor hitColour = ui::searchHitBackground(view->palette(), false);
    bool painted = false;
    for (int y = 0; y < shot.height() && !painted; ++y) {
        for (int x = 0; x < shot.width() && !painted; ++x)
            painted = shot.pixelColor(x, y) == hitColour;
    }
    QVERIFY(painted);
    w->library()->searchField()->clear();
    QTRY_COMPARE(view->model()->rowCount(), 5);
    QVERIFY(view->isColumnHidden(Model::ContextColumn));
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(Model::TitleColumn));
    QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    QVERIFY(view->model()->index(0, Model::TitleColumn).data().toString()
            <= view->model()->index(1, Model::TitleColumn).data().toString());

    // A word finds its other forms: the library says which, and the reader marks them.
    auto *forms = w->library()->findChild<QLabel *>(u"libraryWordForms"_s);
    QVERIFY(forms);
    QVERIFY(forms->isHidden());
    QTest::keyClicks(w->library()->searchField(), u"negotiation"_s);
    QTest::keyClick(w->library()->searchField(), Qt::Key_Return);
    QCOMPARE(view->model()->rowCount(), 4);
    QVERIFY(forms->isVisible());
    QVERIFY2(forms->text().startsWith(u"Also finds negotiating, negotiations, negotiator"_s), qPrintable(forms->text()));
    QVERIFY2(forms->text().contains(u"(forms of negotiation)"_s), qPrintable(forms->text()));
    QVERIFY(forms->toolTip().startsWith(u"negotiation: negotiating, negotiations, negotiator"_s));
    QStringList marked;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        w->hub().setArticle(view->model()->index(row, 0).data(Model::IdRole).toLongLong());
        QVERIFY(w->viewer()->hitCount() > 0);
        for (const QTextEdit::ExtraSelection &sel : w->viewer()->body()->extraSelections()) {
            if (sel.format == ui::matchFormat(w->viewer()->palette(), false)
                || sel.format == ui::matchFormat(w->viewer()->palette(), true))
                marked << sel.cursor.selectedText().toLower();
        }
    }
    marked.removeDuplicates();
    marked.sort();
    QCOMPARE(marked, (QStringList{u"negotiating"_s, u"negotiations"_s, u"negotiator"_s, u"negotiators"_s}));
    // In quotes, the word as written only: no article says "negotiation".
    w->library()->searchField()->clear();
    QTest::keyClicks(w->library()->searchField(), u"\"negotiation\""_s);
    QTest::keyClick(w->library()->searchField(), Qt::Key_Return);
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(forms->isHidden());
    w->library()->searchField()->clear();
    QTRY_COMPARE(view->model()->rowCount(), 5);
    QVERIFY(forms->isHidden());
}

void TestMainWindow::searchErrorsAreShownNotThrown()
{
    auto w = makeWindow(m_dir.filePath(u"c.parallax"_s), true);
    QVERIFY(w);
    QTest::keyClicks(w->library()->searchField(), u"\"Northern"_s);
    QTest::keyClick(w->library()->searchField(), Qt::Key_Return);
    auto *error = w->library()->findChild<QLabel *>(u"librarySearchError"_s);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"quote"_s));
    QCOMPARE(w->library()->view()->model()->rowCount(), 5); // the list is unchanged
}

void TestMainWindow::importRunsInTheBackground()
{
    auto w = makeWindow(m_dir.filePath(u"d.parallax"_s), false);
    QVERIFY(w);
    QCOMPARE(w->library()->view()->model()->rowCount(), 0);
    QSignalSpy progress(w->importer(), &ui::ImportController::progress);
    QSignalSpy finished(w->importer(), &ui::ImportController::finished);
    // While the import runs, the timeline and the entity sidebar follow what it has committed
    // (the window's own handler of the progress runs first, being connected first).
    auto *entityTree = w->findChild<ui::EntityPanel *>()->findChild<QTreeView *>();
    QVERIFY(entityTree);
    int livePeople = -1;
    bool liveTimeline = false;
    connect(w->importer(), &ui::ImportController::progress, this, [&](const import::ImportProgress &p) {
        if (p.articlesImported == 0 || livePeople >= 0)
            return;
        livePeople = entityTree->model()->rowCount(entityTree->model()->index(0, 0));
        liveTimeline = w->timeline()->hasData();
    });
    w->importPaths({seeds, u"/nonexistent/parallax"_s});
    QVERIFY(w->importer()->isRunning());
    // Progress and Cancel sit in the status bar; nothing modal blocks the window meanwhile.
    auto *bar = w->statusBar()->findChild<QProgressBar *>(u"importProgress"_s);
    QVERIFY(bar);
    QVERIFY(w->statusBar()->findChild<QToolButton *>(u"importCancel"_s));
    QVERIFY(!QApplication::activeModalWidget());
    // The empty timeline says what is happening instead of asking for an import.
    auto *timelineEmpty = w->timeline()->findChild<QLabel *>(u"timelineEmpty"_s);
    QVERIFY(timelineEmpty);
    QVERIFY2(timelineEmpty->text().startsWith(u"Importing"_s), qPrintable(timelineEmpty->text()));
    QVERIFY(finished.wait(30000));
    QTRY_VERIFY(!w->statusBar()->findChild<QWidget *>(u"importStatus"_s));
    // The timeline shows the articles (its empty state, were it shown, no longer says importing).
    QVERIFY(w->timeline()->hasData());
    QVERIFY(w->timeline()->findChild<QStackedWidget *>()->currentWidget() != timelineEmpty);
    QVERIFY(progress.size() >= 1);
    QVERIFY2(livePeople > 0, "the entity sidebar was not refreshed during the import");
    QVERIFY2(liveTimeline, "the timeline was not refreshed during the import");
    const auto report = finished.first().first().value<import::ImportReport>();
    QCOMPARE(report.articlesImported, 5);
    QCOMPARE(report.failedFiles(), 1);
    QCOMPARE(w->library()->view()->model()->rowCount(), 5);
    QVERIFY(!w->importer()->isRunning());
}

// The report of a finished import is a modal dialog: the progress bar and Cancel of the import
// are gone from the status bar while it shows, not left at 100% behind it.
void TestMainWindow::reportShowsWithTheProgressGone()
{
    auto w = makeWindow(m_dir.filePath(u"g.parallax"_s), false);
    QVERIFY(w);
    w->importer()->setShowReport(true);
    QString title;
    bool statusVisible = true;
    bool offersEncoding = true;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            title = dialog->windowTitle();
            auto *status = w->statusBar()->findChild<QWidget *>(u"importStatus"_s);
            statusVisible = status && status->isVisible();
            // A missing path is no file to read again as another encoding.
            offersEncoding = dialog->findChild<QComboBox *>(u"reportEncoding"_s) != nullptr;
            dialog->reject();
        }
    });
    poll.start();
    QSignalSpy finished(w->importer(), &ui::ImportController::finished);
    w->importPaths({seeds, u"/nonexistent/parallax"_s});
    QVERIFY(finished.wait(30000));
    QTRY_COMPARE(title, u"Import report"_s);
    QVERIFY(!statusVisible);
    QVERIFY(!offersEncoding);
}

// An import whose corpus cannot be written or opened stops: the report says why, what is stored
// and what to do, and does not list the corpus among the files.
void TestMainWindow::anImportThatStopsSaysWhyAndWhatToDo()
{
    QWidget window;
    const QString broken = m_dir.filePath(u"broken.parallax"_s);
    {
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x')); // no SQLite file
    }
    ui::ImportController importer(broken, &window);
    QString stopped;
    bool table = true;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != u"importReport"_s)
            return;
        poll.stop();
        auto *label = dialog->findChild<QLabel *>(u"reportStopped"_s);
        stopped = label && label->isVisible() ? label->text() : u"(no message)"_s;
        table = dialog->findChild<QTableWidget *>(u"reportProblems"_s) != nullptr;
        dialog->reject();
    });
    poll.start();
    QSignalSpy finished(&importer, &ui::ImportController::finished);
    QVERIFY(importer.start({seeds}));
    QVERIFY(finished.wait(30000));
    const auto report = finished.first().first().value<import::ImportReport>();
    QVERIFY2(report.stopped.startsWith(u"the corpus could not be opened ("_s), qPrintable(report.stopped));
    QCOMPARE(report.failedFiles(), 0);
    QTRY_VERIFY(!stopped.isEmpty());
    QCOMPARE(stopped, u"The import stopped: %1. None of its articles were stored. Once this is put right, import the "
                      "same files again: what is stored is skipped and the rest added."_s.arg(report.stopped));
    QVERIFY(!table);
    QCOMPARE(QFileInfo(broken).size(), 8192); // untouched
}

// A corpus opened for reading only (--read-only, or on a read-only disk): the window reads it as
// usual and says it is read-only; importing, compacting, removing and annotating are not offered.
void TestMainWindow::aReadOnlyCorpusIsReadAndNotChanged()
{
    const QString path = m_dir.filePath(u"kept.parallax"_s);
    {
        store::Store s;
        QVERIFY(s.open(path));
        QCOMPARE(import::Importer(s).run({seeds}).articlesImported, 5);
        store::AnnotationStore repository(s.database());
        annotations::AnnotationDocument document(&repository);
        QVERIFY(document.load());
        QVERIFY(document.addTag(u"Claims"_s) > 0);
    }
    store::Store::keepReadOnly(path);
    auto w = makeWindow(path, false);
    QVERIFY(w);
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QVERIFY(w->store().isReadOnly());
    QVERIFY2(w->windowTitle().endsWith(u"(read-only)"_s), qPrintable(w->windowTitle()));
    auto *badge = w->statusBar()->findChild<QLabel *>(u"readOnlyBadge"_s);
    QVERIFY(badge && badge->isVisible());
    QVERIFY2(badge->toolTip().contains(u"opened for reading only"_s), qPrintable(badge->toolTip()));
    QTRY_COMPARE(w->library()->view()->model()->rowCount(), 5);
    for (const QString &name : {u"actionImportFiles"_s, u"actionImportFolder"_s, u"actionImportWithOptions"_s,
                                u"actionCompactCorpus"_s})
        QVERIFY2(!w->findChild<QAction *>(name)->isEnabled(), qPrintable(name));
    QVERIFY(!w->library()->removeAction()->isEnabled());

    // A passage selected in the reader: it can be copied, not annotated.
    ui::DocumentViewer *viewer = w->viewer();
    QTRY_VERIFY(!viewer->article().body.isEmpty());
    QTextCursor c(viewer->body()->document());
    c.setPosition(0);
    c.setPosition(12, QTextCursor::KeepAnchor);
    viewer->body()->setTextCursor(c);
    QVERIFY(viewer->copyCitationAction()->isEnabled());
    QVERIFY(!w->annotations()->annotateAction()->isEnabled());

    // The codebook, the entities and the comparison are shown; their editing is not offered.
    auto *codebookBar = w->findChild<QToolBar *>(u"codebookEditing"_s);
    QVERIFY(codebookBar && !codebookBar->isEnabled());
    auto *codebook = w->findChild<QTreeView *>(u"codebookView"_s);
    QVERIFY(codebook && codebook->model()->rowCount() == 1);
    for (int column = 0; column < codebook->model()->columnCount(); ++column) {
        const Qt::ItemFlags flags = codebook->model()->index(0, column).flags();
        QVERIFY(flags & Qt::ItemIsSelectable);
        QVERIFY2(!(flags & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled)), qPrintable(QString::number(column)));
    }
    QVERIFY(!codebook->model()->setData(codebook->model()->index(0, 2), Qt::Unchecked, Qt::CheckStateRole));
    auto *entities = w->findChild<ui::EntityPanel *>();
    QVERIFY(entities);
    const QModelIndex people = entities->model()->index(0, 0);
    QVERIFY(entities->model()->rowCount(people) > 0);
    QVERIFY(!entities->createContextMenu(entities->model()->index(0, 0, people), entities));
    w->modes()->showComparison();
    auto *confirm = w->findChild<QAction *>(u"confirmPair"_s);
    QVERIFY(confirm);
    QTRY_VERIFY(w->modes()->comparePane()->document().isLoaded());
    QVERIFY(!confirm->isEnabled());
    w->modes()->showReader();

    // Files dropped or given at start are not imported, and the window says why.
    w->importPaths({seeds});
    QVERIFY(!w->importer()->isRunning());
    QCOMPARE(w->statusBar()->currentMessage(), u"Nothing can be imported: the corpus was opened for reading only."_s);
    QCOMPARE(w->store().articleCount(), 5);
}

// A file whose encoding was not recognised: from the report, imported again as the encoding the
// user chooses.
void TestMainWindow::reportImportsAFileAgainAsAnEncoding()
{
    QTemporaryDir files;
    const QString latin1 = files.filePath(u"cafe.txt"_s);
    {
        QFile f(latin1);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Talks in Moscow\n\nThe ministers met on Thursday in the caf\xe9 near the Kremlin and agreed to "
                "meet again.\n");
    }
    auto w = makeWindow(m_dir.filePath(u"h.parallax"_s), false);
    QVERIFY(w);
    w->importer()->setShowReport(true);
    int reports = 0;
    bool selected = false;
    QString firstProblem;
    QString guessed;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != u"importReport"_s)
            return;
        ++reports;
        auto *table = dialog->findChild<QTableWidget *>(u"reportProblems"_s);
        auto *encoding = dialog->findChild<QComboBox *>(u"reportEncoding"_s);
        auto *again = dialog->findChild<QPushButton *>(u"reportImportAgain"_s);
        if (reports > 1 || !table || !encoding || !again) {
            dialog->reject();
            return;
        }
        firstProblem = table->item(0, 1)->text();
        selected = table->selectionModel()->isRowSelected(0, {});
        guessed = encoding->currentText();
        encoding->setCurrentText(u"no-such-encoding"_s);
        const bool refusesUnknown = !again->isEnabled();
        encoding->setCurrentText(u"windows-1252"_s);
        if (refusesUnknown && again->isEnabled())
            again->click();
        else
            dialog->reject();
    });
    poll.start();
    QSignalSpy finished(w->importer(), &ui::ImportController::finished);
    w->importPaths({files.path()});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QCOMPARE(reports, 1); // the second import had nothing to report
    QVERIFY2(firstProblem.contains(u"not valid UTF-8"_s), qPrintable(firstProblem));
    QVERIFY(selected);
    // The encoding offered first is the detector's guess that the report names.
    QVERIFY2(firstProblem.contains(u"it might be %1"_s.arg(guessed)), qPrintable(firstProblem + u" / "_s + guessed));
    const auto second = finished.at(1).first().value<import::ImportReport>();
    QCOMPARE(second.articlesImported, 1);
    const auto list = w->store().articles();
    QCOMPARE(list.size(), 1);
    const auto article = w->store().article(list.first().id);
    QCOMPARE(article->encoding, u"windows-1252"_s);
    QVERIFY2(article->body.contains(u"café"_s), qPrintable(article->body));
    QCOMPARE(w->library()->view()->model()->rowCount(), 1);
}

void TestMainWindow::emptyCorpusExplainsWhatToDo()
{
    auto w = makeWindow(m_dir.filePath(u"e.parallax"_s), false);
    QVERIFY(w);
    auto *stack = w->library()->findChild<QStackedWidget *>();
    auto *empty = w->library()->findChild<QLabel *>(u"libraryEmpty"_s);
    QCOMPARE(stack->currentWidget(), empty);
    QVERIFY(empty->text().contains(u"Import"_s));
    auto *viewerEmpty = w->viewer()->findChild<QLabel *>(u"viewerEmpty"_s);
    QVERIFY(viewerEmpty->isVisible());
    // What to do is read, not greyed out: legible in either theme, and fainter than body text.
    for (const ui::Theme theme : {ui::Theme::Dark, ui::Theme::Light}) {
        ui::applyTheme(theme);
        QCoreApplication::processEvents();
        for (QLabel *label : {empty, viewerEmpty}) {
            const QColor text = label->palette().color(QPalette::WindowText);
            const QColor back = label->palette().color(QPalette::Window);
            QVERIFY(label->isEnabled());
            QVERIFY2(testing::contrastRatio(text, back) >= 4.5,
                     qPrintable(u"%1 on %2"_s.arg(text.name(), back.name())));
            QVERIFY(text != QApplication::palette().color(QPalette::WindowText));
        }
    }
    ui::applyTheme(ui::Theme::System);
}

void TestMainWindow::layoutIsRestored()
{
    const QString path = m_dir.filePath(u"f.parallax"_s);
    {
        auto w = makeWindow(path, true);
        auto *dock = w->findChild<QDockWidget *>(u"libraryDock"_s);
        w->addDockWidget(Qt::RightDockWidgetArea, dock);
        QCOMPARE(w->dockWidgetArea(dock), Qt::RightDockWidgetArea);
        w->close();
    }
    auto w = makeWindow(path, true);
    auto *dock = w->findChild<QDockWidget *>(u"libraryDock"_s);
    QCOMPARE(w->dockWidgetArea(dock), Qt::RightDockWidgetArea);
    w->addDockWidget(Qt::LeftDockWidgetArea, dock);
    w->close();
}

// The status bar names the corpus as a user reads a path: "~/…" under the home folder.
void TestMainWindow::statusNamesTheCorpusUnderHome()
{
    const QByteArray home = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(m_dir.path()));
    auto w = makeWindow(m_dir.filePath(u"g.parallax"_s), true);
    qputenv("HOME", home);
    QVERIFY(w);
    QCOMPARE(w->statusBar()->currentMessage(),
             u"5 articles in %1"_s.arg(QDir::toNativeSeparators(u"~/g.parallax"_s)));
}

// File ▸ New Corpus makes an empty corpus and opens it in place of the current window; the
// corpus left is then in File ▸ Open Recent, which opens it again.
void TestMainWindow::newAndRecentCorporaOpenInTheWindowsPlace()
{
    ui::Settings::instance().clearRecentCorpora();
    const QString first = QFileInfo(m_dir.filePath(u"first.parallax"_s)).absoluteFilePath();
    const QString second = QFileInfo(m_dir.filePath(u"second.parallax"_s)).absoluteFilePath();
    auto w = makeWindow(first, true);
    QVERIFY(w);
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QCOMPARE(ui::Settings::instance().recentCorpora(), QStringList{first});

    QString error;
    QPointer<ui::MainWindow> made = w->openCorpus(second, true, &error);
    QVERIFY2(made, qPrintable(error));
    QVERIFY(QTest::qWaitForWindowExposed(made.data()));
    QVERIFY(!w->isVisible()); // replaced, not beside it
    QVERIFY(made->testAttribute(Qt::WA_DeleteOnClose));
    QCOMPARE(made->store().path(), second);
    QCOMPARE(made->store().articleCount(), 0);
    QVERIFY(made->windowTitle().contains(u"second.parallax"_s));
    auto *empty = made->library()->findChild<QLabel *>(u"libraryEmpty"_s);
    QVERIFY(empty && empty->isVisible());
    QCOMPARE(ui::Settings::instance().recentCorpora(), (QStringList{second, first}));

    // Open Recent lists the other corpus (not the one open) by name, with its folder as a tip.
    auto *recent = made->findChild<QMenu *>(u"menuRecentCorpora"_s);
    QVERIFY(recent);
    Q_EMIT recent->aboutToShow();
    QAction *again = nullptr;
    for (QAction *a : recent->actions()) {
        QVERIFY(a->data().toString() != second);
        if (a->data().toString() == first)
            again = a;
    }
    QVERIFY(again);
    QVERIFY(again->text().contains(u"first.parallax"_s));
    again->trigger();
    QTRY_VERIFY(!made); // the second window closed and was deleted
    ui::MainWindow *reopened = nullptr;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        auto *m = qobject_cast<ui::MainWindow *>(top);
        if (m && m != w.get() && m->isVisible())
            reopened = m;
    }
    QVERIFY(reopened);
    QCOMPARE(reopened->store().path(), first);
    QCOMPARE(reopened->library()->view()->model()->rowCount(), 5);
    QCOMPARE(ui::Settings::instance().recentCorpora(), (QStringList{first, second}));
    reopened->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

// Another program's SQLite database is refused with a message that names it; the window that
// was open stays, on its own corpus, and the file is not touched.
void TestMainWindow::aFileThatIsNoCorpusIsRefusedAndNamed()
{
    const QString other = QFileInfo(m_dir.filePath(u"other.sqlite"_s)).absoluteFilePath();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"otherdb"_s);
        db.setDatabaseName(other);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE notes (text TEXT)"_s));
    }
    QSqlDatabase::removeDatabase(u"otherdb"_s);
    const qint64 size = QFileInfo(other).size();
    auto w = makeWindow(m_dir.filePath(u"notcorpus.parallax"_s), true);
    QVERIFY(w);
    QString error;
    QVERIFY(!w->openCorpus(other, false, &error));
    QVERIFY2(error.contains(other) && error.contains(u"not a Parallax corpus"_s), qPrintable(error));
    QVERIFY(w->isVisible());

    // Chosen from Open Recent, the same file gets a warning that says why.
    ui::Settings::instance().addRecentCorpus(other);
    auto *recent = w->findChild<QMenu *>(u"menuRecentCorpora"_s);
    Q_EMIT recent->aboutToShow();
    QAction *entry = nullptr;
    for (QAction *a : recent->actions())
        if (a->data().toString() == other)
            entry = a;
    QVERIFY(entry);
    MessageBoxAnswer warned(u"OK"_s);
    entry->trigger();
    const QString &shown = warned.text;
    QVERIFY2(shown.contains(other) && shown.contains(u"not a Parallax corpus"_s), qPrintable(shown));
    QVERIFY(w->isVisible());
    QCOMPARE(w->store().articleCount(), 5);
    QCOMPARE(QFileInfo(other).size(), size);
}

// Select two rows of the library, Remove from Corpus: the dialog says what goes with them, and
// once it is confirmed every view shows the corpus without them. Delete then Cancel removes nothing.
void TestMainWindow::removingArticlesUpdatesEveryView()
{
    auto w = makeWindow(m_dir.filePath(u"remove.parallax"_s), true);
    QVERIFY(w);
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QTableView *view = w->library()->view();
    QCOMPARE(view->model()->rowCount(), 5);
    // Newest first: rows 1 and 2 go; the reader shows row 1's article, with an annotation.
    const qint64 first = w->articlesModel()->idAt(1), second = w->articlesModel()->idAt(2);
    const qint64 after = w->articlesModel()->idAt(3);
    w->hub().setArticle(first);
    const Article shown = w->viewer()->article();
    QCOMPARE(shown.id, first);
    QVERIFY(w->annotations()->document().addAnnotation(first, shown.body, Span{0, 12}, {}, u"note"_s) > 0);
    QCOMPARE(w->annotations()->document().annotations().size(), 1);

    view->selectionModel()->select(QItemSelection(view->model()->index(1, 0), view->model()->index(2, 0)),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QAction *remove = w->library()->removeAction();
    QVERIFY(remove->isEnabled());
    QCOMPARE(remove->text(), u"Remove 2 Articles from Corpus…"_s);

    // Delete with the library focused asks first; Cancel keeps everything.
    MessageBoxAnswer cancelled(u"Cancel"_s);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    const QString asked = cancelled.text + u'\n' + cancelled.informativeText;
    QVERIFY2(asked.contains(u"Remove 2 articles from the corpus?"_s), qPrintable(asked));
    QVERIFY2(asked.contains(u"So does the 1 annotation made on them."_s), qPrintable(asked));
    QVERIFY(!w->remover()->isRunning());
    QCOMPARE(w->store().articleCount(), 5);

    MessageBoxAnswer confirmed(u"Remove"_s);
    remove->trigger();
    QTRY_COMPARE(w->store().articleCount(), 3);
    QTRY_COMPARE(view->model()->rowCount(), 3);
    QTRY_VERIFY(!w->remover()->isRunning());
    QCOMPARE(w->statusBar()->currentMessage(), u"2 articles removed from the corpus"_s);
    for (int row = 0; row < 3; ++row) {
        QVERIFY(w->articlesModel()->idAt(row) != first);
        QVERIFY(w->articlesModel()->idAt(row) != second);
    }
    // The reader moved on to the article after them; the annotation went with its article.
    QCOMPARE(w->hub().article(), after);
    QCOMPARE(w->viewer()->article().id, after);
    QTRY_COMPARE(w->annotations()->document().annotations().size(), 0);
    QTRY_VERIFY(w->timeline()->findChild<QLabel *>(u"timelineStatus"_s)->text().startsWith(u"3 articles"_s));
    QVERIFY(!remove->isEnabled() || !w->library()->selectedIds().contains(first));

    // File > Compact Corpus gives back the space they took, in the background, and says so.
    QVERIFY(w->store().diskUse().freeBytes > 0);
    auto *compact = w->findChild<QAction *>(u"actionCompactCorpus"_s);
    QVERIFY(compact);
    compact->trigger();
    QVERIFY(w->compactor()->isRunning());
    QVERIFY(!w->library()->removeAction()->isEnabled());
    QTRY_VERIFY(!w->compactor()->isRunning());
    QVERIFY2(w->statusBar()->currentMessage().startsWith(u"Corpus compacted: "_s),
             qPrintable(w->statusBar()->currentMessage()));
    QCOMPARE(w->store().diskUse().freeBytes, 0);
    QCOMPARE(w->store().articleCount(), 3);
    QCOMPARE(view->model()->rowCount(), 3);
}

// The progress of a removal or of compacting closes as the work ends, before a message about its
// outcome opens (with an event loop of its own, in which the dialog's timer would show it again).
void TestMainWindow::workProgressIsGoneBeforeWhatFollows()
{
    QWidget window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto cancel = std::make_shared<std::atomic_bool>(false);

    // Work that takes a while: the dialog shows, Cancel sets the flag, ending it closes it.
    QPointer<QProgressDialog> slow = ui::workProgress(&window, u"Work"_s, u"Working…"_s, u"slow"_s, 0, cancel);
    QTRY_VERIFY(slow->isVisible());
    QVERIFY(!cancel->load());
    Q_EMIT slow->canceled();
    QVERIFY(cancel->load());
    ui::endWorkProgress(slow);
    QVERIFY(!slow || !slow->isVisible());
    QTRY_VERIFY(slow.isNull());

    // Work that fails at once, followed by a message, both from the window's event loop (as the
    // end of the work arrives): in the message's own loop the dialog stays hidden.
    QPointer<QProgressDialog> quick = ui::workProgress(&window, u"Work"_s, u"Working…"_s, u"quick"_s, 0, cancel);
    bool everShown = false;
    QEventLoop windowLoop;
    QTimer::singleShot(0, &windowLoop, [&] {
        ui::endWorkProgress(quick);
        QEventLoop message;
        QTimer watch;
        connect(&watch, &QTimer::timeout, &message, [&] { everShown = everShown || (quick && quick->isVisible()); });
        watch.start(20);
        QTimer::singleShot(800, &message, &QEventLoop::quit); // twice the dialog's minimum duration
        message.exec();
        windowLoop.quit();
    });
    windowLoop.exec();
    QVERIFY(!everShown);
    QTRY_VERIFY(quick.isNull());
}

// The library's country and outlet choices list what the corpus has, with counts; choosing one
// narrows the library and the timeline (through the selection hub), and "All" widens them again.
void TestMainWindow::countryAndOutletNarrowTheLibraryAndTimeline()
{
    auto w = makeWindow(m_dir.filePath(u"sources.parallax"_s), true);
    QVERIFY(w);
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    auto *country = w->library()->findChild<QComboBox *>(u"libraryCountry"_s);
    auto *outlet = w->library()->findChild<QComboBox *>(u"libraryOutlet"_s);
    QVERIFY(country && outlet);
    QStringList countries, outlets;
    for (int i = 0; i < country->count(); ++i)
        countries << country->itemText(i);
    for (int i = 0; i < outlet->count(); ++i)
        outlets << outlet->itemText(i);
    QCOMPARE(countries, (QStringList{u"All countries"_s, u"JP (3)"_s, u"RU (2)"_s}));
    QCOMPARE(outlets, (QStringList{u"All outlets"_s, u"Sputnik (1)"_s, u"TASS (1)"_s, u"Outlet unknown (3)"_s}));
    QTableView *view = w->library()->view();
    auto *status = w->timeline()->findChild<QLabel *>(u"timelineStatus"_s);

    const auto choose = [](QComboBox *box, int index) {
        box->setCurrentIndex(index);
        Q_EMIT box->activated(index);
    };
    choose(country, 1);
    QCOMPARE(w->hub().country(), u"JP"_s);
    QTRY_COMPARE(view->model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(view->model()->index(row, itemmodels::ArticleListModel::CountryColumn).data().toString(), u"JP"_s);
    QVERIFY(w->library()->findChild<QLabel *>(u"libraryCount"_s)->text().contains(u"from JP"_s));
    QTRY_VERIFY2(status->text().startsWith(u"3 articles in view"_s), qPrintable(status->text()));

    // A Japanese country and a Russian outlet: nothing, and the library says why.
    choose(outlet, 2);
    QCOMPARE(w->hub().outlet(), u"TASS"_s);
    QTRY_VERIFY(w->library()->findChild<QLabel *>(u"libraryEmpty"_s)->isVisible());
    QVERIFY(w->library()->findChild<QLabel *>(u"libraryEmpty"_s)->text().contains(u"All countries"_s));

    choose(country, 0);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, itemmodels::ArticleListModel::OutletColumn).data().toString(), u"TASS"_s);
    QTRY_VERIFY2(status->text().startsWith(u"1 article in view"_s), qPrintable(status->text()));
    // The articles whose outlet no import could tell: the library, the timeline and the counts.
    choose(outlet, 3);
    QCOMPARE(w->hub().outlet(), store::noSource);
    QTRY_COMPARE(view->model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(view->model()->index(row, itemmodels::ArticleListModel::OutletColumn).data().toString(), u"—"_s);
    QVERIFY2(w->library()->findChild<QLabel *>(u"libraryCount"_s)->text().contains(u"from unknown outlet"_s),
             qPrintable(w->library()->findChild<QLabel *>(u"libraryCount"_s)->text()));
    QTRY_VERIFY2(status->text().startsWith(u"3 articles in view"_s), qPrintable(status->text()));
    choose(outlet, 0);
    QTRY_COMPARE(view->model()->rowCount(), 5);
    QTRY_VERIFY2(status->text().startsWith(u"5 articles in view"_s), qPrintable(status->text()));
    QCOMPARE(w->hub().country(), QString());
    QCOMPARE(w->hub().outlet(), QString());
}

// With the library narrowed (here to one country), "Remove All N Articles in This List…" takes
// every article of the list, loaded or not, after the same question; the list is then empty.
// Removing articles nobody annotated this session keeps Edit ▸ Undo: the annotations and entity
// edits made meanwhile can still be undone. Removing an article the history writes about clears it.
void TestMainWindow::removalKeepsTheHistoryOfOtherArticles()
{
    auto w = makeWindow(m_dir.filePath(u"history.parallax"_s), true);
    QVERIFY(w);
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QTableView *view = w->library()->view();
    QCOMPARE(view->model()->rowCount(), 5);
    const qint64 kept = w->articlesModel()->idAt(0), other = w->articlesModel()->idAt(1);
    w->hub().setArticle(kept);
    const Article shown = w->viewer()->article();
    annotations::AnnotationDocument &doc = w->annotations()->document();
    const qint64 note = doc.addAnnotation(kept, shown.body, Span{0, 12}, {}, u"note"_s);
    QVERIFY(note > 0);
    auto *entities = w->findChild<ui::EntityPanel *>();
    QVERIFY(entities);
    const QModelIndex people = entities->model()->index(0, 0);
    const qint64 person = entities->model()->index(0, 0, people).data(itemmodels::EntityTreeModel::IdRole).toLongLong();
    QVERIFY(person > 0);
    QVERIFY(entities->editor()->rename(person, u"Renamed for the test"_s));
    QUndoStack *history = doc.undoStack();
    QCOMPARE(history->count(), 2);

    const auto removeRow = [&](qint64 id) {
        const int row = w->articlesModel()->rowOf(id);
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        MessageBoxAnswer confirmed(u"Remove"_s);
        w->library()->removeAction()->trigger();
    };
    removeRow(other);
    QTRY_COMPARE(w->store().articleCount(), 4);
    QTRY_VERIFY(!w->remover()->isRunning());
    QCOMPARE(history->count(), 2);
    QVERIFY(history->canUndo());
    history->undo(); // the rename
    history->undo(); // the annotation
    QCOMPARE(doc.annotations().size(), 0);
    history->redo();
    QCOMPARE(doc.annotations().size(), 1);
    QCOMPARE(doc.annotations().first().articleId, kept);

    // The annotated article itself: its history goes with it.
    removeRow(kept);
    QTRY_COMPARE(w->store().articleCount(), 3);
    QTRY_VERIFY(!w->remover()->isRunning());
    QCOMPARE(history->count(), 0);
    QCOMPARE(doc.annotations().size(), 0);
}

void TestMainWindow::aNarrowedListIsRemovedWhole()
{
    auto w = makeWindow(m_dir.filePath(u"removelist.parallax"_s), true);
    QVERIFY(w);
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QAction *removeList = w->library()->removeListAction();
    QVERIFY(!removeList->isVisible()); // the whole corpus is not "a list" to remove
    w->hub().setSources(u"JP"_s, QString());
    QTRY_COMPARE(w->library()->view()->model()->rowCount(), 3);
    QVERIFY(removeList->isVisible() && removeList->isEnabled());
    QCOMPARE(removeList->text(), u"Remove All 3 Articles in This List…"_s);
    w->articlesModel()->setBackgroundFrom(0); // the list's ids read as in a large corpus,
    w->remover()->setBackgroundFrom(0);       // and what goes with them
    // The question comes once the list's ids are read: answered when it shows.
    MessageBoxAnswer confirmed(u"Remove"_s);
    removeList->trigger();
    QTRY_COMPARE(w->store().articleCount(), 2);
    QCOMPARE(confirmed.text, u"Remove 3 articles from the corpus?"_s);
    store::ArticleFilter japanese;
    japanese.country = u"JP"_s;
    QCOMPARE(w->store().articleCount(japanese), 0);
    QTRY_VERIFY(w->library()->findChild<QLabel *>(u"libraryEmpty"_s)->isVisible());
    QTRY_VERIFY(!removeList->isVisible());
}

// Files dragged from a file manager onto the window are imported; a corpus file is opened instead.
void TestMainWindow::droppedFilesAreImportedAndACorpusOpened()
{
    auto w = makeWindow(m_dir.filePath(u"dropped.parallax"_s), false);
    QVERIFY(w);
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QCOMPARE(w->store().articleCount(), 0);
    QVERIFY(w->acceptDrops());
    const auto drop = [&w](const QList<QUrl> &urls) {
        QMimeData mime;
        mime.setUrls(urls);
        const QPoint at = w->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(w.get(), &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropped(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(w.get(), &dropped);
        return dropped.isAccepted();
    };
    QVERIFY(!drop({QUrl(u"https://example.org/story.html"_s)})); // nothing remote is fetched
    QList<QUrl> files;
    for (const QString &f : QDir(seeds).entryList(QDir::Files))
        files << QUrl::fromLocalFile(seeds + u'/' + f);
    QVERIFY(drop(files));
    QTRY_COMPARE(w->store().articleCount(), 5);
    QTRY_VERIFY(!w->importer()->isRunning());

    // A corpus file: opened in the window's place.
    const QString other = m_dir.filePath(u"to-open.parallax"_s);
    {
        store::Store made;
        QVERIFY(made.open(other));
        import::Importer(made).run({seeds});
    }
    QVERIFY(drop({QUrl::fromLocalFile(other)}));
    QTRY_VERIFY(!w->isVisible());
    ui::MainWindow *opened = nullptr;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        auto *m = qobject_cast<ui::MainWindow *>(top);
        if (m && m != w.get() && m->isVisible())
            opened = m;
    }
    QVERIFY(opened);
    QCOMPARE(opened->store().path(), QFileInfo(other).absoluteFilePath());
    opened->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
