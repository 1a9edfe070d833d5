// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workprogress.h"

#include <QProgressDialog>

namespace parallax::ui {

QProgressDialog *workProgress(QWidget *window, const QString &title, const QString &label, const QString &objectName,
                              int maximum, const std::shared_ptr<std::atomic_bool> &cancel)
{
    auto *progress = new QProgressDialog(label, QProgressDialog::tr("Cancel"), 0, maximum, window);
    progress->setObjectName(objectName);
    progress->setWindowTitle(title);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    QObject::connect(progress, &QProgressDialog::canceled, progress, [cancel] { cancel->store(true); });
    return progress;
}

void endWorkProgress(QProgressDialog *progress)
{
    // reset() stops the timer that shows the dialog once the work takes over its minimum duration;
    // deleteLater() alone would leave it running until the event loop it was called from resumes.
    progress->reset();
    progress->hide();
    progress->deleteLater();
}

} // namespace parallax::ui
