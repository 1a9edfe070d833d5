// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/options.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace parallax::ui {

/** The encodings offered where the user chooses one (any other that Parallax knows may be typed). */
QStringList commonEncodings();

/**
 * Import with options: the files and folders to read, an encoding that overrides detection,
 * and which column of a JSON, CSV or TSV file holds each article field (empty: the usual names).
 */
class ImportOptionsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportOptionsDialog(const QString &startFolder, QWidget *parent = nullptr);

    QStringList paths() const;
    void setPaths(const QStringList &paths);
    import::ReadOptions readOptions() const;
    /** Sets the encoding box: empty for automatic detection. */
    void setEncoding(const QString &encoding);
    void setColumn(const QString &field, const QString &column);

private:
    void addFiles();
    void addFolder();
    void validate();

    QString m_startFolder;
    QListWidget *m_paths;
    QComboBox *m_encoding;
    QHash<QString, QLineEdit *> m_columns;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace parallax::ui
