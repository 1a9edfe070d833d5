// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTreeView;

namespace parallax {
class SelectionHub;
namespace annotations {
class AnnotationFilterModel;
class AnnotationListModel;
} // namespace annotations
namespace store {
class Store;
}
} // namespace parallax

namespace parallax::ui {

class AnnotationController;

/**
 * Every annotation of the corpus in a sortable list, filtered by tag, article (the current
 * one), author and text. Selecting one opens its article at the passage.
 */
class AnnotationsDock final : public QWidget
{
    Q_OBJECT
public:
    AnnotationsDock(AnnotationController &controller, SelectionHub &hub, store::Store &store,
                    QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    annotations::AnnotationFilterModel *filterModel() const { return m_filter; }
    QLineEdit *textFilter() const { return m_text; }
    QCheckBox *currentArticleOnly() const { return m_currentOnly; }

public Q_SLOTS:
    /** Shows only annotations with this tag or one below it (0 = all tags). */
    void setTagFilter(qint64 tagId);

private:
    void rebuildTagChoices();
    void rebuildAuthorChoices();
    void updateArticleFilter();
    void updateEmptyState();
    void openCurrent();
    void showMenu(const QPoint &pos);
    qint64 currentId() const;

    AnnotationController &m_controller;
    SelectionHub &m_hub;
    annotations::AnnotationListModel *m_model = nullptr;
    annotations::AnnotationFilterModel *m_filter = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_author = nullptr;
    QCheckBox *m_currentOnly = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace parallax::ui
