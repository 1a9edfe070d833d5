// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/commands/importannotationscommand.h"

#include <QCoreApplication>

namespace parallax::annotations {

ImportAnnotationsCommand::ImportAnnotationsCommand(AnnotationDocument *document,
                                                   const QList<Annotation> &annotations)
    : DocumentCommand(document, CommandId::ImportAnnotations,
                      QCoreApplication::translate("AnnotationDocument", "Import %n annotation(s)", nullptr,
                                                  int(annotations.size())))
{
    m_forward.savedAnnotations = annotations;
}

QList<qint64> ImportAnnotationsCommand::annotationIds() const
{
    QList<qint64> ids;
    for (const Annotation &a : m_forward.savedAnnotations)
        ids.append(a.id);
    return ids;
}

void ImportAnnotationsCommand::firstRedone()
{
    m_backward.removedAnnotations = annotationIds();
}

} // namespace parallax::annotations
