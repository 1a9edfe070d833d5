// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/commands/documentcommand.h"

#include "annotations/annotationdocument.h"

namespace parallax::annotations {

DocumentCommand::DocumentCommand(AnnotationDocument *document, CommandId id, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_id(id)
{
}

void DocumentCommand::redo()
{
    const bool ok = m_document->apply(m_forward);
    if (m_redoneOnce)
        return;
    if (!ok) {
        setObsolete(true);
        return;
    }
    m_redoneOnce = true;
    firstRedone();
}

void DocumentCommand::undo()
{
    m_document->apply(m_backward);
}

} // namespace parallax::annotations
