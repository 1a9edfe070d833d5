// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Snapshots of entities for undoing the user's decisions: rows are read and written back column
// by column, so they follow whatever the entity and mention tables hold.
#include "entitystore.h"

#include "entitystore_p.h"
#include "store/store.h"

#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace parallax::store {

using entitysql::run;
using entitysql::transaction;

namespace {

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

template<typename T>
QList<T> unite(QList<T> a, const QList<T> &b)
{
    for (const T &v : b) {
        if (!a.contains(v))
            a << v;
    }
    return a;
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

// The primary key columns of the mention table, in key order.
QStringList mentionKey(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    QMap<int, QString> columns;
    if (q.exec(u"PRAGMA table_info(mentions)"_s)) {
        while (q.next()) {
            if (const int pk = q.value(u"pk"_s).toInt(); pk > 0)
                columns.insert(pk, q.value(u"name"_s).toString());
        }
    }
    return columns.values();
}

// Runs `sql` (whose placeholders are the key columns) once per mention, with its key values.
bool forEachMention(QSqlDatabase &db, const QString &sql, const QStringList &key, const QList<QSqlRecord> &mentions,
                    QList<QSqlRecord> *found, QString &error)
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        error = sqlErrorText(q.lastError());
        return false;
    }
    for (const QSqlRecord &m : mentions) {
        for (const QString &column : key)
            q.addBindValue(m.value(column));
        if (!q.exec()) {
            error = sqlErrorText(q.lastError());
            return false;
        }
        if (found && q.next())
            *found << q.record();
    }
    return true;
}

QString keyCondition(const QStringList &key)
{
    QStringList parts;
    for (const QString &column : key)
        parts << column + u" = ?"_s;
    return parts.join(u" AND "_s);
}

} // namespace

EntitySnapshot EntityStore::snapshot(const QList<qint64> &ids, const QStringList &keys, qint64 mentionsOf) const
{
    EntitySnapshot s;
    s.ids = ids;
    s.entities = rowsWhere(m_db, u"entities"_s, u"id"_s, variants(ids));
    s.keys = keys;
    for (const QSqlRecord &e : s.entities) {
        if (!s.keys.contains(e.value(u"key"_s).toString()))
            s.keys << e.value(u"key"_s).toString();
    }
    if (mentionsOf) {
        // Found through the entity's articles: the mention table has no index by entity.
        QSqlQuery q(m_db);
        q.prepare(u"SELECT m.* FROM entity_articles a JOIN mentions m ON m.article_id = a.article_id "
                  "AND m.entity_id = a.entity_id WHERE a.entity_id = ?"_s);
        q.addBindValue(mentionsOf);
        if (q.exec()) {
            while (q.next())
                s.mentions << q.record();
        }
    }
    s.decisions = rowsWhere(m_db, u"entity_decisions"_s, u"key"_s, variants(s.keys));
    return s;
}

EntitySnapshot EntityStore::snapshotAfter(const EntitySnapshot &before, const QList<qint64> &ids) const
{
    EntitySnapshot s = snapshot(unite(before.ids, ids), before.keys);
    // The same mentions as before, wherever the decision has put them (or not, when deleted).
    QSqlDatabase db = m_db;
    const QStringList key = mentionKey(m_db);
    forEachMention(db, u"SELECT * FROM mentions WHERE "_s + keyCondition(key), key, before.mentions, &s.mentions, m_error);
    return s;
}

bool EntityStore::restore(const EntitySnapshot &state, const EntitySnapshot &other)
{
    const QList<qint64> ids = unite(state.ids, other.ids);
    const QStringList keys = unite(state.keys, other.keys);
    const QStringList key = mentionKey(m_db);
    return transaction(m_db, [&] {
        // The entities of the state: updated in place when they exist (so that their other
        // mentions stay), inserted otherwise.
        QList<qint64> kept;
        for (const QSqlRecord &e : state.entities) {
            const qint64 id = e.value(u"id"_s).toLongLong();
            kept << id;
            QStringList columns;
            QVariantList values;
            for (int i = 0; i < e.count(); ++i) {
                columns << e.fieldName(i) + u" = ?"_s;
                values << e.value(i);
            }
            QSqlQuery q(m_db);
            q.prepare(u"UPDATE entities SET %1 WHERE id = ?"_s.arg(columns.join(u", "_s)));
            for (const QVariant &v : values)
                q.addBindValue(v);
            q.addBindValue(id);
            if (!q.exec())
                return fail(u"undo"_s, sqlErrorText(q.lastError()));
            if (q.numRowsAffected() == 0 && !insertRows(m_db, u"entities"_s, {e}, m_error))
                return false;
        }
        // The mentions the decision moved: put back as they were.
        const QString removeMention = u"DELETE FROM mentions WHERE "_s + keyCondition(key);
        if (!forEachMention(m_db, removeMention, key, other.mentions, nullptr, m_error)
            || !forEachMention(m_db, removeMention, key, state.mentions, nullptr, m_error)
            || !insertRows(m_db, u"mentions"_s, state.mentions, m_error))
            return false;
        QList<qint64> counted;
        QList<std::pair<qint64, qint64>> pairs; // (entity, article) of the mentions put back
        for (const QSqlRecord &m : state.mentions) {
            const qint64 id = m.value(u"entity_id"_s).toLongLong();
            if (!counted.contains(id))
                counted << id;
            const std::pair<qint64, qint64> pair{id, m.value(u"article_id"_s).toLongLong()};
            if (!pairs.contains(pair))
                pairs << pair;
        }
        // The rows put back are not counted by a trigger: count their articles before entities go
        // (their mentions are found through entity_articles).
        if (!recount({}, pairs))
            return false;
        // Entities the state does not have (one split off, merged away or rejected) go.
        for (qint64 id : ids) {
            if (!kept.contains(id) && !run(m_db, u"DELETE FROM entities WHERE id = ?"_s, {id}, m_error))
                return false;
        }
        if (!recount(counted))
            return false;
        return (keys.isEmpty()
                || run(m_db, u"DELETE FROM entity_decisions WHERE key IN (%1)"_s.arg(placeholders(keys.size())),
                       variants(keys), m_error))
            && insertRows(m_db, u"entity_decisions"_s, state.decisions, m_error);
    });
}

} // namespace parallax::store
