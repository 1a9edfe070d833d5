// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "analysis/analysis.h"
#include "annotations/revisionanchoring.h"
#include "import/manifest.h"
#include "import/neardup.h"
#include "store/importstore.h"
#include "store/store.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QtConcurrent/QtConcurrentMap>

#include <optional>

using namespace Qt::StringLiterals;

namespace parallax::import {

int ImportReport::failedFiles() const
{
    QSet<QString> failed;
    for (const Problem &p : problems) {
        if (!p.warning)
            failed.insert(p.path);
    }
    return int(failed.size());
}

QString ImportReport::summary() const
{
    QString s = u"%1 file(s) read, %2 article(s) imported, %3 already in the corpus, %4 file(s) failed"_s
                    .arg(filesSeen).arg(articlesImported).arg(duplicates).arg(failedFiles());
    if (nearDuplicates > 0)
        s += u", %1 near-duplicate(s) linked"_s.arg(nearDuplicates);
    if (revisions > 0)
        s += u", %1 changed version(s) of stored articles (%2 annotation(s) re-anchored, %3 orphaned)"_s
                 .arg(revisions).arg(reanchored).arg(orphaned);
    if (cancelled)
        s += u" (cancelled)"_s;
    return s;
}

Importer::Importer(store::Store &store)
    : m_store(store)
{
}

QStringList Importer::collectFiles(const QStringList &paths, QList<Problem> *problems)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            problems->append({path, u"no such file or folder"_s});
        } else if (info.isDir()) {
            if (!info.isReadable()) {
                problems->append({path, u"the folder cannot be read (permission denied)"_s});
                continue;
            }
            // System: links to missing files are listed too, so that they are reported.
            QDirIterator it(path, QDir::Files | QDir::System | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            QStringList inFolder;
            while (it.hasNext()) {
                const QString f = it.next();
                const QString name = QFileInfo(f).fileName();
                if (name.startsWith(u'.') || Manifest::isManifestName(name))
                    continue;
                inFolder.append(f);
            }
            inFolder.sort();
            files += inFolder;
        } else {
            files.append(path);
        }
    }
    files.removeDuplicates();
    return files;
}

namespace {

constexpr qint64 kReadBatchBytes = 8 * 1024 * 1024;

// One file read in a worker thread, with the manifest applied, analysed, and its duplicate keys.
struct ReadFile
{
    FileResult result;
    QList<analysis::AnalysisResult> analyses;
    QList<store::DuplicateKeys> keys;
};

} // namespace

