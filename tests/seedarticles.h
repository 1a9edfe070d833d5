// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A minimal reader for the five sample articles, used by the comparison tests until the
// article reader of model/import is available: the body is the file's text without its
// " date YYYY-MM-DD " prefix; country, date and outlet come from tests/data/compare/seeds.tsv.

#include "core/article.h"
#include "text/segmenter.h"

#include <QFile>
#include <QList>
#include <QRegularExpression>

namespace parallax::testing {

inline QList<Article> seedArticles()
{
    using namespace Qt::StringLiterals;
    const QString root = QStringLiteral(PARALLAX_SOURCE_DIR);
    QFile manifest(root + u"/tests/data/compare/seeds.tsv"_s);
    QList<Article> articles;
    if (!manifest.open(QIODevice::ReadOnly | QIODevice::Text))
        return articles;
    const QStringList lines = QString::fromUtf8(manifest.readAll()).split(u'\n');
    for (const QString &line : lines) {
        const QStringList f = line.split(u'\t');
        if (line.startsWith(u'#') || f.size() < 4)
            continue;
        QFile file(root + u"/resources/seeds/"_s + f.at(0));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Article a;
        a.id = f.at(0).left(3).toLongLong() + 1;
        a.source = f.at(0);
        a.country = f.at(1);
        a.published = QDate::fromString(f.at(2), Qt::ISODate);
        a.outlet = f.at(3);
        a.language = u"en"_s;
        a.body = QString::fromUtf8(file.readAll());
        static const QRegularExpression datePrefix(u"^\\s*date \\d{4}-\\d{2}-\\d{2}\\s+"_s);
        a.body.remove(datePrefix);
        a.paragraphs = text::paragraphs(a.body);
        a.sentences = text::sentences(a.body, a.paragraphs);
        articles.append(a);
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
