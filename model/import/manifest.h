// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QHash>
#include <QString>

#include <optional>

namespace parallax::import {

/** Metadata for one file that its text does not say. Empty fields are unknown. */
struct ManifestEntry
{
    QString outlet;
    QString country;
    QDate published;
    QString url;
    QString language;
    QString encoding; ///< the charset the file is in, when the manifest says
};

/**
 * A sidecar manifest: `parallax-manifest.json` in a folder, an array of objects with "file"
 * and any of "outlet", "country", "date", "url", "language", "encoding"; or
 * `parallax-manifest.csv` with a header naming the same columns.
 */
class Manifest final
{
public:
    static constexpr auto fileName = "parallax-manifest.json";
    static constexpr auto csvFileName = "parallax-manifest.csv";

    /** Loads the manifest of a folder; std::nullopt when it has none; an error names the problem. */
    static std::optional<Manifest> loadFromFolder(const QString &folder, QString *error);
    static std::optional<Manifest> parse(const QByteArray &json, const QString &origin, QString *error);
    static std::optional<Manifest> parseCsv(const QByteArray &csv, const QString &origin, QString *error);
    /** Whether a file name is a manifest's (not an article). */
    static bool isManifestName(const QString &name);

    /** Fills the fields the article's text left unknown, marking them as from the manifest. */
    void apply(const QString &fileName, Article &a) const;
    bool contains(const QString &fileName) const { return m_entries.contains(fileName); }
    /** The encoding the manifest declares for a file, or empty. */
    QString encoding(const QString &fileName) const { return m_entries.value(fileName).encoding; }

private:
    static std::optional<ManifestEntry> entry(const QHash<QString, QString> &fields, const QString &origin,
                                              QString *error);
    QHash<QString, ManifestEntry> m_entries;
};

} // namespace parallax::import
