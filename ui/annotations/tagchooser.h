// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace parallax::annotations {
class AnnotationDocument;
}

namespace parallax::ui {

class EmptyStateLabel;

/**
 * Chooses the tags and note of an annotation: the codebook as a checkable tree with a filter
 * field: Return there creates the typed tag ("Framing/New tag") when it does not exist, or
 * checks the only tag that matches; otherwise it accepts the dialog. Codebooks are small, so
 * an item widget is fine here.
 */
class TagChooser final : public QDialog
{
    Q_OBJECT
public:
    TagChooser(annotations::AnnotationDocument &document, const QString &quote, QWidget *parent = nullptr);

    QList<qint64> tagIds() const { return m_checked; }
    void setTagIds(const QList<qint64> &ids);
    QString note() const;
    void setNote(const QString &note);

    QLineEdit *filterField() const { return m_filter; }
    /** Creates the tag path typed in the filter field and checks it. */
    void createTagFromFilter();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void applyFilter(const QString &text);
    void itemChanged(QTreeWidgetItem *item);

    annotations::AnnotationDocument &m_document;
    QList<qint64> m_checked; ///< in the order the user checked them
    QLineEdit *m_filter = nullptr;
    QPushButton *m_create = nullptr;
    QTreeWidget *m_tree = nullptr;
    QStackedWidget *m_tags = nullptr; ///< the tree, or what to do when it shows nothing
    EmptyStateLabel *m_noTags = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace parallax::ui
