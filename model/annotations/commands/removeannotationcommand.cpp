// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/commands/removeannotationcommand.h"

#include <QCoreApplication>

namespace parallax::annotations {

RemoveAnnotationCommand::RemoveAnnotationCommand(AnnotationDocument *document, const Annotation &annotation)
    : DocumentCommand(document, CommandId::RemoveAnnotation,
                      QCoreApplication::translate("AnnotationDocument", "Delete annotation “%1”")
                          .arg(annotation.quote.exact.left(40)))
{
    m_forward.removedAnnotations = {annotation.id};
    m_backward.savedAnnotations = {annotation};
}

} // namespace parallax::annotations
