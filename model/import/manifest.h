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
};

/**
 * A sidecar manifest: `parallax-manifest.json` in a folder, an array of objects with "file"
 * and any of "outlet", "country", "date", "url", "language".
 */
class Manifest final
{
public:
    static constexpr auto fileName = "parallax-manifest.json";

    /** Loads the manifest of a folder; std::nullopt when it has none; an error names the problem. */
    static std::optional<Manifest> loadFromFolder(const QString &folder, QString *error);
    static std::optional<Manifest> parse(const QByteArray &json, const QString &origin, QString *error);

    /** Fills the fields the article's text left unknown, marking them as from the manifest. */
    void apply(const QString &fileName, Article &a) const;
    bool contains(const QString &fileName) const { return m_entries.contains(fileName); }

private:
    QHash<QString, ManifestEntry> m_entries;
};

} // namespace parallax::import
