// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/commands/documentcommand.h"

namespace parallax::annotations {

/** Adds one annotation; undo removes it, redo restores it with the same id. */
class AddAnnotationCommand final : public DocumentCommand
{
public:
    AddAnnotationCommand(AnnotationDocument *document, const Annotation &annotation);
    qint64 annotationId() const { return m_forward.savedAnnotations.constFirst().id; }

protected:
    void firstRedone() override;
};

} // namespace parallax::annotations
