// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlejson.h"

#include "text/segmenter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace parallax::cli {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

static QJsonValue dateOrNull(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject summaryJson(const store::ArticleSummary &s)
{
    return {{u"id"_s, s.id},
            {u"source"_s, s.source},
            {u"title"_s, s.title},
            {u"outlet"_s, orNull(s.outlet)},
            {u"country"_s, orNull(s.country)},
            {u"language"_s, orNull(s.language)},
            {u"published"_s, dateOrNull(s.published)},
            {u"date_provenance"_s, provenanceName(s.dateProvenance)},
            {u"words"_s, s.words}};
}

QJsonObject articleJson(const Article &a)
{
    auto spans = [&a](const QList<Span> &list) {
        QJsonArray arr;
        for (const Span &s : list)
            arr.append(QJsonObject{{u"start"_s, text::toCodePoints(a.body, s.start)},
                                   {u"end"_s, text::toCodePoints(a.body, s.end)}});
        return arr;
    };
    return {{u"id"_s, a.id},
            {u"source"_s, a.source},
            {u"title"_s, a.title},
            {u"title_provenance"_s, provenanceName(a.titleProvenance)},
            {u"outlet"_s, orNull(a.outlet)},
            {u"outlet_provenance"_s, provenanceName(a.outletProvenance)},
            {u"country"_s, orNull(a.country)},
            {u"country_provenance"_s, provenanceName(a.countryProvenance)},
            {u"language"_s, orNull(a.language)},
            {u"published"_s, dateOrNull(a.published)},
            {u"date_provenance"_s, provenanceName(a.dateProvenance)},
            {u"date_reason"_s, orNull(a.dateReason)},
            {u"dateline"_s, orNull(a.dateline)},
            {u"encoding"_s, orNull(a.encoding)},
            {u"words"_s, a.wordCount()},
            {u"body"_s, a.body},
            {u"paragraphs"_s, spans(a.paragraphs)},
            {u"sentences"_s, spans(a.sentences)}};
}

} // namespace parallax::cli
