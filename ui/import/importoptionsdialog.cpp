// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importoptionsdialog.h"

#include "import/decoder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax::ui {

QStringList commonEncodings()
{
    return {u"UTF-8"_s,    u"UTF-16LE"_s,     u"UTF-16BE"_s, u"Shift_JIS"_s, u"CP932"_s,      u"EUC-JP"_s,
            u"ISO-2022-JP"_s, u"windows-1251"_s, u"KOI8-R"_s,   u"IBM866"_s,    u"ISO-8859-1"_s, u"windows-1252"_s};
}

namespace {

// The fields a record file can fill, with the column names tried when none is given.
const QList<std::pair<QString, QString>> &fields()
{
    static const QList<std::pair<QString, QString>> list = {
        {u"title"_s, u"title, headline"_s},
        {u"body"_s, u"text, body, content, maintext"_s},
        {u"date"_s, u"date, published, publish_date, pubDate"_s},
        {u"outlet"_s, u"source, outlet, source_domain, site_name"_s},
        {u"country"_s, u"country"_s},
        {u"language"_s, u"language, lang"_s},
        {u"author"_s, u"author, authors, byline"_s},
        {u"url"_s, u"url, link"_s},
    };
    return list;
}

} // namespace

ImportOptionsDialog::ImportOptionsDialog(const QString &startFolder, QWidget *parent)
    : QDialog(parent)
    , m_startFolder(startFolder)
    , m_paths(new QListWidget(this))
    , m_encoding(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Import with Options"));
    setObjectName(u"importOptionsDialog"_s);

    auto *pathsBox = new QGroupBox(tr("Files and folders"), this);
    m_paths->setObjectName(u"importPaths"_s);
    m_paths->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *addFilesButton = new QPushButton(tr("Add &Files…"), pathsBox);
    auto *addFolderButton = new QPushButton(tr("Add F&older…"), pathsBox);
    auto *removeButton = new QPushButton(tr("&Remove"), pathsBox);
    connect(addFilesButton, &QPushButton::clicked, this, &ImportOptionsDialog::addFiles);
    connect(addFolderButton, &QPushButton::clicked, this, &ImportOptionsDialog::addFolder);
    connect(removeButton, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_paths->selectedItems());
        validate();
    });
    auto *pathButtons = new QVBoxLayout;
    pathButtons->addWidget(addFilesButton);
    pathButtons->addWidget(addFolderButton);
    pathButtons->addWidget(removeButton);
    pathButtons->addStretch();
    auto *pathsLayout = new QHBoxLayout(pathsBox);
    pathsLayout->addWidget(m_paths, 1);
    pathsLayout->addLayout(pathButtons);

    auto *encodingBox = new QGroupBox(tr("Encoding"), this);
    m_encoding->setObjectName(u"importEncoding"_s);
    m_encoding->setEditable(true);
    m_encoding->addItem(tr("Detect automatically"), QString());
    for (const QString &e : commonEncodings())
        m_encoding->addItem(e, e);
    connect(m_encoding, &QComboBox::currentTextChanged, this, &ImportOptionsDialog::validate);
    auto *encodingLayout = new QFormLayout(encodingBox);
    encodingLayout->addRow(tr("Read every file as:"), m_encoding);
    encodingLayout->addRow(new QLabel(tr("Byte-order marks and the charsets pages declare are used, then "
                                         "the bytes are examined. A chosen encoding must fit every byte, "
                                         "or the file is reported."), encodingBox));

    auto *mappingBox = new QGroupBox(tr("Columns of JSON, CSV and TSV files"), this);
    auto *mappingLayout = new QFormLayout(mappingBox);
    for (const auto &[field, usual] : fields()) {
        auto *edit = new QLineEdit(mappingBox);
        edit->setObjectName(u"column_"_s + field);
        edit->setPlaceholderText(tr("automatic: %1").arg(usual));
        edit->setClearButtonEnabled(true);
        m_columns.insert(field, edit);
        mappingLayout->addRow(field, edit);
    }

    m_problem->setObjectName(u"importOptionsProblem"_s);
    m_problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pathsBox, 1);
    layout->addWidget(encodingBox);
    layout->addWidget(mappingBox);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    validate();
}

QStringList ImportOptionsDialog::paths() const
{
    QStringList list;
    for (int i = 0; i < m_paths->count(); ++i)
        list << m_paths->item(i)->text();
    return list;
}

void ImportOptionsDialog::setPaths(const QStringList &paths)
{
    m_paths->clear();
    m_paths->addItems(paths);
    validate();
}

void ImportOptionsDialog::setEncoding(const QString &encoding)
{
    if (encoding.isEmpty())
        m_encoding->setCurrentIndex(0);
    else
        m_encoding->setCurrentText(encoding);
}

void ImportOptionsDialog::setColumn(const QString &field, const QString &column)
{
    if (QLineEdit *edit = m_columns.value(field))
        edit->setText(column);
}

import::ReadOptions ImportOptionsDialog::readOptions() const
{
    import::ReadOptions options;
    if (m_encoding->currentIndex() != 0 || m_encoding->currentText() != m_encoding->itemText(0))
        options.encoding = m_encoding->currentText().trimmed();
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        const QString column = it.value()->text().trimmed();
        if (!column.isEmpty())
            options.fieldMap.insert(it.key(), column);
    }
    return options;
}

void ImportOptionsDialog::addFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add files"), m_startFolder,
        tr("Articles (*.txt *.html *.htm *.json *.jsonl *.ndjson *.csv *.tsv *.zip *.gz);;All files (*)"));
    for (const QString &f : files) {
        if (m_paths->findItems(f, Qt::MatchExactly).isEmpty())
            m_paths->addItem(f);
    }
    validate();
}

void ImportOptionsDialog::addFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add a folder"), m_startFolder);
    if (!folder.isEmpty() && m_paths->findItems(folder, Qt::MatchExactly).isEmpty())
        m_paths->addItem(folder);
    validate();
}

void ImportOptionsDialog::validate()
{
    QString problem;
    const QString encoding = readOptions().encoding;
    if (!encoding.isEmpty() && !import::isKnownEncoding(encoding))
        problem = tr("“%1” is not an encoding Parallax knows.").arg(encoding);
    else if (m_paths->count() == 0)
        problem = tr("Add the files or folders to import.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace parallax::ui
