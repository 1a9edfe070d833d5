// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/commands/deletetagcommand.h"

#include <QCoreApplication>

#include <algorithm>

namespace parallax::annotations {

DeleteTagCommand::DeleteTagCommand(AnnotationDocument *document, qint64 tagId, TagDeletion mode)
    : DocumentCommand(document, CommandId::DeleteTag,
                      QCoreApplication::translate("AnnotationDocument", "Delete tag “%1”")
                          .arg(document->codebook().path(tagId)))
{
    const Codebook &book = document->codebook();
    const QList<qint64> subtree = book.subtree(tagId);
    const qint64 parentId = book.tag(tagId)->parentId;
    for (qint64 id : subtree)
        m_backward.savedTags.append(*book.tag(id));
    m_forward.removedTags = subtree;
    std::reverse(m_forward.removedTags.begin(), m_forward.removedTags.end());

    for (const Annotation &before : document->annotations()) {
        const auto first = std::find_if(before.tagIds.cbegin(), before.tagIds.cend(),
                                        [&](qint64 id) { return subtree.contains(id); });
        if (first == before.tagIds.cend())
            continue;
        m_backward.savedAnnotations.append(before);
        if (mode == TagDeletion::DeleteAnnotations) {
            m_forward.removedAnnotations.append(before.id);
            continue;
        }
        Annotation after = before;
        const qsizetype at = first - before.tagIds.cbegin();
        after.tagIds.removeIf([&](qint64 id) { return subtree.contains(id); });
        if (mode == TagDeletion::MoveToParent && parentId != 0 && !after.tagIds.contains(parentId))
            after.tagIds.insert(std::min(at, after.tagIds.size()), parentId);
        m_forward.savedAnnotations.append(after);
    }
}

} // namespace parallax::annotations
