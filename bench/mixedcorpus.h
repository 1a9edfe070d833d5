// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpusgen.h"

namespace parallax::bench {

/** What writeMixedCorpus wrote besides the articles: the files an import must refuse. */
struct MixedCorpus
{
    GeneratedCorpus corpus; ///< every article written, in whatever format
    QStringList badFiles;   ///< files that hold no importable article, each for its own reason
};

/**
 * Writes `articles` articles into `folder` in the mix an analyst's archive holds: most as JSON
 * Lines, the rest as plain text files with a sidecar manifest (UTF-8, UTF-16, Shift_JIS, EUC-JP,
 * windows-1251, KOI8-R), HTML pages with meta tags, CSV files, JSON arrays and gzip-compressed
 * JSON Lines; plus a handful of files an import must refuse (binary, empty, undecodable, a
 * truncated archive), listed in badFiles. Deterministic for a seed.
 */
MixedCorpus writeMixedCorpus(const QString &folder, int articles, quint64 seed = 20191219);

} // namespace parallax::bench
