// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yearinference.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace parallax::import {

namespace {

struct WeekdayCue
{
    int weekday = 0; // 1 = Monday
    QString phrase;
};

// The first weekday the text names in a "said on Thursday" / "on Thursday" / "Thursday's" way.
// Weekdays in a report with a dateline mostly name the dateline day or days just before it;
// the reporting-verb form is the one that names the day itself.
WeekdayCue firstWeekdayCue(const QString &text)
{
    static const QRegularExpression re(
        uR"(\b(?:(said|says|told|announced|stated|noted|met|agreed)\s+(?:on\s+)?|on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"_s);
    WeekdayCue best;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        static const QStringList names = {u"Monday"_s, u"Tuesday"_s, u"Wednesday"_s, u"Thursday"_s,
                                          u"Friday"_s, u"Saturday"_s, u"Sunday"_s};
        const int wd = int(names.indexOf(m.captured(2))) + 1;
        if (!m.captured(1).isEmpty())
            return {wd, m.captured(0)}; // a reporting verb: the dateline day itself
        if (best.weekday == 0)
            best = {wd, m.captured(0)};
    }
    if (best.weekday != 0)
        return best;
    // Russian: "в четверг", "во вторник".
    static const QRegularExpression ru(
        uR"(\bв[о]?\s+(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QStringList ruNames = {u"понедельник"_s, u"вторник"_s, u"среду"_s, u"четверг"_s,
                                        u"пятницу"_s, u"субботу"_s, u"воскресенье"_s};
    const auto m = ru.match(text);
    if (m.hasMatch())
        return {int(ruNames.indexOf(m.captured(1).toLower())) + 1, m.captured(0)};
    return best;
}

int latestYearMentioned(const QString &text, int ceiling)
{
    static const QRegularExpression re(uR"((?<![\d.,])(1[89]\d\d|20\d\d)(?![\d.,]\d))"_s);
    int latest = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const int y = it.next().captured(1).toInt();
        if (y <= ceiling && y > latest)
            latest = y;
    }
    return latest;
}

} // namespace

YearInference inferYear(int month, int day, const QString &text, QDate latest)
{
    if (!latest.isValid())
        latest = QDate::currentDate();
    const int floorYear = latestYearMentioned(text, latest.year());
    const WeekdayCue cue = firstWeekdayCue(text);
    const QString dayName = QLocale(QLocale::English).toString(QDate(2000, month, day), u"d MMMM"_s);

    if (cue.weekday > 0) {
        // With years in the text, the first matching year from the latest one mentioned;
        // without, the most recent matching year.
        const int step = floorYear > 0 ? 1 : -1;
        const int first = floorYear > 0 ? floorYear : latest.year();
        const int last = floorYear > 0 ? latest.year() : latest.year() - 30;
        for (int y = first; step > 0 ? y <= last : y >= last; y += step) {
            const QDate d(y, month, day);
            if (d.isValid() && d <= latest && d.dayOfWeek() == cue.weekday) {
                QString reason = u"%1 is a %2 in %3 ('%4')"_s.arg(
                    dayName, QLocale(QLocale::English).dayName(cue.weekday), QString::number(y),
                    cue.phrase);
                if (floorYear > 0)
                    reason += u"; the latest year the text mentions is %1"_s.arg(floorYear);
                return {d, reason};
            }
        }
    }
    if (floorYear > 0) {
        const QDate d(floorYear, month, day);
        if (d.isValid())
            return {d, u"the latest year the text mentions is %1"_s.arg(floorYear)};
    }
    return {};
}

} // namespace parallax::import
