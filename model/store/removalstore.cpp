// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "removalstore.h"

#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace parallax::store {

namespace {

constexpr int kChunk = 200; // articles per statement: progress and Cancel between them

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

// Runs a statement over the ids in chunks, adding up the first column of each chunk's one row.
bool sumOver(const QSqlDatabase &db, const QList<qint64> &ids, const QString &sql, qint64 *total, QString *error)
{
    *total = 0;
    for (qsizetype i = 0; i < ids.size(); i += kChunk) {
        QSqlQuery q(db);
        if (!q.exec(sql.arg(idList(ids.mid(i, kChunk)))) || !q.next()) {
            *error = sqlErrorText(q.lastError());
            return false;
        }
        *total += q.value(0).toLongLong();
    }
    return true;
}

} // namespace

bool RemovalStore::fail(const QString &what, const QString &detail)
{
    m_error = detail.isEmpty() ? what : u"%1: %2"_s.arg(what, detail);
    return false;
}

RemovalPlan RemovalStore::plan(const QList<qint64> &ids)
{
    m_error.clear();
    RemovalPlan plan;
    QSet<qint64> stored;
    const QSqlDatabase db = m_store.database();
    for (qsizetype i = 0; i < ids.size(); i += kChunk) {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT id FROM articles WHERE id IN (%1)"_s.arg(idList(ids.mid(i, kChunk))))) {
            fail(u"cannot read the articles to remove"_s, sqlErrorText(q.lastError()));
            return plan;
        }
        while (q.next())
            stored.insert(q.value(0).toLongLong());
    }
    QSet<qint64> seen;
    for (const qint64 id : ids) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        (stored.contains(id) ? plan.ids : plan.unknown) << id;
    }
    QString error;
    if (!sumOver(db, plan.ids, u"SELECT count(*) FROM annotations WHERE article_id IN (%1)"_s, &plan.annotations, &error)
        || !sumOver(db, plan.ids, u"SELECT count(*) FROM article_revisions WHERE supersedes IN (%1)"_s,
                    &plan.superseding, &error))
        fail(u"cannot read what the articles carry"_s, error);
    return plan;
}

QList<qint64> RemovalStore::fromSource(const QString &path)
{
    m_error.clear();
    const QString file = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    // The file itself, its records ("file#12"), or anything under it as a folder; compared
    // exactly, case and all (LIKE would ignore case).
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT id FROM articles WHERE source = ? OR substr(source, 1, length(?) + 1) IN (? || '#', ?) "
              "ORDER BY id"_s);
    for (int i = 0; i < 3; ++i)
        q.addBindValue(file);
    q.addBindValue(file + u'/');
    QList<qint64> ids;
    if (!q.exec()) {
        fail(u"cannot read the articles' sources"_s, sqlErrorText(q.lastError()));
        return ids;
    }
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

bool RemovalStore::remove(const QList<qint64> &ids, const std::atomic<bool> *cancel,
                          const std::function<void(int, int)> &progress)
{
    m_error.clear();
    if (ids.isEmpty())
        return true;
    if (!m_store.beginTransaction())
        return fail(u"cannot start removing articles"_s, m_store.lastError());
    const QSqlDatabase db = m_store.database();
    const int total = int(ids.size());
    for (qsizetype i = 0; i < ids.size(); i += kChunk) {
        if (cancel && cancel->load()) {
            m_store.rollbackTransaction();
            return false;
        }
        const QString list = idList(ids.mid(i, kChunk));
        QSqlQuery q(db);
        // Annotations name their article without a foreign key (they outlive re-imports, moving
        // to the new version); removed with the article, their tags go with them. The rest of
        // what derives from an article goes by the foreign keys' cascades and the triggers that
        // keep the summaries.
        if (!q.exec(u"DELETE FROM annotations WHERE article_id IN (%1)"_s.arg(list))
            || !q.exec(u"DELETE FROM articles WHERE id IN (%1)"_s.arg(list))) {
            const QString detail = sqlErrorText(q.lastError());
            q = QSqlQuery();
            m_store.rollbackTransaction();
            return fail(u"cannot remove the articles"_s, detail);
        }
        if (progress)
            progress(int(std::min<qsizetype>(i + kChunk, ids.size())), total);
    }
    if (!m_store.commitTransaction()) {
        const QString detail = m_store.lastError();
        m_store.rollbackTransaction();
        return fail(u"cannot commit the removal"_s, detail);
    }
    return true;
}

} // namespace parallax::store
