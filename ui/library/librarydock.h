// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace parallax {
class SelectionHub;
namespace itemmodels {
class ArticleListModel;
}
} // namespace parallax

namespace parallax::ui {

/**
 * The library: the articles as a sortable table with a full-text search field. Selecting a
 * row selects the article in the hub; a search filters the list and sets the hub's query.
 */
class LibraryPanel final : public QWidget
{
    Q_OBJECT
public:
    LibraryPanel(itemmodels::ArticleListModel &model, SelectionHub &hub, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTableView *view() const { return m_view; }
    /** Re-reads the list (after an import) and keeps the selection when it can. */
    void reload();
    /**
     * Filters the list by the search field's text now (typing waits a moment first); in a large
     * corpus the list follows once the search is read in the background (searchApplied()).
     */
    void applySearch();
    /** The ids of the selected rows, top to bottom. */
    QList<qint64> selectedIds() const;
    /** "Remove from Corpus…" for the selected rows (the Delete key, and the rows' menu). */
    QAction *removeAction() const { return m_removeAction; }
    /** "Remove All N Articles in This List…", shown while the list is narrowed. */
    QAction *removeListAction() const { return m_removeListAction; }
    /** Off while the corpus is being written (an import, a removal). */
    void setRemovalAllowed(bool allowed);

Q_SIGNALS:
    /** A Ctrl+click on an article: the reader opens it in a tab of its own. */
    void openInNewTabRequested(qint64 id);
    /** The list shows the search of the field (or says why it cannot). */
    void searchApplied(bool ok);
    /** The user asked to remove these articles from the corpus. */
    void removeRequested(const QList<qint64> &ids);
    /** The user asked to remove every article of the (narrowed) list. */
    void removeListRequested();

private:
    void updateState();
    /** Says which other forms of the search's words the list also finds. */
    void showWordForms();
    void selectArticle(qint64 id);
    void showSearch(bool ok);
    void updateRemoveAction();
    /** Lists the countries and outlets with their article counts (after an import, a removal). */
    void readSources();
    void followSources(const QString &country, const QString &outlet);

    itemmodels::ArticleListModel &m_model;
    SelectionHub &m_hub;
    QLineEdit *m_search = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_forms = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QTimer *m_debounce = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_removeListAction = nullptr;
    QComboBox *m_country = nullptr;
    QComboBox *m_outlet = nullptr;
    bool m_removalAllowed = true;
};

} // namespace parallax::ui
