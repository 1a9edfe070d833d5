// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/failedstep.h"

#include <QMetaObject>
#include <QUndoStack>

namespace parallax {

void stepBackOver(QUndoStack *stack, const QUndoCommand *command, bool undone, bool *skipNext)
{
    *skipNext = true;
    // The stack moves its index only after the command's call returns.
    QMetaObject::invokeMethod(
        stack,
        [stack, command, undone, skipNext] {
            int at = -1;
            for (int i = 0; i < stack->count() && at < 0; ++i)
                at = stack->command(i) == command ? i : -1;
            if (at < 0)
                return; // gone with the history: nothing to match
            // Still next to the index (nothing else moved the stack in between): step back over it.
            if (undone && at == stack->index())
                stack->redo();
            else if (!undone && at == stack->index() - 1)
                stack->undo();
            else
                *skipNext = false;
        },
        Qt::QueuedConnection);
}

} // namespace parallax
