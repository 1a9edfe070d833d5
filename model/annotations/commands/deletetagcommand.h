// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotationdocument.h"
#include "annotations/commands/documentcommand.h"

namespace parallax::annotations {

/**
 * Deletes a tag and its subtree. The annotations carrying any of those tags are deleted, moved
 * to the tag's parent, or untagged, as the user chose. Undo restores tags and annotations.
 */
class DeleteTagCommand final : public DocumentCommand
{
public:
    DeleteTagCommand(AnnotationDocument *document, qint64 tagId, TagDeletion mode);
};

} // namespace parallax::annotations
