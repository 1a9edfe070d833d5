// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "analysis/framing/lexicondocument.h"
#include "corpus/defaultcorpus.h"
#include "annotations/annotationdocument.h"
#include "itemmodels/articlelistmodel.h"
#include "selection/selectionhub.h"
#include "store/store.h"
#include "ui/annotations/annotationcontroller.h"
#include "ui/entities/entitypanel.h"
#include "ui/compare/comparepane.h"
#include "ui/compare/comparisonmode.h"
#include "ui/corpusupgrade.h"
#include "ui/concordance/concordancepanel.h"
#include "ui/framing/framingdock.h"
#include "ui/framing/framinghighlighter.h"
#include "ui/chartexport/exportdialog.h"
#include "ui/import/importcontroller.h"
#include "ui/import/importoptionsdialog.h"
#include "ui/preferences/preferencesdialog.h"
#include "ui/corpuscompactor.h"
#include "ui/emptystate.h"
#include "ui/library/articleremover.h"
#include "ui/library/librarydock.h"
#include "ui/settings.h"
#include "ui/theme.h"
#include "ui/timeline/timelinedock.h"
#include "ui/timeline/timelineview.h"
#include "ui/viewer/documentviewer.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QTimer>
#include <QUrl>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace parallax::ui {

namespace {

// A path as a user reads it: "~/…" under the home folder, in the system's separators.
QString homeRelative(const QString &path)
{
    const QString home = QDir::homePath();
    QString shown = QFileInfo(path).absoluteFilePath();
    if (shown.startsWith(home + u'/'))
        shown = u"~"_s + shown.mid(home.size());
    return QDir::toNativeSeparators(shown);
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<store::Store> store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(std::move(store))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(m_store->isReadOnly() ? tr("Parallax — %1 (read-only)").arg(QFileInfo(m_store->path()).fileName())
                                         : tr("Parallax — %1").arg(QFileInfo(m_store->path()).fileName()));
    if (m_store->path() != u":memory:"_s)
        Settings::instance().addRecentCorpus(QFileInfo(m_store->path()).absoluteFilePath());
    setDockNestingEnabled(true);
    setAcceptDrops(true);
    m_hub = new SelectionHub(this);
    m_articles = new itemmodels::ArticleListModel(*m_store, this);
    m_articles->setBackgroundFrom(5000); // a search of a large corpus is counted and ranked off the window's thread

    m_viewer = new DocumentViewer(*m_store, *m_hub, this);
    auto *compare = new ComparePane(*m_store, *m_hub, this);
    m_modes = new ComparisonMode(m_viewer, compare, *m_hub, this);
    setCentralWidget(m_modes);
    m_viewer->setArticleOrder(m_articles);

    auto *libraryDock = new QDockWidget(tr("Library"), this);
    libraryDock->setObjectName(u"libraryDock"_s);
    m_library = new LibraryPanel(*m_articles, *m_hub, libraryDock);
    libraryDock->setWidget(m_library);
    addDockWidget(Qt::LeftDockWidgetArea, libraryDock);
    connect(m_library, &LibraryPanel::openInNewTabRequested, m_viewer, &DocumentViewer::openInNewTab);

    auto *entityDock = new QDockWidget(tr("Entities"), this);
    entityDock->setObjectName(u"entityDock"_s);
    auto *entities = new EntityPanel(*m_store, *m_hub, *m_viewer, *m_articles, entityDock);
    entityDock->setWidget(entities);
    tabifyDockWidget(libraryDock, entityDock);
    libraryDock->raise();

    m_annotations = new AnnotationController(*m_store, *m_hub, *m_viewer, this);
    m_annotations->install(this);
    entities->setUndoStack(m_annotations->document().undoStack()); // one Edit > Undo for the session
    auto *timelineDock = new QDockWidget(tr("Timeline"), this);
    timelineDock->setObjectName(u"timelineDock"_s);
    m_timeline = new TimelinePanel(*m_store, *m_hub, timelineDock);
    timelineDock->setWidget(m_timeline);
    addDockWidget(Qt::BottomDockWidgetArea, timelineDock);
    timelineDock->raise();
    connect(m_timeline, &TimelinePanel::sentenceRequested, m_viewer, &DocumentViewer::showSentence);
    auto *framingDock = new QDockWidget(tr("Framing"), this);
    framingDock->setObjectName(u"framingDock"_s);
    auto *lexicon = new framing::LexiconDocument(framing::LexiconDocument::userLexiconPath(), this);
    m_framing = new FramingPanel(*m_store, *lexicon, framingDock);
    m_framing->followSelection(*m_hub);
    framingDock->setWidget(m_framing);
    tabifyDockWidget(timelineDock, framingDock);
    connect(m_framing, &FramingPanel::framingHitsChanged, compare, &ComparePane::reloadFraming);
    auto *framingTerms = new FramingHighlighter(*m_store, *m_hub, *m_viewer, this); // after the annotations
    connect(m_framing, &FramingPanel::framingHitsChanged, framingTerms, &FramingHighlighter::refresh);
    auto *concordanceDock = new QDockWidget(tr("Concordance"), this);
    concordanceDock->setObjectName(u"concordanceDock"_s);
    m_concordance = new ConcordancePanel(*m_store, *m_hub, concordanceDock);
    concordanceDock->setWidget(m_concordance);
    tabifyDockWidget(framingDock, concordanceDock);
    connect(m_concordance, &ConcordancePanel::hitRequested, m_viewer, &DocumentViewer::showHitAt);
    timelineDock->raise();

    m_entities = entities;
    m_remover = new ArticleRemover(*m_store, this);
    connect(m_library, &LibraryPanel::removeRequested, this, &MainWindow::removeArticles);
    connect(m_library, &LibraryPanel::removeListRequested, this, [this] {
        m_articles->findAllIds(this, [this](const std::optional<QList<qint64>> &ids) {
            if (!ids)
                QMessageBox::warning(this, tr("Remove Articles"), tr("The articles of the list cannot be read."));
            else if (!ids->isEmpty())
                removeArticles(*ids);
        });
    });
    connect(m_remover, &ArticleRemover::removed, this, &MainWindow::articlesRemoved);
    connect(m_remover, &ArticleRemover::notRemoved, this, [this](const QString &error) {
        if (error.isEmpty())
            statusBar()->showMessage(tr("Removal cancelled: every article is still there."), 15000);
        else
            QMessageBox::warning(this, tr("Remove Articles"),
                                 tr("The articles could not be removed; the corpus is as it was.\n\n%1").arg(error));
    });
    connect(m_remover, &ArticleRemover::runningChanged, this, [this](bool running) {
        m_library->setRemovalAllowed(!running);
    });
    m_compactor = new CorpusCompactor(*m_store, this);
    connect(m_compactor, &CorpusCompactor::compacted, this,
            [this](const store::Store::DiskUse &before, const store::Store::DiskUse &after) {
                const QLocale locale;
                statusBar()->showMessage(tr("Corpus compacted: %1 → %2")
                                             .arg(locale.formattedDataSize(before.bytes), locale.formattedDataSize(after.bytes)),
                                         15000);
            });
    connect(m_compactor, &CorpusCompactor::notCompacted, this, [this](const QString &error) {
        if (error.isEmpty())
            statusBar()->showMessage(tr("Compacting cancelled: the corpus is as it was."), 15000);
        else
            QMessageBox::warning(this, tr("Compact Corpus"),
                                 tr("The corpus could not be compacted; it is as it was.\n\n%1").arg(error));
    });
    connect(m_compactor, &CorpusCompactor::runningChanged, this, [this](bool running) {
        m_library->setRemovalAllowed(!running);
    });

    m_import = new ImportController(m_store->path(), this);
    connect(m_import, &ImportController::finished, entities, &EntityPanel::reload);
    connect(m_import, &ImportController::reimportRequested, this,
            [this](const QStringList &paths, const import::ReadOptions &options) { importPaths(paths, options); });
    connect(m_import, &ImportController::finished, compare, &ComparePane::reloadPairs);
    // A long import fills the library as its batches are committed (every few seconds at most),
    // and the timeline and the entity sidebar less often (their reads grow with the corpus).
    struct Shown
    {
        int articles = 0;
        QElapsedTimer library;
        QElapsedTimer overview;
    };
    connect(m_import, &ImportController::progress, this,
            [this, entities, shown = std::make_shared<Shown>()](const import::ImportProgress &p) {
                if (p.articlesImported == shown->articles
                    || (shown->library.isValid() && shown->library.elapsed() < 3000))
                    return;
                shown->articles = p.articlesImported;
                shown->library.start();
                m_library->reload();
                if (shown->overview.isValid() && shown->overview.elapsed() < 10000)
                    return;
                shown->overview.start();
                m_timeline->reload();
                entities->refreshCounts();
            });
    connect(m_import, &ImportController::finished, this, [this](const import::ImportReport &report) {
        m_library->setRemovalAllowed(true);
        m_library->reload();
        m_timeline->setImporting(false);
        m_timeline->reload();
        m_framing->reload();
        m_concordance->reload();
        if (report.reanchored + report.orphaned > 0) // moved to new versions of their articles
            m_annotations->document().load();
        statusBar()->showMessage(report.summary(), 15000);
    });

    createMenus();
    statusBar()->showMessage(tr("%Ln article(s) in %1", nullptr, m_store->articleCount()).arg(homeRelative(m_store->path())), 8000);
    if (m_store->isReadOnly())
        showReadOnly();

    // First start: most of the screen; later starts: what the user left.
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QSize avail = screen->availableSize();
        resize(std::min(1280, avail.width()), std::min(820, avail.height()));
    }
    restoreGeometry(Settings::instance().windowGeometry());
    restoreState(Settings::instance().windowState());
    resizeDocks({libraryDock}, {430}, Qt::Horizontal);
    resizeDocks({timelineDock}, {height() * 2 / 5}, Qt::Vertical);
    if (!Settings::instance().windowState().isEmpty())
        restoreState(Settings::instance().windowState());
    // A search adds the matches in context beside the titles: the library gets the room for
    // them when it has less (it is not narrowed again when the search ends).
    connect(m_hub, &SelectionHub::searchQueryChanged, this, [this, libraryDock](const QString &query) {
        const int wanted = std::min(600, width() * 2 / 5);
        if (!query.isEmpty() && !libraryDock->isFloating() && libraryDock->width() < wanted)
            resizeDocks({libraryDock}, {wanted}, Qt::Horizontal);
    });

