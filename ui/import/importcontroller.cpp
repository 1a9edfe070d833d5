// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontroller.h"

#include "importoptionsdialog.h"
#include "import/decoder.h"
#include "store/store.h"

#include <QComboBox>
#include <QDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QProgressBar>
#include <QStatusBar>
#include <QTableWidget>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

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
            report.stopped = u"the corpus could not be opened (%1)"_s.arg(store.lastError());
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
    showStatus();
    m_thread->start();
    return true;
}

void ImportController::showStatus()
{
    // In the status bar, not a modal dialog: the window stays usable while a long import runs,
    // and the library fills as batches are committed.
    m_status = new QWidget(m_window);
    m_status->setObjectName(u"importStatus"_s);
    auto *layout = new QHBoxLayout(m_status);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(tr("Reading files…"), m_status);
    m_label->setObjectName(u"importLabel"_s);
    m_bar = new QProgressBar(m_status);
    m_bar->setObjectName(u"importProgress"_s);
    m_bar->setRange(0, 0); // busy until the first progress report
    m_bar->setFixedWidth(220);
    auto *cancelButton = new QToolButton(m_status);
    cancelButton->setObjectName(u"importCancel"_s);
    cancelButton->setText(tr("Cancel"));
    cancelButton->setToolTip(tr("Stop the import after the current batch; what is imported stays"));
    connect(cancelButton, &QToolButton::clicked, this, &ImportController::cancel);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(cancelButton);
    if (auto *main = qobject_cast<QMainWindow *>(m_window))
        main->statusBar()->addPermanentWidget(m_status);
    else
        m_status->setWindowFlag(Qt::Tool), m_status->show();
}

void ImportController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_label)
        m_label->setText(tr("Cancelling after the current batch…"));
}

