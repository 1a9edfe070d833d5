// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include <QApplication>
#include <QChart>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace parallax::ui {

ExportDialog::ExportDialog(const ExportableChart &chart, QWidget *parent)
    : QDialog(parent)
    , m_chart(chart)
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export Chart"));
    auto *form = new QFormLayout(this);
    m_format = new QComboBox(this);
    m_format->setObjectName(u"exportFormat"_s);
    // In ExportFormat's order.
    m_format->addItem(tr("PNG image"), u"png"_s);
    m_format->addItem(tr("SVG drawing (text stays text)"), u"svg"_s);
    m_format->addItem(tr("PDF document (vector, fonts embedded)"), u"pdf"_s);
    m_format->addItem(tr("CSV data (exactly what is plotted)"), u"csv"_s);
    form->addRow(tr("Format:"), m_format);
    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(QDir::home().filePath(chart.chartFileName() + u".png"_s), this);
    m_path->setObjectName(u"exportPath"_s);
    m_path->setMinimumWidth(m_path->fontMetrics().averageCharWidth() * 52);
    m_path->setToolTip(tr("The suffix chooses the format: .png, .svg, .pdf, or .csv for the data plotted."));
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    form->addRow(tr("File:"), pathRow);
    // The format and the file's suffix follow each other.
    connect(m_format, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString suffix = m_format->itemData(index).toString();
        QString file = path();
        const QFileInfo info(file);
        if (info.suffix().compare(suffix, Qt::CaseInsensitive) != 0) {
            const auto known = exportFormatForPath(file);
            file = (known ? file.left(file.size() - info.suffix().size() - 1) : file) + u'.' + suffix;
            const QSignalBlocker quiet(m_path);
            m_path->setText(file);
        }
        updateFormat();
    });
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        if (const auto format = exportFormatForPath(path())) {
            const QSignalBlocker quiet(m_format);
            m_format->setCurrentIndex(int(*format));
        }
        updateFormat();
    });
    const ExportOptions defaults;
    auto spin = [this](int min, int max, int value, const QString &suffix) {
        auto *s = new QSpinBox(this);
        s->setRange(min, max);
        s->setValue(value);
        s->setSuffix(suffix);
        return s;
    };
    m_width = spin(16, 20000, defaults.size.width(), tr(" px"));
    m_height = spin(16, 20000, defaults.size.height(), tr(" px"));
    m_dpi = spin(24, 2400, defaults.dpi, tr(" dpi"));
    m_dpi->setToolTip(tr("96 dpi draws text at screen size; higher values draw text and lines larger "
                         "within the same number of pixels."));
    m_width->setObjectName(u"exportWidth"_s);
    m_height->setObjectName(u"exportHeight"_s);
    m_dpi->setObjectName(u"exportDpi"_s);
    form->addRow(tr("Width:"), m_width);
    form->addRow(tr("Height:"), m_height);
    form->addRow(tr("Resolution:"), m_dpi);
    updateFormat();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString error = exportNow();
        if (error.isEmpty())
            accept();
        else
            QMessageBox::warning(this, tr("Export Chart"), error);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void ExportDialog::updateFormat()
{
    // A table of data has no size; a drawing needs one.
    const bool drawing = exportFormatForPath(path()).value_or(ExportFormat::Png) != ExportFormat::Csv;
    for (QSpinBox *box : {m_width, m_height, m_dpi}) {
        if (box)
            box->setEnabled(drawing);
    }
}

void ExportDialog::browse()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), m_path->text(),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV data (*.csv)"));
    if (!file.isEmpty())
        m_path->setText(file);
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

ExportOptions ExportDialog::options() const
{
    return {QSize(m_width->value(), m_height->value()), m_dpi->value()};
}

QString ExportDialog::exportNow()
{
    QChart *chart = m_chart.chartToExport();
    if (!chart)
        return tr("There is no chart to export.");
    return exportChart(*chart, m_chart.chartData(), path(), options());
}

ExportChartAction::ExportChartAction(QObject *parent)
    : QAction(tr("Export &Chart…"), parent)
{
    setObjectName(u"actionExportChart"_s);
    setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    setEnabled(false);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { focusChanged(now); });
    connect(this, &QAction::triggered, this, &ExportChartAction::run);
}

void ExportChartAction::setCurrent(QWidget *chartWidget)
{
    m_current = dynamic_cast<ExportableChart *>(chartWidget) ? chartWidget : nullptr;
    setEnabled(m_current);
}

void ExportChartAction::focusChanged(QWidget *now)
{
    for (QWidget *w = now; w; w = w->parentWidget()) {
        if (dynamic_cast<ExportableChart *>(w)) {
            setCurrent(w);
            return;
        }
    }
    setEnabled(m_current);
}

void ExportChartAction::run()
{
    const auto *chart = dynamic_cast<ExportableChart *>(m_current.data());
    if (!chart)
        return;
    ExportDialog dialog(*chart, m_current->window());
    dialog.exec();
}

} // namespace parallax::ui