    // Open the newest article so that the window never starts blank when there is something to read.
    if (m_articles->rowCount() > 0)
        m_hub->setArticle(m_articles->idAt(0));
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Corpus…"), this, &MainWindow::newCorpus);
    newAction->setShortcut(QKeySequence::New);
    newAction->setObjectName(u"actionNewCorpus"_s);
    file->addAction(tr("Open &Corpus…"), this, &MainWindow::openCorpusFile)->setObjectName(u"actionOpenCorpus"_s);
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(u"menuRecentCorpora"_s);
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecentMenu(recent); });
    fillRecentMenu(recent);
    file->addSeparator();
    QAction *importFilesAction = file->addAction(tr("&Import Files…"), this, &MainWindow::importFiles);
    importFilesAction->setShortcut(QKeySequence::Open);
    importFilesAction->setObjectName(u"actionImportFiles"_s);
    QAction *importFolderAction = file->addAction(tr("Import &Folder…"), this, &MainWindow::importFolder);
    importFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    importFolderAction->setObjectName(u"actionImportFolder"_s);
    file->addAction(tr("Import with &Options…"), this, &MainWindow::importWithOptions)
        ->setObjectName(u"actionImportWithOptions"_s);
    file->addSeparator();
    auto *exportChart = new ExportChartAction(this);
    exportChart->setCurrent(m_timeline->view());
    file->addAction(exportChart);
    file->addSeparator();
    file->addAction(tr("Co&mpact Corpus"), this, &MainWindow::compactCorpus)->setObjectName(u"actionCompactCorpus"_s);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    m_annotations->addFileActions(file);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Search the Library"), this, [this] {
        m_library->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_library->searchField()->selectAll();
    });
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_annotations->addEditActions(edit);
    edit->addSeparator();
    edit->addActions({m_viewer->findAction(), m_viewer->findNextAction(), m_viewer->findPreviousAction()});
    edit->addAction(m_viewer->copyCitationAction());
    edit->addSeparator();
    edit->addAction(m_library->removeAction());
    edit->addAction(m_library->removeListAction());
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, [this] { PreferencesDialog(this).exec(); });
    preferences->setObjectName(u"actionPreferences"_s);
    preferences->setMenuRole(QAction::PreferencesRole);
    // The platform's key where it has one (Ctrl+Shift+, on KDE, Ctrl+, on macOS), else Ctrl+,.
    const QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    preferences->setShortcuts(keys.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)} : keys);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    view->addActions({m_modes->readerAction(), m_modes->compareAction()});
    addToolBar(Qt::TopToolBarArea, m_modes->createToolBar(this));
    view->addSeparator();
    view->addActions({m_viewer->zoomInAction(), m_viewer->zoomOutAction(), m_viewer->zoomResetAction()});
    QMenu *highlights = view->addMenu(tr("&Highlights"));
    highlights->setObjectName(u"menuHighlights"_s);
    m_viewer->addHighlightActions(highlights);
    view->addActions({m_viewer->nextArticleAction(), m_viewer->previousArticleAction(), m_viewer->closeTabAction()});
    view->addSeparator();
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(themes);
    const QString current = Settings::instance().theme();
    for (const auto &[name, label] : {std::pair{u"system"_s, tr("&System")}, std::pair{u"light"_s, tr("&Light")},
                                      std::pair{u"dark"_s, tr("&Dark")}}) {
        QAction *a = themes->addAction(label);
        a->setCheckable(true);
        a->setChecked(name == current);
        a->setObjectName(u"actionTheme_"_s + name);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [name] { Settings::instance().setTheme(name); });
    }
    // The menu and the Preferences dialog both change the theme through Settings.
    connect(&Settings::instance(), &Settings::themeChanged, themes, [themes](const QString &name) {
        applyTheme(themeFromName(name));
        if (QAction *a = themes->findChild<QAction *>(u"actionTheme_"_s + name, Qt::FindDirectChildrenOnly))
            a->setChecked(true);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About Parallax"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showReadOnly()
{
    // Everything reads; what would write is not offered (and would say why if reached).
    auto *badge = new SecondaryLabel(tr("Read-only"), this);
    badge->setObjectName(u"readOnlyBadge"_s);
    badge->setToolTip(tr("Nothing in this corpus can be changed here: %1.").arg(m_store->readOnlyReason()));
    statusBar()->addPermanentWidget(badge);
    for (const QString &name : {u"actionImportFiles"_s, u"actionImportFolder"_s, u"actionImportWithOptions"_s,
                                u"actionCompactCorpus"_s}) {
        if (auto *action = findChild<QAction *>(name)) {
            action->setEnabled(false);
            action->setToolTip(tr("The corpus is read-only"));
        }
    }
    m_library->setRemovalAllowed(false);
}

void MainWindow::importPaths(const QStringList &paths, const import::ReadOptions &options)
{
    if (m_store->isReadOnly()) {
        statusBar()->showMessage(tr("Nothing can be imported: %1.").arg(m_store->readOnlyReason()), 8000);
        return;
    }
    if (m_remover->isRunning()) {
        statusBar()->showMessage(tr("Articles are being removed; import when that is done."), 5000);
        return;
    }
    if (m_compactor->isRunning()) {
        statusBar()->showMessage(tr("The corpus is being compacted; import when that is done."), 5000);
        return;
    }
    if (!m_import->start(paths, options)) {
        statusBar()->showMessage(tr("An import is already running."), 5000);
        return;
    }
    m_timeline->setImporting(true);
    m_library->setRemovalAllowed(false);
}

void MainWindow::removeArticles(const QList<qint64> &ids)
{
    if (m_import->isRunning()) {
        statusBar()->showMessage(tr("An import is running; remove articles when it is done."), 5000);
        return;
    }
    if (m_compactor->isRunning())
        return; // removal is not offered meanwhile
    // Where the reader goes if it shows one of them.
    m_afterRemoval = m_articles->idBeside(QSet<qint64>(ids.cbegin(), ids.cend()));
    m_remover->remove(ids);
}

void MainWindow::compactCorpus()
{
    if (m_import->isRunning() || m_remover->isRunning()) {
        statusBar()->showMessage(tr("Compact the corpus when the import or removal under way is done."), 5000);
        return;
    }
    // The space that removals, re-imports and migrations left: SQLite rewrites the file without it.
    m_compactor->compact();
}

void MainWindow::articlesRemoved(const QList<qint64> &ids)
{
    const QSet<qint64> gone(ids.cbegin(), ids.cend());
    m_viewer->forgetArticles(gone);
    if (gone.contains(m_hub->pairLeft()) || gone.contains(m_hub->pairRight()))
        m_hub->setPair(0, 0);
    if (gone.contains(m_hub->article()) || m_hub->article() == 0)
        m_hub->setArticle(m_afterRemoval);
    m_library->reload();
    m_timeline->reload();
    m_entities->reload();
    m_framing->reload();
    m_concordance->reload();
    m_annotations->document().articlesRemoved(gone); // the history stays unless it writes about them
    m_modes->comparePane()->reloadPairs();
    statusBar()->showMessage(tr("%Ln article(s) removed from the corpus", nullptr, int(ids.size())), 15000);
}

void MainWindow::search(const QString &query)
{
    // The best match is opened once the list shows the search (at once in a small corpus).
    connect(m_library, &LibraryPanel::searchApplied, this, [this](bool ok) {
        if (ok && m_articles->rowCount() > 0)
            m_hub->setArticle(m_articles->idAt(0));
    }, Qt::SingleShotConnection);
    m_library->searchField()->setText(query);
    m_library->applySearch();
}

void MainWindow::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import articles"),
                                                            Settings::instance().lastImportFolder(),
                                                            tr("Articles (*.txt *.text);;All files (*)"));
    if (files.isEmpty())
        return;
    Settings::instance().setLastImportFolder(QFileInfo(files.first()).absolutePath());
    importPaths(files);
}

