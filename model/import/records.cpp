// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records.h"

#include "import/csv.h"
#include "import/dates.h"
#include "import/textreader.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace parallax::import {

namespace {

constexpr Field kFields[] = {Field::Title, Field::Body, Field::Date, Field::Outlet,
                             Field::Url, Field::Language, Field::Author, Field::Country};

// "date_publish", "datePublished" and "Date-Publish" are the same column name.
QString normalised(const QString &name)
{
    QString n;
    n.reserve(name.size());
    for (QChar c : name) {
        if (c.isLetterOrNumber())
            n += c.toLower();
    }
    return n;
}

// Column names of news datasets and exports (news-please, NewsAPI, GDELT, the Guardian API,
// Common Crawl news dumps, RSS), most specific first.
const QStringList &aliases(Field f)
{
    static const QHash<Field, QStringList> table = [] {
        QHash<Field, QStringList> t;
        t[Field::Title] = {u"title"_s, u"headline"_s, u"heading"_s, u"webtitle"_s, u"titletext"_s};
        t[Field::Body] = {u"maintext"_s, u"text"_s, u"body"_s, u"content"_s, u"bodytext"_s, u"fulltext"_s,
                          u"articlebody"_s, u"article"_s, u"story"_s};
        t[Field::Date] = {u"datepublish"_s, u"publishdate"_s, u"datepublished"_s, u"published"_s,
                          u"publishedat"_s, u"pubdate"_s, u"publicationdate"_s, u"webpublicationdate"_s,
                          u"date"_s, u"datetime"_s, u"timestamp"_s, u"time"_s};
        t[Field::Outlet] = {u"outlet"_s, u"source"_s, u"sourcedomain"_s, u"sitename"_s, u"sourcename"_s,
                            u"publisher"_s, u"newspaper"_s, u"media"_s, u"domain"_s};
        t[Field::Url] = {u"url"_s, u"link"_s, u"weburl"_s, u"sourceurl"_s, u"uri"_s};
        t[Field::Language] = {u"language"_s, u"lang"_s, u"languagecode"_s};
        t[Field::Author] = {u"author"_s, u"authors"_s, u"byline"_s, u"creator"_s};
        t[Field::Country] = {u"country"_s, u"sourcecountry"_s, u"countrycode"_s};
        return t;
    }();
    return *table.constFind(f);
}

// A record as column → value, with normalised column names for lookup.
struct Record
{
    QHash<QString, QString> byNormalised; // normalised column → value
    QHash<QString, QString> byName;       // column as written → value
    int number = 0;
    int line = 0;
};

QString valueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &e : v.toArray()) {
            const QString s = valueText(e);
            if (!s.isEmpty())
                parts << s;
        }
        return parts.join(u", "_s);
    }
    if (v.isObject()) // NewsAPI: "source": {"id": ..., "name": "Reuters"}; authors as {"name": ...}
        return v.toObject().value(u"name"_s).toString();
    return {};
}

Record recordFromJson(const QJsonObject &o, int number, int line)
{
    Record r;
    r.number = number;
    r.line = line;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString value = valueText(it.value());
        r.byName.insert(it.key(), value);
        r.byNormalised.insert(normalised(it.key()), value);
    }
    return r;
}

// The column the user mapped to a field ("text=story" and "body=story" are the same), or empty.
QString mappedColumn(const ReadOptions &options, Field f)
{
    for (const auto &[field, column] : options.fieldMap.asKeyValueRange()) {
        if (fieldFromName(field) == f)
            return column;
    }
    return {};
}

// The value of a field in a record, and the column it came from.
std::pair<QString, QString> lookup(const Record &r, Field f, const ReadOptions &options)
{
    // A mapped column wins where the record has it; files without it fall back to the usual names.
    const QString mapped = mappedColumn(options, f);
    if (!mapped.isEmpty()) {
        if (const auto it = r.byName.constFind(mapped); it != r.byName.cend())
            return {it->trimmed(), mapped};
    }
    for (const QString &alias : aliases(f)) {
        const auto it = r.byNormalised.constFind(alias);
        if (it != r.byNormalised.cend() && !it->trimmed().isEmpty())
            return {it->trimmed(), alias};
    }
    return {};
}

QString where(const Record &r)
{
    return r.line > 0 ? u"record %1 (line %2)"_s.arg(r.number).arg(r.line) : u"record %1"_s.arg(r.number);
}

Problem problemAt(const QString &path, const Record &r, const QString &reason, bool warning = false)
{
    Problem p{path, u"%1: %2"_s.arg(where(r), reason), -1, warning};
    p.line = r.line;
    p.record = r.number;
    return p;
}

void addRecord(FileResult &result, const QString &path, const Record &r, const ReadOptions &options)
{
    const auto [body, bodyColumn] = lookup(r, Field::Body, options);
    if (body.isEmpty()) {
        const QString mapped = mappedColumn(options, Field::Body);
        result.problems.append(problemAt(path, r, mapped.isEmpty()
            ? u"no article text (looked for a column named text, body, content, maintext, …; map one with body=COLUMN)"_s
            : u"no article text in the column \"%1\""_s.arg(mapped)));
        return;
    }
    Article a = readArticleBody(body, u"%1#%2"_s.arg(path).arg(r.number));
    if (const auto [title, col] = lookup(r, Field::Title, options); !title.isEmpty()) {
        a.title = title.simplified();
        a.titleProvenance = Provenance::Explicit;
    }
    if (const auto [date, col] = lookup(r, Field::Date, options); !date.isEmpty()) {
        const ParsedDate d = parseDate(date);
        if (d.isValid()) {
            a.published = d.date;
            a.dateProvenance = Provenance::Explicit;
            a.dateReason = u"the \"%1\" field (%2)"_s.arg(col, d.form);
        } else {
            result.problems.append(problemAt(path, r, u"the date \"%1\" is not understood; imported without it"_s.arg(date), true));
        }
    }
    if (const auto [outlet, col] = lookup(r, Field::Outlet, options); !outlet.isEmpty()) {
        a.outlet = outlet;
        a.outletProvenance = Provenance::Explicit;
    }
    if (const auto [country, col] = lookup(r, Field::Country, options); !country.isEmpty()) {
        a.country = country.toUpper();
        a.countryProvenance = Provenance::Explicit;
    }
    if (const auto [lang, col] = lookup(r, Field::Language, options); !lang.isEmpty())
        a.language = lang.toLower();
    a.url = lookup(r, Field::Url, options).first;
    a.author = lookup(r, Field::Author, options).first;
    result.articles.append(std::move(a));
}

} // namespace

