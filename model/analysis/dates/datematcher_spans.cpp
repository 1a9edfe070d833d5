// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher_p.h"

using namespace Qt::StringLiterals;

// Durations, sets, centuries, quarters, seasons, clock times and Japanese forms.
namespace parallax::analysis::dates {

namespace {

QString durationValue(int count, Unit unit)
{
    const QString n = count < 0 ? u"X"_s : QString::number(count);
    if (isTimeUnit(unit))
        return u"PT"_s + n + unitLetter(unit);
    if (unit == Unit::Decade && count > 0)
        return u"P%1Y"_s.arg(count * 10);
    if (unit == Unit::Century && count > 0)
        return u"P%1Y"_s.arg(count * 100);
    if (unit == Unit::Quarter && count > 0)
        return u"P%1M"_s.arg(count * 3);
    return u"P"_s + n + unitLetter(unit);
}

} // namespace

Match Matcher::countUnit(int i) const
{
    int j = i;
    QString mod;
    // quantifier: "more than", "less than", "at least", "up to", "about", "nearly"
    if ((word(j, u"more") || word(j, u"less") || word(j, u"fewer")) && word(j + 1, u"than")) {
        mod = word(j, u"more") ? u"MORE_THAN"_s : u"LESS_THAN"_s;
        j += 2;
    } else if (word(j, u"at") && word(j + 1, u"least")) {
        mod = u"EQUAL_OR_MORE"_s;
        j += 2;
    } else if ((word(j, u"up") && word(j + 1, u"to")) || (word(j, u"no") && word(j + 1, u"more") && word(j + 2, u"than"))) {
        mod = u"EQUAL_OR_LESS"_s;
        j += word(j, u"up") ? 2 : 3;
    } else if (const WordInfo *q = info(j); q && q->quantifier && (isNumber(j + 1) || (info(j + 1) && (info(j + 1)->number >= 0 || info(j + 1)->article)))) {
        mod = q->quantifier == 1 ? u"APPROX"_s : q->quantifier == 2 ? u"MORE_THAN"_s : u"LESS_THAN"_s;
        j += 1;
    }
    // "the past two years", "the first nine months", "last two years"
    bool period = false;
    const bool the = word(j, u"the");
    int k = the ? j + 1 : j;
    if (const WordInfo *r = info(k); r && (r->rel == Rel::Last || r->rel == Rel::Next || r->ordinal == 1)) {
        period = true;
        ++k;
    } else if (the) {
        k = j; // "the" only belongs to the span with a relation word
    }
    int value = 0, last = -1;
    Unit unit = Unit::None;
    if (count(k, value, last)) {
        int u = last + 1;
        const bool hyphen = dash(u) && glued(u) && glued(u + 1);
        if (hyphen)
            ++u;
        const WordInfo *w = info(u);
        if (!w || w->unit == Unit::None || w->unit == Unit::Weekend || w->yearSuffix)
            return {};
        if (w->unit == Unit::Quarter && !period && !hyphen && value >= 0 && !w->plural)
            return {};
        if (word(k, u"a") || word(k, u"an")) {
            if (w->plural)
                return {};
            // "a second A380" is an ordinal
            if (w->unit == Unit::Second && u + 1 < n && (t[u + 1].kind == Token::Number || (t[u + 1].kind == Token::Word
                && !word(u + 1, u"later") && !word(u + 1, u"ago") && !word(u + 1, u"earlier") && !word(u + 1, u"or"))))
                return {};
            // "twice a year", "5% a year": a frequency, not a duration
            if (i > 0 && (t[i - 1].lower == u"%"_s || t[i - 1].lower == u"percent"_s || t[i - 1].lower == u"twice"_s
                          || t[i - 1].lower == u"once"_s || t[i - 1].lower == u"times"_s))
                return {};
        }
        // "a year-earlier loss": the compound is the expression, not "a year"
        if (dash(u + 1) && glued(u + 1) && (word(u + 2, u"earlier") || word(u + 2, u"ago")))
            return {};
        unit = w->unit;
        last = u;
    } else if (period && info(k) && info(k)->unit != Unit::None && info(k)->unit != Unit::Weekend) {
        // "the past year", "the last month"
        if (!the || info(k)->ordinal)
            return {};
        if (info(k)->unit == Unit::Quarter && t[k - 1].lower != u"next"_s) {
            Candidate q; // "during the last quarter": the quarter last reported
            q.first = j;
            q.last = k;
            q.kind = Kind::Period;
            return {{q}, q.last};
        }
        const Unit u = info(k)->unit;
        if ((t[k - 1].lower == u"past"_s || t[k - 1].lower == u"last"_s)
            && (u == Unit::Year || u == Unit::Decade)) {
            Candidate d; // TimeML: "the past year", "the last decade" name the one before this one
            d.first = j;
            d.last = k;
            d.kind = Kind::Offset;
            d.unit = u;
            d.offset = -1;
            return {{d}, d.last};
        }
        value = 1;
        unit = u;
        last = k;
    } else if (!the && mod.isEmpty() && info(k) && info(k)->plural && info(k)->unit != Unit::None
               && info(k)->unit != Unit::Quarter && info(k)->unit != Unit::Weekend && !t[k].capital) {
        value = -1; // bare "years", "days": an unknown count
        unit = info(k)->unit;
        last = k;
    } else {
        return {};
    }
    Candidate c;
    c.first = k;
    if (!mod.isEmpty())
        c.first = i;
    else if (period)
        c.first = the ? j : k - 1;
    c.last = last;
    c.mod = mod;
    const int n = value < 0 ? -1 : value;
    // "two years ago", "days later", "a year earlier"
    const bool ago = word(last + 1, u"ago") || (word(last + 1, u"from") && word(last + 2, u"now"))
        || word(last + 1, u"hence");
    const bool later = word(last + 1, u"later") || word(last + 1, u"earlier");
    if (!period && (ago || later)) {
        const bool before = word(last + 1, u"ago") || word(last + 1, u"earlier");
        c.last = word(last + 1, u"from") ? last + 2 : last + 1;
        c.kind = Kind::Offset;
        c.unit = unit;
        c.counted = true;
        c.fromPrevious = later;
        if (n < 0) {
            c.kind = Kind::Literal;
            c.value = before ? u"PAST_REF"_s : u"FUTURE_REF"_s;
        } else {
            c.offset = before ? -n : n;
        }
        return {{c}, c.last};
    }
    // "recent years", "the past few months", "coming weeks": vague references, not durations
    const QString &countWord = t[k].lower;
    const bool vaguePast = n < 0 && mod.isEmpty()
        && ((period && (t[k - 1].lower == u"past"_s || t[k - 1].lower == u"last"_s)) || countWord == u"recent"_s);
    const bool vagueFuture = n < 0 && mod.isEmpty() && period && t[k - 1].lower == u"coming"_s;
    if (vaguePast || vagueFuture || (n < 0 && (word(k - 1, u"coming") || word(k, u"coming")))) {
        c.value = vagueFuture || word(k - 1, u"coming") ? u"FUTURE_REF"_s : u"PAST_REF"_s;
        return {{c}, c.last};
    }
    c.type = TimexType::Duration;
    c.value = durationValue(n, unit);
    return {{c}, c.last};
}

Match Matcher::sets(int i) const
{
    Candidate c;
    c.first = i;
    c.type = TimexType::Set;
    if (const WordInfo *w = info(i); w && w->setUnit != Unit::None) {
        // adverbs only ("paid quarterly"), not adjectives ("a quarterly dividend")
        static const QStringList follow = {u"in"_s, u"on"_s, u"at"_s, u"and"_s, u"or"_s, u"to"_s, u"for"_s,
                                           u"since"_s, u"from"_s, u"by"_s, u"until"_s, u"but"_s, u"with"_s,
                                           u"as"_s, u"than"_s, u"thereafter"_s};
        if (i + 1 < n && t[i + 1].kind == Token::Word && !follow.contains(t[i + 1].lower))
            return {};
        if (i + 1 < n && t[i + 1].kind == Token::Number)
            return {};
        c.last = i;
        c.value = w->setUnit == Unit::Quarter ? u"P3M"_s : u"P1"_s + (isTimeUnit(w->setUnit) ? u"T"_s : QString()) + unitLetter(w->setUnit);
        if (c.value == u"P1TH"_s)
            c.value = u"PT1H"_s;
        return {{c}, c.last};
    }
    int j = -1;
    if (word(i, u"every") || word(i, u"each") || word(i, u"per"))
        j = i + 1;
    else if ((word(i, u"once") || word(i, u"twice") || word(i, u"a")) && (word(i + 1, u"a") || word(i + 1, u"per") || word(i + 1, u"every")))
        j = i + 2;
    if (j < 0)
        return {};
    if (word(i, u"a") && !(i > 0 && (t[i - 1].lower == u"times"_s)))
        return {};
    int every = 1;
    if (word(j, u"other")) {
        every = 2;
        ++j;
    }
    const WordInfo *w = info(j);
    if (!w)
        return {};
    c.last = j;
    if (w->unit != Unit::None && !w->plural && w->unit != Unit::Weekend) {
        c.value = every == 1 && w->unit == Unit::Quarter ? u"P3M"_s : durationValue(every, w->unit);
    } else if (w->weekday && t[j].capital) {
        c.value = u"XXXX-WXX-%1"_s.arg(w->weekday);
    } else if (w->month && !w->monthAbbr && t[j].capital) {
        c.value = u"XXXX-%1"_s.arg(w->month, 2, 10, QChar(u'0'));
    } else {
        return {};
    }
    if (word(i, u"per") && !(i > 0 && (t[i - 1].kind == Token::Number || t[i - 1].lower == u"%"_s)))
        return {};
    return {{c}, c.last};
}

Match Matcher::century(int i) const
{
    const bool the = word(i, u"the");
    const int j = the ? i + 1 : i;
    int last = -1;
    int ord = ordinal(j, last);
    if (!ord) {
        // Russian Roman numerals: "XX века"
        static const QStringList roman = {u"xviii"_s, u"xix"_s, u"xx"_s, u"xxi"_s};
        const int r = int(roman.indexOf(t.value(j).lower));
        if (r < 0 || !t[j].capital || !(info(j + 1) && info(j + 1)->unit == Unit::Century))
            return {};
        ord = 18 + r;
        last = j;
    }
    int u = last + 1;
    if (dash(u) && glued(u))
        ++u;
    if (!(info(u) && info(u)->unit == Unit::Century && !info(u)->plural) || ord < 1 || ord > 30)
        return {};
    Candidate c;
    c.first = i;
    c.last = u;
    c.value = u"%1"_s.arg(ord - 1, 2, 10, QChar(u'0'));
    return {{c}, c.last};
}

Match Matcher::quarter(int i) const
{
    const bool the = word(i, u"the");
    int j = the ? i + 1 : i;
    int year = yearNumber(j);
    if (year)
        ++j;
    if (word(j, u"fiscal"))
        ++j;
    int last = -1;
    int q = ordinal(j, last);
    if (!q && (word(j, u"last") || word(j, u"latter")) && word(j + 1, u"half")) {
        q = 2; // "the last half of 1989"
        last = j;
    }
    if (q < 1 || q > 4)
        return {};
    int u = last + 1;
    if (dash(u) && glued(u))
        ++u;
    const bool half = word(u, u"half");
    if (!word(u, u"quarter") && !(half && q <= 2))
        return {};
    Candidate c;
    c.first = i;
    c.last = u;
    if (!year) {
        int k = u + 1;
        if (word(k, u"of") || punct(k, u","))
            ++k;
        if (word(k, u"fiscal"))
            ++k;
        if ((year = yearNumber(k)))
            c.last = k;
    }
    const QString part = half ? u"H%1"_s.arg(q) : u"Q%1"_s.arg(q);
    if (year) {
        c.value = u"%1-%2"_s.arg(year).arg(part);
    } else {
        c.kind = Kind::Period;
        c.period = half ? 4 + q : q;
    }
    return {{c}, c.last};
}

Match Matcher::seasonExpr(int i) const
{
    const bool the = word(i, u"the");
    const int j = the ? i + 1 : i;
    const WordInfo *w = info(j);
    if (!w || !w->season)
        return {};
    Candidate c;
    c.first = j;
    c.last = j;
    int yl = 0;
    const int year = yearAfter(j + 1, yl);
    if (year) {
        c.last = yl;
    } else {
        const WordInfo *pv = info(i - 1);
        if (!the && (!(pv && (pv->monthContext || pv->mod)) || word(i - 1, u"to"))) // not "to fall apart"
            return {};
        if (the && !(pv && pv->monthContext) && !word(i - 1, u"over"))
            return {};
        if (word(j + 1, u"of")) // "the fall of the Berlin Wall"
            return {};
    }
    static const char *codes[] = {"", "SP", "SU", "FA", "WI"};
    if (year) {
        c.value = u"%1-%2"_s.arg(year).arg(QLatin1StringView(codes[w->season]));
    } else {
        c.kind = Kind::Period;
        c.season = true;
        c.period = w->season;
    }
    return {{c}, c.last};
}

Match Matcher::clock(int i) const
{
    int hour = -1, minute = 0, last = -1;
    if (word(i, u"noon") || word(i, u"midday")) {
        hour = 12;
        last = i;
    } else if (word(i, u"midnight")) {
        hour = 24;
        last = i;
    } else if (isNumber(i) && t[i].digits <= 2 && t[i].value <= 24) {
        hour = t[i].value;
        last = i;
        if (glued(i + 1) && punct(i + 1, u":") && isNumber(i + 2) && glued(i + 2) && t[i + 2].digits == 2) {
            minute = t[i + 2].value;
            last = i + 2;
        }
        int k = last + 1;
        const bool am = word(k, u"am") || (word(k, u"a") && punct(k + 1, u".") && word(k + 2, u"m"));
        const bool pm = word(k, u"pm") || (word(k, u"p") && punct(k + 1, u".") && word(k + 2, u"m"));
        if (am || pm) {
            if (hour > 12)
                return {};
            if (pm && hour < 12)
                hour += 12;
            if (am && hour == 12)
                hour = 0;
            last = word(k, u"am") || word(k, u"pm") ? k : (punct(k + 3, u".") && glued(k + 3) ? k + 3 : k + 2);
        } else if (last == i || !word(i - 1, u"at")) {
            return {};
        }
    } else {
        return {};
    }
    if (minute > 59)
        return {};
    static const QStringList zones = {u"est"_s, u"edt"_s, u"gmt"_s, u"utc"_s, u"cst"_s, u"pst"_s, u"msk"_s, u"jst"_s};
    if (last + 1 < n && zones.contains(t[last + 1].lower))
        ++last;
    Candidate c;
    c.first = i;
    c.last = last;
    c.type = TimexType::Time;
    c.kind = Kind::Offset;
    c.unit = Unit::Day;
    c.fromPrevious = true;
    c.timeSuffix = u"T%1:%2"_s.arg(hour, 2, 10, QChar(u'0')).arg(minute, 2, 10, QChar(u'0'));
    // "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 6", "midnight yesterday"
    const int k = punct(last + 1, u",") ? last + 2 : last + 1;
    if (const WordInfo *w = info(k); w && w->weekday && t[k].capital) {
        c.kind = Kind::Weekday;
        c.weekday = w->weekday;
        c.fromPrevious = false;
        c.last = k;
    } else if (w && w->deictic != Deictic::None && w->deictic != Deictic::Now && w->deictic != Deictic::Recently
               && w->deictic != Deictic::Tonight && w->deictic != Deictic::Soon) {
        c.offset = w->deictic == Deictic::Yesterday ? -1 : w->deictic == Deictic::Tomorrow ? 1 : 0;
        c.fromPrevious = false;
        c.last = k;
    } else if (const Match d = monthDate(k); d.ok() && d.items.size() == 1 && d.items.first().day) {
        const Candidate &m = d.items.first();
        c.kind = m.kind;
        c.month = m.month;
        c.day = m.day;
        c.year = m.year;
        if (m.kind == Kind::Literal)
            c.value = m.value + c.timeSuffix;
        c.last = d.last;
    }
    return {{c}, c.last};
}

} // namespace parallax::analysis::dates

