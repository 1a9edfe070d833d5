// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "framingcharts.h"

#include "itemmodels/framingmodels.h"
#include "ui/theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QHorizontalStackedBarSeries>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace parallax::ui {

namespace {

QChart *freshChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

void attach(QChart *chart, QAbstractBarSeries *series, QBarCategoryAxis *categories, QValueAxis *values,
            bool horizontal)
{
    chart->addSeries(series);
    categories->setTruncateLabels(false); // terms are short; the axis elides them all otherwise
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    // An empty chart (nothing counted yet) keeps a plain 0-1 axis instead of an invalid range.
    if (values->max() > 0) {
        values->setMin(0);
        values->applyNiceNumbers();
    } else {
        values->setRange(0, 1);
    }
}

// The height a horizontal bar chart needs to show every category's label and its axes: the
// title, the legend and the value axis take about 130 px, each category's label about 22.
int heightFor(qsizetype categories)
{
    return int(std::max<qsizetype>(220, 130 + 22 * categories));
}

// Shows a rebuilt chart in the view, in the window's palette, and keeps the height its
// categories need; the chart it replaces goes.
void install(QChartView *view, QChart *chart, qsizetype categories)
{
    QChart *old = view->chart();
    view->setMinimumHeight(heightFor(categories));
    applyChartPalette(chart, view->palette());
    view->setChart(chart);
    delete old;
}

} // namespace

FramingChartView::FramingChartView(const itemmodels::FramingTableModel &model, QWidget *parent)
    : QChartView(parent)
    , m_model(model)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    connect(&model, &QAbstractItemModel::modelReset, this, &FramingChartView::rebuild);
    rebuild();
}

const QAbstractItemModel *FramingChartView::chartData() const
{
    return &m_model;
}

QString FramingChartView::chartFileName() const
{
    return u"framing"_s;
}

void FramingChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void FramingChartView::rebuild()
{
    QChart *c = freshChart(tr("Framing terms per 1,000 words, by outlet country"));
    const framing::FramingTable &t = m_model.table();
    // Categories in table order (by concept, then term); one bar set per country.
    QStringList categories;
    QHash<QString, int> categoryIndex;
    std::map<QString, QHash<int, double>> byCountry;
    for (const framing::FramingCell &cell : t.cells) {
        const QString key = cell.conceptName + u'\t' + cell.term;
        if (!categoryIndex.contains(key)) {
            categoryIndex.insert(key, int(categories.size()));
            // A term listed under two concepts names its concept the second time.
            categories.append(categories.contains(cell.term) ? cell.term + u" ("_s + cell.conceptName + u')'
                                                             : cell.term);
        }
        byCountry[cell.country][categoryIndex.value(key)] = cell.perThousandWords;
    }
    for (const QString &country : t.articles.keys())
        byCountry.try_emplace(country);
    // Horizontal bars: the terms read along the left, the table's first at the top.
    auto *series = new QHorizontalBarSeries;
    for (const auto &[country, values] : byCountry) {
        auto *set = new QBarSet(itemmodels::countryLabel(country));
        set->setColor(countryColor(country));
        set->setBorderColor(countryColor(country));
        for (int i = int(categories.size()) - 1; i >= 0; --i)
            set->append(values.value(i, 0.0));
        series->append(set);
    }
    std::reverse(categories.begin(), categories.end());
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    auto *axisX = new QValueAxis;
    axisX->setTitleText(tr("per 1,000 words"));
    attach(c, series, axisY, axisX, true);
    install(this, c, categories.size());
}

KeynessChartView::KeynessChartView(const itemmodels::KeynessModel &top, QWidget *parent)
    : QChartView(parent)
    , m_model(top)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    connect(&top, &QAbstractItemModel::modelReset, this, &KeynessChartView::rebuild);
    rebuild();
}

const QAbstractItemModel *KeynessChartView::chartData() const
{
    return &m_model;
}

QString KeynessChartView::chartFileName() const
{
    return u"keyness"_s;
}

void KeynessChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void KeynessChartView::setGroupsAreCountries(bool countries)
{
    m_countries = countries;
}

void KeynessChartView::rebuild()
{
    const QString a = m_model.groupA(), b = m_model.groupB();
    QChart *c = freshChart(a.isEmpty() || b.isEmpty() ? tr("Key terms (log-likelihood G²)")
                                                       : tr("Key terms, %1 against %2 (log-likelihood G²)")
                                                             .arg(itemmodels::countryLabel(a), itemmodels::countryLabel(b)));
    if (m_model.rows().isEmpty()) {
        // Nothing counted yet, or nothing to compare: a title over an empty plot, not axes of "…".
        c->legend()->hide();
        install(this, c, 0);
        return;
    }
    auto *setA = new QBarSet(tr("key for %1").arg(itemmodels::countryLabel(a)));
    auto *setB = new QBarSet(tr("key for %1").arg(itemmodels::countryLabel(b)));
    // Countries in their colours; two outlets (say TASS and Sputnik, both Russian) or two
    // languages in two of their own.
    setA->setColor(m_countries ? countryColor(a) : QColor(0x44, 0xAA, 0x99));
    setB->setColor(m_countries ? countryColor(b) : QColor(0x88, 0x22, 0x55));
    QStringList categories;
    // Largest at the top: a horizontal bar axis runs bottom-up.
    const QList<compare::KeynessRow> &rows = m_model.rows();
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        categories.append(it->term);
        setA->append(it->keyForA() ? it->g2 : 0.0);
        setB->append(it->keyForA() ? 0.0 : it->g2);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.9);
    series->append(setA);
    series->append(setB);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    auto *axisX = new QValueAxis;
    axisX->setTitleText(tr("G²"));
    attach(c, series, axisY, axisX, true);
    install(this, c, categories.size());
}

} // namespace parallax::ui
