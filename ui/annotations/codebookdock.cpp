// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebookdock.h"

#include "annotations/codebookmodel.h"

#include <QColorDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace parallax::annotations;

namespace parallax::ui {

int annotationsUnder(const AnnotationDocument &document, qint64 tagId)
{
    const Codebook &book = document.codebook();
    int n = 0;
    for (const Annotation &a : document.annotations())
        n += std::any_of(a.tagIds.cbegin(), a.tagIds.cend(), [&](qint64 t) { return book.isInSubtree(t, tagId); });
    return n;
}

CodebookDock::CodebookDock(AnnotationDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(u"codebookPanel"_s);
    m_model = new CodebookModel(document, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QToolBar(this);
    bar->setObjectName(u"codebookEditing"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(tr("New"), this, [this] { addTag(false); })->setToolTip(tr("Add a top-level tag"));
    bar->addAction(tr("New Below"), this, [this] { addTag(true); })->setToolTip(tr("Add a tag below the selected one"));
    bar->addAction(tr("Colour…"), this, &CodebookDock::recolour);
    bar->addAction(tr("Describe…"), this, &CodebookDock::describe);
    bar->addAction(tr("Merge…"), this, &CodebookDock::mergeInto)->setToolTip(tr("Merge the selected tag into another"));
    bar->addAction(tr("Delete…"), this, &CodebookDock::remove);
    layout->addWidget(bar);

    m_view = new QTreeView(this);
    m_view->setObjectName(u"codebookView"_s);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CodebookModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(CodebookModel::UsesColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(CodebookModel::CodableColumn, QHeaderView::ResizeToContents);
    connect(m_model, &CodebookModel::editRefused, this, [this] { report(false); });
    m_view->setToolTip(tr("Drag a tag onto another to move it below; double-click to rename"));
    layout->addWidget(m_view, 1);

    // The model resets on every codebook edit: keep the tree open and the selection where it was.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        setCurrentTag(m_document.codebook().contains(m_current) ? m_current : 0);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &i) {
        const qint64 id = m_model->tagId(i);
        if (id != m_current) {
            m_current = id;
            Q_EMIT currentTagChanged(id);
        }
    });
    m_view->expandAll();
}

qint64 CodebookDock::currentTag() const
{
    return m_current;
}

void CodebookDock::setCurrentTag(qint64 id)
{
    const QModelIndex i = m_model->indexOf(id);
    if (i.isValid())
        m_view->setCurrentIndex(i);
    else
        m_view->selectionModel()->clearCurrentIndex();
    if (!i.isValid() && m_current != 0) {
        m_current = 0;
        Q_EMIT currentTagChanged(0);
    }
}

void CodebookDock::setEditable(bool editable)
{
    findChild<QToolBar *>(u"codebookEditing"_s)->setEnabled(editable);
    m_model->setEditable(editable);
    m_view->setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                     : QAbstractItemView::NoEditTriggers);
    m_view->setDragDropMode(editable ? QAbstractItemView::DragDrop : QAbstractItemView::NoDragDrop);
    m_view->setToolTip(editable ? tr("Drag a tag onto another to move it below; double-click to rename")
                                : tr("The corpus is read-only: its codebook cannot be changed here"));
}

void CodebookDock::report(bool ok)
{
    // A change the store could not write was reported as it failed (persistenceFailed).
    if (!ok && !m_document.lastFailureWasSaving())
        QMessageBox::warning(this, tr("Codebook"), m_document.lastError());
}

void CodebookDock::addTag(bool below)
{
    const qint64 parent = below ? m_current : 0;
    if (below && parent == 0)
        return;
    const QString name = QInputDialog::getText(this, tr("New tag"),
                                               parent ? tr("Name of the tag below “%1”:").arg(m_document.codebook().path(parent))
                                                      : tr("Name of the tag:"));
    if (name.trimmed().isEmpty())
        return;
    const qint64 id = m_document.addTag(name.trimmed(), parent);
    report(id != 0);
    if (id != 0)
        setCurrentTag(id);
}

void CodebookDock::recolour()
{
    const Tag *t = m_document.codebook().tag(m_current);
    if (!t)
        return;
    const QColor colour = QColorDialog::getColor(t->colour.isValid() ? t->colour : QColor(Qt::yellow), this,
                                                 tr("Colour of “%1”").arg(t->name));
    if (colour.isValid())
        report(m_document.recolourTag(t->id, colour));
}

void CodebookDock::describe()
{
    const Tag *t = m_document.codebook().tag(m_current);
    if (!t)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Describe tag"),
                                                        tr("What “%1” means and when to use it:").arg(t->name),
                                                        t->description, &ok);
    if (ok)
        report(m_document.describeTag(t->id, text.trimmed()));
}

void CodebookDock::mergeInto()
{
    const Codebook &book = m_document.codebook();
    if (!book.contains(m_current))
        return;
    QStringList targets;
    for (const Tag &t : book.tags()) {
        if (!book.isInSubtree(t.id, m_current))
            targets.append(book.path(t.id));
    }
    if (targets.isEmpty())
        return;
    bool ok = false;
    const QString target = QInputDialog::getItem(this, tr("Merge tag"),
                                                  tr("Merge “%1” into:").arg(book.path(m_current)), targets, 0,
                                                  false, &ok);
    if (ok)
        report(m_document.mergeTags(m_current, book.findPath(target)));
}

void CodebookDock::remove()
{
    const Codebook &book = m_document.codebook();
    if (!book.contains(m_current))
        return;
    const int count = annotationsUnder(m_document, m_current);
    const int below = int(book.subtree(m_current).size()) - 1;
    QMessageBox box(QMessageBox::Question, tr("Delete tag"),
                    tr("Delete “%1”%2?").arg(book.path(m_current),
                                             below ? tr(" and the %Ln tag(s) below it", nullptr, below) : QString()),
                    QMessageBox::Cancel, this);
    box.setInformativeText(tr("%Ln annotation(s) carry it. What should happen to them?", nullptr, count));
    QPushButton *untag = box.addButton(tr("Keep Them, Untagged"), QMessageBox::AcceptRole);
    QPushButton *toParent = book.tag(m_current)->parentId
                                ? box.addButton(tr("Move Them to “%1”").arg(book.tag(book.tag(m_current)->parentId)->name),
                                                QMessageBox::AcceptRole)
                                : nullptr;
    QPushButton *drop = box.addButton(tr("Delete Them Too"), QMessageBox::DestructiveRole);
    box.setDefaultButton(untag);
    box.exec();
    const QAbstractButton *clicked = box.clickedButton();
    if (clicked == untag)
        report(m_document.deleteTag(m_current, TagDeletion::Untag));
    else if (toParent && clicked == toParent)
        report(m_document.deleteTag(m_current, TagDeletion::MoveToParent));
    else if (clicked == drop)
        report(m_document.deleteTag(m_current, TagDeletion::DeleteAnnotations));
}

} // namespace parallax::ui
