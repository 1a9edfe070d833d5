// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decoder.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>

#include <uchardet.h>

#include <memory>

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

QString encodingSourceName(EncodingSource s)
{
    switch (s) {
    case EncodingSource::Bom: return u"bom"_s;
    case EncodingSource::Declared: return u"declared"_s;
    case EncodingSource::User: return u"user"_s;
    case EncodingSource::Utf8: return u"utf-8"_s;
    case EncodingSource::Detected: return u"detected"_s;
    case EncodingSource::None: break;
    }
    return u"none"_s;
}

namespace {

// A character that stands for bytes the decoder could not map: ICU's substitutes (U+FFFD,
// U+001A) and control characters no news text holds (C0 except white space, and C1, which
// single-byte decoders produce for the bytes their code page leaves undefined).
bool isUndecodable(char16_t c)
{
    if (c == 0xFFFD || (c >= 0x80 && c <= 0x9F))
        return true;
    return c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f' && c != u'\v';
}

bool hasUndecodable(QStringView text)
{
    for (QChar c : text) {
        if (isUndecodable(c.unicode()))
            return true;
    }
    return false;
}

// Where decoding with `encoding` first goes wrong: found chunk by chunk, then byte by byte with a
// stateful decoder, so a multi-byte sequence is reported at its first byte.
qint64 firstUndecodable(const QByteArray &bytes, const QByteArray &encoding)
{
    constexpr qsizetype chunk = 4096;
    qsizetype badChunk = -1;
    {
        QStringDecoder d(encoding.constData());
        for (qsizetype at = 0; at < bytes.size(); at += chunk) {
            const QString out = d.decode(QByteArrayView(bytes).sliced(at, std::min(chunk, bytes.size() - at)));
            if (d.hasError() || hasUndecodable(out)) {
                badChunk = at;
                break;
            }
        }
    }
    if (badChunk < 0)
        return -1;
    QStringDecoder d(encoding.constData());
    (void)d.decode(QByteArrayView(bytes).first(badChunk));
    qsizetype pendingStart = -1;
    for (qsizetype i = badChunk; i < bytes.size(); ++i) {
        const QString out = d.decode(QByteArrayView(bytes).sliced(i, 1));
        if (d.hasError() || hasUndecodable(out))
            return pendingStart >= 0 ? pendingStart : i;
        pendingStart = out.isEmpty() ? (pendingStart >= 0 ? pendingStart : i) : -1;
    }
    return badChunk;
}

// Names as the user reads them, for the aliases met in news archives.
QString canonicalName(const QString &name)
{
    static const QHash<QString, QString> names = {
        {u"UTF8"_s, u"UTF-8"_s},          {u"UTF-8"_s, u"UTF-8"_s},
        {u"SHIFT_JIS"_s, u"Shift_JIS"_s}, {u"SHIFT-JIS"_s, u"Shift_JIS"_s},
        {u"SJIS"_s, u"Shift_JIS"_s},      {u"X-SJIS"_s, u"Shift_JIS"_s},
        {u"CP932"_s, u"CP932"_s},         {u"MS932"_s, u"CP932"_s},
        {u"WINDOWS-31J"_s, u"CP932"_s},   {u"EUC-JP"_s, u"EUC-JP"_s},
        {u"EUCJP"_s, u"EUC-JP"_s},        {u"ISO-2022-JP"_s, u"ISO-2022-JP"_s},
        {u"WINDOWS-1251"_s, u"windows-1251"_s}, {u"CP1251"_s, u"windows-1251"_s},
        {u"KOI8-R"_s, u"KOI8-R"_s},       {u"KOI8R"_s, u"KOI8-R"_s},
        {u"IBM866"_s, u"IBM866"_s},       {u"CP866"_s, u"IBM866"_s},
        {u"ISO-8859-5"_s, u"ISO-8859-5"_s}, {u"MAC-CYRILLIC"_s, u"x-mac-cyrillic"_s},
        {u"UTF-16LE"_s, u"UTF-16LE"_s},   {u"UTF-16BE"_s, u"UTF-16BE"_s},
        {u"EUC-KR"_s, u"EUC-KR"_s},       {u"GB18030"_s, u"GB18030"_s},
        {u"BIG5"_s, u"Big5"_s},
    };
    return names.value(name.trimmed().toUpper(), name.trimmed());
}

// Shift_JIS bytes that use the NEC and IBM rows of Microsoft's code page 932 (①, ㈱, 髙).
bool usesCp932Extensions(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const unsigned char c = p[i];
        if ((c >= 0x81 && c <= 0x9F) || (c >= 0xE0 && c <= 0xFC)) {
            if (c == 0x87 || c == 0xED || c == 0xEE || c >= 0xFA)
                return true;
            ++i;
        }
    }
    return false;
}

