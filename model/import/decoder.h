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

/**
 * Decides the encoding of a file from its first bytes, as decode() does for whole files. When
 * `whole` is false the head is cut after its last line break (or another byte that ends a
 * character in every supported encoding) first, so that a character split by the end of the
 * head is not taken for an undecodable byte. The text returned is that of the (cut) head.
 */
DecodeResult decodeHead(const QByteArray &head, bool whole, const QString &declaredEncoding = {},
                        Declaration declaredBy = Declaration::Document);

/** The length of a byte-order mark at the start of bytes (0, 2 or 3). */
qsizetype bomLength(QByteArrayView bytes);

/**
 * Decodes a file piece by piece in the encoding decodeHead() chose, as strictly as decode():
 * each piece is cut at the last complete character (bytes of a character split by the cut wait
 * for the next piece), and undecodable bytes are reported with their offset in the file.
 */
class PieceDecoder
{
public:
    /** `start`: the offset in the file of the first byte fed (after a byte-order mark). */
    PieceDecoder(const QString &encoding, EncodingSource source, qint64 start);

    struct Piece
    {
        QString text;
        qint64 byteStart = 0; ///< the file offset of text's first character
        qint64 byteEnd = 0;   ///< the file offset just past its last
        bool ok = true;
        QString error;        ///< when not ok: the text holds the characters before the bad byte
        qint64 errorOffset = -1;
    };
    /** Decodes what can be of the bytes held back and `bytes`; `last`: the end of the file. */
    Piece feed(QByteArrayView bytes, bool last);
    /** Bytes held back for the next piece (a character the cut split). */
    qsizetype heldBytes() const { return m_pending.size(); }
    /** The number of bytes `text` takes in this encoding (for offsets of records in a piece). */
    qint64 byteLength(QStringView text) const;

private:
    qsizetype safeCut(QByteArrayView bytes) const;

    QString m_encoding;
    EncodingSource m_source;
    qint64 m_offset;
    QByteArray m_pending;
    enum class Kind { Utf8, Utf16LE, Utf16BE, SingleByte, MultiByte, Stateful } m_kind;
};

/** "bom", "declared", "user", "utf-8", "detected" or "none". */
QString encodingSourceName(EncodingSource s);

} // namespace parallax::import
