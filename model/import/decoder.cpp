// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decoder.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace parallax::import {

qint64 firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qint64 n = bytes.size();
    qint64 i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are invalid.
        if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000)
            || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return i;
        i += extra + 1;
    }
    return -1;
}

namespace {

DecodeResult decodeWith(const QByteArray &bytes, qsizetype skip, QStringConverter::Encoding enc,
                        const QString &name)
{
    DecodeResult r;
    QStringDecoder decoder(enc, QStringConverter::Flag::Stateless);
    r.text = decoder.decode(QByteArrayView(bytes).sliced(skip));
    if (decoder.hasError()) {
        r.error = u"the text is not valid %1"_s.arg(name);
        return r;
    }
    r.ok = true;
    r.encoding = name;
    return r;
}

} // namespace

DecodeResult decode(const QByteArray &bytes, const QString &declaredEncoding)
{
    DecodeResult r;
    if (bytes.isEmpty()) {
        r.error = u"the file is empty"_s;
        return r;
    }
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return decodeWith(bytes, 3, QStringConverter::Utf8, u"UTF-8"_s);
    if (bytes.startsWith("\xFF\xFE"))
        return decodeWith(bytes, 2, QStringConverter::Utf16LE, u"UTF-16LE"_s);
    if (bytes.startsWith("\xFE\xFF"))
        return decodeWith(bytes, 2, QStringConverter::Utf16BE, u"UTF-16BE"_s);

    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        r.error = u"binary data, not text (a NUL byte at byte offset %1)"_s.arg(nul);
        r.errorOffset = nul;
        return r;
    }
    if (!declaredEncoding.isEmpty()) {
        QStringDecoder decoder(declaredEncoding.toLatin1().constData(), QStringConverter::Flag::Stateless);
        if (decoder.isValid()) {
            QString text = decoder.decode(bytes);
            if (!decoder.hasError()) {
                r.ok = true;
                r.text = text;
                r.encoding = declaredEncoding;
                return r;
            }
        }
    }
    const qint64 bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
        r.error = u"the text is not valid UTF-8 (first invalid byte at offset %1)"_s.arg(bad);
        r.errorOffset = bad;
        return r;
    }
    r.ok = true;
    r.encoding = u"UTF-8"_s;
    r.text = QString::fromUtf8(bytes);
    return r;
}

} // namespace parallax::import
