// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: a sample article read the way a plain-text import reads it.
#pragma once

#include "core/article.h"
#include "import/textreader.h"

#include <QDir>
#include <QFile>

namespace parallax::testing {

/** The sample article whose file name starts with `prefix` (e.g. "000"); empty when missing. */
inline Article seedArticle(const QString &prefix)
{
    using namespace Qt::StringLiterals;
    const QDir dir(QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds"));
    const QStringList files = dir.entryList({prefix + u"_*.txt"_s}, QDir::Files);
    QFile f(dir.filePath(files.value(0)));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return import::readPlainText(QString::fromUtf8(f.readAll()), f.fileName());
}

} // namespace parallax::testing