QString fieldName(Field f)
{
    switch (f) {
    case Field::Title: return u"title"_s;
    case Field::Body: return u"body"_s;
    case Field::Date: return u"date"_s;
    case Field::Outlet: return u"outlet"_s;
    case Field::Url: return u"url"_s;
    case Field::Language: return u"language"_s;
    case Field::Author: return u"author"_s;
    case Field::Country: return u"country"_s;
    }
    return {};
}

std::optional<Field> fieldFromName(const QString &name)
{
    const QString n = normalised(name);
    for (Field f : kFields) {
        if (fieldName(f) == n || aliases(f).contains(n))
            return f;
    }
    return std::nullopt;
}

bool looksLikeRecordHeader(const QStringList &columns, const ReadOptions &options)
{
    for (const QString &c : columns) {
        const QString n = normalised(c);
        if (aliases(Field::Body).contains(n) || aliases(Field::Title).contains(n))
            return true;
        for (const QString &mapped : options.fieldMap) {
            if (mapped == c)
                return true;
        }
    }
    return false;
}

FileResult readJson(const QString &path, const QString &text, const ReadOptions &options)
{
    FileResult result;
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &pe);
    if (pe.error == QJsonParseError::NoError && doc.isArray()) {
        const QJsonArray items = doc.array();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const Record r = recordFromJson(items.at(i).toObject(), int(i + 1), 0);
            if (!items.at(i).isObject())
                result.problems.append(problemAt(path, r, u"not a JSON object"_s));
            else
                addRecord(result, path, r, options);
        }
        return result;
    }
    if (pe.error == QJsonParseError::NoError && doc.isObject()) {
        addRecord(result, path, recordFromJson(doc.object(), 1, 1), options);
        return result;
    }
    if (text.trimmed().startsWith(u'[')) {
        result.problems.append({path, u"not valid JSON: %1 at byte offset %2"_s.arg(pe.errorString()).arg(pe.offset),
                                pe.offset});
        return result;
    }
    // JSON Lines: one object per line; a bad line is reported and the rest still read.
    qsizetype lineStart = 0;
    int line = 0, number = 0;
    while (lineStart < utf8.size()) {
        qsizetype lineEnd = utf8.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = utf8.size();
        ++line;
        const QByteArray bytes = utf8.sliced(lineStart, lineEnd - lineStart).trimmed();
        const qsizetype start = lineStart;
        lineStart = lineEnd + 1;
        if (bytes.isEmpty())
            continue;
        ++number;
        QJsonParseError lpe;
        const QJsonDocument ld = QJsonDocument::fromJson(bytes, &lpe);
        Record r = ld.isObject() ? recordFromJson(ld.object(), number, line) : Record{};
        r.number = number;
        r.line = line;
        if (lpe.error != QJsonParseError::NoError || !ld.isObject()) {
            Problem p = problemAt(path, r, lpe.error != QJsonParseError::NoError
                ? u"not valid JSON (%1)"_s.arg(lpe.errorString()) : u"not a JSON object"_s);
            p.byteOffset = start;
            result.problems.append(p);
            continue;
        }
        addRecord(result, path, r, options);
    }
    return result;
}

FileResult readDelimited(const QString &path, const QString &text, QChar delimiter, const ReadOptions &options)
{
    FileResult result;
    const CsvTable table = parseDelimited(text, delimiter);
    if (table.records.isEmpty()) {
        result.problems.append({path, table.error.isEmpty() ? u"no header line"_s : table.error});
        return result;
    }
    const QStringList header = table.records.first().fields;
    for (const auto &[field, column] : options.fieldMap.asKeyValueRange()) {
        if (!header.contains(column))
            result.problems.append({path, u"the column \"%1\" mapped to %2 is not in the header (%3); the usual column names are used"_s.arg(
                                              column, field, header.join(u", "_s)), -1, true});
    }
    for (qsizetype i = 1; i < table.records.size(); ++i) {
        const CsvRecord &row = table.records.at(i);
        Record r;
        r.number = int(i);
        r.line = row.line;
        if (row.fields.size() != header.size()) {
            result.problems.append(problemAt(path, r, u"%1 fields where the header has %2"_s
                                                          .arg(row.fields.size()).arg(header.size())));
            continue;
        }
        for (qsizetype c = 0; c < header.size(); ++c) {
            r.byName.insert(header.at(c), row.fields.at(c));
            r.byNormalised.insert(normalised(header.at(c)), row.fields.at(c));
        }
        addRecord(result, path, r, options);
    }
    if (!table.error.isEmpty()) {
        Problem p{path, u"line %1: %2; the rest of the file is not read"_s.arg(table.errorLine).arg(table.error)};
        p.line = table.errorLine;
        result.problems.append(p);
    }
    return result;
}

} // namespace parallax::import
