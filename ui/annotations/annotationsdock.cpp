// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationsdock.h"

#include "annotationcontroller.h"

#include "annotations/annotationdocument.h"
#include "annotations/annotationlistmodel.h"
#include "selection/selectionhub.h"
#include "store/store.h"
#include "ui/emptystate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QShortcut>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace parallax::annotations;

namespace parallax::ui {

AnnotationsDock::AnnotationsDock(AnnotationController &controller, SelectionHub &hub, store::Store &store,
                                 QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_hub(hub)
{
    setObjectName(u"annotationsPanel"_s);
    AnnotationDocument &doc = controller.document();
    m_model = new AnnotationListModel(doc, this);
    m_model->setArticleTitles([&store](qint64 id) {
        const auto a = store.article(id);
        return a ? a->title : tr("(article %1 is gone)").arg(id);
    });
    m_filter = new AnnotationFilterModel(doc, this);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(Qt::DisplayRole);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_text = new QLineEdit(this);
    m_text->setObjectName(u"annotationTextFilter"_s);
    m_text->setPlaceholderText(tr("Filter by text, note or tag"));
    m_text->setClearButtonEnabled(true);
    layout->addWidget(m_text);
    auto *row = new QHBoxLayout;
    m_tag = new QComboBox(this);
    m_tag->setObjectName(u"annotationTagFilter"_s);
    m_author = new QComboBox(this);
    m_author->setObjectName(u"annotationAuthorFilter"_s);
    m_currentOnly = new QCheckBox(tr("This article"), this);
    m_currentOnly->setObjectName(u"annotationCurrentArticle"_s);
    m_currentOnly->setToolTip(tr("Only the annotations of the article being read"));
    // Sized by a few characters, not by their longest tag or author: the dock keeps its width
    // when the author choice appears or a long tag path is added.
    for (QComboBox *box : {m_tag, m_author}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);
    }
    row->addWidget(m_tag, 2);
    row->addWidget(m_author, 1);
    row->addWidget(m_currentOnly);
    layout->addLayout(row);

    m_stack = new QStackedWidget(this);
    m_empty = new EmptyStateLabel(tr("No annotations yet.\n\nSelect a passage in the article and press Ctrl+M, "
                                     "or right-click it and choose Annotate Selection."),
                                  m_stack);
    m_empty->setObjectName(u"annotationsEmpty"_s);
    m_view = new QTreeView(m_stack);
    m_view->setObjectName(u"annotationsView"_s);
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(AnnotationListModel::QuoteColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(AnnotationListModel::TagsColumn, 130);
    m_view->setColumnWidth(AnnotationListModel::ArticleColumn, 110);
    m_view->hideColumn(AnnotationListModel::NoteColumn); // the note is the row's tooltip
    m_view->hideColumn(AnnotationListModel::AuthorColumn);
    m_view->hideColumn(AnnotationListModel::ModifiedColumn);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(u"annotationCount"_s);
    m_count->setWordWrap(true);
    layout->addWidget(m_count);

    connect(m_text, &QLineEdit::textChanged, m_filter, &AnnotationFilterModel::setTextFilter);
    connect(m_tag, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTagFilter(m_tag->currentData().toLongLong()); });
    connect(m_author, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setAuthorFilter(m_author->currentData().toString()); });
    connect(m_currentOnly, &QCheckBox::toggled, this, &AnnotationsDock::updateArticleFilter);
    connect(&hub, &SelectionHub::articleChanged, this, &AnnotationsDock::updateArticleFilter);
    // Follow the user's moves in the list (click, arrow keys), not rows shifting under an edit.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_view->hasFocus())
            openCurrent();
    });
    connect(m_view, &QTreeView::clicked, this, &AnnotationsDock::openCurrent);
    connect(m_view, &QTreeView::activated, this, &AnnotationsDock::openCurrent);
    connect(m_view, &QWidget::customContextMenuRequested, this, &AnnotationsDock::showMenu);
    auto *del = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, [this] { m_controller.document().removeAnnotation(currentId()); });
    for (auto signal : {&AnnotationDocument::tagAdded, &AnnotationDocument::tagChanged, &AnnotationDocument::tagRemoved})
        connect(&doc, signal, this, &AnnotationsDock::rebuildTagChoices);
    connect(&doc, &AnnotationDocument::annotationAdded, this, &AnnotationsDock::rebuildAuthorChoices);
    connect(&doc, &AnnotationDocument::annotationChanged, this, &AnnotationsDock::updateEmptyState);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &AnnotationsDock::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AnnotationsDock::updateEmptyState);
    connect(&doc, &AnnotationDocument::reset, this, [this] {
        rebuildTagChoices();
        rebuildAuthorChoices();
    });
    rebuildTagChoices();
    rebuildAuthorChoices();
    updateEmptyState();
}

