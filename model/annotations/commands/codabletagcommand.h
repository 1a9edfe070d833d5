// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/commands/changetagcommand.h"

namespace parallax::annotations {

/** Makes a tag codable, or a folder that cannot be applied to text. */
class CodableTagCommand final : public ChangeTagCommand
{
public:
    CodableTagCommand(AnnotationDocument *document, const Tag &before, const Tag &after);
};

} // namespace parallax::annotations