void ImportController::onProgress(const import::ImportProgress &p)
{
    if (m_bar && !(m_cancel && m_cancel->load())) {
        // By bytes: one large record file is most of the work of a folder.
        m_bar->setRange(0, 1000);
        m_bar->setValue(p.bytesTotal > 0 ? int(1000 * p.bytesDone / p.bytesTotal) : 0);
        const double seconds = std::max<qint64>(1, p.elapsedMs) / 1000.0;
        const double mbps = p.bytesDone / 1e6 / seconds;
        QString eta;
        if (p.bytesDone > 0 && p.bytesTotal > p.bytesDone) {
            const int left = qRound((p.bytesTotal - p.bytesDone) / (p.bytesDone / seconds));
            eta = left < 90 ? tr(", about %1 s left").arg(left) : tr(", about %1 min left").arg((left + 30) / 60);
        }
        m_label->setText(tr("Importing: %1 of %Ln file(s)", nullptr, p.filesTotal).arg(QLocale().toString(p.filesDone))
                         + tr(", %Ln article(s)", nullptr, p.articlesImported)
                         + tr(" (%1 MB/s%2)").arg(QLocale().toString(mbps, 'f', 1), eta));
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
    // Hidden now: the report below runs a modal loop of its own, in which the deferred delete
    // does not happen, and the bar would stay at 100% with its Cancel behind the report.
    if (m_status) {
        m_status->hide();
        m_status->deleteLater();
    }
    Q_EMIT finished(report);
    if (m_showReport && (!report.problems.isEmpty() || report.cancelled || !report.stopped.isEmpty())) {
        if (const auto again = showImportReport(m_window, report)) {
            import::ReadOptions options;
            options.encoding = again->encoding;
            Q_EMIT reimportRequested(again->paths, options);
        }
    }
}

std::optional<ReimportRequest> showImportReport(QWidget *parent, const import::ImportReport &report)
{
    QDialog dialog(parent);
    dialog.setObjectName(u"importReport"_s);
    dialog.setWindowTitle(QObject::tr("Import report"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *summary = new QLabel(report.summary() + u'.', &dialog);
    summary->setWordWrap(true);
    layout->addWidget(summary);
    if (!report.stopped.isEmpty()) {
        // Not a file's problem: the corpus could not be written, and the import ended there.
        auto *stopped = new QLabel(report.stoppedMessage(), &dialog);
        stopped->setObjectName(u"reportStopped"_s);
        stopped->setWordWrap(true);
        stopped->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont bold = stopped->font();
        bold.setBold(true);
        stopped->setFont(bold);
        layout->addWidget(stopped);
        dialog.resize(640, dialog.sizeHint().height());
    }
    QTableWidget *table = nullptr;
    QComboBox *encoding = nullptr;
    if (!report.problems.isEmpty()) {
        layout->addWidget(new QLabel(QObject::tr("These files were not imported, or were imported with a warning:"),
                                     &dialog));
        table = new QTableWidget(int(report.problems.size()), 3, &dialog);
        table->setObjectName(u"reportProblems"_s);
        table->setHorizontalHeaderLabels({QObject::tr("File"), QObject::tr("Problem"), QObject::tr("Byte")});
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::ExtendedSelection);
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
        dialog.resize(820, 400);
        // Whose text did not decode: selected for reading again as another encoding.
        for (int i = 0; i < report.problems.size(); ++i) {
            const auto &p = report.problems.at(i);
            if (!p.warning && QFileInfo(p.path).isFile()
                && (p.reason.startsWith(u"the text is not valid"_s) || p.reason.startsWith(u"the text looks like"_s)))
                table->selectionModel()->select(table->model()->index(i, 0),
                                                QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QPushButton *again = nullptr;
    auto chosenPaths = [&] {
        QStringList paths;
        if (!table)
            return paths;
        for (const QModelIndex &row : table->selectionModel()->selectedRows()) {
            const auto &p = report.problems.at(row.row());
            if (!p.warning && QFileInfo(p.path).isFile() && !paths.contains(p.path))
                paths << p.path;
        }
        return paths;
    };
    // Reading again as another encoding is offered only for files that could not be read.
    const bool anyFile = std::any_of(report.problems.cbegin(), report.problems.cend(), [](const import::Problem &p) {
        return !p.warning && QFileInfo(p.path).isFile();
    });
    if (table && anyFile) {
        auto *row = new QHBoxLayout;
        row->addWidget(new QLabel(QObject::tr("Import the selected files again, read as:"), &dialog));
        encoding = new QComboBox(&dialog);
        encoding->setObjectName(u"reportEncoding"_s);
        encoding->setEditable(true);
        encoding->setMinimumContentsLength(16); // "WINDOWS-1252", "ISO-2022-JP" in full
        encoding->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        encoding->addItems(commonEncodings());
        // The detector's guess for the first selected file, when it had one.
        QString guess = u"windows-1251"_s;
        for (const QModelIndex &row : table->selectionModel()->selectedRows()) {
            const QString &reason = report.problems.at(row.row()).reason;
            const qsizetype at = reason.indexOf(u"it might be "_s);
            const qsizetype end = at < 0 ? -1 : reason.indexOf(u')', at);
            const QString named = end < 0 ? QString() : reason.mid(at + 12, end - at - 12);
            if (!named.isEmpty() && import::isKnownEncoding(named)) {
                guess = named;
                break;
            }
        }
        encoding->setCurrentText(guess);
        row->addWidget(encoding);
        row->addStretch(1);
        layout->addLayout(row);
        again = buttons->addButton(QObject::tr("Import Again"), QDialogButtonBox::AcceptRole);
        again->setObjectName(u"reportImportAgain"_s);
        auto update = [&] {
            const bool known = import::isKnownEncoding(encoding->currentText().trimmed());
            again->setEnabled(known && !chosenPaths().isEmpty());
            again->setToolTip(known ? QObject::tr("Import the selected files that could not be read, as this encoding")
                                    : QObject::tr("“%1” is not an encoding Parallax knows.")
                                          .arg(encoding->currentText()));
        };
        QObject::connect(encoding, &QComboBox::currentTextChanged, &dialog, update);
        QObject::connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, &dialog, update);
        QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        update();
    }
    if (!table)
        layout->addStretch(1);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted || !encoding)
        return std::nullopt;
    const QStringList paths = chosenPaths();
    if (paths.isEmpty())
        return std::nullopt;
    return ReimportRequest{paths, encoding->currentText().trimmed()};
}

} // namespace parallax::ui
