// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotationrepository.h"
#include "annotations/commands/commandids.h"
#include "core/articlebound.h"

#include <QUndoCommand>

namespace parallax::annotations {

class AnnotationDocument;

/**
 * Base of the annotation commands: a change to apply on redo and its inverse on undo, both
 * written through the document (and so to the store). A command whose first redo cannot be
 * written makes itself obsolete, so the stack drops it. A later undo or redo that cannot be
 * written leaves the annotations as they were, and the stack is moved back to match them (at
 * once, from the event loop, without writing): the next undo is the same command again.
 */
class DocumentCommand : public QUndoCommand, public ArticleBound
{
public:
    DocumentCommand(AnnotationDocument *document, CommandId id, const QString &text);

    void redo() override;
    void undo() override;
    int id() const override { return int(m_id); }
    bool refersToArticles(const QSet<qint64> &articleIds) const override;

protected:
    /** Called once after the first successful redo, when new records have their ids. */
    virtual void firstRedone() {}

    AnnotationDocument *m_document;
    ChangeSet m_forward;
    ChangeSet m_backward;

private:
    CommandId m_id;
    bool m_redoneOnce = false;
    bool m_skipNext = false; ///< the stack's next call on this command only moves its index back
};

} // namespace parallax::annotations
