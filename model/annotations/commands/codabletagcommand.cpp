// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/commands/codabletagcommand.h"

#include <QCoreApplication>

namespace parallax::annotations {

CodableTagCommand::CodableTagCommand(AnnotationDocument *document, const Tag &before, const Tag &after)
    : ChangeTagCommand(document, CommandId::CodableTag,
                       after.codable ? QCoreApplication::translate("AnnotationDocument", "Make “%1” codable").arg(before.name)
                                     : QCoreApplication::translate("AnnotationDocument", "Make “%1” a folder").arg(before.name),
                       before, after)
{
}

} // namespace parallax::annotations
