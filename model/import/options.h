// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace parallax::import {

/** What the user (or a manifest) tells the readers about the files being imported. */
struct ReadOptions
{
    /**
     * Field → column overrides for record files (JSON, CSV, TSV), as `--map field=column` gives
     * them: e.g. {"title": "headline_text", "body": "story"}. Fields: title, body (or text), date,
     * outlet (or source), url, language, author, country.
     */
    QHash<QString, QString> fieldMap;
    /** An encoding chosen by the user; it must decode every byte, or the file is refused. */
    QString encoding;
    /** An encoding declared by a manifest; it wins when it decodes cleanly. */
    QString declaredEncoding;
    /**
     * Bytes read at a time from record files (JSON Lines, JSON arrays, CSV, TSV, also gzipped):
     * each piece is decoded and its records handed on before the next is read. 0: all at once.
     */
    qint64 pieceBytes = 4 * 1024 * 1024;
    /** The first bytes of a file, on which its encoding and format are decided. */
    qint64 headBytes = 1024 * 1024;
    /** The longest record (in characters) of a record file; a longer one ends the reading of the file. */
    qsizetype maxRecordChars = 16 * 1024 * 1024;
};

} // namespace parallax::import
