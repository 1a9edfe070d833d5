// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/export/w3cimport.h"

#include "annotations/anchoring.h"
#include "annotations/export/annotationexport.h"
#include "text/segmenter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parallax::annotations::exports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("W3cImport", text);
}

/** A JSON-LD value that may be one object or an array of them. */
QJsonArray asArray(const QJsonValue &v)
{
    return v.isArray() ? v.toArray() : v.isUndefined() || v.isNull() ? QJsonArray() : QJsonArray{v};
}

bool hasType(const QJsonObject &o, const QString &type)
{
    const QJsonArray types = asArray(o.value(u"type"_s));
    return std::any_of(types.begin(), types.end(), [&](const QJsonValue &t) { return t.toString() == type; });
}

QJsonArray annotationItems(const QJsonDocument &doc)
{
    if (doc.isArray())
        return doc.array();
    const QJsonObject root = doc.object();
    if (hasType(root, u"AnnotationCollection"_s))
        return root.value(u"first"_s).toObject().value(u"items"_s).toArray();
    if (hasType(root, u"AnnotationPage"_s))
        return root.value(u"items"_s).toArray();
    return QJsonArray{root};
}

using BodyLookup = std::function<std::optional<QString>(qint64)>;

std::optional<ImportedAnnotation> readAnnotation(const QJsonObject &o, const BodyLookup &bodyOf,
                                                 QStringList &problems)
{
    const QString label = o.value(u"id"_s).toString(u"(no id)"_s);
    if (!hasType(o, u"Annotation"_s)) {
        problems.append(tr("%1: not an Annotation").arg(label));
        return std::nullopt;
    }
    const QJsonArray targets = asArray(o.value(u"target"_s));
    const QJsonObject target = targets.isEmpty() ? QJsonObject() : targets.first().toObject();
    ImportedAnnotation in;
    Annotation &a = in.annotation;
    a.id = annotationIdFromIri(label);
    a.articleId = articleIdFromIri(target.value(u"source"_s).toString());
    if (a.articleId == 0) {
        problems.append(tr("%1: the target is not a Parallax article").arg(label));
        return std::nullopt;
    }
    std::optional<Span> codePoints;
    for (const QJsonValue &sv : asArray(target.value(u"selector"_s))) {
        const QJsonObject s = sv.toObject();
        if (hasType(s, u"TextQuoteSelector"_s))
            a.quote = QuoteSelector{s.value(u"exact"_s).toString(), s.value(u"prefix"_s).toString(),
                                    s.value(u"suffix"_s).toString()};
        else if (hasType(s, u"TextPositionSelector"_s))
            codePoints = Span{s.value(u"start"_s).toInt(), s.value(u"end"_s).toInt()};
    }
    if (a.quote.exact.isEmpty()) {
        problems.append(tr("%1: no TextQuoteSelector").arg(label));
        return std::nullopt;
    }
    for (const QJsonValue &bv : asArray(o.value(u"body"_s))) {
        const QJsonObject b = bv.toObject();
        const QString purpose = b.value(u"purpose"_s).toString();
        if (purpose == u"tagging"_s)
            in.tagPaths.append(b.value(u"value"_s).toString());
        else if (purpose == u"commenting"_s || purpose.isEmpty())
            a.note = a.note.isEmpty() ? b.value(u"value"_s).toString()
                                      : a.note + u"\n\n"_s + b.value(u"value"_s).toString();
    }
    const QJsonValue creator = o.value(u"creator"_s);
    a.author = creator.isObject() ? creator.toObject().value(u"name"_s).toString() : creator.toString();
    a.created = timeFromIso(o.value(u"created"_s).toString());
    a.modified = o.contains(u"modified"_s) ? timeFromIso(o.value(u"modified"_s).toString()) : a.created;
    a.orphan = o.value(u"parallax:orphan"_s).toBool();

    const std::optional<QString> body = bodyOf(a.articleId);
    if (!body) {
        problems.append(tr("%1: article %2 is not in the corpus").arg(label).arg(a.articleId));
        return std::nullopt;
    }
    if (codePoints)
        a.span = Span{text::fromCodePoints(*body, codePoints->start), text::fromCodePoints(*body, codePoints->end)};
    if (!a.orphan && body->mid(a.span.start, a.span.length()) != a.quote.exact) {
        const AnchorResult r = reanchor(a, *body);
        problems.append(r.orphan() ? tr("%1: the quote is not in the article; kept as an orphan").arg(label)
                                   : tr("%1: the quote moved; re-anchored").arg(label));
    }
    return in;
}

} // namespace

W3cImport fromW3c(const QByteArray &json, const QHash<qint64, QString> &bodies)
{
    return fromW3c(json, [&bodies](qint64 id) -> std::optional<QString> {
        const auto it = bodies.constFind(id);
        return it == bodies.cend() ? std::nullopt : std::optional<QString>(*it);
    });
}

W3cImport fromW3c(const QByteArray &json, const BodyLookup &bodyOf)
{
    W3cImport result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull()) {
        result.ok = false;
        result.problems.append(tr("Not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset));
        return result;
    }
    for (const QJsonValue &item : annotationItems(doc)) {
        if (auto a = readAnnotation(item.toObject(), bodyOf, result.problems))
            result.annotations.append(*a);
    }
    if (result.annotations.isEmpty()) {
        result.ok = false;
        result.problems.append(tr("No annotations found."));
    }
    return result;
}

} // namespace parallax::annotations::exports
