// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusupgrade.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace parallax::ui {

bool upgradeCorpus(const QString &path, QString *error)
{
    const int pending = store::Store::pendingMigrations(path);
    if (pending <= 0)
        return true;
    QProgressDialog dialog(QCoreApplication::translate("parallax::ui", "Updating the corpus %1 for this version of "
                                                                       "Parallax.\nThis happens once; a large corpus "
                                                                       "takes a minute or so.")
                               .arg(QDir::toNativeSeparators(path)),
                           QString(), 0, 0);
    dialog.setObjectName(u"corpusUpgrade"_s);
    dialog.setWindowTitle(u"Parallax"_s);
    dialog.setCancelButton(nullptr); // a migration is one transaction: stopping it halfway buys nothing
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.show();
    QFutureWatcher<QString> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
    // The store opened on the worker's thread migrates the file and goes with it; the window
    // then opens its own connection on a current corpus.
    watcher.setFuture(QtConcurrent::run([path] {
        store::Store corpus;
        return corpus.open(path) ? QString() : corpus.lastError();
    }));
    loop.exec();
    dialog.hide();
    const QString failure = watcher.result();
    if (!failure.isEmpty() && error)
        *error = failure;
    return failure.isEmpty();
}

} // namespace parallax::ui
