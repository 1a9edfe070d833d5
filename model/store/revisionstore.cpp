// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/revisionstore.h"

#include "store/store.h"

#include <QRegularExpression>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace parallax::store {

Migration revisionsMigration()
{
    return {u"annotations-2"_s, {
        // A re-imported, changed article: the new version supersedes the old one, and the old
        // one's annotations moved to it (re-anchored by their quotes, or orphaned).
        uR"(CREATE TABLE article_revisions (
              article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
              supersedes INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
              matched_by TEXT NOT NULL))"_s,
        u"CREATE INDEX article_revisions_supersedes ON article_revisions(supersedes)"_s,
        u"CREATE INDEX articles_source ON articles(source)"_s,
        u"CREATE INDEX article_sources_url ON article_sources(url) WHERE url <> ''"_s,
    }};
}

RevisionStore::RevisionStore(const QSqlDatabase &db)
    : m_db(db)
    , m_annotations(db)
{
}

bool RevisionStore::fail(const QString &what, const QString &detail)
{
    m_error = u"%1: %2"_s.arg(what, detail);
    return false;
}

QSqlQuery &RevisionStore::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.insert(sql, QSqlQuery(m_db));
        it->prepare(sql);
    }
    return *it;
}

qint64 RevisionStore::firstId(QSqlQuery &q)
{
    if (!q.exec()) {
        fail(u"cannot look for an earlier version"_s, sqlErrorText(q.lastError()));
        return -1;
    }
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

std::optional<ArticleRevision> RevisionStore::previousVersion(const Article &a, const QString &metaKey, qint64 before)
{
    m_error.clear();
    // Records of a multi-record file are "path#number" (import/records.cpp).
    static const QRegularExpression recordKey(uR"(#\d+\z)"_s);
    const bool record = recordKey.match(a.source).hasMatch();
    QSqlQuery &bySource = prepared(
        u"SELECT a.id FROM articles a LEFT JOIN article_signatures s ON s.article_id = a.id "
        "WHERE a.source = ? AND a.id < ? AND (? = 0 OR coalesce(s.meta_key, '') = ?) ORDER BY a.id DESC LIMIT 1"_s);
    bySource.addBindValue(a.source);
    bySource.addBindValue(before);
    bySource.addBindValue(record ? 1 : 0);
    bySource.addBindValue(metaKey);
    qint64 id = firstId(bySource);
    if (id > 0)
        return ArticleRevision{a.id, id, u"source"_s};
    if (id == 0 && !a.url.isEmpty()) {
        QSqlQuery &byUrl = prepared(u"SELECT article_id FROM article_sources WHERE url = ? AND url <> '' "
                                    "AND article_id < ? ORDER BY article_id DESC LIMIT 1"_s);
        byUrl.addBindValue(a.url);
        byUrl.addBindValue(before);
        id = firstId(byUrl);
        if (id > 0)
            return ArticleRevision{a.id, id, u"url"_s};
    }
    if (id == 0 && !metaKey.isEmpty()) {
        QSqlQuery &byKey = prepared(u"SELECT article_id FROM article_signatures WHERE meta_key = ? AND article_id < ? "
                                    "ORDER BY article_id DESC LIMIT 1"_s);
        byKey.addBindValue(metaKey);
        byKey.addBindValue(before);
        id = firstId(byKey);
        if (id > 0)
            return ArticleRevision{a.id, id, u"outlet-date-title"_s};
    }
    return std::nullopt;
}

bool RevisionStore::annotationsOf(qint64 articleId, QList<annotations::Annotation> &out)
{
    if (m_annotations.loadArticle(articleId, out))
        return true;
    m_error = m_annotations.lastError();
    return false;
}

bool RevisionStore::supersede(const ArticleRevision &revision, annotations::ChangeSet &change)
{
    QSqlQuery &begin = prepared(u"SAVEPOINT revision"_s);
    if (!begin.exec())
        return fail(u"cannot record a new version"_s, sqlErrorText(begin.lastError()));
    QSqlQuery &insert = prepared(u"INSERT OR REPLACE INTO article_revisions(article_id, supersedes, matched_by) VALUES (?, ?, ?)"_s);
    insert.addBindValue(revision.articleId);
    insert.addBindValue(revision.supersedes);
    insert.addBindValue(revision.matchedBy);
    bool ok = insert.exec() || fail(u"cannot record a new version"_s, sqlErrorText(insert.lastError()));
    if (ok && !m_annotations.writeInTransaction(change))
        ok = fail(u"cannot move the annotations to the new version"_s, m_annotations.lastError());
    if (!ok) {
        prepared(u"ROLLBACK TO revision"_s).exec();
        prepared(u"RELEASE revision"_s).exec();
        return false;
    }
    QSqlQuery &release = prepared(u"RELEASE revision"_s);
    return release.exec() || fail(u"cannot record a new version"_s, sqlErrorText(release.lastError()));
}

std::optional<ArticleRevision> RevisionStore::supersededBy(qint64 articleId) const
{
    return revision(u"supersedes"_s, articleId);
}

std::optional<ArticleRevision> RevisionStore::revisionOf(qint64 articleId) const
{
    return revision(u"article_id"_s, articleId);
}

std::optional<ArticleRevision> RevisionStore::revision(const QString &column, qint64 articleId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT article_id, supersedes, matched_by FROM article_revisions WHERE %1 = ? "
              "ORDER BY article_id DESC LIMIT 1"_s.arg(column));
    q.addBindValue(articleId);
    if (q.exec() && q.next())
        return ArticleRevision{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()};
    return std::nullopt;
}

} // namespace parallax::store
