// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/commands/movetagcommand.h"

#include <QCoreApplication>

namespace parallax::annotations {

MoveTagCommand::MoveTagCommand(AnnotationDocument *document, const Tag &before, const Tag &after)
    : ChangeTagCommand(document, CommandId::MoveTag,
                       QCoreApplication::translate("AnnotationDocument", "Move tag “%1”").arg(before.name), before, after)
{
}

} // namespace parallax::annotations
