// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotationrepository.h"
#include "core/article.h"
#include "store/annotationstore.h"
#include "store/schema.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace parallax::store {

/** The "annotations-2" migration: table article_revisions, and the indexes that find earlier versions. */
Migration revisionsMigration();

/** A re-imported article that replaces an earlier version of itself. */
struct ArticleRevision
{
    qint64 articleId = 0;  ///< the new version
    qint64 supersedes = 0; ///< the version it replaces
    QString matchedBy;     ///< "source", "url" or "outlet-date-title"
};

/**
 * Finds the earlier version of a just-imported article and records that the new one supersedes
 * it, moving annotations in the same step. Works on the caller's connection, inside the caller's
 * transaction (the import's).
 */
class RevisionStore final
{
public:
    explicit RevisionStore(const QSqlDatabase &db);
    Q_DISABLE_COPY_MOVE(RevisionStore)

    /**
     * The latest article stored before id `before` (an import's first) that is the same article as
     * a: the same source file (a record of a file also needs the same outlet, date and title key,
     * since record numbers shift when rows are added), else the same URL, else the same outlet,
     * date and title key (a renamed or re-exported file). metaKey is a's key (import/neardup.h).
     * Articles of one import are never versions of each other (they are copies).
     */
    std::optional<ArticleRevision> previousVersion(const Article &a, const QString &metaKey, qint64 before);
    /** The annotations of an article. */
    bool annotationsOf(qint64 articleId, QList<annotations::Annotation> &out);
    /** Records the revision and writes the re-anchored annotations: all or nothing (a savepoint). */
    bool supersede(const ArticleRevision &revision, annotations::ChangeSet &change);
    /** The revision that replaced an article, if any. */
    std::optional<ArticleRevision> supersededBy(qint64 articleId) const;
    /** The revision an article is (what it replaced), if any. */
    std::optional<ArticleRevision> revisionOf(qint64 articleId) const;

    QString lastError() const { return m_error; }

private:
    bool fail(const QString &what, const QString &detail);
    QSqlQuery &prepared(const QString &sql);
    qint64 firstId(QSqlQuery &q);
    std::optional<ArticleRevision> revision(const QString &column, qint64 articleId) const;

    QSqlDatabase m_db;
    AnnotationStore m_annotations;
    QHash<QString, QSqlQuery> m_statements;
    QString m_error;
};

} // namespace parallax::store
