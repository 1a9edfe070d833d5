// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/compare/keyness.h"
#include "analysis/framing/framingtable.h"
#include "query/comparison.h"

#include <QAbstractTableModel>

namespace parallax::itemmodels {

/** A framing or keyness country key as shown: "unknown" for framing::unknownCountry. */
QString countryLabel(const QString &country);
/** A keyness group as shown: a language by its name and code ("Japanese (ja)"), else as countryLabel. */
QString keynessGroupLabel(query::KeynessGrouping grouping, const QString &key);

/**
 * The framing table, one row per concept, term and country: hits, articles with a hit and the
 * rate per 1,000 words of that country's articles. Exactly what the framing chart plots.
 */
class FramingTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Concept, Term, Side, Country, Count, Articles, PerThousand, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setTable(const framing::FramingTable &table);
    const framing::FramingTable &table() const { return m_table; }
    /** The warnings joined for display (too few articles to compare), or an empty string. */
    QString warning() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    framing::FramingTable m_table;
};

/** Keyness rows between two groups: term, G², log ratio and the count in each group. */
class KeynessModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Term, G2, LogRatio, CountA, CountB, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<compare::KeynessRow> &rows, const QString &groupA, const QString &groupB);
    const QList<compare::KeynessRow> &rows() const { return m_rows; }
    QString groupA() const { return m_groupA; }
    QString groupB() const { return m_groupB; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<compare::KeynessRow> m_rows;
    QString m_groupA;
    QString m_groupB;
};

} // namespace parallax::itemmodels
