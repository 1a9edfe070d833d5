// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/commands/documentcommand.h"

namespace parallax::annotations {

/** Adds one tag to the codebook; undo removes it, redo restores it with the same id. */
class AddTagCommand final : public DocumentCommand
{
public:
    AddTagCommand(AnnotationDocument *document, const Tag &tag);
    qint64 tagId() const { return m_forward.savedTags.constFirst().id; }

protected:
    void firstRedone() override;
};

} // namespace parallax::annotations
