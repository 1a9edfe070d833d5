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
    m_all = lines;
    m_nearWord.clear();
    filter();
}

void ConcordanceModel::showNear(const QString &word, int span)
{
    m_nearWord = word;
    m_nearSpan = span;
    filter();
}

void ConcordanceModel::filter()
{
    beginResetModel();
    if (m_nearWord.isEmpty()) {
        m_lines = m_all;
    } else {
        m_lines.clear();
        for (const query::ConcordanceLine &l : std::as_const(m_all)) {
            if (query::isNear(l, m_nearWord, m_nearSpan))
                m_lines.append(l);
        }
    }
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

CollocateModel::CollocateModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CollocateModel::setCollocates(const QList<query::Collocate> &collocates, int span)
{
    beginResetModel();
    m_collocates = collocates;
    m_span = span;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int CollocateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_collocates.size());
}

int CollocateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CollocateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const query::Collocate &k = m_collocates.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Word ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (Column(index.column())) {
    case Word: return k.word;
    case Near: return k.near();
    case Before: return k.before;
    case After: return k.after;
    case InArticles: return k.inArticles;
    case G2: return display ? QVariant(QString::number(k.g2, 'f', 2)) : QVariant(k.g2);
    case LogRatio: return display ? QVariant(QString::number(k.logRatio, 'f', 2)) : QVariant(k.logRatio);
    case ColumnCount: break;
    }
    return {};
}

QVariant CollocateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column column = Column(section);
    if (role == FieldNameRole) {
        switch (column) {
        case Word: return u"word"_s;
        case Near: return u"near"_s;
        case Before: return u"before"_s;
        case After: return u"after"_s;
        case InArticles: return u"in_articles"_s;
        case G2: return u"g2"_s;
        case LogRatio: return u"log_ratio"_s;
        case ColumnCount: break;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Word: return tr("Word");
        case Near: return tr("Near");
        case Before: return tr("Before");
        case After: return tr("After");
        case InArticles: return tr("In the articles");
        case G2: return tr("G²");
        case LogRatio: return tr("Log ratio");
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Near: return tr("Times within %n word(s) of a match, before or after", nullptr, m_span);
        case Before: return tr("Times within %n word(s) before a match", nullptr, m_span);
        case After: return tr("Times within %n word(s) after a match", nullptr, m_span);
        case InArticles: return tr("Times in the articles of the lines, near a match or not");
        case G2: return tr("Log-likelihood (G²) of the word's frequency near the matches against elsewhere in the "
                           "same articles; above 3.84 is significant at p < 0.05");
        case LogRatio: return tr("Binary log of how much more often the word occurs near the matches: 1 is twice as "
                                 "often");
        default: break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace parallax::itemmodels