void AnnotationsDock::setTagFilter(qint64 tagId)
{
    const int i = m_tag->findData(tagId);
    m_tag->setCurrentIndex(i < 0 ? 0 : i);
}

void AnnotationsDock::rebuildTagChoices()
{
    const qint64 current = m_tag->currentData().toLongLong();
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("All tags"), qint64(0));
    const Codebook &book = m_controller.document().codebook();
    for (const Tag &t : book.tags())
        m_tag->addItem(book.path(t.id), t.id);
    const int i = m_tag->findData(current);
    m_tag->setCurrentIndex(i < 0 ? 0 : i);
    if (i < 0 && current != 0)
        m_filter->setTagFilter(0);
}

void AnnotationsDock::rebuildAuthorChoices()
{
    QStringList authors;
    for (const Annotation &a : m_controller.document().annotations()) {
        if (!authors.contains(a.author))
            authors.append(a.author);
    }
    authors.sort(Qt::CaseInsensitive);
    const QString current = m_author->currentData().toString();
    const QSignalBlocker blocker(m_author);
    m_author->clear();
    m_author->addItem(tr("All authors"), QString());
    for (const QString &a : std::as_const(authors))
        m_author->addItem(a, a);
    m_author->setCurrentIndex(std::max(0, m_author->findData(current)));
    m_author->setVisible(authors.size() > 1);
}

void AnnotationsDock::updateArticleFilter()
{
    m_filter->setArticleFilter(m_currentOnly->isChecked() ? m_hub.article() : 0);
    updateEmptyState();
}

void AnnotationsDock::updateEmptyState()
{
    const int total = m_model->rowCount();
    m_stack->setCurrentWidget(total == 0 ? static_cast<QWidget *>(m_empty) : m_view);
    QString count = total == m_filter->rowCount() ? tr("%Ln annotation(s)", nullptr, total)
                                                  : tr("%1 of %Ln annotation(s)", nullptr, total).arg(QLocale().toString(m_filter->rowCount()));
    // Orphans wait for the user: say how many, and how to place them.
    const QList<Annotation> all = m_controller.document().annotations();
    const auto orphans = std::count_if(all.cbegin(), all.cend(), [](const Annotation &a) { return a.orphan; });
    if (orphans > 0)
        count += tr(" · %Ln not found after a change: select the passage, right-click, Place", nullptr, int(orphans));
    m_count->setText(count);
}

qint64 AnnotationsDock::currentId() const
{
    return m_view->currentIndex().data(AnnotationListModel::IdRole).toLongLong();
}

void AnnotationsDock::openCurrent()
{
    if (const qint64 id = currentId())
        m_controller.showAnnotation(id);
}

void AnnotationsDock::showMenu(const QPoint &pos)
{
    const qint64 id = m_view->indexAt(pos).data(AnnotationListModel::IdRole).toLongLong();
    if (id == 0)
        return;
    QMenu menu(this);
    if (m_controller.document().annotation(id)->orphan) {
        QAction *place = menu.addAction(tr("&Place at the Selection in the Article"), this,
                                        [this, id] { m_controller.placeAtSelection(id); });
        place->setToolTip(tr("The passage was not found after the article changed: select where it is now"));
    }
    menu.addAction(tr("&Edit Tags and Note…"), this, [this, id] { m_controller.editInteractively(id); });
    menu.addAction(tr("&Delete"), this, [this, id] { m_controller.document().removeAnnotation(id); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace parallax::ui
