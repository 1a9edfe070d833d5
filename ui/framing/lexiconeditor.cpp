// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexiconeditor.h"

#include "analysis/framing/lexicondocument.h"
#include "itemmodels/lexiconmodel.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax::ui {

namespace {

QToolButton *button(QAction *action, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

} // namespace

LexiconEditor::LexiconEditor(framing::LexiconDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_doc(document)
{
    m_model = new itemmodels::LexiconModel(document, this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeColumnsToContents);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *add = new QAction(tr("Add…"), this);
    add->setObjectName(u"actionLexiconAdd"_s);
    auto *remove = new QAction(tr("Delete"), this);
    remove->setObjectName(u"actionLexiconDelete"_s);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *undo = document.undoStack()->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = document.undoStack()->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *importAction = new QAction(tr("Import CSV…"), this);
    auto *exportAction = new QAction(tr("Export CSV…"), this);
    addActions({remove, undo, redo});

    auto *bar = new QHBoxLayout;
    for (QAction *a : {add, remove, undo, redo, importAction, exportAction})
        bar->addWidget(button(a, this));
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(add, &QAction::triggered, this, &LexiconEditor::addEntry);
    connect(remove, &QAction::triggered, this, &LexiconEditor::deleteSelected);
    connect(importAction, &QAction::triggered, this, &LexiconEditor::importCsv);
    connect(exportAction, &QAction::triggered, this, &LexiconEditor::exportCsv);
    connect(m_model, &itemmodels::LexiconModel::editRefused, this, &LexiconEditor::showProblem);
    connect(&document, &framing::LexiconDocument::changed, this, [this] { showProblem({}); });
    showProblem(document.lastError());
}

void LexiconEditor::showProblem(const QString &text)
{
    if (!text.isEmpty())
        m_status->setText(text);
    else if (QFileInfo::exists(m_doc.path()))
        m_status->setText(tr("%Ln entries, your lexicon in %1", nullptr, m_doc.lexicon().size()).arg(m_doc.path()));
    else
        m_status->setText(tr("%Ln entries, the lexicon Parallax ships; your edits are saved in %1", nullptr,
                             m_doc.lexicon().size()).arg(m_doc.path()));
}

void LexiconEditor::addEntry()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add a Lexicon Entry"));
    QLineEdit *fields[4];
    auto *form = new QFormLayout(&dialog);
    const QString labels[4] = {tr("Term"), tr("Concept"), tr("Whose usage"), tr("Note")};
    for (int i = 0; i < 4; ++i) {
        fields[i] = new QLineEdit(&dialog);
        form->addRow(labels[i], fields[i]);
    }
    if (const QModelIndex current = m_table->currentIndex(); current.isValid()) {
        fields[1]->setText(m_model->index(current.row(), itemmodels::LexiconModel::Concept).data().toString());
        fields[2]->setText(m_model->index(current.row(), itemmodels::LexiconModel::Side).data().toString());
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *problem = new QLabel(&dialog);
    form->addRow(problem);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const QString why = m_doc.add({fields[0]->text(), fields[1]->text(), fields[2]->text(), fields[3]->text()});
        if (why.isEmpty())
            dialog.accept();
        else
            problem->setText(why);
    });
    if (dialog.exec() == QDialog::Accepted) {
        m_table->scrollToBottom();
        showProblem({});
    }
}

void LexiconEditor::deleteSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    showProblem(m_doc.remove(current.row()));
}

void LexiconEditor::importCsv()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import a Lexicon"), {},
                                                      tr("CSV files (*.csv);;Tab-separated (*.tsv *.txt)"));
    if (!file.isEmpty())
        showProblem(m_doc.importCsv(file));
}

void LexiconEditor::exportCsv()
{
    QString file = QFileDialog::getSaveFileName(this, tr("Export the Lexicon"), u"lexicon.csv"_s,
                                                tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    if (!file.endsWith(u".csv"_s, Qt::CaseInsensitive))
        file += u".csv"_s;
    QString error;
    showProblem(m_doc.exportCsv(file, &error) ? QString() : error);
}

} // namespace parallax::ui
