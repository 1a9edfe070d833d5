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

// A record's article, or its problems, which are placed at the record's offset in the file.
void addRecordAt(FileResult &result, const QString &path, const Record &r, const ReadOptions &options, qint64 offset)
{
    const qsizetype before = result.problems.size();
    addRecord(result, path, r, options);
    for (qsizetype i = before; i < result.problems.size(); ++i)
        result.problems[i].byteOffset = offset;
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

std::optional<FileResult> readJsonObject(const QString &path, const QString &text, const ReadOptions &options)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    FileResult result;
    addRecord(result, path, recordFromJson(doc.object(), 1, 1), options);
    return result;
}

RecordReader::RecordReader(Kind kind, const QString &path, const ReadOptions &options, QChar delimiter, qint64 start,
                           ByteLength byteLength)
    : m_kind(kind)
    , m_path(path)
    , m_options(options)
    , m_delimiter(delimiter)
    , m_byteLength(std::move(byteLength))
    , m_posByte(start)
{
}

void RecordReader::append(QStringView text)
{
    if (m_stopped)
        return;
    if (m_pos > 0) { // drop the text read, once per piece
        m_buf.remove(0, m_pos);
        m_scan -= m_pos;
        m_pos = 0;
    }
    m_buf += text;
    parse(false);
}

void RecordReader::finish(bool cut)
{
    if (!m_stopped && !cut)
        parse(true);
    if (!m_stopped && !cut && m_kind == Kind::Delimited && m_header.isEmpty())
        problem({m_path, u"no header line"_s});
    m_buf.clear();
    m_pos = m_scan = 0;
    m_stopped = true;
}

void RecordReader::parse(bool atEnd)
{
    switch (m_kind) {
    case Kind::JsonLines: parseLines(atEnd); break;
    case Kind::JsonArray: parseArray(atEnd); break;
    case Kind::Delimited: parseDelimitedText(atEnd); break;
    }
}

void RecordReader::advance(qsizetype to)
{
    m_posByte += m_byteLength(QStringView(m_buf).sliced(m_pos, to - m_pos));
    m_pos = to;
}

void RecordReader::problem(Problem p)
{
    m_out.problems.append(std::move(p));
}



void RecordReader::stop(Problem p)
{
    problem(std::move(p));
    m_stopped = true;
}

// Whether the record that starts at m_pos and is not complete at `from` is longer than allowed.
bool RecordReader::tooLong(qsizetype from)
{
    if (from - m_pos <= m_options.maxRecordChars)
        return false;
    Record r;
    r.number = m_number + 1;
    r.line = m_kind == Kind::JsonArray ? 0 : m_line;
    Problem p = problemAt(m_path, r, u"longer than %1 characters; the rest of the file is not read"_s
                                         .arg(m_options.maxRecordChars));
    p.byteOffset = m_posByte;
    stop(p);
    return true;
}

// JSON Lines: one object per line; a bad line is reported and the rest still read.
void RecordReader::parseLines(bool atEnd)
{
    while (!m_stopped) {
        const qsizetype nl = m_buf.indexOf(u'\n', m_scan);
        if (nl < 0) {
            m_scan = m_buf.size();
            if (atEnd && m_pos < m_buf.size()) {
                line(QStringView(m_buf).sliced(m_pos));
                advance(m_buf.size());
            } else {
                tooLong(m_scan);
            }
            return;
        }
        line(QStringView(m_buf).sliced(m_pos, nl - m_pos));
        advance(nl + 1);
        m_scan = m_pos;
        ++m_line;
    }
}

void RecordReader::line(QStringView text)
{
    const QByteArray bytes = text.toUtf8().trimmed();
    if (bytes.isEmpty())
        return;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    ++m_number;
    jsonRecord(pe, doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(), m_line);
}

// A record of JSON Lines or of an array, or the problem with it.
void RecordReader::jsonRecord(const QJsonParseError &pe, const QJsonValue &value, int line)
{
    Record r = value.isObject() ? recordFromJson(value.toObject(), m_number, line) : Record{};
    r.number = m_number;
    r.line = line;
    if (pe.error != QJsonParseError::NoError || !value.isObject()) {
        Problem p = problemAt(m_path, r, pe.error != QJsonParseError::NoError
            ? u"not valid JSON (%1)"_s.arg(pe.errorString()) : u"not a JSON object"_s);
        p.byteOffset = m_posByte;
        problem(p);
        return;
    }
    addRecordAt(m_out, m_path, r, m_options, m_posByte);
}

