// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: the rows a query returns, each as its cells joined by spaces.
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace parallax::testing {

/** The rows of `sql` on db, cells joined by a space; one "error: …" row when it fails. */
inline QStringList sqlRows(const QSqlDatabase &db, const QString &sql)
{
    using namespace Qt::StringLiterals;
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {u"error: "_s + q.lastError().text()};
    QStringList out;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
        out << cells.join(u' ');
    }
    return out;
}

} // namespace parallax::testing
