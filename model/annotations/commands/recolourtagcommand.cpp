// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/commands/recolourtagcommand.h"

#include <QCoreApplication>

namespace parallax::annotations {

RecolourTagCommand::RecolourTagCommand(AnnotationDocument *document, const Tag &before, const Tag &after)
    : ChangeTagCommand(document, CommandId::RecolourTag,
                       QCoreApplication::translate("AnnotationDocument", "Recolour tag “%1”").arg(before.name), before, after)
{
}

bool RecolourTagCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const RecolourTagCommand *>(other);
    if (next->tagId() != tagId())
        return false;
    m_forward = next->m_forward;
    return true;
}

} // namespace parallax::annotations
