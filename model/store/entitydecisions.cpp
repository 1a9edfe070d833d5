// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The user's decisions about entities: each is recorded (so that later analyses follow it) and
// applied to what is stored now, in one transaction.
#include "entitystore.h"

#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace parallax::store {

namespace {

bool run(QSqlDatabase &db, const QString &sql, const QVariantList &values, QString &error)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    error = q.lastError().text();
    return false;
}

// Runs body inside a transaction: committed when it returns true, rolled back otherwise.
template<typename Body>
bool transaction(QSqlDatabase &db, Body body)
{
    if (!db.transaction())
        return false;
    if (body() && db.commit())
        return true;
    db.rollback();
    return false;
}

// "?, ?, ?" for a list of values.
QString placeholders(qsizetype n)
{
    QStringList marks(n, u"?"_s);
    return marks.join(u", "_s);
}

template<typename T>
QVariantList variants(const QList<T> &values)
{
    QVariantList out;
    for (const T &v : values)
        out << QVariant::fromValue(v);
    return out;
}

// Every row of `table` whose `column` is one of `values`, all columns.
QList<QSqlRecord> rowsWhere(const QSqlDatabase &db, const QString &table, const QString &column, const QVariantList &values)
{
    QList<QSqlRecord> out;
    if (values.isEmpty())
        return out;
    QSqlQuery q(db);
    q.prepare(u"SELECT * FROM %1 WHERE %2 IN (%3)"_s.arg(table, column, placeholders(values.size())));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec()) {
        while (q.next())
            out << q.record();
    }
    return out;
}

// Writes rows back as they were read, whatever columns the table has.
bool insertRows(QSqlDatabase &db, const QString &table, const QList<QSqlRecord> &rows, QString &error)
{
    for (const QSqlRecord &r : rows) {
        QStringList columns;
        QVariantList values;
        for (int i = 0; i < r.count(); ++i) {
            columns << r.fieldName(i);
            values << r.value(i);
        }
        if (!run(db, u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), placeholders(columns.size())),
                 values, error))
            return false;
    }
    return true;
}

} // namespace

EntitySnapshot EntityStore::snapshot(const QList<qint64> &ids, const QStringList &keys, bool withMentions) const
{
    EntitySnapshot s;
    s.ids = ids;
    s.withMentions = withMentions;
    s.entities = rowsWhere(m_db, u"entities"_s, u"id"_s, variants(ids));
    s.keys = keys;
    for (const QSqlRecord &e : s.entities) {
        if (!s.keys.contains(e.value(u"key"_s).toString()))
            s.keys << e.value(u"key"_s).toString();
    }
    if (withMentions)
        s.mentions = rowsWhere(m_db, u"mentions"_s, u"entity_id"_s, variants(ids));
    s.decisions = rowsWhere(m_db, u"entity_decisions"_s, u"key"_s, variants(s.keys));
    return s;
}

namespace {

// Writes entity rows back over the same rows, column by column (their mentions stay).
bool updateRows(QSqlDatabase &db, const QList<QSqlRecord> &rows, QString &error)
{
    for (const QSqlRecord &r : rows) {
        QStringList columns;
        QVariantList values;
        for (int i = 0; i < r.count(); ++i) {
            columns << r.fieldName(i) + u" = ?"_s;
            values << r.value(i);
        }
        values << r.value(u"id"_s);
        if (!run(db, u"UPDATE entities SET %1 WHERE id = ?"_s.arg(columns.join(u", "_s)), values, error))
            return false;
    }
    return true;
}

template<typename T>
QList<T> unite(QList<T> a, const QList<T> &b)
{
    for (const T &v : b) {
        if (!a.contains(v))
            a << v;
    }
    return a;
}

} // namespace

bool EntityStore::restore(const EntitySnapshot &state, const EntitySnapshot &other)
{
    const QList<qint64> ids = unite(state.ids, other.ids);
    const QStringList keys = unite(state.keys, other.keys);
    // Without mentions (a rename, retype or alias), the same entities are updated in place.
    const bool inPlace = !state.withMentions && !other.withMentions;
    return transaction(m_db, [&] {
        const QVariantList idValues = variants(ids);
        const QVariantList keyValues = variants(keys);
        const bool entitiesBack = inPlace
            ? updateRows(m_db, state.entities, m_error)
            : (ids.isEmpty()
               || (run(m_db, u"DELETE FROM mentions WHERE entity_id IN (%1)"_s.arg(placeholders(ids.size())), idValues, m_error)
                   && run(m_db, u"DELETE FROM entities WHERE id IN (%1)"_s.arg(placeholders(ids.size())), idValues, m_error)))
                && insertRows(m_db, u"entities"_s, state.entities, m_error)
                && insertRows(m_db, u"mentions"_s, state.mentions, m_error);
        return entitiesBack
            && (keys.isEmpty()
                || run(m_db, u"DELETE FROM entity_decisions WHERE key IN (%1)"_s.arg(placeholders(keys.size())), keyValues, m_error))
            && insertRows(m_db, u"entity_decisions"_s, state.decisions, m_error);
    });
}

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
            && run(m_db, u"UPDATE OR IGNORE mentions SET entity_id = ? WHERE entity_id = ?"_s, {intoEntityId, entityId}, m_error)
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
        return newId && run(m_db, u"UPDATE mentions SET entity_id = ? WHERE entity_id = ? AND surface = ?"_s,
                            {newId, entityId, surface}, m_error);
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
            && run(m_db, u"DELETE FROM mentions WHERE entity_id = ?"_s, {entityId}, m_error)
            && run(m_db, u"DELETE FROM entities WHERE id = ?"_s, {entityId}, m_error);
    });
}

} // namespace parallax::store
