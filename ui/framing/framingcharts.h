// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/chartexport/exportdialog.h"

#include <QChartView>

namespace parallax::itemmodels {
class FramingTableModel;
class KeynessModel;
} // namespace parallax::itemmodels

namespace parallax::ui {

/**
 * Rates per 1,000 words of each term, grouped by concept (terms of one concept side by side),
 * one bar per outlet country in the country's colour. Redraws when the model resets.
 */
class FramingChartView final : public QChartView, public ExportableChart
{
    Q_OBJECT
public:
    FramingChartView(const itemmodels::FramingTableModel &model, QWidget *parent = nullptr);
    void rebuild();

    QChart *chartToExport() const override { return chart(); }
    const QAbstractItemModel *chartData() const override;
    QString chartFileName() const override;

protected:
    /** Draws the chart again in a new palette (the dark theme chosen while it shows). */
    void changeEvent(QEvent *event) override;

private:
    const itemmodels::FramingTableModel &m_model;
};

/**
 * The top terms by G² as horizontal bars: terms key for the first group in its country colour,
 * the others in the second group's. Plots the rows of its own model (the top rows of the table).
 */
class KeynessChartView final : public QChartView, public ExportableChart
{
    Q_OBJECT
public:
    KeynessChartView(const itemmodels::KeynessModel &top, QWidget *parent = nullptr);
    void rebuild();
    /**
     * Whether the groups are countries, drawn in their countries' colours (the default); two
     * outlets or two languages get two colours of their own.
     */
    void setGroupsAreCountries(bool countries);
    bool groupsAreCountries() const { return m_countries; }

    QChart *chartToExport() const override { return chart(); }
    const QAbstractItemModel *chartData() const override;
    QString chartFileName() const override;

protected:
    /** Draws the chart again in a new palette (the dark theme chosen while it shows). */
    void changeEvent(QEvent *event) override;

private:
    const itemmodels::KeynessModel &m_model;
    bool m_countries = true;
};

} // namespace parallax::ui
