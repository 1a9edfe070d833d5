// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Giving back the space that removed articles, re-imports and migrations leave in the corpus file;
// and stopping the statements of a connection whose work is no longer wanted.
#include "store.h"

#include "store/sqlitestatement.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace parallax::store {

namespace {

qint64 pragma(sqlite3 *db, const char *name)
{
    SqliteStatement q(db, u"PRAGMA %1"_s.arg(QLatin1StringView(name)));
    return q.step() == SQLITE_ROW ? sqlite3_column_int64(q.get(), 0) : 0;
}

// Asked by SQLite every hundred steps of each statement (of a VACUUM too): non-zero stops it.
int stopWhenCancelled(void *cancel)
{
    return static_cast<const std::atomic_bool *>(cancel)->load() ? 1 : 0;
}

} // namespace

void Store::setInterrupt(const std::atomic_bool *stop)
{
    if (sqlite3 *db = sqliteHandle(database()))
        sqlite3_progress_handler(db, stop ? 100 : 0, stop ? stopWhenCancelled : nullptr, const_cast<std::atomic_bool *>(stop));
}

Store::DiskUse Store::diskUse() const
{
    DiskUse use;
    if (canOpenElsewhere()) {
        use.bytes = QFileInfo(m_path).size();
        const QFileInfo wal(m_path + u"-wal"_s);
        if (wal.exists())
            use.bytes += wal.size();
    } else {
        sqlite3 *db = sqliteHandle(database());
        use.bytes = pragma(db, "page_count") * pragma(db, "page_size");
    }
    sqlite3 *db = sqliteHandle(database());
    use.freeBytes = pragma(db, "freelist_count") * pragma(db, "page_size");
    return use;
}

std::optional<std::pair<Store::DiskUse, Store::DiskUse>> Store::compact(const std::atomic_bool *cancel)
{
    sqlite3 *db = sqliteHandle(database());
    if (!db) {
        fail(u"cannot compact the corpus"_s, u"it is not open"_s);
        return std::nullopt;
    }
    const DiskUse before = diskUse();
    if (cancel)
        setInterrupt(cancel);
    // VACUUM copies the corpus into a temporary database and back: on disk, not in memory, which
    // would hold the whole corpus (this connection keeps its temporary data in memory otherwise).
    // It keeps every id: each table that others refer to has an INTEGER PRIMARY KEY.
    sqlite3_exec(db, "PRAGMA temp_store=FILE", nullptr, nullptr, nullptr);
    const int rc = sqlite3_exec(db, "VACUUM", nullptr, nullptr, nullptr);
    const QString error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_exec(db, "PRAGMA temp_store=MEMORY", nullptr, nullptr, nullptr);
    if (cancel)
        setInterrupt(nullptr);
    if (rc != SQLITE_OK) {
        if (rc == SQLITE_INTERRUPT && cancel && cancel->load())
            fail(u"compacting cancelled: the corpus is as it was"_s, {});
        else
            fail(u"cannot compact the corpus"_s, error);
        return std::nullopt;
    }
    // The rewritten pages went through the write-ahead log: hand them to the file and empty it.
    // A reader elsewhere may keep the log from emptying now; it empties at a later checkpoint.
    sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    return std::pair{before, diskUse()};
}

} // namespace parallax::store
