// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "framingmodels.h"

using namespace Qt::StringLiterals;

namespace parallax::itemmodels {

void FramingTableModel::setTable(const framing::FramingTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

QString FramingTableModel::warning() const
{
    return m_table.warnings.join(u"\n"_s);
}

int FramingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.cells.size());
}

int FramingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FramingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const framing::FramingCell &c = m_table.cells.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Count ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case Concept: return c.conceptName;
    case Term: return c.term;
    case Side: return c.side;
    case Country: return c.country;
    case Count: return c.count;
    case Articles: return c.articles;
    case PerThousand:
        return role == Qt::DisplayRole ? QVariant(QString::number(c.perThousandWords, 'f', 3))
                                       : QVariant(c.perThousandWords);
    case ColumnCount: break;
    }
    return {};
}

QVariant FramingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[] = {"concept", "term", "side", "country", "count", "articles",
                                        "per_1000_words"};
    return QString::fromLatin1(names[section]);
}

void KeynessModel::setRows(const QList<compare::KeynessRow> &rows, const QString &groupA, const QString &groupB)
{
    beginResetModel();
    m_rows = rows;
    m_groupA = groupA;
    m_groupB = groupB;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, CountA, CountB);
}

int KeynessModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KeynessModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeynessModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const compare::KeynessRow &r = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() != Term ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (Column(index.column())) {
    case Term: return r.term;
    case G2: return display ? QVariant(QString::number(r.g2, 'f', 2)) : QVariant(r.g2);
    case LogRatio: return display ? QVariant(QString::number(r.logRatio, 'f', 2)) : QVariant(r.logRatio);
    case CountA: return r.countA;
    case CountB: return r.countB;
    case ColumnCount: break;
    }
    return {};
}

QVariant KeynessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Term: return u"term"_s;
    case G2: return u"g2"_s;
    case LogRatio: return u"log_ratio"_s;
    case CountA: return m_groupA.isEmpty() ? u"count_a"_s : u"count_"_s + m_groupA;
    case CountB: return m_groupB.isEmpty() ? u"count_b"_s : u"count_"_s + m_groupB;
    case ColumnCount: break;
    }
    return {};
}

} // namespace parallax::itemmodels