namespace parallax::analysis::dates {

Match Matcher::reportingPeriod(int i) const
{
    // "the quarter", "the latest quarter", "the latest period", "the year-ago quarter", "year-earlier"
    const bool the = word(i, u"the");
    int j = the ? i + 1 : i;
    Candidate c;
    c.first = i;
    c.kind = Kind::Period;
    c.period = 0;
    const bool yearAgo = word(j, u"year") && dash(j + 1) && glued(j + 1) && glued(j + 2)
        && (word(j + 2, u"ago") || word(j + 2, u"earlier"));
    if (yearAgo) {
        c.hasYearOffset = true;
        c.yearOffset = -1;
        j += 3;
        int ol = 0;
        if (const int q = ordinal(j, ol); q >= 1 && q <= 4 && word(ol + 1, u"quarter")) {
            c.period = q; // "the year-ago third quarter"
            c.last = ol + 1;
        } else if (word(j, u"quarter") || word(j, u"period")) {
            c.last = j;
        } else {
            if (the)
                return {};
            c.last = j - 1; // the adjective alone: "year-earlier profit"
        }
        return {{c}, c.last};
    }
    if (!the)
        return {};
    // "the year ended Sept. 30" is a year's span; "for the (full) year", "of the year" the current one
    if (const int y = (word(j, u"full") || word(j, u"fiscal")) ? j + 1 : j; word(y, u"year") && !dash(y + 1)) {
        if (word(y + 1, u"ended") || word(y + 1, u"ending")) {
            c.kind = Kind::Literal;
            c.type = TimexType::Duration;
            c.value = u"P1Y"_s;
            c.last = y;
            return {{c}, c.last};
        }
        if (!(word(i - 1, u"for") || word(i - 1, u"of")) || (info(y + 1) && info(y + 1)->yearSuffix))
            return {};
        c.kind = Kind::Offset;
        c.unit = Unit::Year;
        c.last = y;
        return {{c}, c.last};
    }
    if (const int y = yearNumber(j); y && (word(j + 1, u"quarter") || word(j + 1, u"period"))) {
        c.year = y; // "the 1988 quarter": the reporting quarter of that year
        c.last = j + 1;
        return {{c}, c.last};
    }
    const bool latest = word(j, u"latest") || word(j, u"same") || word(j, u"most") || word(j, u"corresponding")
        || word(j, u"comparable");
    if (word(j, u"most") && word(j + 1, u"recent"))
        ++j;
    if (latest)
        ++j;
    if (!(word(j, u"quarter") || (latest && word(j, u"period"))))
        return {};
    if (dash(j + 1) && glued(j + 1)) // "the quarter-end"
        return {};
    c.last = j;
    // "the same period last year", "the same period of the last year", "the quarter a year ago"
    const int of = word(j + 1, u"of") ? (word(j + 2, u"the") ? j + 3 : j + 2) : j + 1;
    if (word(of, u"last") && word(of + 1, u"year")) {
        c.hasYearOffset = true;
        c.yearOffset = -1;
        c.last = of + 1;
    } else if ((word(j + 1, u"a") || word(j + 1, u"one")) && word(j + 2, u"year")
               && (word(j + 3, u"ago") || word(j + 3, u"earlier"))) {
        c.hasYearOffset = true;
        c.yearOffset = -1;
        c.last = j + 3;
    }
    // "the quarter ended Sept. 30": the calendar quarter of that day
    if (word(j, u"quarter") && (word(j + 1, u"ended") || word(j + 1, u"ending")))
        if (const Match end = monthDate(j + 2); end.ok() && end.items.first().month)
            c.period = (end.items.first().month - 1) / 3 + 1;
    return {{c}, c.last};
}

Match Matcher::spelledYear(int i) const
{
    // "the nineties", "the eighties"
    static const QStringList decades = {u"twenties"_s, u"thirties"_s, u"forties"_s, u"fifties"_s, u"sixties"_s,
                                        u"seventies"_s, u"eighties"_s, u"nineties"_s};
    if (word(i, u"the") && i + 1 < n && decades.contains(t[i + 1].lower)) {
        Candidate d;
        d.first = i;
        d.last = i + 1;
        d.value = u"19%1"_s.arg(decades.indexOf(t[i + 1].lower) + 2);
        return {{d}, d.last};
    }
    // "nineteen ninety-six", "nineteen eighty", "the year two thousand"
    Candidate c;
    c.first = i;
    int j = i;
    if (word(j, u"the") && word(j + 1, u"year"))
        j += 2;
    else if (word(j, u"year"))
        j += 1;
    if (word(j, u"nineteen")) {
        const WordInfo *w = info(j + 1);
        if (!w || w->number < 10 || w->number > 90 || (w->number >= 20 && w->number % 10))
            return {};
        int value = w->number;
        int last = j + 1;
        if (value >= 20) {
            const int k = dash(last + 1) ? last + 2 : last + 1;
            if (const WordInfo *x = info(k); x && x->number > 0 && x->number < 10) {
                value += x->number;
                last = k;
            }
        }
        c.last = last;
        c.year = 1900 + value;
    } else if (j > i && word(j, u"two") && word(j + 1, u"thousand")) {
        int last = j + 1;
        int value = 2000;
        const int k = word(last + 1, u"and") ? last + 2 : last + 1;
        if (const WordInfo *x = info(k); x && x->number > 0 && x->number < 20) {
            value += x->number;
            last = k;
        }
        c.last = last;
        c.year = value;
    } else {
        return {};
    }
    c.value = QString::number(c.year);
    return {{c}, c.last};
}

} // namespace parallax::analysis::dates
