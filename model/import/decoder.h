// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace parallax::import {

/** How the encoding of a text was decided. */
enum class EncodingSource {
    None,     ///< decoding failed
    Bom,      ///< a byte-order mark
    Declared, ///< declared by the document (HTML meta, XML prolog) or a manifest
    User,     ///< chosen by the user (an override)
    Utf8,     ///< the bytes are valid UTF-8
    Detected  ///< guessed from the bytes (uchardet, or the UTF-16 byte pattern)
};

/** The outcome of turning a file's bytes into text. */
struct DecodeResult
{
    bool ok = false;
    QString text;          ///< the decoded text, without a byte-order mark
    QString encoding;      ///< e.g. "UTF-8", "UTF-16LE", "Shift_JIS", "CP932", "KOI8-R"
    EncodingSource source = EncodingSource::None;
    QString error;         ///< why decoding failed, for the user
    QString warning;       ///< decoded, but something the user should know (a declared charset ignored)
    qint64 errorOffset = -1; ///< byte offset of the first offending byte, when known
};

/** Whether a declared encoding came from the document or from the user. */
enum class Declaration { Document, User };

/**
 * Decodes bytes to text. A byte-order mark decides. Then a declared encoding wins when it decodes
 * cleanly (a user's choice that does not decode is an error with the byte offset; a document's
 * is ignored with a warning). Otherwise valid UTF-8 is UTF-8, and other bytes are given to
 * uchardet, whose guess is accepted only for the Japanese, Cyrillic and UTF-16 encodings it
 * detects reliably, and only when every byte decodes. Binary data (NUL bytes without a UTF-16
 * pattern) and empty input are refused with a reason; undecodable bytes are reported with the
 * offset of the first one.
 */
DecodeResult decode(const QByteArray &bytes, const QString &declaredEncoding = {},
                    Declaration declaredBy = Declaration::Document);

/** The byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8. */
qint64 firstInvalidUtf8(const QByteArray &bytes);

/**
 * Decodes strictly with a named encoding (any name ICU knows). Characters that stand for
 * undecodable bytes (U+FFFD, U+001A, C1 controls, C0 controls other than white space) are errors.
 */
DecodeResult decodeAs(const QByteArray &bytes, const QString &encoding);

/** The charset a document declares in its first bytes (HTML meta, XML prolog), or empty. */
QString declaredCharset(const QByteArray &bytes);

/** uchardet's guess for the bytes, upper case as uchardet names it ("SHIFT_JIS"), or empty. */
QString detectCharset(const QByteArray &bytes);

/** Whether an encoding name is one the decoder can use (any name ICU knows, and CP932). */
bool isKnownEncoding(const QString &name);

/** "bom", "declared", "user", "utf-8", "detected" or "none". */
QString encodingSourceName(EncodingSource s);

} // namespace parallax::import
