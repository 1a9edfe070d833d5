// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace parallax::import {

bool isCompressed(const QByteArray &bytes)
{
    return bytes.startsWith("\x1F\x8B") || bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06");
}

ArchiveContents extract(const QByteArray &bytes, const QString &name, qint64 maxEntryBytes, qint64 maxTotalBytes)
{
    ArchiveContents out;
    std::unique_ptr<struct archive, decltype(&archive_read_free)> a(archive_read_new(), &archive_read_free);
    archive_read_support_filter_gzip(a.get());
    archive_read_support_format_zip(a.get());
    archive_read_support_format_tar(a.get());
    archive_read_support_format_raw(a.get()); // a bare .gz holds one unnamed stream
    if (archive_read_open_memory(a.get(), bytes.constData(), size_t(bytes.size())) != ARCHIVE_OK) {
        out.error = u"the archive cannot be opened: %1"_s.arg(QString::fromLocal8Bit(archive_error_string(a.get())));
        return out;
    }
    qint64 total = 0;
    struct archive_entry *entry = nullptr;
    int rc = ARCHIVE_OK;
    while ((rc = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK || rc == ARCHIVE_WARN) {
        if (archive_entry_filetype(entry) != AE_IFREG && archive_format(a.get()) != ARCHIVE_FORMAT_RAW)
            continue;
        ArchiveEntry e;
        const bool raw = archive_format(a.get()) == ARCHIVE_FORMAT_RAW;
        if (raw) {
            e.name = QFileInfo(name).fileName();
            if (e.name.endsWith(u".gz"_s, Qt::CaseInsensitive))
                e.name.chop(3);
        } else {
            const char *path = archive_entry_pathname_utf8(entry);
            e.name = path ? QString::fromUtf8(path) : QString::fromLocal8Bit(archive_entry_pathname(entry));
        }
        const QString base = QFileInfo(e.name).fileName();
        if (base.startsWith(u'.') || e.name.startsWith(u"__MACOSX/"_s))
            continue;
        char buffer[65536];
        la_ssize_t got = 0;
        bool tooBig = false;
        while ((got = archive_read_data(a.get(), buffer, sizeof buffer)) > 0) {
            if (e.bytes.size() + got > maxEntryBytes || total + got > maxTotalBytes) {
                tooBig = true;
                break;
            }
            e.bytes.append(buffer, got);
            total += got;
        }
        if (tooBig) {
            e.bytes.clear();
            e.error = total + got > maxTotalBytes
                ? u"the archive unpacks to more than %1; the rest is not read"_s.arg(QLocale::c().formattedDataSize(maxTotalBytes))
                : u"the file unpacks to more than %1"_s.arg(QLocale::c().formattedDataSize(maxEntryBytes));
            const bool stop = total + got > maxTotalBytes;
            out.entries.append(std::move(e));
            if (stop)
                return out;
            continue;
        }
        if (got < 0)
            e.error = u"cannot be unpacked: %1"_s.arg(QString::fromLocal8Bit(archive_error_string(a.get())));
        out.entries.append(std::move(e));
    }
    if (rc != ARCHIVE_EOF && rc != ARCHIVE_OK)
        out.error = u"the archive is damaged: %1"_s.arg(QString::fromLocal8Bit(archive_error_string(a.get())));
    return out;
}

CompressedStream::CompressedStream(const QString &path)
    : m_archive(archive_read_new())
{
    archive_read_support_filter_gzip(m_archive);
    archive_read_support_format_zip(m_archive);
    archive_read_support_format_tar(m_archive);
    archive_read_support_format_raw(m_archive);
    struct archive_entry *entry = nullptr;
    if (archive_read_open_filename(m_archive, QFile::encodeName(path).constData(), 64 * 1024) != ARCHIVE_OK
        || archive_read_next_header(m_archive, &entry) != ARCHIVE_OK) {
        m_error = QString::fromLocal8Bit(archive_error_string(m_archive));
        return;
    }
    m_single = archive_format(m_archive) == ARCHIVE_FORMAT_RAW && archive_filter_count(m_archive) > 1;
    m_member = QFileInfo(path).fileName();
    if (m_member.endsWith(u".gz"_s, Qt::CaseInsensitive))
        m_member.chop(3);
}

CompressedStream::~CompressedStream()
{
    archive_read_free(m_archive);
}

qint64 CompressedStream::read(char *data, qint64 max)
{
    if (!m_single)
        return -1;
    const la_ssize_t got = archive_read_data(m_archive, data, size_t(max));
    if (got < 0)
        m_error = u"cannot be unpacked: %1"_s.arg(QString::fromLocal8Bit(archive_error_string(m_archive)));
    return got;
}

qint64 CompressedStream::compressedBytesRead() const
{
    return archive_filter_bytes(m_archive, -1);
}

} // namespace parallax::import
