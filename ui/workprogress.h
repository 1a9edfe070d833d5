// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace parallax::ui {

/**
 * The progress dialog of work on another thread that changes the corpus (a removal, compacting):
 * modal to the window, shown once the work takes over 400 ms, open until deleted; Cancel sets
 * *cancel. A maximum of 0 shows a busy bar.
 */
QProgressDialog *workProgress(QWidget *window, const QString &title, const QString &label, const QString &objectName,
                              int maximum, const std::shared_ptr<std::atomic_bool> &cancel);
/**
 * Closes a workProgress() dialog at once and deletes it later: whatever follows the work (a
 * message box with its own event loop) neither finds it open nor sees it appear 400 ms on.
 */
void endWorkProgress(QProgressDialog *progress);

} // namespace parallax::ui
