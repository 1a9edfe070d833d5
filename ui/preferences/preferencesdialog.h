// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace parallax::ui {

/**
 * Edit › Preferences: the author recorded on new annotations, the theme and the reader's font
 * size. OK writes them to Settings, whose signals carry them to the window; Cancel changes nothing.
 */
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    /** Writes the dialog's values to Settings (what OK does). */
    void apply();

private:
    QLineEdit *m_author = nullptr;
    QComboBox *m_theme = nullptr;
    QSpinBox *m_fontSize = nullptr;
};

} // namespace parallax::ui
