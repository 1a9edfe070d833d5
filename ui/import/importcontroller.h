// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importer.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QThread;
class QWidget;

namespace parallax::ui {

/**
 * Runs an import on a worker thread with its own connection to the corpus file, shows
 * progress with a Cancel button in the window's status bar, and reports the outcome. The GUI
 * thread never waits for it.
 */
class ImportController final : public QObject
{
    Q_OBJECT
public:
    ImportController(QString corpusPath, QWidget *window);
    ~ImportController() override;

    bool isRunning() const { return m_thread != nullptr; }
    /** Starts importing; false when an import is already running. */
    bool start(const QStringList &paths, const import::ReadOptions &options = {});
    void cancel();
    /** Whether the report dialog is shown at the end (tests turn it off). */
    void setShowReport(bool show) { m_showReport = show; }

Q_SIGNALS:
    void progress(const parallax::import::ImportProgress &p);
    void finished(const parallax::import::ImportReport &report);
    /** From the report: files to import again, read as a chosen encoding. */
    void reimportRequested(const QStringList &paths, const parallax::import::ReadOptions &options);

private:
    void onProgress(const import::ImportProgress &p);
    void onFinished(const import::ImportReport &report);
    void showStatus();

    QString m_corpusPath;
    QWidget *m_window;
    QThread *m_thread = nullptr;
    QPointer<QWidget> m_status; ///< label, progress bar and Cancel, in the status bar while importing
    QPointer<QLabel> m_label;
    QPointer<QProgressBar> m_bar;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_showReport = true;
};

/** What the user asked of a report: files that failed, to import again read as an encoding. */
struct ReimportRequest
{
    QStringList paths;
    QString encoding;
};

/**
 * The per-file report of an import: a summary and every file that failed, with its reason. The
 * files that failed can be imported again, read as an encoding the user chooses (those whose
 * text did not decode are selected for it at first).
 */
std::optional<ReimportRequest> showImportReport(QWidget *parent, const import::ImportReport &report);

} // namespace parallax::ui

Q_DECLARE_METATYPE(parallax::import::ImportProgress)
Q_DECLARE_METATYPE(parallax::import::ImportReport)
