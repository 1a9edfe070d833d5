// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/commands/documentcommand.h"

namespace parallax::annotations {

/** Removes one annotation; undo puts it back with the same id. */
class RemoveAnnotationCommand final : public DocumentCommand
{
public:
    RemoveAnnotationCommand(AnnotationDocument *document, const Annotation &annotation);
};

} // namespace parallax::annotations
