// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "query/concordance.h"

#include <QAbstractTableModel>

namespace parallax::itemmodels {

/**
 * Concordance lines as a table: the text before the match, the match, the text after it, and
 * where it was published. Sorting by a column orders the lines as a concordancer does: by the
 * words nearest the match first.
 */
class ConcordanceModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Left, Match, Right, Outlet, Country, Published, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1, StartRole };

    explicit ConcordanceModel(QObject *parent = nullptr);

    void setLines(const QList<query::ConcordanceLine> &lines);
    const QList<query::ConcordanceLine> &lines() const { return m_lines; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    QList<query::ConcordanceLine> m_lines;
    int m_sortColumn = Published;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace parallax::itemmodels
