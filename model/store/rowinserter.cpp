// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowinserter.h"

#include <QSqlDriver>
#include <QStringEncoder>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace parallax::store {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
}

RowInserter::RowInserter(const QSqlDatabase &db, const QString &sql)
    : m_db(sqliteHandle(db))
{
    if (!m_db) {
        m_error = u"the corpus is not open on SQLite"_s;
        return;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
        != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return;
    }
    m_utf8.resize(size_t(sqlite3_bind_parameter_count(m_stmt)) + 1);
}

RowInserter::~RowInserter()
{
    sqlite3_finalize(m_stmt);
}

RowInserter &RowInserter::bind(qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, m_next, value);
    ++m_next;
    return *this;
}

RowInserter &RowInserter::bind(const QString &value)
{
    if (value.isNull())
        return bindNull();
    if (m_stmt && value.isEmpty()) {
        sqlite3_bind_text(m_stmt, m_next, "", 0, SQLITE_STATIC);
    } else if (m_stmt && size_t(m_next) < m_utf8.size()) {
        // Encoded here into the parameter's own buffer, which outlives the step: SQLite neither
        // copies the text nor converts it to the corpus's UTF-8 with allocations of its own.
        QByteArray &utf8 = m_utf8[size_t(m_next)];
        QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
        utf8.resize(encoder.requiredSpace(value.size()));
        const char *end = encoder.appendToBuffer(utf8.data(), value);
        sqlite3_bind_text(m_stmt, m_next, utf8.constData(), int(end - utf8.constData()), SQLITE_STATIC);
    }
    ++m_next;
    return *this;
}

RowInserter &RowInserter::bindNull()
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, m_next);
    ++m_next;
    return *this;
}

RowInserter &RowInserter::bindBlob(const QByteArray &value)
{
    if (m_stmt)
        sqlite3_bind_blob(m_stmt, m_next, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    ++m_next;
    return *this;
}

bool RowInserter::exec()
{
    m_next = 1;
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return rc == SQLITE_DONE;
}

qint64 RowInserter::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

} // namespace parallax::store
