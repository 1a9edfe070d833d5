// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace parallax::import {

/** The outcome of turning a file's bytes into text. */
struct DecodeResult
{
    bool ok = false;
    QString text;          ///< the decoded text, without a byte-order mark
    QString encoding;      ///< e.g. "UTF-8", "UTF-16LE"
    QString error;         ///< why decoding failed, for the user
    qint64 errorOffset = -1; ///< byte offset of the first offending byte, when known
};

/**
 * Decodes bytes to text. A byte-order mark decides; otherwise the bytes must be valid UTF-8
 * (or the declared encoding, when one is given and decodes cleanly). Binary data (NUL bytes
 * without a UTF-16 mark) and empty input are refused with a reason.
 */
DecodeResult decode(const QByteArray &bytes, const QString &declaredEncoding = {});

/** The byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8. */
qint64 firstInvalidUtf8(const QByteArray &bytes);

} // namespace parallax::import
