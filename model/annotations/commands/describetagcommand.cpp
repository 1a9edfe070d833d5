// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/commands/describetagcommand.h"

#include <QCoreApplication>

namespace parallax::annotations {

DescribeTagCommand::DescribeTagCommand(AnnotationDocument *document, const Tag &before, const Tag &after)
    : ChangeTagCommand(document, CommandId::DescribeTag,
                       QCoreApplication::translate("AnnotationDocument", "Describe tag “%1”").arg(before.name), before, after)
{
}

} // namespace parallax::annotations
