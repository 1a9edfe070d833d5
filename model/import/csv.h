// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace parallax::import {

/** One record of a delimited file and the line it starts on (1-based). */
struct CsvRecord
{
    QStringList fields;
    int line = 0;
};

/** A delimited file: its records (the header is the first), and where reading stopped early. */
struct CsvTable
{
    QList<CsvRecord> records;
    QString error;   ///< e.g. an unterminated quote; records before it are kept
    int errorLine = 0;
};

/**
 * Splits delimited text by RFC 4180: fields in double quotes may hold the delimiter, line breaks
 * and doubled quotes; CRLF or LF ends a record; blank lines are skipped. Lines are numbered from
 * `firstLine` (for a piece of a longer file).
 */
CsvTable parseDelimited(QStringView text, QChar delimiter, int firstLine = 1);

/** The delimiter a header line uses: tab, comma or semicolon, whichever splits it most; or '\0'. */
QChar sniffDelimiter(QStringView firstLine);

} // namespace parallax::import
