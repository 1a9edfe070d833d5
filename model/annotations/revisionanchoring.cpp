// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/revisionanchoring.h"

#include "annotations/anchoring.h"

namespace parallax::annotations {

std::optional<RevisionOutcome> RevisionAnchoring::articleStored(const Article &a, const QString &metaKey)
{
    if (m_firstStored == 0)
        m_firstStored = a.id;
    const std::optional<store::ArticleRevision> revision = m_store.previousVersion(a, metaKey, m_firstStored);
    if (!revision)
        return std::nullopt;
    QList<Annotation> old;
    if (!m_store.annotationsOf(revision->supersedes, old))
        return std::nullopt;
    ChangeSet change;
    change.savedAnnotations = reanchoredIn(old, a.body, a.id);
    RevisionOutcome outcome{*revision, 0, 0};
    for (const Annotation &moved : std::as_const(change.savedAnnotations))
        ++(moved.orphan ? outcome.orphaned : outcome.reanchored);
    if (!m_store.supersede(*revision, change))
        return std::nullopt;
    return outcome;
}

} // namespace parallax::annotations
