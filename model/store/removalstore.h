// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace parallax::store {

class Store;

/** What removing some articles takes with it, worked out before anything is removed. */
struct RemovalPlan
{
    QList<qint64> ids;     ///< the stored articles among those asked for, in the order asked
    QList<qint64> unknown; ///< ids asked for that no stored article has
    qint64 annotations = 0; ///< the annotations on those articles, removed with them
    qint64 superseding = 0; ///< later versions of them that stay (they then replace nothing)
};

/**
 * Takes articles out of a corpus: an import of the wrong folder, test material, articles outside
 * the study. Everything derived from an article goes with it in the same transaction (sentences,
 * dates, mentions and the entity counts, framing hits, search indexes, near-duplicate keys and
 * links, pair decisions, the timeline's summaries, its annotations), so that the corpus reads as
 * if the article had never been imported; a later import of the same file brings it back.
 */
class RemovalStore final
{
public:
    explicit RemovalStore(Store &store) : m_store(store) {}

    /** Which of ids are stored and what removing them would take with them. */
    RemovalPlan plan(const QList<qint64> &ids);
    /**
     * The articles imported from a file, or from any file under a folder (their source is
     * the path, or a record of it: "file.jsonl#12"), oldest first.
     */
    QList<qint64> fromSource(const QString &path);
    /**
     * Removes the articles, all or nothing: one transaction, rolled back when `cancel` is set
     * (then false with an empty lastError()) or anything fails (false with lastError()).
     * `progress` gets (removed, total) as it goes, on the calling thread.
     */
    bool remove(const QList<qint64> &ids, const std::atomic<bool> *cancel = nullptr,
                const std::function<void(int, int)> &progress = {});

    QString lastError() const { return m_error; }

private:
    bool fail(const QString &what, const QString &detail);

    Store &m_store;
    QString m_error;
};

} // namespace parallax::store
