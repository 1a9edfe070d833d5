// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/commands/mergetagscommand.h"

#include "annotations/annotationdocument.h"

#include <QCoreApplication>

namespace parallax::annotations {

MergeTagsCommand::MergeTagsCommand(AnnotationDocument *document, qint64 sourceId, qint64 targetId)
    : DocumentCommand(document, CommandId::MergeTags,
                      QCoreApplication::translate("AnnotationDocument", "Merge tag “%1” into “%2”")
                          .arg(document->codebook().path(sourceId), document->codebook().path(targetId)))
{
    const Codebook &book = document->codebook();
    const Tag source = *book.tag(sourceId);
    m_backward.savedTags.append(source);
    for (qint64 childId : book.children(sourceId)) {
        Tag child = *book.tag(childId);
        m_backward.savedTags.append(child);
        child.parentId = targetId;
        m_forward.savedTags.append(child);
    }
    for (const Annotation &before : document->annotations()) {
        const qsizetype at = before.tagIds.indexOf(sourceId);
        if (at < 0)
            continue;
        Annotation after = before;
        if (after.tagIds.contains(targetId))
            after.tagIds.removeAt(at);
        else
            after.tagIds[at] = targetId;
        m_backward.savedAnnotations.append(before);
        m_forward.savedAnnotations.append(after);
    }
    m_forward.removedTags = {sourceId};
}

} // namespace parallax::annotations