namespace {

// The local files and folders a drag carries, empty if it carries anything else.
QStringList droppedPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            return {};
        paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = droppedPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // A corpus file on its own is opened, not read as articles. Later, from the event loop:
    // opening it closes this window, which must not happen inside its own drop event.
    if (paths.size() == 1 && QFileInfo(paths.first()).suffix().compare(u"parallax"_s, Qt::CaseInsensitive) == 0) {
        QTimer::singleShot(0, this, [this, path = paths.first()] { openCorpusAsking(path, false); });
        return;
    }
    importPaths(paths);
}

void MainWindow::importFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a folder of articles"),
                                                             Settings::instance().lastImportFolder());
    if (folder.isEmpty())
        return;
    Settings::instance().setLastImportFolder(folder);
    importPaths({folder});
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Parallax"),
                       tr("<h3>Parallax %1</h3>"
                          "<p>Read, annotate and compare news coverage: line up two sources' reports of one "
                          "event and see what each says, omits, and how it names things.</p>"
                          "<p>Qt %2 · SQLite %3</p>"
                          "<p>Corpus: %4 (%n article(s))</p>"
                          "<p>Free software under the GNU GPL, version 3 or later.</p>",
                          nullptr, m_store->articleCount())
                           .arg(QStringLiteral(PARALLAX_VERSION), QString::fromLatin1(qVersion()),
                                m_store->sqliteVersion(), m_store->path().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_import->isRunning())
        m_import->cancel();
    saveLayout();
    event->accept();
}

