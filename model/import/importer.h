// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysis.h"
#include "import/filereader.h"
#include "import/options.h"

#include <QStringList>

#include <functional>

namespace parallax::store {
class Store;
}

namespace parallax::import {

struct ImportProgress
{
    int filesDone = 0;
    int filesTotal = 0;
    int articlesImported = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    qint64 elapsedMs = 0;
};

/** What an import did. Every file that gave nothing has a problem naming it. */
struct ImportReport
{
    int filesSeen = 0;
    int articlesImported = 0;
    int duplicates = 0;     ///< exact copies of stored articles, skipped
    int nearDuplicates = 0; ///< imported and linked to the article they repeat
    int revisions = 0;      ///< changed versions of stored articles, which they supersede
    int reanchored = 0;     ///< annotations moved to a new version and found again in its text
    int orphaned = 0;       ///< annotations moved to a new version whose passage was not found
    bool cancelled = false;
    /**
     * Why the import stopped before its end, when the corpus could not be written (a full disk,
     * a write error): what was committed before stays, and importing the same files again adds
     * the rest. Empty when it ran to its end or was cancelled.
     */
    QString stopped;
    QList<Problem> problems;

    int failedFiles() const;
    QString summary() const;
    /** For a stopped import: why, what is stored, and what to do; empty otherwise. */
    QString stoppedMessage() const;
};

/**
 * Imports files and folders (recursively) into a store: reads and parses in parallel, then
 * writes batches of articles, each in one transaction, linking near-duplicates in the same
 * transaction. A bad file or record never stops the import; nothing already stored is changed.
 * Only a corpus that cannot be written stops it (ImportReport::stopped), at the last whole batch.
 * The progress callback runs on the calling thread, between batches, and returns false to cancel:
 * what is committed stays, and a re-run adds exactly what is missing.
 */
class Importer final
{
public:
    using ProgressFn = std::function<bool(const ImportProgress &)>;

    explicit Importer(store::Store &store);

    /** Articles per transaction (and files per parallel read). */
    void setBatchSize(int articles) { m_batchSize = std::max(1, articles); }
    /** Field mapping and encoding override for every file of the import. */
    void setReadOptions(const ReadOptions &options) { m_options = options; }
    /** Which analysers run on each article (all by default). */
    void setAnalysers(analysis::Analysers which) { m_analysers = which; }
    ImportReport run(const QStringList &paths, const ProgressFn &progress = {});

    /** The files an import of `paths` would read, sorted; missing paths become problems. */
    static QStringList collectFiles(const QStringList &paths, QList<Problem> *problems);

private:
    store::Store &m_store;
    ReadOptions m_options;
    int m_batchSize = 64;
    analysis::Analysers m_analysers = analysis::allAnalysers;
};

} // namespace parallax::import
