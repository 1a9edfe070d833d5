// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

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

} // namespace parallax::import
