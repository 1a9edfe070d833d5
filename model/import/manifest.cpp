// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parallax::import {

std::optional<Manifest> Manifest::loadFromFolder(const QString &folder, QString *error)
{
    QFile f(QDir(folder).filePath(QLatin1StringView(fileName)));
    if (!f.exists())
        return std::nullopt;
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
        const QString file = o.value(u"file"_s).toString();
        if (file.isEmpty()) {
            *error = u"%1: entry %2 has no \"file\""_s.arg(origin).arg(i + 1);
            return std::nullopt;
        }
        ManifestEntry e;
        e.outlet = o.value(u"outlet"_s).toString();
        e.country = o.value(u"country"_s).toString().toUpper();
        e.url = o.value(u"url"_s).toString();
        e.language = o.value(u"language"_s).toString();
        const QString date = o.value(u"date"_s).toString();
        if (!date.isEmpty()) {
            e.published = QDate::fromString(date, Qt::ISODate);
            if (!e.published.isValid()) {
                *error = u"%1: entry for %2 has a date that is not YYYY-MM-DD: %3"_s.arg(origin, file, date);
                return std::nullopt;
            }
        }
        m.m_entries.insert(file, e);
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
    if (a.country.isEmpty() && !it->country.isEmpty()) {
        a.country = it->country;
        a.countryProvenance = Provenance::Manifest;
    }
    if (!a.published.isValid() && it->published.isValid()) {
        a.published = it->published;
        a.dateProvenance = Provenance::Manifest;
    }
    if (!it->language.isEmpty())
        a.language = it->language;
}

} // namespace parallax::import
