// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/commands/documentcommand.h"

#include "annotations/annotationdocument.h"
#include "core/failedstep.h"

#include <utility>

namespace parallax::annotations {

DocumentCommand::DocumentCommand(AnnotationDocument *document, CommandId id, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_id(id)
{
}

void DocumentCommand::redo()
{
    if (std::exchange(m_skipNext, false))
        return;
    const bool ok = m_document->apply(m_forward);
    if (m_redoneOnce) {
        if (!ok)
            stepBackOver(m_document->undoStack(), this, false, &m_skipNext);
        return;
    }
    if (!ok) {
        setObsolete(true);
        return;
    }
    m_redoneOnce = true;
    firstRedone();
}

bool DocumentCommand::refersToArticles(const QSet<qint64> &articleIds) const
{
    // Every annotation a change takes away is saved whole by its inverse, so the saved ones of
    // both directions name every article the command writes about.
    for (const ChangeSet *change : {&m_forward, &m_backward}) {
        for (const Annotation &a : change->savedAnnotations) {
            if (articleIds.contains(a.articleId))
                return true;
        }
    }
    return false;
}

void DocumentCommand::undo()
{
    if (std::exchange(m_skipNext, false))
        return;
    if (!m_document->apply(m_backward))
        stepBackOver(m_document->undoStack(), this, true, &m_skipNext);
}

} // namespace parallax::annotations
