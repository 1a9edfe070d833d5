// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QMainWindow;
class QMenu;

namespace parallax {
class SelectionHub;
namespace annotations {
class AnnotationDocument;
}
namespace store {
class AnnotationStore;
class Store;
} // namespace store
} // namespace parallax

namespace parallax::ui {

class AnnotationsDock;
class CodebookDock;
class DocumentViewer;

/**
 * Annotations in the window: owns the annotation document of the corpus, marks the viewer's
 * selection (toolbar, context menu, Ctrl+M), draws annotation highlights with their tags and
 * note as tooltips, provides undo/redo and the import/export actions, and builds the
 * Annotations and Codebook docks. Each slot makes one call into the model.
 */
class AnnotationController final : public QObject
{
    Q_OBJECT
public:
    AnnotationController(store::Store &store, SelectionHub &hub, DocumentViewer &viewer, QObject *parent = nullptr);
    ~AnnotationController() override;

    /** Adds the docks and the toolbar to the window. */
    void install(QMainWindow *window);
    /** Adds undo, redo and annotate to an Edit menu. */
    void addEditActions(QMenu *edit);
    /** Adds the import and export actions to a File menu. */
    void addFileActions(QMenu *file);

    annotations::AnnotationDocument &document() const { return *m_document; }
    QAction *annotateAction() const { return m_annotate; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    AnnotationsDock *annotationsDock() const;
    CodebookDock *codebookDock() const;

    /** Annotates the viewer's selection; returns the new id, or 0 (no selection, or an error). */
    qint64 annotateSelection(const QList<qint64> &tagIds, const QString &note);
    /** Asks for tags and a note, then annotates the selection. */
    void annotateSelectionInteractively();
    /** Edits an annotation's tags and note in the tag chooser. */
    void editInteractively(qint64 annotationId);
    /** Places an annotation (typically an orphan) on the viewer's selection; false without one. */
    bool placeAtSelection(qint64 annotationId);
    /** Opens the annotation's article and selects the passage. */
    void showAnnotation(qint64 annotationId);
    /** The tooltip for a body offset of the current article (tags and note), or empty. */
    QString tooltipAt(int offset) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshHighlights();
    void showContextMenu(const QPoint &pos);
    void reportError();
    /** After a change that could not be saved: whether the user wants it tried again. */
    bool offerRetry(const QString &what, const QString &discard);
    void exportAnnotations();
    void importAnnotations();
    void exportCodebook();
    void importCodebook();

    store::Store &m_store;
    SelectionHub &m_hub;
    DocumentViewer &m_viewer;
    std::unique_ptr<store::AnnotationStore> m_repository;
    annotations::AnnotationDocument *m_document = nullptr;
    QAction *m_annotate = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QPointer<AnnotationsDock> m_annotationsDock;
    QPointer<CodebookDock> m_codebookDock;
    bool m_offeringRetry = false; ///< a failed save is offered again rather than only reported
};

} // namespace parallax::ui