// UTF-16 without a byte-order mark: one byte of each pair is mostly zero (Latin text) or
// mostly a high byte of a Japanese, Cyrillic or CJK block.
QString guessUtf16(const QByteArray &bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return {};
    const qsizetype n = std::min<qsizetype>(bytes.size(), 8192);
    auto plausibleHigh = [](unsigned char h) {
        return h == 0x00 || h == 0x04 || h == 0x30 || h == 0x20 || h == 0xFF || (h >= 0x4E && h <= 0x9F);
    };
    int evenPlausible = 0, oddPlausible = 0, evenZero = 0, oddZero = 0;
    for (qsizetype i = 0; i + 1 < n; i += 2) {
        const auto e = static_cast<unsigned char>(bytes[i]);
        const auto o = static_cast<unsigned char>(bytes[i + 1]);
        evenPlausible += plausibleHigh(e);
        oddPlausible += plausibleHigh(o);
        evenZero += e == 0;
        oddZero += o == 0;
    }
    const int pairs = int(n / 2);
    if (oddPlausible > pairs * 9 / 10 && evenPlausible < pairs / 2 && oddZero >= evenZero)
        return u"UTF-16LE"_s;
    if (evenPlausible > pairs * 9 / 10 && oddPlausible < pairs / 2 && evenZero >= oddZero)
        return u"UTF-16BE"_s;
    return {};
}

// uchardet's guesses worth trusting: multi-byte encodings whose byte patterns are distinctive,
// and the Cyrillic code pages its language models tell apart. Western single-byte guesses are not
// taken: any byte string decodes in them, so a wrong guess would be silent mojibake.
bool trustedDetection(const QString &upperName)
{
    static const QStringList trusted = {
        u"SHIFT_JIS"_s, u"EUC-JP"_s, u"ISO-2022-JP"_s, u"UTF-16"_s, u"UTF-16LE"_s, u"UTF-16BE"_s,
        u"EUC-KR"_s, u"GB18030"_s, u"BIG5"_s, u"EUC-TW"_s};
    return trusted.contains(upperName);
}

DecodeResult fromBom(const QByteArray &bytes, qsizetype skip, QStringConverter::Encoding enc, const QString &name)
{
    DecodeResult r;
    QStringDecoder decoder(enc, QStringConverter::Flag::Stateless);
    r.text = decoder.decode(QByteArrayView(bytes).sliced(skip));
    if (decoder.hasError()) {
        r.error = u"the text is not valid %1"_s.arg(name);
        if (name == u"UTF-8"_s)
            r.errorOffset = firstInvalidUtf8(bytes.sliced(skip)) + skip;
        return r;
    }
    r.ok = true;
    r.encoding = name;
    r.source = EncodingSource::Bom;
    return r;
}

// The single-byte Cyrillic code pages. Each maps (nearly) every byte to something, so which one
// a text is in is decided by how Russian the result reads: letters of the Russian alphabet,
// mostly lower case, and few other characters above ASCII.
const QStringList &cyrillicCodePages()
{
    static const QStringList pages = {u"windows-1251"_s, u"KOI8-R"_s, u"IBM866"_s, u"ISO-8859-5"_s,
                                      u"x-mac-cyrillic"_s};
    return pages;
}

