// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/commands/documentcommand.h"

namespace parallax::annotations {

/**
 * Merges one tag into another: the source's annotations carry the target instead, its children
 * move under the target, and the source is deleted. The document checks the request first.
 */
class MergeTagsCommand final : public DocumentCommand
{
public:
    MergeTagsCommand(AnnotationDocument *document, qint64 sourceId, qint64 targetId);
};

} // namespace parallax::annotations
