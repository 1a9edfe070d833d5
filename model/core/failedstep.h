// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QUndoCommand;
class QUndoStack;

namespace parallax {

/**
 * For an undo command whose undo() (undone) or redo() could not be written, so that nothing
 * changed: once the stack has finished its step, moves it back over the command, so that the
 * history stays where the data is and the next Undo (or Redo) is the same command again. Sets
 * *skipNext; the command's next undo() or redo() must only clear it and return, since it is the
 * stack moving back, not the user. Runs from the stack's event loop, unless the stack is gone.
 */
void stepBackOver(QUndoStack *stack, const QUndoCommand *command, bool undone, bool *skipNext);

} // namespace parallax
