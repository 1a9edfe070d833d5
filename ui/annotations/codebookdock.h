// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotationdocument.h"

#include <QWidget>

class QTreeView;

namespace parallax::annotations {
class CodebookModel;
}

namespace parallax::ui {

/**
 * The codebook editor: a tree of tags with colours and use counts. Add, add below, rename
 * (F2 or double-click), recolour, describe, move (drag and drop), merge and delete with a choice
 * of what happens to the annotations. Every edit goes through the document, so it is undoable.
 */
class CodebookDock final : public QWidget
{
    Q_OBJECT
public:
    explicit CodebookDock(annotations::AnnotationDocument &document, QWidget *parent = nullptr);
    /** Off for a read-only corpus: the codebook is shown, its editing not offered. */
    void setEditable(bool editable);

    QTreeView *view() const { return m_view; }
    qint64 currentTag() const;
    void setCurrentTag(qint64 id);

Q_SIGNALS:
    /** The selected tag changed (0 = none). */
    void currentTagChanged(qint64 id);

private:
    void addTag(bool below);
    void recolour();
    void describe();
    void mergeInto();
    void remove();
    void report(bool ok);

    annotations::AnnotationDocument &m_document;
    annotations::CodebookModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    qint64 m_current = 0;
};

/** How many annotations carry the tag or one below it. */
int annotationsUnder(const annotations::AnnotationDocument &document, qint64 tagId);

} // namespace parallax::ui
