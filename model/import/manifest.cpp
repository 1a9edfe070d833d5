// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifest.h"

#include "import/csv.h"
#include "import/dates.h"
#include "import/decoder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parallax::import {

bool Manifest::isManifestName(const QString &name)
{
    return name == QLatin1StringView(fileName) || name == QLatin1StringView(csvFileName);
}

std::optional<Manifest> Manifest::loadFromFolder(const QString &folder, QString *error)
{
    QFile f(QDir(folder).filePath(QLatin1StringView(fileName)));
    if (!f.exists()) {
        QFile csv(QDir(folder).filePath(QLatin1StringView(csvFileName)));
        if (!csv.exists())
            return std::nullopt;
        if (!csv.open(QIODevice::ReadOnly)) {
            *error = u"%1: cannot be read: %2"_s.arg(csv.fileName(), csv.errorString());
            return std::nullopt;
        }
        return parseCsv(csv.readAll(), csv.fileName(), error);
    }
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"%1: cannot be read: %2"_s.arg(f.fileName(), f.errorString());
        return std::nullopt;
    }
    return parse(f.readAll(), f.fileName(), error);
}

std::optional<Manifest> Manifest::parse(const QByteArray &json, const QString &origin, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isArray()) {
        *error = u"%1: not a JSON array of entries (%2 at byte offset %3)"_s.arg(
            origin, pe.error != QJsonParseError::NoError ? pe.errorString() : u"wrong top-level type"_s)
                     .arg(pe.offset);
        return std::nullopt;
    }
    Manifest m;
    const QJsonArray entries = doc.array();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject o = entries.at(i).toObject();
        QHash<QString, QString> fields;
        for (auto it = o.begin(); it != o.end(); ++it)
            fields.insert(it.key(), it.value().toString());
        if (fields.value(u"file"_s).isEmpty()) {
            *error = u"%1: entry %2 has no \"file\""_s.arg(origin).arg(i + 1);
            return std::nullopt;
        }
        const auto e = entry(fields, origin, error);
        if (!e)
            return std::nullopt;
        m.m_entries.insert(fields.value(u"file"_s), *e);
    }
    return m;
}

std::optional<ManifestEntry> Manifest::entry(const QHash<QString, QString> &fields, const QString &origin, QString *error)
{
    ManifestEntry e;
    const QString file = fields.value(u"file"_s);
    e.outlet = fields.value(u"outlet"_s).trimmed();
    e.country = fields.value(u"country"_s).trimmed().toUpper();
    e.url = fields.value(u"url"_s).trimmed();
    e.language = fields.value(u"language"_s).trimmed();
    e.encoding = fields.value(u"encoding"_s).trimmed();
    const QString date = fields.value(u"date"_s).trimmed();
    if (!date.isEmpty()) {
        e.published = parseDate(date).date;
        if (!e.published.isValid()) {
            *error = u"%1: entry for %2 has a date that is not YYYY-MM-DD: %3"_s.arg(origin, file, date);
            return std::nullopt;
        }
    }
    return e;
}

std::optional<Manifest> Manifest::parseCsv(const QByteArray &csv, const QString &origin, QString *error)
{
    const DecodeResult text = decode(csv);
    if (!text.ok) {
        *error = u"%1: %2"_s.arg(origin, text.error);
        return std::nullopt;
    }
    const qsizetype nl = text.text.indexOf(u'\n');
    const QChar delimiter = sniffDelimiter(QStringView(text.text).first(nl < 0 ? text.text.size() : nl));
    const CsvTable table = parseDelimited(text.text, delimiter.isNull() ? QChar(u',') : delimiter);
    if (!table.error.isEmpty()) {
        *error = u"%1: %2"_s.arg(origin, table.error);
        return std::nullopt;
    }
    QStringList header;
    for (const QString &h : table.records.value(0).fields)
        header << h.trimmed().toLower();
    if (!header.contains(u"file"_s)) {
        *error = u"%1: the header has no \"file\" column"_s.arg(origin);
        return std::nullopt;
    }
    Manifest m;
    for (qsizetype i = 1; i < table.records.size(); ++i) {
        const CsvRecord &row = table.records.at(i);
        QHash<QString, QString> fields;
        for (qsizetype c = 0; c < header.size() && c < row.fields.size(); ++c)
            fields.insert(header.at(c), row.fields.at(c));
        if (fields.value(u"file"_s).trimmed().isEmpty()) {
            *error = u"%1: line %2 has no file name"_s.arg(origin).arg(row.line);
            return std::nullopt;
        }
        const auto e = entry(fields, origin, error);
        if (!e)
            return std::nullopt;
        m.m_entries.insert(fields.value(u"file"_s).trimmed(), *e);
    }
    return m;
}
void Manifest::apply(const QString &fileName, Article &a) const
{
    const auto it = m_entries.constFind(fileName);
    if (it == m_entries.cend())
        return;
    if (a.outlet.isEmpty() && !it->outlet.isEmpty()) {
        a.outlet = it->outlet;
        a.outletProvenance = Provenance::Manifest;
    }
    // The manifest knows better than an inference from the outlet's name.
    if ((a.country.isEmpty() || a.countryProvenance == Provenance::Inferred) && !it->country.isEmpty()) {
        a.country = it->country;
        a.countryProvenance = Provenance::Manifest;
    }
    if (!a.published.isValid() && it->published.isValid()) {
        a.published = it->published;
        a.dateProvenance = Provenance::Manifest;
    }
    if (!it->language.isEmpty())
        a.language = it->language;
    if (a.url.isEmpty())
        a.url = it->url;
}

} // namespace parallax::import
