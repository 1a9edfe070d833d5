// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "concordancemodel.h"

#include "framingmodels.h"
#include "roles.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax::itemmodels {

ConcordanceModel::ConcordanceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ConcordanceModel::setLines(const QList<query::ConcordanceLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
    sort(m_sortColumn, m_sortOrder);
}

int ConcordanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ConcordanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConcordanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const query::ConcordanceLine &l = m_lines.at(index.row());
    switch (role) {
    case ArticleIdRole: return l.articleId;
    case StartRole: return l.start;
    case Qt::TextAlignmentRole:
        return index.column() == Left ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
             : index.column() == Match ? QVariant(Qt::AlignCenter)
                                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == Match) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1\n%2 · %3").arg(l.title, l.outlet.isEmpty() ? tr("outlet unknown") : l.outlet,
                                     l.published.isValid() ? QLocale().toString(l.published, QLocale::ShortFormat)
                                                           : tr("date unknown"));
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Left: return l.left;
        case Match: return l.match;
        case Right: return l.right;
        case Outlet: return l.outlet.isEmpty() ? u"—"_s : l.outlet;
        case Country: return countryLabel(l.country);
        case Published: return l.published.toString(Qt::ISODate);
        case ColumnCount: break;
        }
        return {};
    case Qt::EditRole: // what a CSV export writes
        switch (Column(index.column())) {
        case Left: return l.left;
        case Match: return l.match;
        case Right: return l.right;
        case Outlet: return l.outlet;
        case Country: return l.country;
        case Published: return l.published.toString(Qt::ISODate);
        case ColumnCount: break;
        }
        return {};
    default: return {};
    }
}

QVariant ConcordanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column column = Column(section);
    if (role == FieldNameRole) {
        switch (column) {
        case Left: return u"left"_s;
        case Match: return u"match"_s;
        case Right: return u"right"_s;
        case Outlet: return u"outlet"_s;
        case Country: return u"country"_s;
        case Published: return u"published"_s;
        case ColumnCount: break;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Left: return tr("Before");
        case Match: return tr("Match");
        case Right: return tr("After");
        case Outlet: return tr("Outlet");
        case Country: return tr("Country");
        case Published: return tr("Published");
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Left: return tr("Sort by the words before the match, the nearest first");
        case Match: return tr("Sort by the match as written, then by the words after it");
        case Right: return tr("Sort by the words after the match, the nearest first");
        default: break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void ConcordanceModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    QList<int> starts;
    for (const QModelIndex &i : before) {
        ids << m_lines.at(i.row()).articleId;
        starts << m_lines.at(i.row()).start;
    }
    const query::ConcordanceOrder by = column == Left ? query::ConcordanceOrder::Left
                                     : column == Match ? query::ConcordanceOrder::Match
                                     : column == Right ? query::ConcordanceOrder::Right
                                     : column == Outlet ? query::ConcordanceOrder::Outlet
                                                        : query::ConcordanceOrder::Text;
    query::sortConcordance(m_lines, by);
    if (order == Qt::DescendingOrder)
        std::reverse(m_lines.begin(), m_lines.end());
    QModelIndexList after;
    for (qsizetype k = 0; k < before.size(); ++k) {
        int row = -1;
        for (int r = 0; r < m_lines.size() && row < 0; ++r) {
            if (m_lines.at(r).articleId == ids.at(k) && m_lines.at(r).start == starts.at(k))
                row = r;
        }
        after << (row < 0 ? QModelIndex() : index(row, before.at(k).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace parallax::itemmodels
