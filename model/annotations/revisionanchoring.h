// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"
#include "store/revisionstore.h"

#include <QSqlDatabase>

#include <optional>

namespace parallax::annotations {

/** What a re-import did to an earlier version of an article. */
struct RevisionOutcome
{
    store::ArticleRevision revision;
    int reanchored = 0; ///< annotations found again in the new text
    int orphaned = 0;   ///< annotations that could not be found (kept, flagged)
};

/**
 * Re-import of changed articles: when an import stores an article that is a new version of one
 * already stored (same source, URL, or outlet, date and title), the new article supersedes the old
 * and the old one's annotations move to it, re-anchored by their quotes, inside the import's
 * transaction. Nothing is dropped: what cannot be found is flagged as an orphan for the user to place.
 */
class RevisionAnchoring final
{
public:
    explicit RevisionAnchoring(const QSqlDatabase &db) : m_store(db) {}

    /**
     * To call right after a stored (not duplicate) article a, for every article of one import (one
     * RevisionAnchoring per import); metaKey is its outlet|date|title key.
     * Returns what happened when a supersedes an earlier version; std::nullopt when it does not or on
     * failure (then lastError() is set and nothing was changed).
     */
    std::optional<RevisionOutcome> articleStored(const Article &a, const QString &metaKey);

    QString lastError() const { return m_store.lastError(); }

private:
    store::RevisionStore m_store;
    qint64 m_firstStored = 0; ///< the import's first article: only older ones can be earlier versions
};

} // namespace parallax::annotations
