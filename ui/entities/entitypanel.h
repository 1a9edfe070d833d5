// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/backgroundread.h"
#include "store/entitystore.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QUndoStack;
class QTextBrowser;
class QTreeView;

namespace parallax {
class SelectionHub;
namespace store {
class Store;
}
namespace entities {
class EntityEditor;
}
namespace itemmodels {
class ArticleListModel;
class EntityTreeModel;
} // namespace itemmodels
} // namespace parallax

namespace parallax::ui {

class DocumentViewer;
class ScopeBar;

/**
 * The entity sidebar: entities by type with counts, a filter and a sort order. Selecting one
 * sets the hub's entity; following the hub, it highlights the entity's mentions in the open
 * article (with next/previous), filters the library to the articles that mention it and shows
 * them with a snippet per mention, the entities named with it most, and its names per outlet
 * country. Its context menu holds the user's corrections.
 */
class EntityPanel final : public QWidget
{
    Q_OBJECT
public:
    EntityPanel(store::Store &store, SelectionHub &hub, DocumentViewer &viewer,
                itemmodels::ArticleListModel &articles, QWidget *parent = nullptr);

    itemmodels::EntityTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QTextBrowser *details() const { return m_details; }
    /** Makes the user's decisions undoable on the window's undo stack (Edit > Undo). */
    void setUndoStack(QUndoStack *stack);
    entities::EntityEditor *editor() const { return m_editor; }
    /** The context menu of an entity of the tree: the user's decisions about it. */
    QMenu *createContextMenu(const QModelIndex &index, QWidget *parent);
    /** Whether mentions of a type are highlighted in the document. */
    void setTypeHighlighted(const QString &type, bool on);
    /**
     * In a corpus of this many articles or more the details of the selected entity are read on
     * a thread of their own while the pane says it is counting (default 5,000; -1: never).
     */
    void setBackgroundFrom(int articles) { m_backgroundFrom = articles; }
    /** The switch between counting the articles in view and the whole corpus. */
    QCheckBox *scopeBox() const;
    /** What the counts are of (the articles in view, how many, or the whole corpus). */
    QLabel *scopeLabel() const;

    struct Details;

    /** The entity of the highlighted mention at a body offset of the open article, or empty. */
    QString entityAt(int offset) const;

public Q_SLOTS:
    void reload();
    /**
     * Re-reads the tree's counts only (during an import), keeping the selected entity, its
     * details and the scroll position.
     */
    void refreshCounts();
    void nextMention();
    void previousMention();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /** The tree's counts read again (refreshCounts()): expanded, the entity and the scroll kept. */
    void countsRefreshed();

    struct Drawn
    {
        Span span;
        qint64 entityId = 0;
    };
    /** Counts in the articles the hub narrows the library to (search, dates, sources), or all. */
    void updateScope();
    void describeScope();
    void entitySelected(const QString &key);
    void updateHighlights();
    void showDetails();
    /** The selected entity's details; none yet (counting) or none to be had. */
    void renderDetails(const std::shared_ptr<const Details> &details, bool counting);
    void filterLibrary();
    void showContextMenu(const QPoint &pos);
    void goToMention(int step);

    store::Store &m_store;
    SelectionHub &m_hub;
    DocumentViewer &m_viewer;
    itemmodels::ArticleListModel &m_articles;
    itemmodels::EntityTreeModel *m_model = nullptr;
    entities::EntityEditor *m_editor = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_sort = nullptr;
    ScopeBar *m_scopeBar = nullptr;
    QTreeView *m_tree = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_position = nullptr;
    QHash<QString, QCheckBox *> m_typeBoxes;
    std::optional<store::EntityRow> m_entity;
    int m_backgroundFrom = 5000;
    int m_scrollBeforeRefresh = 0;
    int m_detailsGeneration = 0; ///< which selection the details on their way are for
    bool m_detailsOutdated = false; ///< the scope changed: the details follow once it is counted
    store::Interruptible m_detailsRead; ///< another selection stops the count of the details under way
    QList<Span> m_currentMentions; ///< the selected entity's mentions in the open article
    int m_currentMention = -1;
    QList<Drawn> m_drawn; ///< the mentions highlighted in the open article, for clicks
};

} // namespace parallax::ui