bool isCyrillicGuess(const QString &upperName)
{
    static const QStringList guesses = {u"WINDOWS-1251"_s, u"KOI8-R"_s, u"IBM866"_s, u"ISO-8859-5"_s,
                                        u"MAC-CYRILLIC"_s, u"IBM855"_s};
    return guesses.contains(upperName);
}

QString bestCyrillicCodePage(const QByteArray &bytes)
{
    QString best;
    double bestScore = -1e18;
    for (const QString &page : cyrillicCodePages()) {
        QStringDecoder d(page.toLatin1().constData(), QStringConverter::Flag::Stateless);
        const QString text = d.decode(bytes);
        double score = 0;
        for (QChar c : text) {
            const char16_t u = c.unicode();
            if (u < 0x80)
                continue;
            if ((u >= 0x0430 && u <= 0x044F) || u == 0x0451)
                score += 1.0;
            else if ((u >= 0x0410 && u <= 0x042F) || u == 0x0401)
                score += 0.3;
            else if (u != 0x00AB && u != 0x00BB && u != 0x2014 && u != 0x2013 && u != 0x2116)
                score -= 3.0; // « » — – № are at home in Russian text; box drawing and symbols are not
        }
        if (score > bestScore) {
            bestScore = score;
            best = page;
        }
    }
    return best;
}

// The name ICU knows an encoding by: its Shift_JIS converter includes the code page 932 rows,
// which windows-31j names.
QByteArray icuNameOf(const QString &canonical)
{
    return (canonical == u"CP932"_s ? u"windows-31j"_s : canonical).toLatin1();
}

bool isWesternSingleByte(const QString &name)
{
    static const QStringList western = {u"ISO-8859-1"_s, u"LATIN1"_s, u"WINDOWS-1252"_s, u"CP1252"_s,
                                        u"US-ASCII"_s, u"ASCII"_s, u"ISO-8859-15"_s};
    return western.contains(name.toUpper());
}

} // namespace

DecodeResult decodeAs(const QByteArray &bytes, const QString &encoding)
{
    DecodeResult r;
    const QString name = canonicalName(encoding);
    if (name == u"UTF-8"_s) {
        const qint64 bad = firstInvalidUtf8(bytes);
        if (bad >= 0) {
            r.error = u"the text is not valid UTF-8 (first invalid byte at offset %1)"_s.arg(bad);
            r.errorOffset = bad;
            return r;
        }
        r.ok = true;
        r.text = QString::fromUtf8(bytes);
        r.encoding = name;
        return r;
    }
    // The name records whether the code page 932 rows were met.
    const QByteArray icuName = icuNameOf(name);
    QStringDecoder decoder(icuName.constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid()) {
        r.error = u"unknown encoding \"%1\""_s.arg(encoding);
        return r;
    }
    QString text = decoder.decode(bytes);
    if (decoder.hasError() || hasUndecodable(text)) {
        r.errorOffset = firstUndecodable(bytes, icuName);
        r.error = u"the text is not valid %1 (first undecodable byte at offset %2)"_s.arg(name).arg(r.errorOffset);
        return r;
    }
    r.ok = true;
    r.text = std::move(text);
    r.encoding = (name == u"Shift_JIS"_s && usesCp932Extensions(bytes)) ? u"CP932"_s : name;
    return r;
}

bool isKnownEncoding(const QString &name)
{
    const QString n = canonicalName(name);
    if (n == u"UTF-8"_s || n == u"CP932"_s)
        return true;
    return QStringDecoder(n.toLatin1().constData()).isValid();
}

QString declaredCharset(const QByteArray &bytes)
{
    static const QRegularExpression xml(uR"(\A\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_.:\-]+))"_s);
    static const QRegularExpression meta(
        uR"(<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+))"_s,
        QRegularExpression::CaseInsensitiveOption);
    // The declaration is ASCII in every encoding we accept (ISO-2022-JP included).
    const QString head = QString::fromLatin1(bytes.left(4096));
    if (const auto m = xml.match(head); m.hasMatch())
        return m.captured(1);
    if (const auto m = meta.match(head); m.hasMatch())
        return m.captured(1);
    return {};
}

