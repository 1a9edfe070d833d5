// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/commands/addannotationcommand.h"

#include <QCoreApplication>

namespace parallax::annotations {

AddAnnotationCommand::AddAnnotationCommand(AnnotationDocument *document, const Annotation &annotation)
    : DocumentCommand(document, CommandId::AddAnnotation,
                      QCoreApplication::translate("AnnotationDocument", "Annotate “%1”")
                          .arg(annotation.quote.exact.left(40)))
{
    m_forward.savedAnnotations = {annotation};
}

void AddAnnotationCommand::firstRedone()
{
    m_backward.removedAnnotations = {annotationId()};
}

} // namespace parallax::annotations
