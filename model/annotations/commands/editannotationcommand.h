// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/commands/documentcommand.h"

namespace parallax::annotations {

/** Replaces annotations by edited versions (tags, note, span, or a re-anchoring). */
class EditAnnotationCommand final : public DocumentCommand
{
public:
    EditAnnotationCommand(AnnotationDocument *document, const QList<Annotation> &before,
                          const QList<Annotation> &after, const QString &text);
};

} // namespace parallax::annotations
