// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "analysis/analysis.h"
#include "annotations/revisionanchoring.h"
#include "import/manifest.h"
#include "import/neardup.h"
#include "store/importstore.h"
#include "store/pairingstore.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QThread>
#include <QThreadPool>
#include <QWaitCondition>

#include <deque>
#include <memory>
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
    // Each count with its own plural form ("1 file read", "2 files failed").
    QStringList parts{QCoreApplication::translate("ImportReport", "%n file(s) read", nullptr, filesSeen),
                      QCoreApplication::translate("ImportReport", "%n article(s) imported", nullptr, articlesImported),
                      QCoreApplication::translate("ImportReport", "%n already in the corpus", nullptr, duplicates),
                      QCoreApplication::translate("ImportReport", "%n file(s) failed", nullptr, failedFiles())};
    if (nearDuplicates > 0)
        parts << QCoreApplication::translate("ImportReport", "%n near-duplicate(s) linked", nullptr, nearDuplicates);
    if (revisions > 0)
        parts << QCoreApplication::translate("ImportReport", "%n changed version(s) of stored articles", nullptr, revisions)
                     + u" ("_s
                     + QCoreApplication::translate("ImportReport", "%n annotation(s) re-anchored", nullptr, reanchored)
                     + u", "_s + QCoreApplication::translate("ImportReport", "%n orphaned", nullptr, orphaned) + u')';
    QString s = parts.join(u", "_s);
    if (cancelled)
        s += u" (cancelled)"_s;
    if (!stopped.isEmpty())
        s += u" ("_s + QCoreApplication::translate("ImportReport", "stopped: %1").arg(stopped) + u')';
    return s;
}

QString ImportReport::stoppedMessage() const
{
    if (stopped.isEmpty())
        return {};
    const QString stored = articlesImported == 0
        ? QCoreApplication::translate("ImportReport", "None of its articles were stored.")
        : QCoreApplication::translate("ImportReport", "The %n article(s) stored before it stopped are in the corpus.",
                                      nullptr, articlesImported);
    return QCoreApplication::translate("ImportReport", "The import stopped: %1.").arg(stopped) + u' ' + stored + u' '
        + QCoreApplication::translate("ImportReport", "Once this is put right, import the same files again: what is "
                                                      "stored is skipped and the rest added.");
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

// Articles of one file (a piece of it, for a record file), with the manifest applied, analysed,
// and their duplicate keys; and how far the file has been read.
struct Chunk
{
    FileResult result;
    QList<analysis::AnalysisResult> analyses;
    QList<store::DuplicateKeys> keys;
    qint64 bytesRead = 0;
};

// What a pool thread reads of one file, waiting for the writer. The reader waits while the
// writer has two chunks of the file to write, so memory stays bounded for a file of any size.
class FileFeed
{
public:
    bool push(Chunk &&chunk)
    {
        QMutexLocker lock(&m_mutex);
        while (m_chunks.size() >= kCapacity && !m_cancelled)
            m_changed.wait(&m_mutex);
        if (m_cancelled)
            return false;
        m_chunks.append(std::move(chunk));
        m_changed.wakeAll();
        return true;
    }
    /** The next chunk, waiting for it; nothing when the file is read. */
    std::optional<Chunk> pop()
    {
        QMutexLocker lock(&m_mutex);
        while (m_chunks.isEmpty() && !m_done)
            m_changed.wait(&m_mutex);
        if (m_chunks.isEmpty())
            return std::nullopt;
        std::optional<Chunk> chunk = m_chunks.takeFirst();
        m_changed.wakeAll();
        return chunk;
    }
    void finish()
    {
        QMutexLocker lock(&m_mutex);
        m_done = true;
        m_changed.wakeAll();
    }
    void cancel()
    {
        QMutexLocker lock(&m_mutex);
        m_cancelled = true;
        m_changed.wakeAll();
    }

private:
    static constexpr qsizetype kCapacity = 2;
    QMutex m_mutex;
    QWaitCondition m_changed;
    QList<Chunk> m_chunks;
    bool m_done = false;
    bool m_cancelled = false;
};

} // namespace

