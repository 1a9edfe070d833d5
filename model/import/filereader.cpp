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

// Whether a file may be a multi-record file or archive, and so may be larger than one article.
bool mayHoldRecords(const QString &path, const QByteArray &head)
{
    if (isCompressed(head))
        return true;
    const QByteArray t = head.trimmed();
    if (t.startsWith('{') || t.startsWith('['))
        return true;
    return hasSuffix(path, {".csv"_L1, ".tsv"_L1, ".json"_L1, ".jsonl"_L1, ".ndjson"_L1, ".gz"_L1, ".zip"_L1});
}

QString firstLine(const QString &text)
{
    const qsizetype nl = text.indexOf(u'\n');
    return (nl < 0 ? text : text.left(nl)).trimmed();
}

FileResult readArchive(const QString &path, const QByteArray &bytes, const ReadOptions &options, int depth)
{
    FileResult r;
    if (depth > 2) {
        r.problems.append({path, u"archives nested more than two deep are not opened"_s});
        return r;
    }
    const ArchiveContents contents = extract(bytes, path, kMaxRecordFileBytes, kMaxRecordFileBytes);
    for (const ArchiveEntry &e : contents.entries) {
        const QString inner = u"%1!/%2"_s.arg(path, e.name);
        if (!e.error.isEmpty()) {
            r.problems.append({inner, e.error});
            continue;
        }
        FileResult sub = isCompressed(e.bytes) ? readArchive(inner, e.bytes, options, depth + 1)
                                               : readBytes(inner, e.bytes, options);
        r.articles += std::move(sub.articles);
        r.problems += std::move(sub.problems);
    }
    if (!contents.error.isEmpty())
        r.problems.append({path, contents.error});
    else if (contents.entries.isEmpty())
        r.problems.append({path, u"the archive holds no files"_s});
    return r;
}

} // namespace

FileResult readFile(const QString &path, const ReadOptions &options)
{
    FileResult r;
    const QFileInfo info(path);
    if (!info.exists()) {
        r.problems.append({path, info.isSymLink()
                                     ? u"the file cannot be read: it links to %1, which does not exist"_s.arg(
                                           info.symLinkTarget())
                                     : u"the file does not exist"_s});
        return r;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.problems.append({path, u"the file cannot be read: %1"_s.arg(f.errorString())});
        return r;
    }
    const qint64 limit = mayHoldRecords(path, f.peek(64)) ? kMaxRecordFileBytes : kMaxArticleFileBytes;
    if (info.size() > limit) {
        r.problems.append({path, u"the file is too large for %1 (%2; the limit is %3)"_s.arg(
                                     limit == kMaxArticleFileBytes ? u"one article"_s : u"import"_s,
                                     QLocale::c().formattedDataSize(info.size()),
                                     QLocale::c().formattedDataSize(limit))});
        return r;
    }
    return readBytes(path, f.readAll(), options);
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
    FileResult r;
    if (isCompressed(bytes))
        return readArchive(path, bytes, options, 0);

    const QString declared = options.encoding.isEmpty()
        ? (options.declaredEncoding.isEmpty() ? declaredCharset(bytes) : options.declaredEncoding)
        : options.encoding;
    const DecodeResult decoded = decode(bytes, declared, options.encoding.isEmpty() ? Declaration::Document
                                                                                    : Declaration::User);
    if (!decoded.ok) {
        r.problems.append({path, decoded.error, decoded.errorOffset});
        return r;
    }
    if (!decoded.warning.isEmpty())
        r.problems.append({path, decoded.warning, -1, true});
    if (decoded.text.trimmed().isEmpty()) {
        r.problems.append({path, u"the file holds only white space"_s});
        return r;
    }
    const Format format = sniffFormat(decoded.text, path, options);
    switch (format) {
    case Format::Json:
    case Format::Delimited: {
        FileResult records = format == Format::Json
            ? readJson(path, decoded.text, options)
            : readDelimited(path, decoded.text, sniffDelimiter(firstLine(decoded.text)), options);
        // A text article that merely starts with "[" or "{" is still an article.
        const bool notRecords = records.articles.isEmpty() && !hasSuffix(path, {".json"_L1, ".jsonl"_L1, ".ndjson"_L1})
            && format == Format::Json && records.problems.size() <= 1;
        if (!notRecords) {
            for (Article &a : records.articles)
                a.encoding = decoded.encoding;
            r.problems += records.problems;
            r.articles = std::move(records.articles);
            if (r.articles.isEmpty() && r.problems.isEmpty())
                r.problems.append({path, u"the file holds no records"_s});
            return r;
        }
        break;
    }
    case Format::Html:
    case Format::PlainText:
    case Format::Archive:
        break;
    }
    const bool html = format == Format::Html;
    Article a = html ? readHtml(decoded.text, path) : readPlainText(decoded.text, path);
    a.encoding = decoded.encoding;
    if (a.body.isEmpty()) {
        r.problems.append({path, html ? u"no article text was found in the page (only navigation and boilerplate)"_s
                                      : u"no article text was found after the header"_s});
        return r;
    }
    r.articles.append(std::move(a));
    return r;
}

} // namespace parallax::import