void MainWindow::saveLayout()
{
    Settings::instance().setWindowGeometry(saveGeometry());
    Settings::instance().setWindowState(saveState());
}

MainWindow *MainWindow::openCorpus(const QString &path, bool create, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!create && !QFileInfo(absolute).isFile()) {
        *error = tr("%1 does not exist.").arg(QDir::toNativeSeparators(absolute));
        return nullptr;
    }
    if (!upgradeCorpus(absolute, error))
        return nullptr;
    auto store = std::make_unique<store::Store>();
    if (!corpus::openCorpus(*store, absolute, false, error))
        return nullptr;
    saveLayout(); // the new window takes this one's size, place and docks
    auto *window = new MainWindow(std::move(store));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    close();
    return window;
}

bool MainWindow::openCorpusAsking(const QString &path, bool create)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == QFileInfo(m_store->path()).absoluteFilePath())
        return true; // already open here
    if (m_import->isRunning()
        && QMessageBox::question(this, tr("Open Corpus"),
                                 tr("An import is running into this corpus. Stop it and open %1?\n\n"
                                    "What it has imported so far stays in this corpus.")
                                     .arg(QDir::toNativeSeparators(absolute)))
               != QMessageBox::Yes)
        return false;
    QString error;
    if (openCorpus(absolute, create, &error))
        return true;
    QMessageBox::warning(this, tr("Open Corpus"), tr("The corpus cannot be opened.\n\n%1").arg(error));
    return false;
}

