// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/commands/changetagcommand.h"

namespace parallax::annotations {

/** Changes a tag's description. */
class DescribeTagCommand final : public ChangeTagCommand
{
public:
    DescribeTagCommand(AnnotationDocument *document, const Tag &before, const Tag &after);
};

} // namespace parallax::annotations
