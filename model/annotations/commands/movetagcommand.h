// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/commands/changetagcommand.h"

namespace parallax::annotations {

/** Moves a tag under another parent. */
class MoveTagCommand final : public ChangeTagCommand
{
public:
    MoveTagCommand(AnnotationDocument *document, const Tag &before, const Tag &after);
};

} // namespace parallax::annotations
