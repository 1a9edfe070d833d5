// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace parallax::store {
class Store;
struct RemovalPlan;
}

namespace parallax::ui {

/**
 * Removes articles from the corpus for the window: asks first, saying what goes with them
 * (their annotations), then removes them on a thread and connection of its own behind a
 * progress dialog with Cancel (all or nothing), and says when they are gone.
 */
class ArticleRemover final : public QObject
{
    Q_OBJECT
public:
    ArticleRemover(store::Store &store, QWidget *window);
    ~ArticleRemover() override;

    /**
     * Works out what goes with the articles (off the window's thread for many), asks, then
     * removes them. Nothing happens when none of ids is stored.
     */
    void remove(const QList<qint64> &ids);
    /** From the question on, until the articles are gone or the removal ends otherwise. */
    bool isRunning() const { return m_running; }
    /** From how many articles remove() works out what goes with them off the window's thread (2,000). */
    void setBackgroundFrom(int articles) { m_backgroundFrom = articles; }
    /** Whether remove() asks first (tests turn it off). */
    void setConfirm(bool confirm) { m_confirm = confirm; }

Q_SIGNALS:
    /** The articles are gone (committed). */
    void removed(const QList<qint64> &ids);
    /** Nothing was removed: cancelled (empty error) or failed. */
    void notRemoved(const QString &error);
    void runningChanged(bool running);

private:
    void ask(const store::RemovalPlan &plan, const QString &error);
    void start(const QList<qint64> &ids);

    store::Store &m_store;
    QWidget *m_window;
    bool m_confirm = true;
    bool m_running = false;
    bool m_planning = false;
    int m_backgroundFrom = 2000;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QProgressDialog *m_progress = nullptr;
};

} // namespace parallax::ui
