// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include "analysis/framing/framingtable.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QLegend>
#include <QHash>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace parallax::ui {

Theme themeFromName(const QString &name)
{
    if (name == u"dark"_s)
        return Theme::Dark;
    if (name == u"light"_s)
        return Theme::Light;
    return Theme::System;
}

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::Dark: return u"dark"_s;
    case Theme::Light: return u"light"_s;
    case Theme::System: break;
    }
    return u"system"_s;
}

static QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2B, 0x2D, 0x31), base(0x1E, 0x1F, 0x22), text(0xE6, 0xE6, 0xE6);
    const QColor disabled(0x80, 0x80, 0x80), highlight(0x2F, 0x6F, 0xB5);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2B));
    p.setColor(QPalette::ToolTipBase, QColor(0x3A, 0x3D, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9A, 0x9A, 0x9A));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x6B, 0x6B));
    p.setColor(QPalette::Link, QColor(0x6C, 0xB4, 0xEE));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x3F, 0x41, 0x45));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1B));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4D));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

void applyTheme(Theme theme)
{
    static const QString systemStyle = qApp->style()->name();
    static const QPalette systemPalette = QApplication::palette();
    switch (theme) {
    case Theme::System:
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
        break;
    case Theme::Light:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
        break;
    }
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor secondaryTextColor(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor back = palette.color(QPalette::Window);
    const auto mix = [](int a, int b) { return (a * 62 + b * 38) / 100; };
    return QColor(mix(text.red(), back.red()), mix(text.green(), back.green()), mix(text.blue(), back.blue()));
}

QColor searchHitBackground(const QPalette &palette, bool current)
{
    if (isDark(palette))
        return current ? QColor(0xD5, 0x5E, 0x00) : QColor(0x7A, 0x5C, 0x00);
    return current ? QColor(0xFF, 0xA0, 0x30) : QColor(0xFF, 0xE5, 0x70);
}

void applyChartPalette(QChart *chart, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base), text = palette.color(QPalette::Text);
    const QColor grid = isDark(palette) ? base.lighter(220) : base.darker(115);
    chart->setBackgroundBrush(palette.color(QPalette::Window));
    chart->setPlotAreaBackgroundBrush(base);
    chart->setPlotAreaBackgroundVisible(true);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid.darker(isDark(palette) ? 60 : 130));
        axis->setGridLineColor(grid);
    }
}

QColor countryColor(const QString &country)
{
    static const QHash<QString, QColor> fixed = {
        {u"JP"_s, QColor(0xD5, 0x5E, 0x00)}, // vermillion
        {u"RU"_s, QColor(0x00, 0x72, 0xB2)}, // blue
        {u"US"_s, QColor(0x00, 0x9E, 0x73)}, // bluish green
        {u"CN"_s, QColor(0xCC, 0x79, 0xA7)}, // reddish purple
        {u"GB"_s, QColor(0xE6, 0x9F, 0x00)}, // orange
        {u"KR"_s, QColor(0x56, 0xB4, 0xE9)}, // sky blue
    };
    const auto it = fixed.constFind(country);
    if (it != fixed.cend())
        return *it;
    static const QColor others[] = {QColor(0xF0, 0xE4, 0x42), QColor(0x99, 0x99, 0x99),
                                    QColor(0x88, 0x22, 0x55), QColor(0x44, 0xAA, 0x99)};
    // No known country (the timeline's empty key, the framing table's framing::unknownCountry): grey.
    const bool unknown = country.isEmpty() || country == framing::unknownCountry;
    return unknown ? QColor(0x99, 0x99, 0x99) : others[qHash(country) % 4];
}

} // namespace parallax::ui