ImportReport Importer::run(const QStringList &paths, const ProgressFn &progress)
{
    ImportReport report;
    const QStringList files = collectFiles(paths, &report.problems);
    report.filesSeen = int(files.size());

    ImportProgress p;
    p.filesTotal = int(files.size());
    QHash<QString, qint64> sizes;
    for (const QString &f : files)
        p.bytesTotal += sizes[f] = QFileInfo(f).size();
    QElapsedTimer timer;
    timer.start();

    // Manifests are loaded before reading so that the readers can use their encodings.
    QHash<QString, std::optional<Manifest>> manifests;
    for (const QString &f : files) {
        const QString dir = QFileInfo(f).absolutePath();
        if (manifests.contains(dir))
            continue;
        QString error;
        manifests.insert(dir, Manifest::loadFromFolder(dir, &error));
        if (!error.isEmpty())
            report.problems.append({dir, error, -1, true});
    }
    const ReadOptions options = m_options;
    const QHash<QString, std::optional<Manifest>> &shared = manifests; // read-only from here on
    const analysis::Analysers analysers = m_analysers;
    auto read = [&shared, &options, analysers](const QString &f) {
        const QFileInfo info(f);
        const auto found = shared.constFind(info.absolutePath());
        const Manifest *manifest = found != shared.cend() && found->has_value() ? &**found : nullptr;
        ReadOptions o = options;
        if (manifest)
            o.declaredEncoding = manifest->encoding(info.fileName());
        ReadFile r{readFile(f, o), {}, {}};
        for (Article &a : r.result.articles) {
            if (manifest)
                manifest->apply(info.fileName(), a);
            r.analyses.append(analysis::analyse(a, analysers));
            r.keys.append(duplicateKeys(a));
        }
        return r;
    };

    // Whole batches of articles are committed; a cancel or a crash loses at most the open one,
    // and a re-run skips what is stored (content hash) and adds the rest.
    store::ImportStore extra(m_store.database());
    annotations::RevisionAnchoring revisions(m_store.database());
    int inTransaction = 0;
    int committed = 0;
    bool failed = false;
    auto commit = [&] {
        if (inTransaction == 0)
            return true;
        inTransaction = 0;
        if (!m_store.commitTransaction()) {
            m_store.rollbackTransaction();
            report.problems.append({m_store.path(), m_store.lastError()});
            report.articlesImported = committed;
            return false;
        }
        committed = report.articlesImported;
        p.articlesImported = committed;
        return true;
    };
    auto proceed = [&] {
        p.elapsedMs = timer.elapsed();
        if (progress && !progress(p)) {
            report.cancelled = true;
            return false;
        }
        return true;
    };

    // Files are read in batches of at most m_batchSize files and about kReadBatchBytes, so that
    // a folder of large JSON Lines or CSV files does not hold tens of thousands of parsed articles
    // in memory at once. Reading runs one batch ahead: the pool parses and analyses batch i + 1
    // while this thread writes batch i, so the second core works while the writer holds the first.
    QList<QStringList> batches;
    qint64 batchBytes = 0;
    for (const QString &f : files) {
        const qint64 size = sizes.value(f);
        if (batches.isEmpty() || batches.last().size() >= m_batchSize
            || (batchBytes + size > kReadBatchBytes && !batches.last().isEmpty())) {
            batches.append(QStringList{});
            batchBytes = 0;
        }
        batches.last().append(f);
        batchBytes += size;
    }
    auto readAhead = [&](qsizetype index) {
        return index < batches.size() ? QtConcurrent::mapped(batches.at(index), read) : QFuture<ReadFile>();
    };
    QFuture<ReadFile> ahead = readAhead(0);
    for (qsizetype index = 0; index < batches.size() && !failed && !report.cancelled; ++index) {
        if (!proceed())
            break;
        const QStringList &batch = batches.at(index);
        QList<ReadFile> results = ahead.results();
        ahead = readAhead(index + 1);
        for (qsizetype i = 0; i < results.size() && !failed; ++i) {
            const QString &file = batch.at(i);
            ReadFile &r = results[i];
            report.problems += r.result.problems;
            for (qsizetype k = 0; k < r.result.articles.size(); ++k) {
                if (inTransaction == 0 && !m_store.beginTransaction()) {
                    report.problems.append({m_store.path(), m_store.lastError()});
                    failed = true;
                    break;
                }
                ++inTransaction;
                Article &a = r.result.articles[k];
                switch (m_store.insertArticle(a, r.analyses.at(k))) {
                case store::Store::InsertOutcome::Inserted:
                    ++report.articlesImported;
                    if (!extra.writeSource(a))
                        report.problems.append({a.source, extra.lastError(), -1, true});
                    if (extra.linkNearDuplicate(a.id, r.keys.at(k)))
                        ++report.nearDuplicates;
                    else if (!extra.lastError().isEmpty())
                        report.problems.append({a.source, extra.lastError(), -1, true});
                    if (const auto revised = revisions.articleStored(a, r.keys.at(k).metaKey)) {
                        ++report.revisions;
                        report.reanchored += revised->reanchored;
                        report.orphaned += revised->orphaned;
                    } else if (!revisions.lastError().isEmpty())
                        report.problems.append({a.source, revisions.lastError(), -1, true});
                    break;
                case store::Store::InsertOutcome::Duplicate: ++report.duplicates; break;
                case store::Store::InsertOutcome::Failed:
                    report.problems.append({a.source, m_store.lastError()});
                    break;
                }
                if (inTransaction >= m_batchSize && (!commit() || !proceed())) {
                    failed = !report.cancelled;
                    break;
                }
            }
            if (report.cancelled)
                break;
            p.bytesDone += sizes.value(file);
            ++p.filesDone;
        }
        if (!failed && !commit())
            failed = true;
    }
    ahead.cancel();
    ahead.waitForFinished();
    if (!failed && !commit())
        failed = true;
    if (progress && !report.cancelled) {
        p.elapsedMs = timer.elapsed();
        progress(p);
    }
    return report;
}

} // namespace parallax::import
