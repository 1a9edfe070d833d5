// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>
#include <type_traits>
#include <utility>

namespace parallax::store {

/**
 * Reads the corpus at `path` on a thread of the pool through a Store of its own (each thread
 * that reads opens its own connection) and hands what `read(Store &)` gives to `done` in
 * `context`'s thread; `done` is not called if `context` is destroyed first. When the corpus
 * cannot be opened, `unopened(error)` gives the result instead.
 */
template <typename Read, typename Unopened, typename Done>
void readInBackground(const QString &path, QObject *context, Read read, Unopened unopened, Done done)
{
    using Result = std::invoke_result_t<Read &, Store &>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path, read = std::move(read), unopened = std::move(unopened)]() mutable -> Result {
        Store corpus;
        return corpus.open(path) ? read(corpus) : unopened(corpus.lastError());
    }));
}

/**
 * A read that can be stopped: readInBackground() whose SQL fails soon after stop() (its result,
 * made of what was read by then, is for a caller that no longer wants it). A new read from the
 * same Interruptible stops the one before it.
 */
class Interruptible
{
public:
    ~Interruptible() { stop(); }
    /** Stops the read under way, if any. */
    void stop()
    {
        if (m_flag)
            m_flag->store(true);
        m_flag.reset();
    }
    /** Stops the read before and gives the flag of the next one. */
    std::shared_ptr<std::atomic_bool> next()
    {
        stop();
        m_flag = std::make_shared<std::atomic_bool>(false);
        return m_flag;
    }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

template <typename Read, typename Unopened, typename Done>
void readInBackground(const QString &path, QObject *context, Interruptible &interruptible, Read read,
                      Unopened unopened, Done done)
{
    readInBackground(
        path, context,
        [read = std::move(read), stop = interruptible.next()](Store &corpus) mutable {
            corpus.setInterrupt(stop.get()); // the flag lives as long as this function object
            return read(corpus);
        },
        std::move(unopened), std::move(done));
}

/** readInBackground() whose result is empty (default-constructed) when the corpus cannot be opened. */
template <typename Read, typename Done>
void readInBackground(const QString &path, QObject *context, Read read, Done done)
{
    using Result = std::invoke_result_t<Read &, Store &>;
    readInBackground(path, context, std::move(read), [](const QString &) { return Result{}; }, std::move(done));
}

/**
 * Writes (or reads) through `work(Store &)` on a connection of its own like readInBackground();
 * a corpus in memory, which no other connection can see, is worked on here instead, with `done`
 * called from the event loop all the same.
 */
template <typename Work, typename Unopened, typename Done>
void workInBackground(Store &store, QObject *context, Work work, Unopened unopened, Done done)
{
    if (!store.canOpenElsewhere()) {
        QTimer::singleShot(0, context, [done = std::move(done), result = work(store)]() mutable { done(result); });
        return;
    }
    readInBackground(store.path(), context, std::move(work), std::move(unopened), std::move(done));
}

} // namespace parallax::store
