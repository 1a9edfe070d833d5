// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/options.h"

#include <QMainWindow>

#include <memory>

namespace parallax {
class SelectionHub;
namespace itemmodels {
class ArticleListModel;
}
namespace store {
class Store;
}
} // namespace parallax

namespace parallax::ui {

class AnnotationController;
class ArticleRemover;
class CorpusCompactor;
class EntityPanel;
class ComparisonMode;
class DocumentViewer;
class ImportController;
class LibraryPanel;
class TimelinePanel;
class ConcordancePanel;
class FramingPanel;

/** The main window: builds the docks and menus and connects them. Logic lives in the model. */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    /** Takes an open store on the corpus file. */
    explicit MainWindow(std::unique_ptr<store::Store> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    SelectionHub &hub() const { return *m_hub; }
    store::Store &store() const { return *m_store; }
    LibraryPanel *library() const { return m_library; }
    itemmodels::ArticleListModel *articlesModel() const { return m_articles; }
    DocumentViewer *viewer() const { return m_viewer; }
    ImportController *importer() const { return m_import; }
    AnnotationController *annotations() const { return m_annotations; }
    TimelinePanel *timeline() const { return m_timeline; }
    FramingPanel *framing() const { return m_framing; }
    ConcordancePanel *concordance() const { return m_concordance; }
    ComparisonMode *modes() const { return m_modes; }

    void importPaths(const QStringList &paths, const import::ReadOptions &options = {});
    /** Asks, then removes these articles from the corpus in the background (Delete in the library). */
    void removeArticles(const QList<qint64> &ids);
    /** File ▸ Compact Corpus: the file rewritten without its unused space, in the background. */
    void compactCorpus();
    ArticleRemover *remover() const { return m_remover; }
    CorpusCompactor *compactor() const { return m_compactor; }
    /** Runs a library search as if typed, and opens the best match. */
    void search(const QString &query);

    /**
     * Opens the corpus file at path in a new window that takes this one's place (this one
     * closes). A file that does not exist is created empty when `create` is set. Returns the new
     * window, or nullptr with `error` naming the file and the problem; this window then stays.
     */
    MainWindow *openCorpus(const QString &path, bool create, QString *error);

protected:
    void closeEvent(QCloseEvent *event) override;
    /** Files and folders dropped on the window are imported; a dropped corpus file is opened. */
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showReadOnly();
    void createMenus();
    void newCorpus();
    void openCorpusFile();
    void fillRecentMenu(QMenu *menu);
    /** openCorpus, telling the user what went wrong; true when the new window is open. */
    bool openCorpusAsking(const QString &path, bool create);
    void saveLayout();
    void articlesRemoved(const QList<qint64> &ids);
    void importFiles();
    void importFolder();
    void importWithOptions();
    void about();

    std::unique_ptr<store::Store> m_store;
    SelectionHub *m_hub = nullptr;
    itemmodels::ArticleListModel *m_articles = nullptr;
    LibraryPanel *m_library = nullptr;
    DocumentViewer *m_viewer = nullptr;
    ImportController *m_import = nullptr;
    AnnotationController *m_annotations = nullptr;
    TimelinePanel *m_timeline = nullptr;
    FramingPanel *m_framing = nullptr;
    ConcordancePanel *m_concordance = nullptr;
    ComparisonMode *m_modes = nullptr;
    EntityPanel *m_entities = nullptr;
    ArticleRemover *m_remover = nullptr;
    CorpusCompactor *m_compactor = nullptr;
    qint64 m_afterRemoval = 0; ///< the article the reader shows if the one it shows is removed
};

} // namespace parallax::ui
