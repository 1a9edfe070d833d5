// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/commands/editannotationcommand.h"

namespace parallax::annotations {

EditAnnotationCommand::EditAnnotationCommand(AnnotationDocument *document, const QList<Annotation> &before,
                                             const QList<Annotation> &after, const QString &text)
    : DocumentCommand(document, CommandId::EditAnnotation, text)
{
    m_forward.savedAnnotations = after;
    m_backward.savedAnnotations = before;
}

} // namespace parallax::annotations
