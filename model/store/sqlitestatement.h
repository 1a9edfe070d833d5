// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading on the connection's SQLite handle, for the store's hot reads: row by row through
// QSqlQuery and QVariant costs more than SQLite's own work there. Private to model/store.
#pragma once

#include "store/rowinserter.h"

#include <QDate>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

namespace parallax::store {

/** One statement on the raw handle, finalised when it goes. */
class SqliteStatement final
{
public:
    SqliteStatement(sqlite3 *db, const QString &sql)
        : m_db(db)
    {
        const QByteArray text = sql.toUtf8();
        if (db && sqlite3_prepare_v2(db, text.constData(), int(text.size()), &m_stmt, nullptr) != SQLITE_OK) {
            sqlite3_finalize(m_stmt);
            m_stmt = nullptr;
        }
    }
    SqliteStatement(const QSqlDatabase &db, const QString &sql)
        : SqliteStatement(sqliteHandle(db), sql)
    {
    }
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    sqlite3_stmt *get() const { return m_stmt; }
    /** Binds integers as integers and everything else as text, from the first parameter on. */
    bool bind(const QVariantList &values)
    {
        for (int i = 0; m_stmt && i < values.size(); ++i) {
            const QVariant &v = values.at(i);
            if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
                sqlite3_bind_int64(m_stmt, i + 1, v.toLongLong());
            } else {
                const QString s = v.toString();
                sqlite3_bind_text16(m_stmt, i + 1, s.utf16(), int(s.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
            }
        }
        return m_stmt != nullptr;
    }
    /** SQLITE_ROW, SQLITE_DONE or an error. */
    int step() { return m_stmt ? sqlite3_step(m_stmt) : SQLITE_ERROR; }
    QString error() const
    {
        return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("the corpus is not open on SQLite");
    }
    /** A text column's bytes (UTF-8), valid until the next step. */
    QByteArrayView bytes(int column) const
    {
        return {reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)), sqlite3_column_bytes(m_stmt, column)};
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

/** A text column that repeats from row to row (a country): one shared QString per run of it. */
class RepeatedText final
{
public:
    const QString &operator()(QByteArrayView bytes)
    {
        if (!m_set || bytes != m_bytes) {
            m_bytes = bytes.toByteArray();
            m_text = QString::fromUtf8(m_bytes);
            m_set = true;
        }
        return m_text;
    }

private:
    QByteArray m_bytes;
    QString m_text;
    bool m_set = false;
};

/**
 * The Julian day of an ISO date given as UTF-8 or UTF-16 code units (0 when it is none): the
 * fast path reads the "YYYY-MM-DD" the store writes, anything else goes through QDate.
 */
template<typename Char>
qint64 julianDay(const Char *s, qsizetype size)
{
    auto digit = [s](int i) { return s[i] >= '0' && s[i] <= '9' ? int(s[i] - '0') : -1; };
    if (size == 10 && s[4] == '-' && s[7] == '-') {
        int v[8];
        bool ok = true;
        for (int i = 0, j = 0; i < 10; ++i) {
            if (i == 4 || i == 7)
                continue;
            v[j] = digit(i);
            ok = ok && v[j++] >= 0;
        }
        const QDate d(v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3], v[4] * 10 + v[5], v[6] * 10 + v[7]);
        if (ok)
            return d.isValid() ? d.toJulianDay() : 0;
    }
    QString text;
    for (qsizetype i = 0; i < size; ++i)
        text.append(QChar(char16_t(s[i])));
    const QDate d = QDate::fromString(text, Qt::ISODate);
    return d.isValid() ? d.toJulianDay() : 0;
}

/** The Julian day of an ISO date column (0 when it is none or NULL). */
inline qint64 columnDay(sqlite3_stmt *stmt, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return text ? julianDay(text, sqlite3_column_bytes(stmt, column)) : 0;
}

} // namespace parallax::store