void MainWindow::newCorpus()
{
    // Beside the open corpus, unless that is the default one, kept in a hidden data folder.
    QString folder = QFileInfo(m_store->path()).absolutePath();
    if (folder == QFileInfo(corpus::defaultCorpusPath()).absolutePath()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (folder.isEmpty() || !QFileInfo(folder).isDir())
            folder = QDir::homePath();
    }
    QString path = QFileDialog::getSaveFileName(this, tr("New Corpus"), folder,
                                                tr("Parallax corpora (*.parallax)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".parallax"_s;
    // A new corpus never replaces a file: what is there may be someone's work.
    if (QFileInfo::exists(path)) {
        if (QMessageBox::question(this, tr("New Corpus"),
                                  tr("%1 already exists. Open it instead?").arg(QDir::toNativeSeparators(path)))
            == QMessageBox::Yes)
            openCorpusAsking(path, false);
        return;
    }
    openCorpusAsking(path, true);
}

void MainWindow::openCorpusFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Corpus"), QFileInfo(m_store->path()).absolutePath(),
                                                      tr("Parallax corpora (*.parallax);;All files (*)"));
    if (!path.isEmpty())
        openCorpusAsking(path, false);
}

void MainWindow::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QString current = QFileInfo(m_store->path()).absoluteFilePath();
    int shown = 0;
    for (const QString &path : Settings::instance().recentCorpora()) {
        if (path == current)
            continue;
        ++shown;
        const QString label = u"&%1 %2"_s.arg(shown).arg(QFileInfo(path).fileName().replace(u'&', u"&&"_s));
        QAction *a = menu->addAction(label, this, [this, path] {
            if (!QFileInfo(path).isFile()) {
                Settings::instance().removeRecentCorpus(path);
                QMessageBox::warning(this, tr("Open Recent"),
                                     tr("%1 is no longer there; it has been taken off the list.")
                                         .arg(QDir::toNativeSeparators(path)));
                return;
            }
            openCorpusAsking(path, false);
        });
        a->setData(path);
        a->setStatusTip(homeRelative(path));
        a->setToolTip(homeRelative(path));
    }
    if (shown == 0) {
        menu->addAction(tr("No other corpora yet"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    menu->addAction(tr("&Clear List"), this, [] { Settings::instance().clearRecentCorpora(); });
}

void MainWindow::importWithOptions()
{
    ImportOptionsDialog dialog(Settings::instance().lastImportFolder(), this);
    if (dialog.exec() == QDialog::Accepted)
        importPaths(dialog.paths(), dialog.readOptions());
}

} // namespace parallax::ui