QString detectCharset(const QByteArray &bytes)
{
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> u(uchardet_new(), &uchardet_delete);
    if (uchardet_handle_data(u.get(), bytes.constData(), size_t(std::min<qsizetype>(bytes.size(), 1 << 20))) != 0)
        return {};
    uchardet_data_end(u.get());
    return QString::fromLatin1(uchardet_get_charset(u.get())).toUpper();
}

DecodeResult decode(const QByteArray &bytes, const QString &declaredEncoding, Declaration declaredBy)
{
    DecodeResult r;
    if (bytes.isEmpty()) {
        r.error = u"the file is empty"_s;
        return r;
    }
    if (declaredBy == Declaration::User && !declaredEncoding.isEmpty()) {
        // The user's choice wins over a byte-order mark of another encoding (a file that says
        // UTF-8 and is not): the mark is not text, and the rest is read as chosen.
        const qsizetype bom = bytes.startsWith("\xEF\xBB\xBF") ? 3 : bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF") ? 2 : 0;
        const QString marked = bom == 3 ? u"UTF-8"_s : bytes.startsWith("\xFF\xFE") ? u"UTF-16LE"_s : u"UTF-16BE"_s;
        if (bom > 0 && canonicalName(declaredEncoding) != marked) {
            DecodeResult d = decodeAs(bytes.sliced(bom), declaredEncoding);
            if (d.ok) {
                d.source = EncodingSource::User;
            } else if (d.errorOffset >= 0) {
                d.errorOffset += bom;
                d.error = u"the text is not valid %1 (first undecodable byte at offset %2)"_s
                              .arg(canonicalName(declaredEncoding))
                              .arg(d.errorOffset);
            }
            return d;
        }
    }
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return fromBom(bytes, 3, QStringConverter::Utf8, u"UTF-8"_s);
    if (bytes.startsWith("\xFF\xFE"))
        return fromBom(bytes, 2, QStringConverter::Utf16LE, u"UTF-16LE"_s);
    if (bytes.startsWith("\xFE\xFF"))
        return fromBom(bytes, 2, QStringConverter::Utf16BE, u"UTF-16BE"_s);

    const QString utf16 = guessUtf16(bytes);
    if (!utf16.isEmpty()) {
        DecodeResult u = decodeAs(bytes, utf16);
        if (u.ok) {
            u.source = EncodingSource::Detected;
            return u;
        }
    }
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        r.error = u"binary data, not text (a NUL byte)"_s;
        r.errorOffset = nul;
        return r;
    }

    const qint64 badUtf8 = firstInvalidUtf8(bytes);
    QString warning;
    if (!declaredEncoding.isEmpty()) {
        const bool userChoice = declaredBy == Declaration::User;
        // Pages that declare Latin-1 but hold valid multi-byte UTF-8 are UTF-8 saved by a tool
        // that kept the old header; decoding them as declared would be mojibake.
        const bool utf8Disguised = !userChoice && badUtf8 < 0 && isWesternSingleByte(declaredEncoding)
            && std::any_of(bytes.cbegin(), bytes.cend(), [](char c) { return (c & 0x80) != 0; });
        if (!utf8Disguised) {
            DecodeResult d = decodeAs(bytes, declaredEncoding);
            if (d.ok) {
                d.source = userChoice ? EncodingSource::User : EncodingSource::Declared;
                return d;
            }
            if (userChoice)
                return d;
            warning = u"the declared charset \"%1\" does not fit the bytes (%2); detected instead"_s
                          .arg(declaredEncoding, d.error);
        } else {
            warning = u"the declared charset \"%1\" ignored: the bytes are UTF-8"_s.arg(declaredEncoding);
        }
    }

    // Valid UTF-8, unless it is 7-bit ISO-2022-JP, whose escape sequences are valid ASCII.
    const bool iso2022 = bytes.contains("\x1B$B") || bytes.contains("\x1B$@") || bytes.contains("\x1B(J");
    if (badUtf8 < 0 && !iso2022) {
        r.ok = true;
        r.encoding = u"UTF-8"_s;
        r.source = EncodingSource::Utf8;
        r.text = QString::fromUtf8(bytes);
        r.warning = warning;
        return r;
    }

    const QString guess = iso2022 ? u"ISO-2022-JP"_s : detectCharset(bytes);
    if (isCyrillicGuess(guess) || trustedDetection(guess)) {
        const QString candidate = isCyrillicGuess(guess) ? bestCyrillicCodePage(bytes)
            : guess == u"UTF-16"_s                       ? u"UTF-16LE"_s
                                                         : guess;
        DecodeResult d = decodeAs(bytes, candidate);
        if (d.ok) {
            d.source = EncodingSource::Detected;
            d.warning = warning;
            return d;
        }
        d.error = u"the text looks like %1 but is not valid in it (first undecodable byte at offset %2)"_s
                      .arg(canonicalName(candidate)).arg(d.errorOffset);
        return d;
    }
    r.errorOffset = badUtf8;
    r.error = u"the text is not valid UTF-8 (first invalid byte at offset %1) and its encoding is not "
              "recognised%2; choose the encoding to use"_s
                  .arg(badUtf8)
                  .arg(guess.isEmpty() ? QString() : u" (it might be %1)"_s.arg(guess));
    return r;
}

