// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"

#include <QObject>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace parallax::ui {

/**
 * Compacts the corpus file for the window (File ▸ Compact Corpus): on a thread and connection of
 * its own behind a progress dialog with Cancel, which leaves the corpus as it was.
 */
class CorpusCompactor final : public QObject
{
    Q_OBJECT
public:
    CorpusCompactor(store::Store &store, QWidget *window);
    ~CorpusCompactor() override;

    void compact();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /** Done: the file's use before and after. */
    void compacted(const store::Store::DiskUse &before, const store::Store::DiskUse &after);
    /** Not done: cancelled (empty error) or failed. */
    void notCompacted(const QString &error);
    void runningChanged(bool running);

private:
    store::Store &m_store;
    QWidget *m_window;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QProgressDialog *m_progress = nullptr;
};

} // namespace parallax::ui
