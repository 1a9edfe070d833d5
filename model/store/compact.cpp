// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Giving back the space that removed articles, re-imports and migrations leave in the corpus file;
// and stopping the statements of a connection whose work is no longer wanted.
#include "store.h"

#include "store/sqlitestatement.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

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

// The folder SQLite writes its temporary files in, in SQLite's own order of choice: SQLITE_TMPDIR,
// TMPDIR, then the usual system folders, then the current folder; the first one it may write in.
QString sqliteTempFolder()
{
#ifdef Q_OS_UNIX
    QStringList candidates;
    for (const char *variable : {"SQLITE_TMPDIR", "TMPDIR"}) {
        const QString folder = qEnvironmentVariable(variable);
        if (!folder.isEmpty())
            candidates << folder;
    }
    candidates << u"/var/tmp"_s << u"/usr/tmp"_s << u"/tmp"_s << u"."_s;
    for (const QString &folder : std::as_const(candidates)) {
        const QFileInfo info(folder);
        if (info.isDir() && info.isWritable() && info.isExecutable())
            return QDir::cleanPath(info.absoluteFilePath());
    }
    return QDir::currentPath();
#else
    return QDir::tempPath();
#endif
}

qint64 freeBytes(const QStorageInfo &volume)
{
    return volume.isValid() && volume.isReady() ? volume.bytesAvailable() : -1;
}

QString size(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes);
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

Store::CompactRoom Store::compactRoom() const
{
    CompactRoom room;
    sqlite3 *db = sqliteHandle(database());
    if (!db)
        return room;
    // What the corpus holds, without its unused pages, and a tenth more for the pages SQLite adds
    // as it writes (the log's frame headers, the copy's new index pages).
    const qint64 used = (pragma(db, "page_count") - pragma(db, "freelist_count")) * pragma(db, "page_size");
    room.tempNeeded = used + used / 10;
    room.tempFolder = sqliteTempFolder();
    const QStorageInfo temp(room.tempFolder);
    room.tempFree = freeBytes(temp);
    if (!canOpenElsewhere())
        return room; // in memory: no log, nothing beside a file
    room.corpusNeeded = room.tempNeeded;
    room.corpusFolder = QFileInfo(m_path).absolutePath();
    const QStorageInfo corpus(room.corpusFolder);
    room.corpusFree = freeBytes(corpus);
    room.sameVolume = temp.isValid() && corpus.isValid() && temp.rootPath() == corpus.rootPath()
        && temp.device() == corpus.device();
    return room;
}

QString Store::roomProblem(const CompactRoom &room)
{
    const QString elsewhere = u"free some space there, or set SQLITE_TMPDIR to a folder on a disk with room "
                              "for the temporary copy"_s;
    if (room.sameVolume) {
        const qint64 needed = room.tempNeeded + room.corpusNeeded;
        if (room.corpusFree < 0 || room.corpusFree >= needed)
            return {};
        return u"it needs about %1 free on the disk of %2 (a temporary copy of the corpus in %3 and the "
               "rewritten pages beside the corpus); %4 is free: %5"_s
            .arg(size(needed), room.corpusFolder, room.tempFolder, size(room.corpusFree), elsewhere);
    }
    QStringList problems;
    if (room.tempFree >= 0 && room.tempFree < room.tempNeeded)
        problems << u"it needs about %1 free in %2 for a temporary copy of the corpus; %3 is free: %4"_s.arg(
            size(room.tempNeeded), room.tempFolder, size(room.tempFree), elsewhere);
    if (room.corpusFree >= 0 && room.corpusFree < room.corpusNeeded)
        problems << u"it needs about %1 free in %2 for the rewritten pages beside the corpus; %3 is free: "
                    "free some space there"_s.arg(size(room.corpusNeeded), room.corpusFolder, size(room.corpusFree));
    return problems.join(u"; "_s);
}

std::optional<std::pair<Store::DiskUse, Store::DiskUse>> Store::compact(const std::atomic_bool *cancel)
{
    sqlite3 *db = sqliteHandle(database());
    if (!db) {
        fail(u"cannot compact the corpus"_s, u"it is not open"_s);
        return std::nullopt;
    }
    // Without room SQLite would stop part way with "database or disk is full"; say so before.
    if (const QString problem = roomProblem(compactRoom()); !problem.isEmpty()) {
        fail(u"cannot compact the corpus"_s, problem);
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
