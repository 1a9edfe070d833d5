// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mixedcorpus.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

using namespace Qt::StringLiterals;

namespace parallax::bench {

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray encoded(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.isValid() ? QByteArray(encoder(text)) : text.toUtf8();
}

QByteArray gzipped(const QByteArray &bytes)
{
    QByteArray out(bytes.size() + 1024, Qt::Uninitialized);
    size_t used = 0;
    archive *a = archive_write_new();
    archive_write_add_filter_gzip(a);
    archive_write_set_format_raw(a);
    archive_write_open_memory(a, out.data(), size_t(out.size()), &used);
    archive_entry *e = archive_entry_new();
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_size(e, bytes.size());
    archive_write_header(a, e);
    archive_write_data(a, bytes.constData(), size_t(bytes.size()));
    archive_entry_free(e);
    archive_write_close(a);
    archive_write_free(a);
    out.truncate(qsizetype(used));
    return out;
}

QString csvField(const QString &s)
{
    QString q = s;
    q.replace(u"\""_s, u"\"\""_s);
    return u'"' + q + u'"';
}

QString html(const QJsonObject &r)
{
    QString body;
    for (const QString &p : r.value(u"text"_s).toString().split(u"\n\n"_s))
        body += u"<p>"_s + p.toHtmlEscaped() + u"</p>\n"_s;
    return u"<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">\n"
           "<title>%2 | %3</title>\n<meta property=\"og:site_name\" content=\"%3\">\n"
           "<meta property=\"article:published_time\" content=\"%4T09:00:00Z\">\n"
           "<script>var tracking = {page: 1};</script><style>nav { color: grey; }</style></head>\n"
           "<body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/asia\">Asia</a></nav>\n"
           "<article><h1>%2</h1>\n%5</article>\n"
           "<footer>© %3. All rights reserved. <a href=\"/privacy\">Privacy</a></footer></body></html>\n"_s
        .arg(r.value(u"language"_s).toString(), r.value(u"title"_s).toString().toHtmlEscaped(),
             r.value(u"outlet"_s).toString().toHtmlEscaped(), r.value(u"date"_s).toString(), body);
}

} // namespace

MixedCorpus writeMixedCorpus(const QString &folder, int articles, quint64 seed)
{
    MixedCorpus out;
    // Four in five articles as JSON Lines; the fifth is rewritten into the other formats.
    const int inOthers = articles / 5;
    out.corpus = generateCorpus(QDir(folder).filePath(u"records"_s), articles - inOthers, seed);
    QTemporaryDir temp;
    const GeneratedCorpus others = generateCorpus(temp.path(), inOthers, seed + 1);
    QList<QJsonObject> records;
    for (const QString &path : others.files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            if (!line.isEmpty())
                records.append(QJsonDocument::fromJson(line).object());
        }
    }

    const QString texts = QDir(folder).filePath(u"texts"_s);
    const QString pages = QDir(folder).filePath(u"pages"_s);
    const QString tables = QDir(folder).filePath(u"tables"_s);
    for (const QString &d : {texts, pages, tables})
        QDir().mkpath(d);
    QString manifest = u"file,outlet,country,date,language,encoding\n"_s;
    QString csv;
    QJsonArray array;
    QByteArray lines;
    int csvFiles = 0, arrayFiles = 0, gzFiles = 0;
    auto flush = [&](bool last) {
        if (!csv.isEmpty() && (last || csv.count(u'\n') >= 500)) {
            const QString path = QDir(tables).filePath(u"table-%1.csv"_s.arg(csvFiles++, 4, 10, QChar(u'0')));
            writeFile(path, (u"title,text,date,outlet,country,language,url\n"_s + csv).toUtf8());
            csv.clear();
        }
        if (!array.isEmpty() && (last || array.size() >= 200)) {
            const QString path = QDir(tables).filePath(u"array-%1.json"_s.arg(arrayFiles++, 4, 10, QChar(u'0')));
            writeFile(path, QJsonDocument(array).toJson(QJsonDocument::Indented));
            array = {};
        }
        if (!lines.isEmpty() && (last || lines.count('\n') >= 500)) {
            const QString path = QDir(tables).filePath(u"feed-%1.jsonl.gz"_s.arg(gzFiles++, 4, 10, QChar(u'0')));
            writeFile(path, gzipped(lines));
            lines.clear();
        }
    };
    int n = 0;
    for (const QJsonObject &r : std::as_const(records)) {
        const QString language = r.value(u"language"_s).toString();
        const QString title = r.value(u"title"_s).toString();
        const QString text = r.value(u"text"_s).toString();
        switch (n % 5) {
        case 0: { // a plain text file in the encoding its language's archives use
            const char *encoding = language == u"ja"_s ? (n % 2 ? "Shift_JIS" : "EUC-JP")
                : language == u"ru"_s                 ? (n % 2 ? "windows-1251" : "KOI8-R")
                                                      : (n % 10 == 5 ? "UTF-16" : "UTF-8");
            const QString name = u"text-%1.txt"_s.arg(n, 6, 10, QChar(u'0'));
            QByteArray bytes = encoded(title + u"\n\n"_s + text + u'\n', encoding);
            if (qstrcmp(encoding, "UTF-16") == 0)
                bytes.prepend("\xff\xfe", 2);
            writeFile(QDir(texts).filePath(name), bytes);
            manifest += u"%1,%2,%3,%4,%5,\n"_s.arg(name, csvField(r.value(u"outlet"_s).toString()),
                                                  r.value(u"country"_s).toString(), r.value(u"date"_s).toString(),
                                                  language);
            break;
        }
        case 1:
            writeFile(QDir(pages).filePath(u"page-%1.html"_s.arg(n, 6, 10, QChar(u'0'))), html(r).toUtf8());
            break;
        case 2:
            csv += QStringList{csvField(title), csvField(text), r.value(u"date"_s).toString(),
                               csvField(r.value(u"outlet"_s).toString()), r.value(u"country"_s).toString(),
                               language, r.value(u"url"_s).toString()}
                       .join(u',')
                + u'\n';
            break;
        case 3: array.append(r); break;
        case 4: lines += QJsonDocument(r).toJson(QJsonDocument::Compact) + '\n'; break;
        }
        out.corpus.bytes += text.toUtf8().size();
        ++out.corpus.articles;
        out.corpus.japanese += language == u"ja"_s;
        out.corpus.russian += language == u"ru"_s;
        ++n;
        flush(false);
    }
    flush(true);
    writeFile(QDir(texts).filePath(u"parallax-manifest.csv"_s), manifest.toUtf8());

    // What an import must refuse, each file for its own reason.
    const QString bad = QDir(folder).filePath(u"unreadable"_s);
    QDir().mkpath(bad);
    const QList<std::pair<QString, QByteArray>> badFiles = {
        {u"photo.png"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 33)},
        {u"empty.txt"_s, QByteArray()},
        {u"blank.txt"_s, QByteArray("\n\n   \n")},
        {u"broken-utf8.txt"_s, QByteArray("\xef\xbb\xbfTalks in Moscow\n\nThe ministers met \xff\xfe\xfd on Thursday.\n")},
        {u"truncated.jsonl.gz"_s, gzipped(QByteArray(R"({"title":"Cut short","text":"never ends")")).left(20)},
    };
    for (const auto &[name, bytes] : badFiles) {
        const QString path = QDir(bad).filePath(name);
        writeFile(path, bytes);
        out.badFiles << path;
    }
    return out;
}

} // namespace parallax::bench
