// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/filereader.h"
#include "import/options.h"

#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QStringList>

#include <functional>
#include <optional>

namespace parallax::import {

/** The article fields a record file can fill, and the column names news datasets use for them. */
enum class Field { Title, Body, Date, Outlet, Url, Language, Author, Country };

/** The canonical name of a field ("title", "body", ...), and the field a user's name means. */
QString fieldName(Field f);
std::optional<Field> fieldFromName(const QString &name);

/** Whether a header names a column for the article text or title (so a delimited file is records). */
bool looksLikeRecordHeader(const QStringList &columns, const ReadOptions &options);

/** The article of a text that is one JSON object (on one line or many), or nothing when it is not one. */
std::optional<FileResult> readJsonObject(const QString &path, const QString &text, const ReadOptions &options);

/**
 * Articles from a record file whose text comes in pieces: JSON Lines, a JSON array, or delimited
 * text with a header line (CSV, TSV, semicolons). Each complete record is read as soon as its
 * text is there; only the text of an incomplete record is kept. A bad record is reported (with its
 * record number, line and byte offset in the file) and the rest still read; an unclosed quote or
 * array, or a record longer than ReadOptions::maxRecordChars, ends the file.
 */
class RecordReader
{
public:
    enum class Kind { JsonLines, JsonArray, Delimited };
    using ByteLength = std::function<qint64(QStringView)>;

    /**
     * `start`: the file offset of the first character; `byteLength`: the bytes a text takes in
     * the file's encoding (for the offsets of records).
     */
    RecordReader(Kind kind, const QString &path, const ReadOptions &options, QChar delimiter, qint64 start,
                 ByteLength byteLength);

    /** The next text of the file. */
    void append(QStringView text);
    /** The end of the text; `cut`: the text stopped early, so an incomplete last record is dropped. */
    void finish(bool cut = false);
    /** Whether a problem ended the reading of the file (the rest of the text is ignored). */
    bool stopped() const { return m_stopped; }
    /** Articles and problems since the last take(). */
    FileResult take() { return std::exchange(m_out, {}); }
    /** Characters of text held (of an incomplete record). */
    qsizetype heldChars() const { return m_buf.size() - m_pos; }

private:
    void parse(bool atEnd);
    void parseLines(bool atEnd);
    void parseArray(bool atEnd);
    void parseDelimitedText(bool atEnd);
    void advance(qsizetype to);
    void line(QStringView text);
    void element(QStringView text);
    void jsonRecord(const QJsonParseError &pe, const QJsonValue &value, int line);
    void delimitedRecord(QStringView text, int firstLine);
    bool tooLong(qsizetype from);
    void problem(Problem p);
    void stop(Problem p);

    Kind m_kind;
    QString m_path;
    const ReadOptions &m_options;
    QChar m_delimiter;
    ByteLength m_byteLength;
    FileResult m_out;
    QString m_buf;
    qsizetype m_pos = 0;   // the text before is read
    qsizetype m_scan = 0;  // the text before is scanned
    qint64 m_posByte = 0;  // the file offset of m_buf[m_pos]
    int m_line = 1;        // the line of m_buf[m_pos]
    int m_scanLine = 1;    // the line of m_buf[m_scan]
    int m_number = 0;      // records met
    bool m_stopped = false;
    // JSON arrays
    enum class ArrayState { Before, BeforeElement, InElement, After } m_array = ArrayState::Before;
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
    // Delimited text
    QStringList m_header;
    bool m_inQuotes = false;
    bool m_fieldStarted = false;
};

} // namespace parallax::import
