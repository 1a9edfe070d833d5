// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace parallax::bench {

/** What the generator wrote. */
struct GeneratedCorpus
{
    QStringList files;
    qint64 bytes = 0;
    int articles = 0;
    int japanese = 0;
    int russian = 0;
};

/**
 * Writes a deterministic corpus of `articles` news articles as JSON Lines files (1,000 records
 * each) into `folder`: bodies of 1.5–5 KB, 14 outlets in 6 countries, dates over 2010–2024,
 * entity names drawn with a Zipf-like distribution, about 15% Japanese and 15% Russian
 * articles. The same seed gives the same bytes.
 */
GeneratedCorpus generateCorpus(const QString &folder, int articles, quint64 seed = 20191219);

} // namespace parallax::bench
