// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/commands/documentcommand.h"

namespace parallax::annotations {

/** Adds many annotations made elsewhere (an import) as one step. */
class ImportAnnotationsCommand final : public DocumentCommand
{
public:
    ImportAnnotationsCommand(AnnotationDocument *document, const QList<Annotation> &annotations);
    QList<qint64> annotationIds() const;

protected:
    void firstRedone() override;
};

} // namespace parallax::annotations
