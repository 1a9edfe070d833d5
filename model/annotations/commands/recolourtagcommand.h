// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/commands/changetagcommand.h"

namespace parallax::annotations {

/** Recolours a tag; successive recolourings of one tag merge into one step. */
class RecolourTagCommand final : public ChangeTagCommand
{
public:
    RecolourTagCommand(AnnotationDocument *document, const Tag &before, const Tag &after);
    bool mergeWith(const QUndoCommand *other) override;
};

} // namespace parallax::annotations
