// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/** RFC 4180 CSV: comma separated, CRLF between records, fields quoted when they need it. */
namespace parallax::annotations::csv {

/** One record with its CRLF, each field quoted if it holds a comma, quote, CR, LF or edge space. */
QString record(const QStringList &fields);

/** UTF-8 bytes with a byte order mark (so that spreadsheets read Japanese and Cyrillic right). */
QByteArray toBytes(const QString &text);

struct Table
{
    QList<QStringList> records;
    QString error;      ///< empty when the text is well-formed
    int errorLine = 0;  ///< 1-based line of the error
    bool ok() const { return error.isEmpty(); }
};

/**
 * Parses CSV text (a leading byte order mark is skipped). Accepts CRLF or LF line ends and
 * quoted fields with doubled quotes and line breaks inside; reports an unterminated quote or
 * text after a closing quote as an error with its line.
 */
Table parse(QStringView text);

/** Decodes UTF-8 bytes (with or without a byte order mark) and parses them. */
Table parse(const QByteArray &utf8);

} // namespace parallax::annotations::csv
