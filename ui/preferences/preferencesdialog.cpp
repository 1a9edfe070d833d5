// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "annotations/annotation.h"
#include "ui/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax::ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(u"preferencesDialog"_s);
    const Settings &settings = Settings::instance();

    auto *form = new QFormLayout;
    m_author = new QLineEdit(this);
    m_author->setObjectName(u"preferencesAuthor"_s);
    m_author->setPlaceholderText(annotations::defaultAuthor());
    m_author->setClearButtonEnabled(true);
    if (settings.hasAnnotationAuthor())
        m_author->setText(settings.annotationAuthor());
    m_author->setToolTip(tr("Recorded on every new annotation. Empty: your account name, %1.")
                             .arg(annotations::defaultAuthor()));
    form->addRow(tr("Annotation &author:"), m_author);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(u"preferencesTheme"_s);
    m_theme->addItem(tr("System"), u"system"_s);
    m_theme->addItem(tr("Light"), u"light"_s);
    m_theme->addItem(tr("Dark"), u"dark"_s);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(settings.theme())));
    form->addRow(tr("&Theme:"), m_theme);

    m_fontSize = new QSpinBox(this);
    m_fontSize->setObjectName(u"preferencesFontSize"_s);
    // 0 is the system default; the same range as zooming with Ctrl +/-.
    m_fontSize->setRange(5, 48);
    m_fontSize->setSpecialValueText(tr("System default"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(settings.readerFontSize() == 0 ? m_fontSize->minimum() : settings.readerFontSize());
    form->addRow(tr("Reader &font size:"), m_fontSize);

    auto *hint = new QLabel(tr("The font size also follows View › Zoom In and Zoom Out (Ctrl +/−)."), this);
    hint->setWordWrap(true);
    hint->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, &PreferencesDialog::apply);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void PreferencesDialog::apply()
{
    Settings &settings = Settings::instance();
    settings.setAnnotationAuthor(m_author->text().trimmed());
    if (m_theme->currentData().toString() != settings.theme())
        settings.setTheme(m_theme->currentData().toString());
    settings.setReaderFontSize(m_fontSize->value() == m_fontSize->minimum() ? 0 : m_fontSize->value());
}

} // namespace parallax::ui