qsizetype bomLength(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return 3;
    return bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF") ? 2 : 0;
}

DecodeResult decodeHead(const QByteArray &head, bool whole, const QString &declaredEncoding, Declaration declaredBy)
{
    if (whole)
        return decode(head, declaredEncoding, declaredBy);
    const qsizetype bom = bomLength(head);
    qsizetype cut = head.lastIndexOf('\n') + 1;
    if (cut > 0 && cut < head.size() && head[cut] == '\0' && (cut - bom) % 2 == 1)
        ++cut; // the second byte of a UTF-16LE line break
    if (cut <= bom) {
        // No line break: after the last byte below '0', which no multi-byte encoding uses inside a character.
        for (qsizetype i = head.size() - 1; i >= bom && cut <= bom; --i) {
            if (static_cast<unsigned char>(head[i]) < 0x30)
                cut = i + 1;
        }
    }
    if (bom == 2)
        cut = bom + (cut - bom) / 2 * 2;
    return decode(cut > bom ? head.first(cut) : head, declaredEncoding, declaredBy);
}

PieceDecoder::PieceDecoder(const QString &encoding, EncodingSource source, qint64 start)
    : m_encoding(canonicalName(encoding))
    , m_source(source)
    , m_offset(start)
{
    static const QStringList singleByte = {u"windows-1250"_s, u"windows-1251"_s, u"windows-1252"_s,
                                           u"windows-1253"_s, u"windows-1254"_s, u"windows-1257"_s,
                                           u"KOI8-R"_s, u"KOI8-U"_s, u"IBM866"_s, u"x-mac-cyrillic"_s,
                                           u"US-ASCII"_s, u"LATIN1"_s};
    if (m_encoding == u"UTF-8"_s)
        m_kind = Kind::Utf8;
    else if (m_encoding == u"UTF-16LE"_s)
        m_kind = Kind::Utf16LE;
    else if (m_encoding == u"UTF-16BE"_s)
        m_kind = Kind::Utf16BE;
    else if (singleByte.contains(m_encoding, Qt::CaseInsensitive) || m_encoding.startsWith(u"ISO-8859"_s, Qt::CaseInsensitive))
        m_kind = Kind::SingleByte;
    else if (m_encoding.contains(u"2022"_s) || m_encoding.compare(u"UTF-7"_s, Qt::CaseInsensitive) == 0)
        m_kind = Kind::Stateful;
    else
        m_kind = Kind::MultiByte;
}

