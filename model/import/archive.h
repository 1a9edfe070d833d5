// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

struct archive;

namespace parallax::import {

/** One file taken out of an archive or a compressed stream. */
struct ArchiveEntry
{
    QString name;    ///< path inside the archive; for a .gz, the file name without ".gz"
    QByteArray bytes;
    QString error;   ///< set when this entry could not be extracted (the others still are)
};

struct ArchiveContents
{
    QList<ArchiveEntry> entries;
    QString error; ///< the archive as a whole could not be read
};

/** Whether bytes start like a gzip stream or a zip archive. */
bool isCompressed(const QByteArray &bytes);

/**
 * Opens a .zip (or .tar, .tar.gz) archive or a .gz stream held in memory, with libarchive.
 * Folders and entries beyond the size limits are left out with an error; nothing is written to
 * disk. `name` is the archive's file name, used to name the member of a bare .gz.
 */
ArchiveContents extract(const QByteArray &bytes, const QString &name, qint64 maxEntryBytes, qint64 maxTotalBytes);

/**
 * A compressed file on disk read as a stream, with libarchive: a bare .gz (one compressed stream,
 * not an archive of files) is decompressed piece by piece as it is read.
 */
class CompressedStream
{
public:
    explicit CompressedStream(const QString &path);
    ~CompressedStream();
    CompressedStream(const CompressedStream &) = delete;
    CompressedStream &operator=(const CompressedStream &) = delete;

    /** Whether the file is one compressed stream (a bare .gz), which read() gives. */
    bool isSingleStream() const { return m_single; }
    /** The stream's name: the file name without ".gz". */
    QString memberName() const { return m_member; }
    /** Decompressed bytes, up to `max`: 0 at the end, -1 on an error (errorString()). */
    qint64 read(char *data, qint64 max);
    /** How much of the compressed file has been read. */
    qint64 compressedBytesRead() const;
    QString errorString() const { return m_error; }

private:
    ::archive *m_archive = nullptr;
    bool m_single = false;
    QString m_member;
    QString m_error;
};

} // namespace parallax::import
