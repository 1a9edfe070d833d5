// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The five sample articles as the importer reads them (reader + the folder's manifest), for the
// comparison tests. Ids are 1 to 5 in file order (000 is 1, 002 is 3).

#include "core/article.h"
#include "import/filereader.h"
#include "import/manifest.h"

#include <QDir>
#include <QFileInfo>
#include <QList>

namespace parallax::testing {

inline QList<Article> seedArticles()
{
    using namespace Qt::StringLiterals;
    const QString folder = QStringLiteral(PARALLAX_SOURCE_DIR) + u"/resources/seeds"_s;
    QString error;
    const auto manifest = import::Manifest::loadFromFolder(folder, &error);
    QList<Article> articles;
    const QStringList files = QDir(folder).entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const import::FileResult read = import::readFile(folder + u'/' + file);
        for (Article a : read.articles) {
            if (manifest)
                manifest->apply(file, a);
            a.id = articles.size() + 1;
            articles.append(a);
        }
    }
    return articles;
}

/** The index of the first sentence containing `needle`, or -1. */
inline int sentenceWith(const Article &a, const QString &needle)
{
    for (int i = 0; i < a.sentences.size(); ++i) {
        if (a.text(a.sentences.at(i)).contains(needle))
            return i;
    }
    return -1;
}

} // namespace parallax::testing