qsizetype PieceDecoder::safeCut(QByteArrayView bytes) const
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    switch (m_kind) {
    case Kind::SingleByte:
        return n;
    case Kind::Utf8:
        // Back to the lead byte of the last character; keep it back when its sequence is incomplete.
        for (qsizetype i = n - 1; i >= 0 && i >= n - 4; --i) {
            if ((p[i] & 0xC0) == 0x80)
                continue;
            const qsizetype length = p[i] < 0x80 ? 1 : (p[i] & 0xE0) == 0xC0 ? 2 : (p[i] & 0xF0) == 0xE0 ? 3 : 4;
            return i + length <= n ? n : i;
        }
        return n;
    case Kind::Utf16LE:
    case Kind::Utf16BE: {
        qsizetype cut = n / 2 * 2;
        if (cut >= 2) {
            const unsigned unit = m_kind == Kind::Utf16LE ? p[cut - 2] | (p[cut - 1] << 8) : (p[cut - 2] << 8) | p[cut - 1];
            if (unit >= 0xD800 && unit <= 0xDBFF)
                cut -= 2; // a high surrogate waits for its pair
        }
        return cut;
    }
    case Kind::MultiByte:
        // Bytes below '0' are never inside a character of Shift_JIS, EUC, GB18030 or Big5.
        for (qsizetype i = n - 1; i >= 0; --i) {
            if (p[i] < 0x30)
                return i + 1;
        }
        return 0;
    case Kind::Stateful:
        // Lines of ISO-2022-JP end in ASCII mode, so a line starts decoding afresh.
        return bytes.lastIndexOf('\n') + 1;
    }
    return n;
}

PieceDecoder::Piece PieceDecoder::feed(QByteArrayView bytes, bool last)
{
    m_pending.append(bytes);
    const qsizetype cut = last ? m_pending.size() : safeCut(m_pending);
    Piece piece;
    piece.byteStart = piece.byteEnd = m_offset;
    if (cut == 0)
        return piece;
    const QByteArray chunk = m_pending.first(cut);
    m_pending.remove(0, cut);
    m_offset += cut;
    piece.byteEnd = m_offset;
    qint64 bad = -1;
    if (m_source == EncodingSource::Bom && (m_kind == Kind::Utf16LE || m_kind == Kind::Utf16BE)) {
        // As decode() reads a file with a UTF-16 byte-order mark: only invalid sequences are errors.
        QStringDecoder d(m_kind == Kind::Utf16LE ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                         QStringConverter::Flag::Stateless);
        piece.text = d.decode(chunk);
        if (d.hasError()) {
            const qsizetype at = piece.text.indexOf(QChar(QChar::ReplacementCharacter));
            bad = at >= 0 ? 2 * at : 0;
        }
    } else {
        DecodeResult d = decodeAs(chunk, m_encoding);
        piece.text = std::move(d.text);
        bad = d.ok ? -1 : std::max<qint64>(d.errorOffset, 0);
    }
    if (bad >= 0) {
        piece.ok = false;
        piece.errorOffset = piece.byteStart + bad;
        piece.error = u"the text is not valid %1 (first undecodable byte at offset %2)"_s.arg(m_encoding).arg(piece.errorOffset);
        piece.text = bad > 0 ? decodeAs(chunk.first(bad), m_encoding).text : QString();
    }
    return piece;
}

qint64 PieceDecoder::byteLength(QStringView text) const
{
    switch (m_kind) {
    case Kind::SingleByte:
        return text.size();
    case Kind::Utf16LE:
    case Kind::Utf16BE:
        return 2 * text.size();
    case Kind::Utf8: {
        qint64 n = 0;
        for (QChar c : text) {
            const char16_t u = c.unicode();
            n += u < 0x80 ? 1 : u < 0x800 ? 2 : c.isSurrogate() ? 2 : 3; // a surrogate pair is 4 bytes
        }
        return n;
    }
    case Kind::MultiByte:
    case Kind::Stateful:
        break;
    }
    QStringEncoder encoder(icuNameOf(m_encoding).constData(), QStringConverter::Flag::Stateless);
    return QByteArray(encoder.encode(text)).size();
}

} // namespace parallax::import
