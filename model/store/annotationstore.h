// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotationrepository.h"
#include "store/schema.h"

#include <QSqlDatabase>

namespace parallax::store {

/** The "annotations-1" migration: tables tags, annotations and annotation_tags. */
Migration annotationsMigration();
/** The "annotations-3" migration: tags get a codable flag. */
Migration codableMigration();

/**
 * The SQLite home of annotations and the codebook (tables tags, annotations, annotation_tags).
 * Every save is one transaction. Give it the connection of an open Store (Store::database()),
 * used from the thread that opened it; the Store must outlive it.
 */
class AnnotationStore final : public annotations::AnnotationRepository
{
public:
    explicit AnnotationStore(const QSqlDatabase &db);

    bool save(annotations::ChangeSet &change) override;
    bool remove(qint64 annotationId) override;
    bool load(annotations::AnnotationData &data) override;
    QString lastError() const override { return m_lastError; }

    /** The annotations of one article, by id. */
    bool loadArticle(qint64 articleId, QList<annotations::Annotation> &annotations);
    /**
     * Writes a change inside the caller's open transaction (e.g. an import's): no transaction of
     * its own, so on failure the caller rolls back (or to its savepoint).
     */
    bool writeInTransaction(annotations::ChangeSet &change);

private:
    bool write(annotations::ChangeSet &change);
    bool saveTag(annotations::Tag &tag);
    bool saveAnnotations(QList<annotations::Annotation> &annotations);
    bool readAnnotations(const QString &where, const QVariantList &values,
                         QList<annotations::Annotation> &out);
    bool removeRows(const QString &sql, const QList<qint64> &ids);
    bool fail(const QString &what, const QString &detail);
    QSqlDatabase db() const;

    QString m_connection; ///< by name: holding a QSqlDatabase would keep the connection in use
    QString m_lastError;
};

} // namespace parallax::store
