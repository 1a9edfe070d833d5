// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace parallax::store {
class Store;
}

namespace parallax::corpus {

/** The corpus used when none is named: corpus.parallax in the user's data directory. */
QString defaultCorpusPath();

/** Where the built-in sample corpus lives (a Qt resource folder of the application). */
inline constexpr auto sampleCorpusFolder = ":/parallax/seeds";

/**
 * Opens the corpus at path. A corpus file that does not exist yet is created and, when
 * `withSample` is set, filled with the built-in sample corpus. Returns false with an error
 * naming the file when it cannot be opened.
 */
bool openCorpus(store::Store &store, const QString &path, bool withSample, QString *error);

} // namespace parallax::corpus
