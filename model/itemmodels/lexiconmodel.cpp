// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexiconmodel.h"

#include "analysis/framing/lexicondocument.h"

using namespace Qt::StringLiterals;

namespace parallax::itemmodels {

LexiconModel::LexiconModel(framing::LexiconDocument &document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(document)
{
    connect(&document, &framing::LexiconDocument::changed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int LexiconModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_doc.lexicon().size();
}

int LexiconModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LexiconModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const framing::LexiconEntry &e = m_doc.lexicon().at(index.row());
    switch (Column(index.column())) {
    case Term: return e.term;
    case Concept: return e.conceptName;
    case Side: return e.side;
    case Note: return e.note;
    case ColumnCount: break;
    }
    return {};
}

bool LexiconModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    framing::LexiconEntry e = m_doc.lexicon().at(index.row());
    const QString text = value.toString();
    switch (Column(index.column())) {
    case Term: e.term = text; break;
    case Concept: e.conceptName = text; break;
    case Side: e.side = text; break;
    case Note: e.note = text; break;
    case ColumnCount: return false;
    }
    m_error = m_doc.update(index.row(), e);
    if (!m_error.isEmpty()) {
        Q_EMIT editRefused(m_error);
        return false;
    }
    return true; // the document's change resets the model
}

Qt::ItemFlags LexiconModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant LexiconModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Term: return tr("Term");
    case Concept: return tr("Concept");
    case Side: return tr("Side");
    case Note: return tr("Note");
    case ColumnCount: break;
    }
    return {};
}

} // namespace parallax::itemmodels
