// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

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