namespace {

// Why the import cannot go on, for the report: what the user can put right.
QString stopReason(const store::Store &store)
{
    switch (store.lastFault()) {
    case store::Store::Fault::DiskFull: return u"the disk that holds the corpus is full"_s;
    case store::Store::Fault::Storage:
    case store::Store::Fault::Operation: break;
    }
    return u"the corpus could not be written (%1)"_s.arg(store.lastError());
}

} // namespace

ImportReport Importer::run(const QStringList &paths, const ProgressFn &progress)
{
    // The inserts grow several indexes at scattered places (mentions by entity, the full-text
    // segments): with their pages kept in memory no insert waits for a read or spills a page.
    struct PageCache
    {
        store::Store &store;
        const int before = store.setPageCacheKiB(64 * 1024);
        const int checkpointPages = store.setCheckpointPages(16384);
        ~PageCache()
        {
            store.setPageCacheKiB(before);
            store.setCheckpointPages(checkpointPages);
        }
    } pageCache{m_store};
    ImportReport report;
    const QStringList files = collectFiles(paths, &report.problems);
    report.filesSeen = int(files.size());
    if (m_store.isReadOnly()) {
        report.stopped = m_store.readOnlyReason();
        return report;
    }

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
    const int batchSize = m_batchSize;
    // Runs in a pool thread: reads a file piece by piece and hands its analysed articles to the
    // writer in chunks of at most a batch.
    auto read = [&shared, &options, analysers, batchSize](const QString &f, FileFeed &feed) {
        const QFileInfo info(f);
        const auto found = shared.constFind(info.absolutePath());
        const Manifest *manifest = found != shared.cend() && found->has_value() ? &**found : nullptr;
        ReadOptions o = options;
        if (manifest)
            o.declaredEncoding = manifest->encoding(info.fileName());
        readFile(f, o, [&](FileResult &piece, qint64 bytesRead) {
            Chunk c;
            c.bytesRead = bytesRead;
            c.result.problems = std::move(piece.problems);
            for (qsizetype k = 0; k < piece.articles.size(); ++k) {
                Article &a = c.result.articles.emplace_back(std::move(piece.articles[k]));
                if (manifest)
                    manifest->apply(info.fileName(), a);
                // What the writer would otherwise compute is made here, on the reading threads:
                // the writer is the import's bottleneck.
                a.contentHash = store::Store::contentHash(a.body);
                analysis::AnalysisResult &result = c.analyses.emplace_back(analysis::analyse(a, analysers));
                if (result.hasPairingKeys)
                    result.pairingWordsPacked = store::packPairingWords(result.pairingWords);
                c.keys.append(duplicateKeys(a));
                const bool lastOfPiece = k + 1 == piece.articles.size();
                if (c.result.articles.size() >= batchSize && !lastOfPiece) {
                    if (!feed.push(std::exchange(c, {})))
                        return false;
                    c.bytesRead = bytesRead;
                }
            }
            return feed.push(std::move(c));
        });
        feed.finish();
    };

    // Whole batches of articles are committed; a cancel or a crash loses at most the open one,
    // and a re-run skips what is stored (content hash) and adds the rest.
    store::ImportStore extra(m_store.database());
    annotations::RevisionAnchoring revisions(m_store.database());
    int inTransaction = 0;
    int committed = 0;
    bool failed = false;
    // The corpus cannot be written (a full disk, a write error): the open batch is rolled back,
    // and the import stops, since every later write would fail the same way.
    auto stop = [&] {
        report.stopped = stopReason(m_store);
        if (inTransaction > 0)
            m_store.rollbackTransaction();
        inTransaction = 0;
        report.articlesImported = committed;
        failed = true;
    };
    auto commit = [&] {
        if (inTransaction == 0)
            return true;
        if (!m_store.commitTransaction()) {
            stop();
            return false;
        }
        inTransaction = 0;
        committed = report.articlesImported;
        p.articlesImported = committed;
        // An annotation or an entity edit made in the window meanwhile is written now, not after
        // the whole import.
        store::yieldToWindow();
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
    auto write = [&](Chunk &chunk) {
        report.problems += chunk.result.problems;
        for (qsizetype k = 0; k < chunk.result.articles.size(); ++k) {
            if (inTransaction == 0 && !m_store.beginTransaction()) {
                stop();
                return;
            }
            ++inTransaction;
            Article &a = chunk.result.articles[k];
            switch (m_store.insertArticle(a, chunk.analyses.at(k))) {
            case store::Store::InsertOutcome::Inserted:
                ++report.articlesImported;
                if (!extra.writeSource(a))
                    report.problems.append({a.source, extra.lastError(), -1, true});
                if (extra.linkNearDuplicate(a.id, chunk.keys.at(k), [&](qint64 storedId) -> std::optional<double> {
                        const std::optional<Article> stored = m_store.article(storedId);
                        return stored ? std::optional<double>(resemblance(a, *stored)) : std::nullopt;
                    }))
                    ++report.nearDuplicates;
                else if (!extra.lastError().isEmpty())
                    report.problems.append({a.source, extra.lastError(), -1, true});
                if (const auto revised = revisions.articleStored(a, chunk.keys.at(k).metaKey)) {
                    ++report.revisions;
                    report.reanchored += revised->reanchored;
                    report.orphaned += revised->orphaned;
                } else if (!revisions.lastError().isEmpty())
                    report.problems.append({a.source, revisions.lastError(), -1, true});
                break;
            case store::Store::InsertOutcome::Duplicate: ++report.duplicates; break;
            case store::Store::InsertOutcome::Failed:
                if (m_store.lastFault() != store::Store::Fault::Operation) {
                    stop();
                    return;
                }
                report.problems.append({a.source, m_store.lastError()});
                break;
            }
            // A batch ends early when the window waits to write (an annotation, an entity edit):
            // it waits for one article, not for the rest of the batch.
            // While someone edits in the window, batches are short: the edit waits for less.
            const int batch = store::windowWaitedLately() ? std::min(m_batchSize, 8) : m_batchSize;
            if ((inTransaction >= batch || store::windowIsWaiting()) && (!commit() || !proceed())) {
                failed = !report.cancelled;
                return;
            }
        }
    };

    // Pool threads read files in order, a few files ahead of the writer (this thread), which
    // writes them in order: the second core reads and analyses while the writer holds the first.
    // A record file comes in chunks as it is read, so that no file is held whole in memory.
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    const qsizetype window = 2 * pool.maxThreadCount();
    std::deque<std::shared_ptr<FileFeed>> reading;
    qsizetype next = 0;
    auto readAhead = [&] {
        while (next < files.size() && qsizetype(reading.size()) < window) {
            auto feed = std::make_shared<FileFeed>();
            pool.start([read, feed, f = files.at(next)] { read(f, *feed); });
            reading.push_back(std::move(feed));
            ++next;
        }
    };
    proceed();
    for (qsizetype i = 0; i < files.size() && !failed && !report.cancelled; ++i) {
        readAhead();
        const std::shared_ptr<FileFeed> feed = reading.front();
        const qint64 size = sizes.value(files.at(i));
        const qint64 before = p.bytesDone;
        while (std::optional<Chunk> chunk = feed->pop()) {
            // Within a large file, progress is told by the bytes read of it.
            p.bytesDone = before + std::min(chunk->bytesRead, size);
            write(*chunk);
            if (failed || report.cancelled)
                break;
            if (chunk->bytesRead < size && !proceed())
                break;
        }
        if (failed || report.cancelled)
            break;
        reading.pop_front();
        p.bytesDone = before + size;
        ++p.filesDone;
        if (p.filesDone % m_batchSize == 0 && !proceed())
            break;
    }
    for (const std::shared_ptr<FileFeed> &feed : reading)
        feed->cancel();
    pool.waitForDone();
    if (!failed && !commit())
        failed = true;
    if (progress && !report.cancelled) {
        p.elapsedMs = timer.elapsed();
        progress(p);
    }
    return report;
}

} // namespace parallax::import
