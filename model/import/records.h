// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/filereader.h"
#include "import/options.h"

#include <QJsonObject>
#include <QStringList>

namespace parallax::import {

/** The article fields a record file can fill, and the column names news datasets use for them. */
enum class Field { Title, Body, Date, Outlet, Url, Language, Author, Country };

/** The canonical name of a field ("title", "body", ...), and the field a user's name means. */
QString fieldName(Field f);
std::optional<Field> fieldFromName(const QString &name);

/** Whether a header names a column for the article text or title (so a delimited file is records). */
bool looksLikeRecordHeader(const QStringList &columns, const ReadOptions &options);

/** Articles from JSON Lines, a JSON array or a single JSON object. */
FileResult readJson(const QString &path, const QString &text, const ReadOptions &options);

/** Articles from delimited text with a header line (CSV, TSV, semicolons). */
FileResult readDelimited(const QString &path, const QString &text, QChar delimiter, const ReadOptions &options);

} // namespace parallax::import
