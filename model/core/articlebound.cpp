// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/articlebound.h"

#include <QUndoStack>

namespace parallax {

namespace {

bool refers(const QUndoCommand *command, const QSet<qint64> &articleIds)
{
    if (const auto *bound = dynamic_cast<const ArticleBound *>(command))
        return bound->refersToArticles(articleIds);
    if (command->childCount() == 0)
        return true; // cannot say
    for (int i = 0; i < command->childCount(); ++i) {
        if (refers(command->child(i), articleIds))
            return true;
    }
    return false;
}

} // namespace

bool historyRefersToArticles(const QUndoStack &stack, const QSet<qint64> &articleIds)
{
    for (int i = 0; i < stack.count(); ++i) {
        if (refers(stack.command(i), articleIds))
            return true;
    }
    return false;
}

} // namespace parallax
