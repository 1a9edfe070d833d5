// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/commands/renametagcommand.h"

#include <QCoreApplication>

namespace parallax::annotations {

RenameTagCommand::RenameTagCommand(AnnotationDocument *document, const Tag &before, const Tag &after)
    : ChangeTagCommand(document, CommandId::RenameTag,
                       QCoreApplication::translate("AnnotationDocument", "Rename tag “%1”").arg(before.name), before, after)
{
}

} // namespace parallax::annotations
