// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SQL helpers shared by the EntityStore's source files.
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace parallax::store::entitysql {

/** Runs one statement with positional values; false and `error` set on failure. */
inline bool run(QSqlDatabase &db, const QString &sql, const QVariantList &values, QString &error)
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

/** Runs body inside a transaction: committed when it returns true, rolled back otherwise. */
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

} // namespace parallax::store::entitysql
