// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace parallax::import {

/** Something about one file that the user should know: why it was not imported, or a warning. */
struct Problem
{
    QString path;
    QString reason;
    qint64 byteOffset = -1; ///< where in the file, when it applies
    bool warning = false;   ///< true: imported anyway
};

/** What one file gave: zero or more articles, and its problems. */
struct FileResult
{
    QList<Article> articles;
    QList<Problem> problems;
};

/** The largest single-article text file read; longer ones are refused as not being an article. */
constexpr qint64 kMaxArticleFileBytes = 16 * 1024 * 1024;

/** Reads a file from disk (format sniffed by content). Never throws; problems name the file. */
FileResult readFile(const QString &path);

/** Reads bytes that came from `path`: decodes them and parses the article layout. */
FileResult readBytes(const QString &path, const QByteArray &bytes);

} // namespace parallax::import
