// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/commands/changetagcommand.h"

namespace parallax::annotations {

ChangeTagCommand::ChangeTagCommand(AnnotationDocument *document, CommandId id, const QString &text,
                                   const Tag &before, const Tag &after)
    : DocumentCommand(document, id, text)
{
    m_forward.savedTags = {after};
    m_backward.savedTags = {before};
}

} // namespace parallax::annotations
