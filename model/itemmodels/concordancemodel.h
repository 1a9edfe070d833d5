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

    /** The lines to show (all of them: any word chosen with showNear() is forgotten). */
    void setLines(const QList<query::ConcordanceLine> &lines);
    /** The lines shown, in the order shown. */
    const QList<query::ConcordanceLine> &lines() const { return m_lines; }
    /** Every line, shown or not. */
    const QList<query::ConcordanceLine> &allLines() const { return m_all; }
    /**
     * Shows only the lines with this word (folded, as a collocate) among the `span` words of
     * their context nearest the match, on either side; an empty word shows them all again.
     */
    void showNear(const QString &word, int span);
    QString nearWord() const { return m_nearWord; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    void filter();

    QList<query::ConcordanceLine> m_all;
    QList<query::ConcordanceLine> m_lines;
    QString m_nearWord;
    int m_nearSpan = 0;
    int m_sortColumn = Published;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

/** The collocates of a concordance: the words found near its matches, by G². */
class CollocateModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Word, Near, Before, After, InArticles, G2, LogRatio, ColumnCount };

    explicit CollocateModel(QObject *parent = nullptr);

    void setCollocates(const QList<query::Collocate> &collocates, int span);
    const QList<query::Collocate> &collocates() const { return m_collocates; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    /** Numbers as numbers in the EditRole (for sorting), as text in the DisplayRole. */
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<query::Collocate> m_collocates;
    int m_span = 0;
};

} // namespace parallax::itemmodels
