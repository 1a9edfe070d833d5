// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The user's decisions about entities: each is recorded (so that later analyses follow it) and
// applied to what is stored now, in one transaction.
#include "entitystore.h"
#include "entitystore_p.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace parallax::store {

using entitysql::run;
using entitysql::transaction;

bool EntityStore::rename(qint64 entityId, const QString &name)
{
    const QString key = keyOf(entityId);
    if (key.isEmpty() || name.trimmed().isEmpty())
        return fail(u"rename"_s, key.isEmpty() ? u"no entity %1"_s.arg(entityId) : u"empty name"_s);
    return transaction(m_db, [&] {
        return record(u"rename"_s, key, name.trimmed())
            && run(m_db, u"UPDATE entities SET name = ? WHERE id = ?"_s, {name.trimmed(), entityId}, m_error);
    });
}

bool EntityStore::retype(qint64 entityId, entities::EntityType type)
{
    const QString key = keyOf(entityId);
    if (key.isEmpty())
        return fail(u"retype"_s, u"no entity %1"_s.arg(entityId));
    const QString name = entities::typeName(type);
    return transaction(m_db, [&] {
        return record(u"retype"_s, key, name)
            && run(m_db, u"UPDATE entities SET type = ? WHERE id = ?"_s, {name, entityId}, m_error);
    });
}

bool EntityStore::merge(qint64 entityId, qint64 intoEntityId)
{
    const QString key = keyOf(entityId);
    const QString into = keyOf(intoEntityId);
    if (key.isEmpty() || into.isEmpty() || entityId == intoEntityId)
        return fail(u"merge"_s, u"needs two different entities"_s);
    return transaction(m_db, [&] {
        return record(u"merge"_s, key, into)
            && run(m_db, u"UPDATE OR IGNORE mentions SET entity_id = ? WHERE entity_id = ? AND article_id IN "
                         "(SELECT article_id FROM entity_articles WHERE entity_id = ?)"_s,
                   {intoEntityId, entityId, entityId}, m_error)
            && run(m_db, u"DELETE FROM entities WHERE id = ?"_s, {entityId}, m_error);
    });
}

qint64 EntityStore::split(qint64 entityId, const QString &surface)
{
    const QString key = keyOf(entityId);
    if (key.isEmpty() || surface.isEmpty()) {
        fail(u"split"_s, u"needs an entity and a name"_s);
        return 0;
    }
    const QString newKey = key + u'|' + surface;
    qint64 newId = 0;
    const bool ok = transaction(m_db, [&] {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT type FROM entities WHERE id = ?"_s);
        q.addBindValue(entityId);
        if (!q.exec() || !q.next())
            return fail(u"split"_s, u"no entity %1"_s.arg(entityId));
        if (!record(u"split"_s, key, surface, newKey))
            return false;
        newId = ensureEntity(newKey, surface, q.value(0).toString(), false);
        return newId && run(m_db, u"UPDATE mentions SET entity_id = ? WHERE entity_id = ? AND surface = ? AND article_id IN "
                                   "(SELECT article_id FROM entity_articles WHERE entity_id = ?)"_s,
                            {newId, entityId, surface, entityId}, m_error);
    });
    return ok ? newId : 0;
}

bool EntityStore::addAlias(qint64 entityId, const QString &alias)
{
    const QString key = keyOf(entityId);
    if (key.isEmpty() || alias.trimmed().isEmpty())
        return fail(u"alias"_s, u"needs an entity and a name"_s);
    return record(u"alias-add"_s, key, alias.trimmed());
}

bool EntityStore::removeAlias(qint64 entityId, const QString &alias)
{
    const QString key = keyOf(entityId);
    if (key.isEmpty() || alias.trimmed().isEmpty())
        return fail(u"alias"_s, u"needs an entity and a name"_s);
    return record(u"alias-remove"_s, key, alias.trimmed());
}

bool EntityStore::reject(qint64 entityId)
{
    const QString key = keyOf(entityId);
    if (key.isEmpty())
        return fail(u"reject"_s, u"no entity %1"_s.arg(entityId));
    return transaction(m_db, [&] {
        return record(u"reject"_s, key, QString())
            && run(m_db, u"DELETE FROM entities WHERE id = ?"_s, {entityId}, m_error);
    });
}

} // namespace parallax::store
