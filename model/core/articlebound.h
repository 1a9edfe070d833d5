// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>

class QUndoCommand;
class QUndoStack;

namespace parallax {

/**
 * An undoable change that can say which articles it writes about (the annotations it adds,
 * changes or takes away; the mentions an entity edit moves). After articles are removed from the
 * corpus, a change that names none of them can still be undone and redone as it was.
 */
class ArticleBound
{
public:
    virtual ~ArticleBound() = default;
    /** Whether undoing or redoing this change would write about one of these articles. */
    virtual bool refersToArticles(const QSet<qint64> &articleIds) const = 0;
};

/**
 * Whether some step of the history (a macro: any step in it) writes about one of the articles,
 * or cannot say so (a step that is not ArticleBound counts as one that does).
 */
bool historyRefersToArticles(const QUndoStack &stack, const QSet<qint64> &articleIds);

} // namespace parallax
