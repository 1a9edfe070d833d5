// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/commands/addtagcommand.h"

#include <QCoreApplication>

namespace parallax::annotations {

AddTagCommand::AddTagCommand(AnnotationDocument *document, const Tag &tag)
    : DocumentCommand(document, CommandId::AddTag,
                      QCoreApplication::translate("AnnotationDocument", "Add tag “%1”").arg(tag.name))
{
    m_forward.savedTags = {tag};
}

void AddTagCommand::firstRedone()
{
    m_backward.removedTags = {tagId()};
}

} // namespace parallax::annotations
