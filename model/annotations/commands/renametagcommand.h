// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/commands/changetagcommand.h"

namespace parallax::annotations {

/** Renames a tag. */
class RenameTagCommand final : public ChangeTagCommand
{
public:
    RenameTagCommand(AnnotationDocument *document, const Tag &before, const Tag &after);
};

} // namespace parallax::annotations
