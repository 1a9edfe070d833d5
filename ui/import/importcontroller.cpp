// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontroller.h"

#include "store/store.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax::ui {

ImportController::ImportController(QString corpusPath, QWidget *window)
    : QObject(window)
    , m_corpusPath(std::move(corpusPath))
    , m_window(window)
{
    qRegisterMetaType<import::ImportProgress>();
    qRegisterMetaType<import::ImportReport>();
}

ImportController::~ImportController()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
    }
}

bool ImportController::start(const QStringList &paths, const import::ReadOptions &options)
{
    if (m_thread || paths.isEmpty())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    const QString corpus = m_corpusPath;
    m_thread = QThread::create([this, paths, options, cancel, corpus] {
        store::Store store;
        import::ImportReport report;
        if (!store.open(corpus)) {
            report.problems.append({corpus, store.lastError()});
        } else {
            import::Importer importer(store);
            importer.setReadOptions(options);
            report = importer.run(paths, [this, cancel](const import::ImportProgress &p) {
                QMetaObject::invokeMethod(this, [this, p] { onProgress(p); }, Qt::QueuedConnection);
                return !cancel->load();
            });
        }
        QMetaObject::invokeMethod(this, [this, report] { onFinished(report); }, Qt::QueuedConnection);
    });
    m_dialog = new QProgressDialog(tr("Reading files…"), tr("Cancel"), 0, 0, m_window);
    m_dialog->setObjectName(u"importProgress"_s);
    m_dialog->setWindowTitle(tr("Importing"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, this, &ImportController::cancel);
    m_thread->start();
    return true;
}

void ImportController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_dialog)
        m_dialog->setLabelText(tr("Cancelling after the current batch…"));
}

void ImportController::onProgress(const import::ImportProgress &p)
{
    if (m_dialog && !(m_cancel && m_cancel->load())) {
        m_dialog->setMaximum(std::max(1, p.filesTotal));
        m_dialog->setValue(p.filesDone);
        const double seconds = std::max<qint64>(1, p.elapsedMs) / 1000.0;
        const double mbps = p.bytesDone / 1e6 / seconds;
        QString eta;
        if (p.bytesDone > 0 && p.bytesTotal > p.bytesDone)
            eta = tr(", about %1 s left").arg(qRound((p.bytesTotal - p.bytesDone) / (p.bytesDone / seconds)));
        m_dialog->setLabelText(tr("%1 of %2 files, %3 articles imported (%4 MB/s%5)")
                                   .arg(p.filesDone).arg(p.filesTotal).arg(p.articlesImported)
                                   .arg(QLocale().toString(mbps, 'f', 1), eta));
    }
    Q_EMIT progress(p);
}

void ImportController::onFinished(const import::ImportReport &report)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    if (m_dialog) {
        m_dialog->close();
        m_dialog->deleteLater();
    }
    Q_EMIT finished(report);
    if (m_showReport && (!report.problems.isEmpty() || report.cancelled))
        showImportReport(m_window, report);
}

void showImportReport(QWidget *parent, const import::ImportReport &report)
{
    QDialog dialog(parent);
    dialog.setObjectName(u"importReport"_s);
    dialog.setWindowTitle(QObject::tr("Import report"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *summary = new QLabel(report.summary() + u'.', &dialog);
    summary->setWordWrap(true);
    layout->addWidget(summary);
    if (!report.problems.isEmpty()) {
        layout->addWidget(new QLabel(QObject::tr("These files were not imported, or were imported with a warning:"),
                                     &dialog));
        auto *table = new QTableWidget(int(report.problems.size()), 3, &dialog);
        table->setHorizontalHeaderLabels({QObject::tr("File"), QObject::tr("Problem"), QObject::tr("Byte")});
        for (int i = 0; i < report.problems.size(); ++i) {
            const auto &p = report.problems.at(i);
            table->setItem(i, 0, new QTableWidgetItem(p.path));
            table->setItem(i, 1, new QTableWidgetItem((p.warning ? QObject::tr("warning: ") : QString()) + p.reason));
            table->setItem(i, 2, new QTableWidgetItem(p.byteOffset >= 0 ? QString::number(p.byteOffset) : QString()));
        }
        table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        table->resizeColumnToContents(0);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        layout->addWidget(table);
        dialog.resize(820, 360);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.exec();
}

} // namespace parallax::ui
