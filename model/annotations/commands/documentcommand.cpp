// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/commands/documentcommand.h"

#include "annotations/annotationdocument.h"

#include <QMetaObject>
#include <QUndoStack>

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
            stepBack(false);
        return;
    }
    if (!ok) {
        setObsolete(true);
        return;
    }
    m_redoneOnce = true;
    firstRedone();
}

void DocumentCommand::undo()
{
    if (std::exchange(m_skipNext, false))
        return;
    if (!m_document->apply(m_backward))
        stepBack(true);
}

void DocumentCommand::stepBack(bool undone)
{
    // The stack moves its index after this call returns: the step back comes from the event
    // loop, and only while this command is still the one next to the index.
    m_skipNext = true;
    QUndoStack *stack = m_document->undoStack();
    QMetaObject::invokeMethod(
        m_document,
        [stack, command = static_cast<const QUndoCommand *>(this), undone] {
            const int next = undone ? stack->index() : stack->index() - 1;
            if (next < 0 || next >= stack->count() || stack->command(next) != command)
                return;
            if (undone)
                stack->redo();
            else
                stack->undo();
        },
        Qt::QueuedConnection);
}

} // namespace parallax::annotations
