// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timexcorpus.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax::timexscore {

namespace {

QDate dateOf(const QString &value)
{
    return QDate::fromString(value.left(10), u"yyyy-MM-dd"_s);
}

// The file's bytes; names the document after the file.
std::optional<QByteArray> readNamed(const QString &path, GoldDocument &doc, QString *error)
{
    doc.name = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot open %1: %2"_s.arg(path, f.errorString());
        return std::nullopt;
    }
    return f.readAll();
}

// Reports a parse error, or returns the document with its expressions in text order.
std::optional<GoldDocument> finish(GoldDocument doc, const QXmlStreamReader &xml, const QString &path, QString *error)
{
    if (xml.hasError()) {
        if (error)
            *error = u"%1: %2"_s.arg(path, xml.errorString());
        return std::nullopt;
    }
    std::sort(doc.timexes.begin(), doc.timexes.end(),
              [](const GoldTimex &a, const GoldTimex &b) { return a.span.start < b.span.start; });
    return doc;
}

} // namespace

std::optional<GoldDocument> readTimeML(const QString &path, QString *error)
{
    GoldDocument doc;
    const auto bytes = readNamed(path, doc, error);
    if (!bytes)
        return std::nullopt;
    QXmlStreamReader xml(*bytes);
    bool inText = false;
    bool inDct = false;
    struct Open { int start; QString type; QString value; };
    QList<Open> open;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto name = xml.name();
            if (name == u"TEXT"_s) {
                inText = true;
            } else if (name == u"DCT"_s) {
                inDct = true;
            } else if (name == u"TIMEX3"_s) {
                const auto a = xml.attributes();
                if (inDct || a.value(u"functionInDocument"_s) == u"CREATION_TIME"_s) {
                    if (!doc.created.isValid())
                        doc.created = dateOf(a.value(u"value"_s).toString());
                }
                if (inText)
                    open.append({int(doc.text.size()), a.value(u"type"_s).toString(), a.value(u"value"_s).toString()});
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const auto name = xml.name();
            if (name == u"TEXT"_s) {
                inText = false;
            } else if (name == u"DCT"_s) {
                inDct = false;
            } else if (name == u"TIMEX3"_s && inText && !open.isEmpty()) {
                const Open o = open.takeLast();
                if (doc.text.size() > o.start)
                    doc.timexes.append({{o.start, int(doc.text.size())}, o.type, o.value});
            }
        } else if (token == QXmlStreamReader::Characters && inText) {
            doc.text += xml.text();
        }
    }
    return finish(std::move(doc), xml, path, error);
}

std::optional<GoldDocument> readMeantime(const QString &path, QString *error)
{
    GoldDocument doc;
    const auto bytes = readNamed(path, doc, error);
    if (!bytes)
        return std::nullopt;
    QXmlStreamReader xml(*bytes);
    QHash<QString, Span> tokenSpans;
    constexpr int annotatedSentences = 5; // the title is sentence 0
    int sentence = -1;
    int sentenceStart = 0;
    struct Open { QString type; QString value; bool creation; int start = -1; int end = -1; };
    std::optional<Open> timex;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token != QXmlStreamReader::StartElement) {
            if (token == QXmlStreamReader::EndElement && xml.name() == u"TIMEX3"_s && timex) {
                if (timex->start >= 0)
                    doc.timexes.append({{timex->start, timex->end}, timex->type, timex->value});
                timex.reset();
            }
            continue;
        }
        const auto a = xml.attributes();
        if (xml.name() == u"token"_s) {
            const int s = a.value(u"sentence"_s).toInt();
            const QString id = a.value(u"t_id"_s).toString();
            const QString text = xml.readElementText();
            if (s != sentence) {
                if (s > annotatedSentences && doc.annotatedEnd < 0)
                    doc.annotatedEnd = int(doc.text.size());
                if (sentence >= 0) {
                    doc.sentences.append({sentenceStart, int(doc.text.size())});
                    doc.text += u'\n';
                }
                sentence = s;
                sentenceStart = int(doc.text.size());
            } else {
                doc.text += u' ';
            }
            tokenSpans.insert(id, {int(doc.text.size()), int(doc.text.size() + text.size())});
            doc.text += text;
        } else if (xml.name() == u"TIMEX3"_s) {
            timex = Open{a.value(u"type"_s).toString(), a.value(u"value"_s).toString(),
                         a.value(u"functionInDocument"_s) == u"CREATION_TIME"_s};
            if (timex->creation)
                doc.created = dateOf(timex->value);
        } else if (xml.name() == u"token_anchor"_s && timex) {
            const auto it = tokenSpans.constFind(a.value(u"t_id"_s).toString());
            if (it != tokenSpans.cend()) {
                timex->start = timex->start < 0 ? it->start : std::min(timex->start, it->start);
                timex->end = std::max(timex->end, it->end);
            }
        }
    }
    if (sentence >= 0)
        doc.sentences.append({sentenceStart, int(doc.text.size())});
    // A few files mark no CREATION_TIME; their date line (sentence 1) is annotated as a plain date.
    if (!doc.created.isValid() && doc.sentences.size() > 1) {
        for (const GoldTimex &g : doc.timexes) {
            if (g.span.start >= doc.sentences[1].start && g.span.end <= doc.sentences[1].end && dateOf(g.value).isValid()) {
                doc.created = dateOf(g.value);
                break;
            }
        }
    }
    return finish(std::move(doc), xml, path, error);
}

std::optional<GoldDocument> readDocument(const QString &path, QString *error)
{
    if (path.endsWith(u".tml"_s, Qt::CaseInsensitive))
        return readTimeML(path, error);
    return readMeantime(path, error);
}

QStringList collectFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &p : paths) {
        const QFileInfo info(p);
        if (info.isDir()) {
            QDirIterator it(p, {u"*.tml"_s, u"*.xml"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
        } else if (info.isFile()) {
            files.append(p);
        }
    }
    std::sort(files.begin(), files.end());
    files.removeDuplicates();
    return files;
}

} // namespace parallax::timexscore
