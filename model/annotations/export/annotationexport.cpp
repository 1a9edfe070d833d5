// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/export/annotationexport.h"

#include "annotations/export/csv.h"
#include "text/segmenter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <optional>

using namespace Qt::StringLiterals;

namespace parallax::annotations::exports {

namespace {

const QString AnnotationPrefix = u"urn:parallax:annotation:"_s;
const QString ArticlePrefix = u"urn:parallax:article:"_s;

qint64 idFromIri(const QString &iri, const QString &prefix)
{
    if (!iri.startsWith(prefix))
        return 0;
    bool ok = false;
    const qint64 id = iri.mid(prefix.size()).toLongLong(&ok);
    return ok ? id : 0;
}

/** The span in code points, when the body is known. */
std::optional<Span> codePointSpan(const Annotation &a, const ExportInput &input)
{
    const auto it = input.bodies.constFind(a.articleId);
    if (it == input.bodies.cend())
        return std::nullopt;
    return Span{text::toCodePoints(*it, a.span.start), text::toCodePoints(*it, a.span.end)};
}

QStringList tagPaths(const Annotation &a, const Codebook &book)
{
    QStringList paths;
    for (qint64 id : a.tagIds)
        paths.append(book.path(id));
    return paths;
}

} // namespace

QString Citation::text() const
{
    QStringList parts;
    if (!outlet.isEmpty())
        parts.append(outlet);
    if (date.isValid())
        parts.append(date.toString(Qt::ISODate));
    if (!title.isEmpty())
        parts.append(u"“%1”"_s.arg(title));
    return parts.join(u", "_s);
}

QString annotationIri(qint64 id)
{
    return AnnotationPrefix + QString::number(id);
}

QString articleIri(qint64 id)
{
    return ArticlePrefix + QString::number(id);
}

qint64 annotationIdFromIri(const QString &iri)
{
    return idFromIri(iri, AnnotationPrefix);
}

qint64 articleIdFromIri(const QString &iri)
{
    return idFromIri(iri, ArticlePrefix);
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFromIso(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

QStringList csvHeader()
{
    return {u"id"_s,     u"article_id"_s, u"outlet"_s, u"date"_s,   u"title"_s,   u"start"_s,
            u"end"_s,    u"exact"_s,      u"prefix"_s, u"suffix"_s, u"tags"_s,    u"note"_s,
            u"author"_s, u"created"_s,    u"modified"_s, u"orphan"_s};
}

QByteArray toCsv(const ExportInput &input)
{
    QString out = csv::record(csvHeader());
    for (const Annotation &a : input.annotations) {
        const Citation c = input.citations.value(a.articleId);
        const auto span = codePointSpan(a, input);
        out += csv::record({QString::number(a.id), QString::number(a.articleId), c.outlet,
                            c.date.isValid() ? c.date.toString(Qt::ISODate) : QString(), c.title,
                            span ? QString::number(span->start) : QString(),
                            span ? QString::number(span->end) : QString(), a.quote.exact, a.quote.prefix,
                            a.quote.suffix, tagPaths(a, input.codebook).join(u"; "_s), a.note, a.author,
                            isoTime(a.created), isoTime(a.modified), a.orphan ? u"true"_s : u"false"_s});
    }
    return csv::toBytes(out);
}

QByteArray toJson(const ExportInput &input)
{
    QJsonArray array;
    for (const Annotation &a : input.annotations) {
        QJsonObject o{{u"id"_s, a.id},
                      {u"articleId"_s, a.articleId},
                      {u"exact"_s, a.quote.exact},
                      {u"prefix"_s, a.quote.prefix},
                      {u"suffix"_s, a.quote.suffix},
                      {u"tags"_s, QJsonArray::fromStringList(tagPaths(a, input.codebook))},
                      {u"note"_s, a.note},
                      {u"author"_s, a.author},
                      {u"created"_s, isoTime(a.created)},
                      {u"modified"_s, isoTime(a.modified)},
                      {u"orphan"_s, a.orphan}};
        if (const auto span = codePointSpan(a, input)) {
            o.insert(u"start"_s, span->start);
            o.insert(u"end"_s, span->end);
        }
        if (const auto it = input.citations.constFind(a.articleId); it != input.citations.cend()) {
            o.insert(u"outlet"_s, it->outlet);
            o.insert(u"date"_s, it->date.toString(Qt::ISODate));
            o.insert(u"title"_s, it->title);
        }
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QJsonObject toW3cAnnotation(const Annotation &a, const ExportInput &input)
{
    QJsonArray body;
    for (const QString &path : tagPaths(a, input.codebook))
        body.append(QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"purpose"_s, u"tagging"_s}, {u"value"_s, path}});
    if (!a.note.isEmpty())
        body.append(QJsonObject{{u"type"_s, u"TextualBody"_s},
                                {u"purpose"_s, u"commenting"_s},
                                {u"format"_s, u"text/plain"_s},
                                {u"value"_s, a.note}});
    QJsonArray selectors{QJsonObject{{u"type"_s, u"TextQuoteSelector"_s},
                                     {u"exact"_s, a.quote.exact},
                                     {u"prefix"_s, a.quote.prefix},
                                     {u"suffix"_s, a.quote.suffix}}};
    if (const auto span = codePointSpan(a, input))
        selectors.append(
            QJsonObject{{u"type"_s, u"TextPositionSelector"_s}, {u"start"_s, span->start}, {u"end"_s, span->end}});
    QJsonObject o{{u"id"_s, annotationIri(a.id)},
                  {u"type"_s, u"Annotation"_s},
                  {u"motivation"_s, !a.tagIds.isEmpty() ? u"tagging"_s
                                    : a.note.isEmpty()  ? u"highlighting"_s
                                                        : u"commenting"_s},
                  {u"creator"_s, QJsonObject{{u"type"_s, u"Person"_s}, {u"name"_s, a.author}}},
                  {u"created"_s, isoTime(a.created)},
                  {u"modified"_s, isoTime(a.modified)},
                  {u"target"_s, QJsonObject{{u"source"_s, articleIri(a.articleId)}, {u"selector"_s, selectors}}}};
    if (!body.isEmpty())
        o.insert(u"body"_s, body);
    // No W3C term says "could not be placed"; an absolute-IRI property keeps it (JSON-LD valid).
    if (a.orphan)
        o.insert(u"parallax:orphan"_s, true);
    return o;
}

QByteArray toW3c(const ExportInput &input)
{
    QJsonArray items;
    for (const Annotation &a : input.annotations)
        items.append(toW3cAnnotation(a, input));
    const QJsonObject collection{
        {u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s},
        {u"id"_s, u"urn:parallax:annotations"_s},
        {u"type"_s, u"AnnotationCollection"_s},
        {u"label"_s, u"Parallax annotations"_s},
        {u"total"_s, int(items.size())},
        {u"first"_s, QJsonObject{{u"id"_s, u"urn:parallax:annotations:page:0"_s},
                                 {u"type"_s, u"AnnotationPage"_s},
                                 {u"startIndex"_s, 0},
                                 {u"items"_s, items}}}};
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}

QString toMarkdown(const ExportInput &input, const QString &title)
{
    // Tag path → annotations, paths in order; annotations without tags last.
    QMap<QString, QList<const Annotation *>> groups;
    QList<const Annotation *> untagged;
    for (const Annotation &a : input.annotations) {
        if (a.tagIds.isEmpty())
            untagged.append(&a);
        for (const QString &path : tagPaths(a, input.codebook))
            groups[path].append(&a);
    }
    const auto quoteBlock = [&](const Annotation &a) {
        QString block;
        for (const QString &line : a.quote.exact.split(u'\n'))
            block += u"> "_s + line.trimmed() + u'\n';
        const QString citation = input.citations.value(a.articleId).text();
        block += u">\n> — "_s + (citation.isEmpty() ? u"article %1"_s.arg(a.articleId) : citation) + u'\n';
        if (a.orphan)
            block += u"\n*This passage could not be found in the current text of the article.*\n"_s;
        if (!a.note.isEmpty())
            block += u"\n"_s + a.note.trimmed() + u" (%1)\n"_s.arg(a.author);
        return block + u'\n';
    };
    QString out = u"# "_s + (title.isEmpty() ? u"Annotations"_s : title) + u"\n\n"_s;
    out += QCoreApplication::translate("AnnotationExport", "%n quote(s) under ", nullptr, int(input.annotations.size()))
         + QCoreApplication::translate("AnnotationExport", "%n tag(s).", nullptr, int(groups.size())) + u"\n\n"_s;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        out += u"## "_s + it.key() + u"\n\n"_s;
        const Tag *tag = input.codebook.tag(input.codebook.findPath(it.key()));
        if (tag && !tag->description.isEmpty())
            out += u"*"_s + tag->description + u"*\n\n"_s;
        for (const Annotation *a : it.value())
            out += quoteBlock(*a);
    }
    if (!untagged.isEmpty()) {
        out += u"## Untagged\n\n"_s;
        for (const Annotation *a : std::as_const(untagged))
            out += quoteBlock(*a);
    }
    return out;
}

} // namespace parallax::annotations::exports