// A JSON array: its elements are found by brackets and quotes, and each is parsed on its own.
void RecordReader::parseArray(bool atEnd)
{
    const qsizetype n = m_buf.size();
    while (m_scan < n && !m_stopped) {
        const QChar c = m_buf.at(m_scan);
        switch (m_array) {
        case ArrayState::Before:
        case ArrayState::BeforeElement:
        case ArrayState::After:
            if (c.isSpace()) {
                ++m_scan;
            } else if (m_array == ArrayState::Before && c == u'[') {
                m_array = ArrayState::BeforeElement;
                ++m_scan;
            } else if (m_array == ArrayState::BeforeElement && c == u']') {
                m_array = ArrayState::After;
                ++m_scan;
            } else if (m_array == ArrayState::BeforeElement) {
                advance(m_scan);
                m_array = ArrayState::InElement;
                m_depth = 0;
                m_inString = m_escape = false;
            } else {
                advance(m_scan);
                Problem p{m_path, u"not valid JSON: text after the end of the array at byte offset %1; it is not read"_s
                                      .arg(m_posByte), m_posByte};
                stop(p);
            }
            break;
        case ArrayState::InElement:
            if (m_inString) {
                if (m_escape)
                    m_escape = false;
                else if (c == u'\\')
                    m_escape = true;
                else if (c == u'"')
                    m_inString = false;
            } else if (c == u'"') {
                m_inString = true;
            } else if (c == u'{' || c == u'[') {
                ++m_depth;
            } else if ((c == u'}' || c == u']') && m_depth > 0) {
                --m_depth;
            } else if ((c == u',' || c == u']') && m_depth == 0) {
                element(QStringView(m_buf).sliced(m_pos, m_scan - m_pos));
                advance(m_scan + 1);
                m_array = c == u',' ? ArrayState::BeforeElement : ArrayState::After;
            }
            ++m_scan;
            break;
        }
    }
    if (m_stopped)
        return;
    if (m_array == ArrayState::InElement)
        tooLong(m_scan);
    if (atEnd && !m_stopped && m_array != ArrayState::After) {
        Problem p{m_path, m_array == ArrayState::InElement
                              ? u"not valid JSON: the array is not closed; record %1 at byte offset %2 is cut off"_s
                                    .arg(m_number + 1).arg(m_posByte)
                              : u"not valid JSON: the array is not closed"_s,
                  m_posByte};
        stop(p);
    }
}

void RecordReader::element(QStringView text)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text.toUtf8() + "]", &pe);
    ++m_number;
    if (pe.error != QJsonParseError::NoError && m_number == 1) {
        // Not an array of records at all (a text that starts with "[").
        stop({m_path, u"not valid JSON: %1 at byte offset %2"_s.arg(pe.errorString()).arg(m_posByte), m_posByte});
        return;
    }
    jsonRecord(pe, doc.array().at(0), 0);
}

// Delimited text: a record ends at a line break outside quotes, as parseDelimited() reads it.
void RecordReader::parseDelimitedText(bool atEnd)
{
    const qsizetype n = m_buf.size();
    while (m_scan < n && !m_stopped) {
        const QChar c = m_buf.at(m_scan);
        const bool last = m_scan + 1 >= n;
        if (m_inQuotes) {
            if (c == u'"') {
                if (last && !atEnd)
                    break; // a doubled quote or the end of the field: the next piece tells
                if (!last && m_buf.at(m_scan + 1) == u'"') {
                    m_scan += 2;
                    continue;
                }
                m_inQuotes = false;
                m_fieldStarted = true;
            } else if (c == u'\n') {
                ++m_scanLine;
            }
            ++m_scan;
            continue;
        }
        if (c == u'"' && !m_fieldStarted) {
            m_inQuotes = true;
        } else if (c == m_delimiter) {
            m_fieldStarted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && last && !atEnd)
                break; // CR LF or CR: the next piece tells
            if (c == u'\r' && !last && m_buf.at(m_scan + 1) == u'\n')
                ++m_scan;
            ++m_scan;
            ++m_scanLine;
            delimitedRecord(QStringView(m_buf).sliced(m_pos, m_scan - m_pos), m_line);
            advance(m_scan);
            m_line = m_scanLine;
            m_fieldStarted = false;
            continue;
        } else {
            m_fieldStarted = true;
        }
        ++m_scan;
    }
    if (m_stopped || tooLong(m_scan))
        return;
    if (atEnd && m_pos < n) { // the last record, without a line break, or with a quote never closed
        delimitedRecord(QStringView(m_buf).sliced(m_pos), m_line);
        advance(n);
    }
}

void RecordReader::delimitedRecord(QStringView text, int firstLine)
{
    const CsvTable table = parseDelimited(text, m_delimiter, firstLine);
    for (const CsvRecord &row : table.records) {
        if (m_header.isEmpty()) {
            m_header = row.fields;
            for (const auto &[field, column] : m_options.fieldMap.asKeyValueRange()) {
                if (!m_header.contains(column))
                    problem({m_path, u"the column \"%1\" mapped to %2 is not in the header (%3); the usual column names are used"_s.arg(
                                         column, field, m_header.join(u", "_s)), -1, true});
            }
            continue;
        }
        Record r;
        r.number = ++m_number;
        r.line = row.line;
        if (row.fields.size() != m_header.size()) {
            Problem p = problemAt(m_path, r, u"%1 fields where the header has %2"_s.arg(row.fields.size()).arg(m_header.size()));
            p.byteOffset = m_posByte;
            problem(p);
            continue;
        }
        for (qsizetype c = 0; c < m_header.size(); ++c) {
            r.byName.insert(m_header.at(c), row.fields.at(c));
            r.byNormalised.insert(normalised(m_header.at(c)), row.fields.at(c));
        }
        addRecordAt(m_out, m_path, r, m_options, m_posByte);
    }
    if (!table.error.isEmpty()) {
        if (m_header.isEmpty()) {
            stop({m_path, table.error});
            return;
        }
        Problem p{m_path, u"line %1: %2; the rest of the file is not read"_s.arg(table.errorLine).arg(table.error), m_posByte};
        p.line = table.errorLine;
        stop(p);
    }
}

} // namespace parallax::import
