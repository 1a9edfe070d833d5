// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "import/options.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace parallax::import {

/** Something about one file that the user should know: why it was not imported, or a warning. */
struct Problem
{
    QString path;
    QString reason;
    qint64 byteOffset = -1; ///< where in the file, when it applies
    bool warning = false;   ///< true: imported anyway
    int line = 0;           ///< the line (1-based) in a multi-record file, when it applies
    int record = 0;         ///< the record (1-based) in a multi-record file, when it applies
};

/** What one file gave: zero or more articles, and its problems. */
struct FileResult
{
    QList<Article> articles;
    QList<Problem> problems;
};

/** The largest single-article text file read; longer ones are refused as not being an article. */
constexpr qint64 kMaxArticleFileBytes = 16 * 1024 * 1024;
/**
 * The largest archive (.zip, .tar.gz) read, and the most an archive unpacks to. Record files
 * (JSON Lines, JSON arrays, CSV, TSV, and these gzipped) are read in pieces, whatever their size.
 */
constexpr qint64 kMaxRecordFileBytes = 512LL * 1024 * 1024;

/** The formats a file can be in, told apart by content. */
enum class Format { PlainText, Html, Json, Delimited, Archive };

/** How a file was read: for checking that memory stays bounded. */
struct ReadStats
{
    int pieces = 0;          ///< results handed on
    qint64 largestHeld = 0;  ///< the most bytes of file and text the reader held at once (estimated)
};

/**
 * Receives what a file gives as it is read, in order: articles and problems of one piece, and
 * how many bytes of the file (as stored on disk) have been read. Returns false to stop reading.
 */
using PieceSink = std::function<bool(FileResult &piece, qint64 bytesRead)>;

/**
 * Reads a file as readFile() does, handing its articles and problems on piece by piece: a record
 * file is read ReadOptions::pieceBytes at a time, so that memory does not grow with its size.
 */
ReadStats readFile(const QString &path, const ReadOptions &options, const PieceSink &sink);

/**
 * Reads a file from disk: format sniffed by content (plain text, HTML, JSON Lines or array, CSV
 * or TSV with a header, .gz/.zip holding any of these), text decoded by readOptions' rules.
 * Never throws; problems name the file (and the record and line in multi-record files).
 */
FileResult readFile(const QString &path, const ReadOptions &options = {});

/** Reads bytes that came from `path`, as readFile does. */
FileResult readBytes(const QString &path, const QByteArray &bytes, const ReadOptions &options = {});

/** The format of decoded text, by content first and by the file name when content is ambiguous. */
Format sniffFormat(const QString &text, const QString &path, const ReadOptions &options = {});

} // namespace parallax::import
