// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timexinterval.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace parallax::analysis {

namespace {

std::optional<DayRange> months(int year, int firstMonth, int count)
{
    const QDate first(year, firstMonth, 1);
    if (!first.isValid())
        return std::nullopt;
    return DayRange{first, first.addMonths(count).addDays(-1)};
}

} // namespace

std::optional<DayRange> dayRange(const QString &value)
{
    // year-century-decade, then an optional part after the first dash
    static const QRegularExpression re(
        u"^(?:(\\d{2})|(\\d{3})X?|(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-W(\\d{2})(-WE)?|-Q([1-4])|-H([12])|-(SP|SU|FA|WI))?)(?:T.*)?$"_s);
    const QRegularExpressionMatch m = re.match(value);
    if (!m.hasMatch())
        return std::nullopt;
    if (m.hasCaptured(1)) { // century "19" = 1900..1999
        const int c = m.captured(1).toInt();
        return DayRange{QDate(c * 100, 1, 1), QDate(c * 100 + 99, 12, 31)};
    }
    if (m.hasCaptured(2)) { // decade "199" (TimeML; "199X" from older versions)
        const int d = m.captured(2).toInt();
        return DayRange{QDate(d * 10, 1, 1), QDate(d * 10 + 9, 12, 31)};
    }
    const int year = m.captured(3).toInt();
    if (m.hasCaptured(5)) {
        const QDate day(year, m.captured(4).toInt(), m.captured(5).toInt());
        return day.isValid() ? std::optional(DayRange{day, day}) : std::nullopt;
    }
    if (m.hasCaptured(4)) {
        const int month = m.captured(4).toInt();
        return month >= 1 && month <= 12 ? months(year, month, 1) : std::nullopt;
    }
    if (m.hasCaptured(6)) { // ISO week: the week with January 4th is week 1
        const QDate jan4(year, 1, 4);
        const QDate monday = jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (m.captured(6).toInt() - 1));
        if (m.hasCaptured(7))
            return DayRange{monday.addDays(5), monday.addDays(6)};
        return DayRange{monday, monday.addDays(6)};
    }
    if (m.hasCaptured(8))
        return months(year, (m.captured(8).toInt() - 1) * 3 + 1, 3);
    if (m.hasCaptured(9))
        return months(year, m.captured(9).toInt() == 1 ? 1 : 7, 6);
    if (m.hasCaptured(10)) {
        const QString s = m.captured(10);
        const int first = s == u"SP"_s ? 3 : s == u"SU"_s ? 6 : s == u"FA"_s ? 9 : 12;
        return months(year, first, 3);
    }
    return months(year, 1, 12);
}

} // namespace parallax::analysis
