// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "analysis/analysis.h"
#include "import/manifest.h"
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
                if (name.startsWith(u'.') || name == QLatin1StringView(Manifest::fileName))
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

ImportReport Importer::run(const QStringList &paths, const ProgressFn &progress)
{
    ImportReport report;
    const QStringList files = collectFiles(paths, &report.problems);
    report.filesSeen = int(files.size());

    ImportProgress p;
    p.filesTotal = int(files.size());
    for (const QString &f : files)
        p.bytesTotal += QFileInfo(f).size();
    QElapsedTimer timer;
    timer.start();

    QHash<QString, std::optional<Manifest>> manifests;
    auto manifestFor = [&](const QString &file) -> const std::optional<Manifest> & {
        const QString dir = QFileInfo(file).absolutePath();
        auto it = manifests.find(dir);
        if (it == manifests.end()) {
            QString error;
            it = manifests.insert(dir, Manifest::loadFromFolder(dir, &error));
            if (!error.isEmpty())
                report.problems.append({dir, error, -1, true});
        }
        return *it;
    };

    for (qsizetype start = 0; start < files.size(); start += m_batchSize) {
        if (progress && !progress(p)) {
            report.cancelled = true;
            break;
        }
        const QStringList batch = files.mid(start, m_batchSize);
        // Manifests are loaded here, then only read by the pool.
        for (const QString &f : batch)
            manifestFor(f);
        // Read, parse, complete from the manifest and analyse in the thread pool; write from this thread.
        struct Parsed
        {
            FileResult file;
            QList<analysis::AnalysisResult> analyses;
        };
        const auto &loaded = manifests;
        QList<Parsed> results = QtConcurrent::blockingMapped(batch, [&loaded](const QString &f) {
            Parsed p{readFile(f), {}};
            const QFileInfo info(f);
            const auto &manifest = loaded.value(info.absolutePath());
            for (Article &a : p.file.articles) {
                if (manifest)
                    manifest->apply(info.fileName(), a);
                p.analyses.append(analysis::analyse(a));
            }
            return p;
        });
        if (!m_store.beginTransaction()) {
            report.problems.append({m_store.path(), m_store.lastError()});
            break;
        }
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QString &file = batch.at(i);
            Parsed &r = results[i];
            report.problems += r.file.problems;
            for (qsizetype k = 0; k < r.file.articles.size(); ++k) {
                Article &a = r.file.articles[k];
                switch (m_store.insertArticle(a, r.analyses.at(k))) {
                case store::Store::InsertOutcome::Inserted: ++report.articlesImported; break;
                case store::Store::InsertOutcome::Duplicate: ++report.duplicates; break;
                case store::Store::InsertOutcome::Failed:
                    report.problems.append({file, m_store.lastError()});
                    break;
                }
            }
            p.bytesDone += QFileInfo(file).size();
        }
        if (!m_store.commitTransaction()) {
            m_store.rollbackTransaction();
            report.problems.append({m_store.path(), m_store.lastError()});
            report.articlesImported = 0;
            break;
        }
        p.filesDone += int(batch.size());
        p.articlesImported = report.articlesImported;
        p.elapsedMs = timer.elapsed();
    }
    if (progress && !report.cancelled) {
        p.elapsedMs = timer.elapsed();
        progress(p);
    }
    return report;
}

} // namespace parallax::import
