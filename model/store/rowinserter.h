// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace parallax::store {

/** The SQLite handle under an open QSQLITE connection (nullptr for any other driver). */
sqlite3 *sqliteHandle(const QSqlDatabase &db);

/**
 * One INSERT prepared on the connection's SQLite handle and run many times.
 *
 * The import writes tens of rows per article (sentences, paragraphs, mentions, time expressions,
 * framing hits); binding each value through QVariant and QSqlQuery costs more than SQLite's own
 * insert, so the hot path binds directly. The statement is finalised by the destructor, which
 * must run before the connection closes (Store::close() drops its inserters first).
 */
class RowInserter final
{
public:
    RowInserter(const QSqlDatabase &db, const QString &sql);
    ~RowInserter();
    RowInserter(const RowInserter &) = delete;
    RowInserter &operator=(const RowInserter &) = delete;

    /** False when the statement could not be prepared (lastError() says why). */
    bool isValid() const { return m_stmt != nullptr; }
    RowInserter &bind(qint64 value);
    RowInserter &bind(int value) { return bind(qint64(value)); }
    /** Binds text; a null QString binds SQL NULL. */
    RowInserter &bind(const QString &value);
    RowInserter &bindNull();
    /** Binds the bytes as a BLOB. */
    RowInserter &bindBlob(const QByteArray &value);
    /** Runs the statement with the values bound since the last exec(), then resets it. */
    bool exec();
    /** The rowid of the last row this connection inserted. */
    qint64 lastInsertId() const;
    QString lastError() const { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_next = 1;
    std::vector<QByteArray> m_utf8; ///< by parameter number: the text bound to it, in UTF-8
    QString m_error;
};

} // namespace parallax::store
