// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace parallax::ui {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor searchHitBackground(const QPalette &palette, bool current)
{
    if (isDark(palette))
        return current ? QColor(0xD5, 0x5E, 0x00) : QColor(0x7A, 0x5C, 0x00);
    return current ? QColor(0xFF, 0xA0, 0x30) : QColor(0xFF, 0xE5, 0x70);
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
    return country.isEmpty() ? QColor(0x99, 0x99, 0x99) : others[qHash(country) % 4];
}

} // namespace parallax::ui
