// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filereader.h"

#include "import/archive.h"
#include "import/csv.h"
#include "import/decoder.h"
#include "import/html.h"
#include "import/records.h"
#include "import/textreader.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace parallax::import {

namespace {

bool hasSuffix(const QString &path, std::initializer_list<QLatin1StringView> suffixes)
{
    for (QLatin1StringView s : suffixes) {
        if (path.endsWith(s, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString firstLine(const QString &text)
{
    const qsizetype nl = text.indexOf(u'\n');
    return (nl < 0 ? text : text.left(nl)).trimmed();
}

QString tooLarge(const QString &what, qint64 size, qint64 limit)
{
    return u"the file is too large for %1 (%2; the limit is %3)"_s.arg(what, QLocale::c().formattedDataSize(size),
                                                                       QLocale::c().formattedDataSize(limit));
}

// Where the bytes of a file come from: the file on disk, a gzip stream, or memory.
struct Source
{
    std::function<qint64(char *, qint64)> read; ///< bytes read, 0 at the end, -1 on an error
    std::function<qint64()> position;           ///< how much of the stored file is read (for progress)
    std::function<bool()> rewind;               ///< back to the start; false when it cannot
    std::function<QString()> error;
    qint64 size = -1; ///< of the stored file, when known
};

Source fileSource(QFile &f)
{
    return {[&f](char *data, qint64 max) { return f.read(data, max); }, [&f] { return f.pos(); },
            [&f] { return f.seek(0); }, [&f] { return f.errorString(); }, f.size()};
}

Source memorySource(const QByteArray &bytes)
{
    auto at = std::make_shared<qint64>(0);
    return {[&bytes, at](char *data, qint64 max) {
                const qint64 n = std::min(max, bytes.size() - *at);
                memcpy(data, bytes.constData() + *at, size_t(n));
                *at += n;
                return n;
            },
            [at] { return *at; }, [at] { *at = 0; return true; }, [] { return QString(); }, bytes.size()};
}

// Up to `max` bytes (all of them for a negative max); false on a read error.
bool readUpTo(Source &src, qint64 max, QByteArray *out, bool *atEnd)
{
    constexpr qint64 step = 1 << 20;
    *atEnd = false;
    while (max < 0 || out->size() < max) {
        const qint64 want = max < 0 ? step : std::min(step, max - out->size());
        const qsizetype had = out->size();
        out->resize(had + want);
        const qint64 got = src.read(out->data() + had, want);
        out->resize(had + std::max<qint64>(got, 0));
        if (got < 0)
            return false;
        if (got == 0) {
            *atEnd = true;
            break;
        }
    }
    return true;
}

// Hands results on to the sink, and keeps the reader's statistics.
struct Output
{
    const PieceSink &sink;
    ReadStats &stats;
    std::function<qint64()> position = [] { return qint64(0); };
    /// The bytes decoded of a record file, which is read ahead of them (-1: progress by the position).
    qint64 decoded = -1;
    bool inArchive = false; ///< reading a member of an archive held in memory
    bool stopped = false;

    bool hand(FileResult &&r)
    {
        if (stopped || (r.articles.isEmpty() && r.problems.isEmpty()))
            return !stopped;
        ++stats.pieces;
        stopped = !sink(r, decoded >= 0 ? std::min(decoded, position()) : position());
        return !stopped;
    }
    bool problem(Problem p)
    {
        FileResult r;
        r.problems.append(std::move(p));
        return hand(std::move(r));
    }
    void held(qint64 bytes) { stats.largestHeld = std::max(stats.largestHeld, bytes); }
};

void readSource(const QString &path, Source &src, const ReadOptions &options, Output &out, int depth);

void readArchive(const QString &path, const QByteArray &bytes, const ReadOptions &options, Output &out, int depth)
{
    if (depth > 2) {
        out.problem({path, u"archives nested more than two deep are not opened"_s});
        return;
    }
    const ArchiveContents contents = extract(bytes, path, kMaxRecordFileBytes, kMaxRecordFileBytes);
    out.inArchive = true; // progress: the archive is read
    for (const ArchiveEntry &e : contents.entries) {
        const QString inner = u"%1!/%2"_s.arg(path, e.name);
        if (!e.error.isEmpty()) {
            out.problem({inner, e.error});
            continue;
        }
        Source entry = memorySource(e.bytes);
        readSource(inner, entry, options, out, depth + 1);
        if (out.stopped)
            return;
    }
    if (!contents.error.isEmpty())
        out.problem({path, contents.error});
    else if (contents.entries.isEmpty())
        out.problem({path, u"the archive holds no files"_s});
}

// One article from the whole text of a file.
void readArticle(const QString &path, const DecodeResult &decoded, Format format, Output &out)
{
    if (decoded.text.trimmed().isEmpty()) {
        out.problem({path, u"the file holds only white space"_s});
        return;
    }
    const bool html = format == Format::Html;
    Article a = html ? readHtml(decoded.text, path) : readPlainText(decoded.text, path);
    a.encoding = decoded.encoding;
    if (a.body.isEmpty()) {
        out.problem({path, html ? u"no article text was found in the page (only navigation and boilerplate)"_s
                                : u"no article text was found after the header"_s});
        return;
    }
    FileResult r;
    r.articles.append(std::move(a));
    out.hand(std::move(r));
}

// The records of a file, piece by piece. False when the file turned out not to be records (a
// text article that merely starts with "[" or "{"), and nothing has been handed on.
bool readRecords(const QString &path, Source &src, QByteArray &head, DecodeResult &decoded, Format format,
                 const ReadOptions &options, Output &out)
{
    const qsizetype bom = bomLength(head);
    PieceDecoder decoder(decoded.encoding, decoded.source, bom);
    const QString text = decoded.text.trimmed();
    RecordReader::Kind kind = format == Format::Delimited ? RecordReader::Kind::Delimited
        : text.startsWith(u'[')                           ? RecordReader::Kind::JsonArray
                                                          : RecordReader::Kind::JsonLines;
    RecordReader reader(kind, path, options, format == Format::Delimited ? sniffDelimiter(firstLine(decoded.text)) : QChar(),
                        bom, [&decoder](QStringView t) { return decoder.byteLength(t); });
    const QString encoding = decoded.encoding;
    decoded.text.clear();

    // Until a record file shows records (or more than one problem), what it gives is held back.
    bool decided = format == Format::Delimited || hasSuffix(path, {".json"_L1, ".jsonl"_L1, ".ndjson"_L1});
    FileResult held;
    bool anything = false;
    auto deliver = [&](FileResult &&r) {
        for (Article &a : r.articles)
            a.encoding = encoding;
        anything = anything || !r.articles.isEmpty() || !r.problems.isEmpty();
        if (decided)
            return out.hand(std::move(r));
        held.articles += std::move(r.articles);
        held.problems += std::move(r.problems);
        if (held.articles.isEmpty() && held.problems.size() <= 1)
            return true;
        decided = true;
        return out.hand(std::exchange(held, {}));
    };
    auto feed = [&](QByteArrayView bytes, bool last) {
        const qint64 before = reader.heldChars();
        PieceDecoder::Piece piece = decoder.feed(bytes, last);
        out.held(head.size() + bytes.size() + decoder.heldBytes() + 2 * (before + 2 * piece.text.size()));
        reader.append(piece.text);
        if (!out.inArchive)
            out.decoded = piece.byteEnd;
        if (!piece.ok) {
            reader.finish(true);
            FileResult r = reader.take();
            r.problems.append({path, piece.error + u"; the rest of the file is not read"_s, piece.errorOffset});
            deliver(std::move(r));
            return false;
        }
        if (last)
            reader.finish();
        return deliver(reader.take()) && !reader.stopped();
    };

    // The head first, in pieces as the rest will come.
    const qint64 pieceBytes = options.pieceBytes > 0 ? options.pieceBytes : std::max<qint64>(head.size(), 1);
    bool more = true;
    for (qsizetype at = bom; at < head.size() && more; at += pieceBytes)
        more = feed(QByteArrayView(head).sliced(at, std::min<qint64>(pieceBytes, head.size() - at)), false);
    head = QByteArray();
    QByteArray piece;
    while (more) {
        piece.clear();
        bool atEnd = false;
        if (!readUpTo(src, options.pieceBytes > 0 ? options.pieceBytes : -1, &piece, &atEnd)) {
            reader.finish(true);
            FileResult r = reader.take();
            r.problems.append({path, u"the file cannot be read: %1"_s.arg(src.error()), out.position()});
            deliver(std::move(r));
            break;
        }
        more = feed(piece, atEnd) && !atEnd;
    }
    if (!decided) {
        const bool notRecords = held.articles.isEmpty() && format == Format::Json && held.problems.size() <= 1;
        if (notRecords)
            return false;
        out.hand(std::exchange(held, {}));
    }
    if (!anything)
        out.problem({path, u"the file holds no records"_s});
    return true;
}

void readSource(const QString &path, Source &src, const ReadOptions &options, Output &out, int depth)
{
    QByteArray head;
    bool whole = false;
    if (!readUpTo(src, std::max<qint64>(options.headBytes, 64), &head, &whole)) {
        out.problem({path, u"the file cannot be read: %1"_s.arg(src.error())});
        return;
    }
    if (!whole) { // a file exactly as long as the head
        QByteArray next;
        if (!readUpTo(src, 1, &next, &whole)) {
            out.problem({path, u"the file cannot be read: %1"_s.arg(src.error())});
            return;
        }
        head += next;
    }
    if (isCompressed(head)) {
        if (!readUpTo(src, kMaxRecordFileBytes + 1 - head.size(), &head, &whole)) {
            out.problem({path, u"the file cannot be read: %1"_s.arg(src.error())});
            return;
        }
        if (!whole)
            out.problem({path, tooLarge(u"import"_s, src.position(), kMaxRecordFileBytes)});
        else
            readArchive(path, head, options, out, depth);
        return;
    }
    const QString declared = options.encoding.isEmpty()
        ? (options.declaredEncoding.isEmpty() ? declaredCharset(head) : options.declaredEncoding)
        : options.encoding;
    const Declaration declaredBy = options.encoding.isEmpty() ? Declaration::Document : Declaration::User;
    DecodeResult decoded = decodeHead(head, whole, declared, declaredBy);
    out.held(head.size() + 2 * decoded.text.size());
    if (!decoded.ok) {
        out.problem({path, decoded.error, decoded.errorOffset});
        return;
    }
    if (!decoded.warning.isEmpty() && !out.problem({path, decoded.warning, -1, true}))
        return;
    if (whole && decoded.text.trimmed().isEmpty()) {
        out.problem({path, u"the file holds only white space"_s});
        return;
    }
    Format format = sniffFormat(decoded.text, path, options);
    if (format == Format::Json && whole && !decoded.text.trimmed().startsWith(u'[')) {
        if (std::optional<FileResult> object = readJsonObject(path, decoded.text, options)) {
            for (Article &a : object->articles)
                a.encoding = decoded.encoding;
            out.hand(std::move(*object));
            return;
        }
    }
    if (format == Format::Json || format == Format::Delimited) {
        if (readRecords(path, src, head, decoded, format, options, out))
            return;
        // A text article that merely starts with "[" or "{": read again as one.
        format = Format::PlainText;
        whole = false;
        head.clear();
        if (!src.rewind()) {
            out.problem({path, u"not valid JSON, and the stream cannot be read again as text"_s});
            return;
        }
    }
    if (!whole) {
        if (!readUpTo(src, kMaxArticleFileBytes + 1 - head.size(), &head, &whole)) {
            out.problem({path, u"the file cannot be read: %1"_s.arg(src.error())});
            return;
        }
        if (!whole) {
            out.problem({path, tooLarge(u"one article"_s, src.size >= 0 ? src.size : src.position(), kMaxArticleFileBytes)});
            return;
        }
        decoded = decode(head, declared, declaredBy);
        if (!decoded.ok) {
            out.problem({path, decoded.error, decoded.errorOffset});
            return;
        }
    }
    readArticle(path, decoded, format, out);
}

FileResult collect(const std::function<ReadStats(const PieceSink &)> &read)
{
    FileResult all;
    read([&all](FileResult &piece, qint64) {
        all.articles += std::move(piece.articles);
        all.problems += std::move(piece.problems);
        return true;
    });
    return all;
}

} // namespace

ReadStats readFile(const QString &path, const ReadOptions &options, const PieceSink &sink)
{
    ReadStats stats;
    Output out{sink, stats};
    const QFileInfo info(path);
    if (!info.exists()) {
        out.problem({path, info.isSymLink()
                               ? u"the file cannot be read: it links to %1, which does not exist"_s.arg(info.symLinkTarget())
                               : u"the file does not exist"_s});
        return stats;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        out.problem({path, u"the file cannot be read: %1"_s.arg(f.errorString())});
        return stats;
    }
    if (f.peek(2) == "\x1F\x8B") {
        // A bare .gz is decompressed as it is read; an archive of files is opened in memory.
        CompressedStream gz(path);
        if (gz.isSingleStream()) {
            Source src{[&gz](char *data, qint64 max) { return gz.read(data, max); },
                       [&gz] { return gz.compressedBytesRead(); }, [] { return false; },
                       [&gz] { return gz.errorString(); }};
            out.position = src.position;
            readSource(u"%1!/%2"_s.arg(path, gz.memberName()), src, options, out, 1);
            return stats;
        }
    }
    if (info.size() > kMaxRecordFileBytes && (f.peek(2) == "\x1F\x8B" || f.peek(2) == "PK")) {
        out.problem({path, tooLarge(u"import"_s, info.size(), kMaxRecordFileBytes)});
        return stats;
    }
    Source src = fileSource(f);
    out.position = src.position;
    readSource(path, src, options, out, 0);
    return stats;
}

FileResult readFile(const QString &path, const ReadOptions &options)
{
    return collect([&](const PieceSink &sink) { return readFile(path, options, sink); });
}

Format sniffFormat(const QString &text, const QString &path, const ReadOptions &options)
{
    const QStringView head = QStringView(text).first(std::min<qsizetype>(text.size(), 4096)).trimmed();
    if (looksLikeHtml(head))
        return Format::Html;
    if (head.startsWith(u'{') || head.startsWith(u'['))
        return Format::Json;
    const QString line = firstLine(text);
    const QChar delimiter = sniffDelimiter(line);
    if (!delimiter.isNull()) {
        if (hasSuffix(path, {".csv"_L1, ".tsv"_L1}))
            return Format::Delimited;
        const QStringList columns = parseDelimited(line, delimiter).records.value(0).fields;
        if (columns.size() >= 2 && looksLikeRecordHeader(columns, options))
            return Format::Delimited;
    }
    return Format::PlainText;
}

FileResult readBytes(const QString &path, const QByteArray &bytes, const ReadOptions &options)
{
    return collect([&](const PieceSink &sink) {
        ReadStats stats;
        Output out{sink, stats};
        Source src = memorySource(bytes);
        out.position = src.position;
        readSource(path, src, options, out, 0);
        return stats;
    });
}

} // namespace parallax::import
