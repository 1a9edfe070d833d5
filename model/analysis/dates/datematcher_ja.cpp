// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher_p.h"

#include <QDate>

using namespace Qt::StringLiterals;

// Japanese forms: 2019年12月19日, 12月19日, 1990年代, 20世紀, 70年間, 昨年, 来月, 木曜日, 毎年.
namespace parallax::analysis::dates {

namespace {

struct JaWord
{
    const char16_t *text;
    Unit unit;
    int offset;
    bool set;
};

constexpr JaWord jaWords[] = {
    {u"一昨年", Unit::Year, -2, false}, {u"一昨日", Unit::Day, -2, false},
    {u"昨年", Unit::Year, -1, false}, {u"去年", Unit::Year, -1, false}, {u"今年", Unit::Year, 0, false},
    {u"来年", Unit::Year, 1, false}, {u"先月", Unit::Month, -1, false}, {u"今月", Unit::Month, 0, false},
    {u"来月", Unit::Month, 1, false}, {u"先週", Unit::Week, -1, false}, {u"今週", Unit::Week, 0, false},
    {u"来週", Unit::Week, 1, false}, {u"昨日", Unit::Day, -1, false}, {u"今日", Unit::Day, 0, false},
    {u"本日", Unit::Day, 0, false}, {u"明日", Unit::Day, 1, false}, {u"毎年", Unit::Year, 1, true},
    {u"毎月", Unit::Month, 1, true}, {u"毎週", Unit::Week, 1, true}, {u"毎日", Unit::Day, 1, true},
};

} // namespace

Match Matcher::japanese(int i) const
{
    if (i >= n || (t[i].kind != Token::Cjk && t[i].kind != Token::Number))
        return {};
    Candidate c;
    c.first = i;
    // A year whose 年 is token `nen`, with the month and day that may follow: 2019年12月19日
    auto yearMonthDay = [this](Candidate &x, int year, int nen) {
        x.last = nen;
        x.year = year;
        x.value = QString::number(year);
        if (isNumber(nen + 1) && cjk(nen + 2, u"月") && t[nen + 1].value >= 1 && t[nen + 1].value <= 12) {
            const int m = t[nen + 1].value;
            x.month = m;
            x.last = nen + 2;
            x.value = u"%1-%2"_s.arg(year).arg(m, 2, 10, QChar(u'0'));
            if (isNumber(nen + 3) && cjk(nen + 4, u"日") && QDate(year, m, t[nen + 3].value).isValid()) {
                x.last = nen + 4;
                x.value = QDate(year, m, t[nen + 3].value).toString(u"yyyy-MM-dd"_s);
            }
        }
    };
    auto suffixMod = [this](Candidate &x) {
        const int k = x.last + 1;
        if (cjk(k + 1, u"旬")) {
            if (cjk(k, u"上"))
                x.mod = u"START"_s;
            else if (cjk(k, u"中"))
                x.mod = u"MID"_s;
            else if (cjk(k, u"下"))
                x.mod = u"END"_s;
            if (!x.mod.isEmpty())
                x.last = k + 1;
        } else if (cjk(k, u"末")) {
            x.mod = u"END"_s;
            x.last = k;
        }
    };
    if (t[i].kind == Token::Cjk) {
        // era years: 令和元年, 平成31年4月30日
        struct Era { const char16_t *name; int offset; };
        static constexpr Era eras[] = {{u"令和", 2018}, {u"平成", 1988}, {u"昭和", 1925}};
        for (const Era &era : eras) {
            const QStringView name(era.name);
            if (!cjk(i, name.mid(0, 1)) || !cjk(i + 1, name.mid(1, 1)) || !cjk(i + 3, u"年"))
                continue;
            const int n = cjk(i + 2, u"元") ? 1 : isNumber(i + 2) ? t[i + 2].value : 0;
            if (n < 1 || n > 64)
                continue;
            yearMonthDay(c, era.offset + n, i + 3);
            return {{c}, c.last};
        }
        // weekdays: 木曜日, 木曜
        static const QString days = u"月火水木金土日"_s;
        if (cjk(i + 1, u"曜") && days.contains(t[i].lower)) {
            c.kind = Kind::Weekday;
            c.weekday = int(days.indexOf(t[i].lower)) + 1;
            c.last = cjk(i + 2, u"日") ? i + 2 : i + 1;
            return {{c}, c.last};
        }
        if (cjk(i, u"現") && cjk(i + 1, u"在")) {
            c.last = i + 1;
            c.value = u"PRESENT_REF"_s;
            return {{c}, c.last};
        }
        for (const JaWord &w : jaWords) {
            const QStringView text(w.text);
            int k = 0;
            while (k < text.size() && cjk(i + k, text.mid(k, 1)))
                ++k;
            if (k != text.size())
                continue;
            c.last = i + k - 1;
            if (w.set) {
                c.type = TimexType::Set;
                c.value = u"P1"_s + unitLetter(w.unit);
                return {{c}, c.last};
            }
            // 昨年12月, 来年1月: a month of a relative year
            if (w.unit == Unit::Year && isNumber(c.last + 1) && cjk(c.last + 2, u"月")
                && t[c.last + 1].value >= 1 && t[c.last + 1].value <= 12) {
                c.kind = Kind::Month;
                c.month = t[c.last + 1].value;
                c.hasYearOffset = true;
                c.yearOffset = w.offset;
                c.last += 2;
                suffixMod(c);
                return {{c}, c.last};
            }
            c.kind = Kind::Offset;
            c.unit = w.unit;
            c.offset = w.offset;
            suffixMod(c);
            return {{c}, c.last};
        }
        return {};
    }
    const int v = t[i].value;
    if (cjk(i + 1, u"日") && !cjk(i + 2, u"間") && !cjk(i - 1, u"月") && v >= 1 && v <= 31) {
        c.kind = Kind::MonthDay; // "19日": a day of the current month
        c.month = 0;
        c.day = v;
        c.last = i + 1;
        return {{c}, c.last};
    }
    if (cjk(i + 1, u"年")) {
        if (cjk(i + 2, u"代") && v % 10 == 0 && t[i].digits == 4) {
            c.last = i + 2;
            c.value = QString::number(v / 10);
            return {{c}, c.last};
        }
        if (cjk(i + 2, u"間") || cjk(i + 2, u"前") || cjk(i + 2, u"後")) {
            c.last = i + 2;
            if (cjk(i + 2, u"間")) {
                c.type = TimexType::Duration;
                c.value = u"P%1Y"_s.arg(v);
            } else {
                c.kind = Kind::Offset;
                c.unit = Unit::Year;
                c.offset = cjk(i + 2, u"前") ? -v : v;
            }
            return {{c}, c.last};
        }
        if (t[i].digits != 4)
            return {};
        yearMonthDay(c, v, i + 1);
        suffixMod(c);
        return {{c}, c.last};
    }
    if (cjk(i + 1, u"月") && !cjk(i + 2, u"間") && v >= 1 && v <= 12) {
        c.kind = Kind::Month;
        c.month = v;
        c.last = i + 1;
        if (isNumber(i + 2) && cjk(i + 3, u"日") && t[i + 2].value >= 1 && t[i + 2].value <= 31) {
            c.kind = Kind::MonthDay;
            c.day = t[i + 2].value;
            c.last = i + 3;
        }
        suffixMod(c);
        return {{c}, c.last};
    }
    if (cjk(i + 1, u"世") && cjk(i + 2, u"紀") && v >= 1 && v <= 30) {
        c.last = i + 2;
        c.value = u"%1"_s.arg(v - 1, 2, 10, QChar(u'0'));
        return {{c}, c.last};
    }
    Unit unit = Unit::None;
    int last = -1;
    if (cjk(i + 1, u"日") && cjk(i + 2, u"間")) {
        unit = Unit::Day;
        last = i + 2;
    } else if (cjk(i + 1, u"週") && cjk(i + 2, u"間")) {
        unit = Unit::Week;
        last = i + 2;
    } else if ((cjk(i + 1, u"ヵ") || cjk(i + 1, u"か") || cjk(i + 1, u"カ") || cjk(i + 1, u"ヶ") || cjk(i + 1, u"ケ"))
               && cjk(i + 2, u"月")) {
        unit = Unit::Month;
        last = cjk(i + 3, u"間") ? i + 3 : i + 2;
    } else if (cjk(i + 1, u"時") && cjk(i + 2, u"間")) {
        unit = Unit::Hour;
        last = i + 2;
    }
    if (unit == Unit::None)
        return {};
    c.last = last;
    c.type = TimexType::Duration;
    c.value = (isTimeUnit(unit) ? u"PT"_s : u"P"_s) + QString::number(v) + unitLetter(unit);
    return {{c}, c.last};
}

} // namespace parallax::analysis::dates
