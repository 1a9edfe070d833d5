// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateresolver.h"

using namespace Qt::StringLiterals;

namespace parallax::analysis::dates {

namespace {

QString yearString(int y)
{
    return u"%1"_s.arg(y, 4, 10, QChar(u'0'));
}

QString monthString(int y, int m)
{
    return u"%1-%2"_s.arg(yearString(y)).arg(m, 2, 10, QChar(u'0'));
}

QString dayString(QDate d)
{
    return d.toString(u"yyyy-MM-dd"_s);
}

QString weekString(QDate d)
{
    int y = 0;
    const int w = d.weekNumber(&y);
    return u"%1-W%2"_s.arg(yearString(y)).arg(w, 2, 10, QChar(u'0'));
}

/** Which way to go when a period could be the last or the next one. */
int choose(int pastDistance, int futureDistance, Tense tense)
{
    if (tense.direction && tense.strong)
        return tense.direction;
    if (tense.direction) {
        const int mine = tense.direction < 0 ? pastDistance : futureDistance;
        const int other = tense.direction < 0 ? futureDistance : pastDistance;
        // A weak cue yields to a much nearer period: "prepared for a meeting in late April"
        // (far from the verb) by half, "extended the offer to Nov. 20" (right after it) by a third.
        const int factor = tense.near ? 3 : 2;
        return other * factor < mine ? -tense.direction : tense.direction;
    }
    // Without a cue news reports the past, unless the next occurrence is clearly nearer.
    return pastDistance * 2 <= futureDistance * 3 ? -1 : 1;
}

/** The year of a cyclic period p (1..count) relative to the reference period d of year y. */
int cyclicYear(int p, int d, int count, int y, Rel rel, Tense tense)
{
    switch (rel) {
    case Rel::Last: return p < d ? y : y - 1;
    case Rel::Next: return p > d ? y : y + 1;
    case Rel::This: return y;
    case Rel::None: break;
    }
    const int past = p <= d ? d - p : d - p + count;
    const int future = p >= d ? p - d : p - d + count;
    const int dir = choose(past, future, tense);
    if (dir < 0)
        return p <= d ? y : y - 1;
    return p >= d ? y : y + 1;
}

QString offsetValue(QDate base, Unit unit, int offset)
{
    switch (unit) {
    case Unit::Day:
    case Unit::Hour:
    case Unit::Minute:
    case Unit::Second: return dayString(base.addDays(offset));
    case Unit::Week: return weekString(base.addDays(7 * offset));
    case Unit::Weekend: return weekString(base.addDays(7 * offset)) + u"-WE"_s;
    case Unit::Month: {
        const QDate d = base.addMonths(offset);
        return monthString(d.year(), d.month());
    }
    case Unit::Quarter: {
        int q = (base.month() - 1) / 3 + offset;
        int y = base.year();
        while (q < 0) { q += 4; --y; }
        while (q > 3) { q -= 4; ++y; }
        return u"%1-Q%2"_s.arg(yearString(y)).arg(q + 1);
    }
    case Unit::Year: return yearString(base.year() + offset);
    case Unit::Decade: return QString::number(base.year() / 10 + offset);
    case Unit::Century: return u"%1"_s.arg(base.year() / 100 + offset, 2, 10, QChar(u'0'));
    case Unit::None: break;
    }
    return {};
}

/** How precise an anchor must be to count units from it: days need a day, months a month. */
int precisionFor(Unit unit)
{
    switch (unit) {
    case Unit::Year:
    case Unit::Decade:
    case Unit::Century: return 1;
    case Unit::Month:
    case Unit::Quarter: return 2;
    default: return 3;
    }
}

const char *const seasonCodes[] = {"", "SP", "SU", "FA", "WI"};

int seasonOf(int month)
{
    return month >= 3 && month <= 5 ? 1 : month >= 6 && month <= 8 ? 2 : month >= 9 && month <= 11 ? 3 : 4;
}

} // namespace

namespace {

// Japanese puts the verb last: "...会談した。" is past, "...会談する予定だ。" future.
Tense japaneseTense(const QList<Token> &t, int last)
{
    for (int k = last + 1; k + 1 < t.size(); ++k) {
        const QString &a = t[k].lower;
        const QString &b = t[k + 1].lower;
        if ((a == u"予"_s && b == u"定"_s) || (a == u"方"_s && b == u"針"_s) || (a == u"見"_s && b == u"通"_s)
            || (a == u"計"_s && b == u"画"_s))
            return {1, true};
    }
    int end = int(t.size()) - 1;
    while (end > last && t[end].kind == Token::Punct)
        --end;
    if (end <= last || t[end].kind != Token::Cjk)
        return {};
    if (t[end].lower == u"た"_s || (t[end].lower == u"だ"_s && end > 0 && t[end - 1].lower == u"ん"_s))
        return {-1, true};
    return {1, false};
}

} // namespace

Tense tenseAround(const QList<Token> &t, const QList<bool> &skip, int first, int last)
{
    if (t[last].kind == Token::Cjk)
        return japaneseTense(t, last);
    Tense strongBack, weakBack, strongFwd, weakFwd;
    auto classify = [&t, first](int k) -> Tense {
        const Token &tok = t[k];
        if (k == first - 1 && tok.lower == u"by"_s)
            return {1, false}; // a deadline: "pay down the loan by February"
        if (tok.kind == Token::Cjk) {
            if (tok.lower == u"予"_s && k + 1 < t.size() && t[k + 1].lower == u"定"_s)
                return {1, true};
            return {};
        }
        if (tok.kind != Token::Word)
            return {};
        if (tok.lower == u"set"_s && k + 1 < t.size() && t[k + 1].lower == u"to"_s)
            return {1, true}; // "is set to", "set to resume"
        if (const WordInfo *w = tok.info) {
            const QString next = k + 1 < t.size() ? t[k + 1].lower : QString();
            const QString prev = k > 0 ? t[k - 1].lower : QString();
            const QString prev2 = k > 1 ? t[k - 2].lower : QString();
            static const QStringList needTo = {u"plan"_s, u"plans"_s, u"planned"_s, u"planning"_s, u"expect"_s,
                                               u"expects"_s, u"expected"_s, u"aim"_s, u"aims"_s, u"intend"_s,
                                               u"intends"_s, u"intended"_s, u"going"_s};
            switch (w->cue) {
            case Cue::PastStrong: return {-1, true};
            case Cue::FutureStrong:
                if (needTo.contains(tok.lower) && next != u"to"_s)
                    return {}; // "the plan", "as expected"
                // future in the past: "had been due to expire Friday", "was expected to arrive"
                if (prev == u"had"_s || prev == u"was"_s || prev == u"were"_s
                    || (prev == u"been"_s && prev2 == u"had"_s))
                    return {-1, true};
                return {1, true};
            case Cue::PastWeak:
                if (prev == u"be"_s)
                    return {}; // a passive after a modal: "would be paid in January"
                return {-1, false};
            case Cue::FutureWeak: return {1, false};
            case Cue::None: break;
            }
            if (w->rel == Rel::Last && tok.lower != u"past"_s)
                return {-1, true};
            if (w->rel == Rel::Next && tok.lower != u"following"_s)
                return {1, true};
        }
        if (looksPastTense(tok.lower))
            return k > 0 && t[k - 1].lower == u"be"_s ? Tense{} : Tense{-1, false};
        return {};
    };
    int weakBackDistance = 0;
    int strongBackDistance = 0;
    for (int k = first - 1; k >= 0 && k >= first - 25; --k) {
        if (skip.value(k))
            continue;
        const Tense te = classify(k);
        // Present-tense verbs of schedule ("returns on Saturday") count only right before;
        // "would" (the future seen from the past) reaches as far as a strong cue.
        if (te.direction > 0 && !te.strong && first - k > 5 && t[k].lower != u"would"_s)
            continue;
        if (te.direction && te.strong && !strongBack.direction) {
            strongBack = te;
            strongBackDistance = first - k;
        } else if (te.direction && !te.strong && !weakBack.direction) {
            weakBack = te;
            weakBackDistance = first - k;
        }
        if (strongBack.direction)
            break;
    }
    for (int k = last + 1; k < t.size() && k <= last + 12; ++k) {
        if (skip.value(k))
            continue;
        Tense te = classify(k);
        if (te.direction > 0 && !te.strong)
            continue;
        // "In January, the company hired ...": a fronted date takes the main verb's tense
        if (te.direction && first <= 2 && last + 1 < t.size() && t[last + 1].lower == u","_s)
            te.strong = true;
        if (te.direction && te.strong && !strongFwd.direction)
            strongFwd = te;
        else if (te.direction && !te.strong && !weakFwd.direction)
            weakFwd = te;
        if (strongFwd.direction)
            break;
    }
    // The verb right before an expression ("announced Friday that it will") outweighs later cues;
    // a deadline after a past perfect is past: "had filed reports by Wednesday".
    const bool pastDeadline = weakBackDistance == 1 && t[first - 1].lower == u"by"_s && strongBack.direction < 0
        && strongBackDistance <= 6;
    if (weakBack.direction && weakBackDistance <= 3 && !pastDeadline)
        return {weakBack.direction, false, true};
    for (const Tense &te : {strongBack, strongFwd, weakBack, weakFwd}) {
        if (te.direction)
            return te;
    }
    return {};
}

QList<TimeExpression> resolveSentence(const QString &text, const QList<Token> &t,
                                      const QList<Candidate> &candidates, QDate dct, int sentence,
                                      DocumentContext &context)
{
    QList<bool> skip(t.size(), false);
    for (const Candidate &c : candidates) {
        for (int k = c.first; k <= c.last; ++k)
            skip[k] = true;
    }
    const QString dctValue = dct.isValid() ? dayString(dct) : QString();
    // The latest date of this sentence with an explicit year, and the latest full date.
    int anchorYear = 0;
    QString anchorYearValue;
    QDate anchorDay;
    QString anchorDayValue;

    QList<TimeExpression> out;
    out.reserve(candidates.size());
    for (const Candidate &c : candidates) {
        TimeExpression e;
        e.span = {t[c.first].start, t[c.last].end};
        e.surface = text.mid(e.span.start, e.span.length());
        e.sentence = sentence;
        e.type = c.type;
        e.mod = c.mod;
        const Tense tense = (c.kind == Kind::Literal) ? Tense{} : tenseAround(t, skip, c.first, c.last);
        switch (c.kind) {
        case Kind::Literal:
            e.value = c.value;
            break;
        case Kind::MonthDay:
            if (c.month == 0) {
                // a day of a month the text does not name (Japanese "19日"): this month or a neighbour
                const QDate base = anchorDay.isValid() ? anchorDay : dct;
                if (!base.isValid()) {
                    e.value = u"XXXX-XX-%1"_s.arg(c.day, 2, 10, QChar(u'0'));
                    break;
                }
                const QDate same(base.year(), base.month(), std::min(c.day, base.daysInMonth()));
                const QDate past = same <= base ? same : same.addMonths(-1);
                const QDate future = same >= base ? same : same.addMonths(1);
                const int dir = choose(int(past.daysTo(base)), int(base.daysTo(future)), tense);
                const QDate d = QDate((dir < 0 ? past : future).year(), (dir < 0 ? past : future).month(), c.day);
                if (!d.isValid())
                    continue;
                e.value = dayString(d) + c.timeSuffix;
                e.anchor = anchorDay.isValid() ? anchorDayValue : dctValue;
                break;
            }
            [[fallthrough]];
        case Kind::Month: {
            int y = 0;
            if (c.hasYearOffset && dct.isValid()) {
                y = dct.year() + c.yearOffset;
                e.anchor = dctValue;
            } else if (anchorYear && c.rel == Rel::None && !c.hasYearOffset) {
                y = anchorYear;
                e.anchor = anchorYearValue;
            } else if (dct.isValid() && c.kind == Kind::Month) {
                y = cyclicYear(c.month, dct.month(), 12, dct.year(), c.rel, tense);
                e.anchor = dctValue;
            } else if (dct.isValid()) {
                QDate same(dct.year(), c.month, c.day);
                if (!same.isValid())
                    same = QDate(dct.year() - 1, c.month, c.day).isValid() ? QDate(dct.year() - 1, c.month, c.day)
                                                                            : QDate(dct.year() + 1, c.month, c.day);
                const QDate past = same <= dct ? same : same.addYears(-1);
                const QDate future = same >= dct ? same : same.addYears(1);
                const int dir = c.rel == Rel::Last ? -1 : c.rel == Rel::Next ? 1
                    : choose(int(past.daysTo(dct)), int(dct.daysTo(future)), tense);
                y = (dir < 0 ? past : future).year();
                e.anchor = dctValue;
            }
            const QString yy = y ? yearString(y) : u"XXXX"_s;
            e.value = yy + u"-%1"_s.arg(c.month, 2, 10, QChar(u'0'));
            if (c.kind == Kind::MonthDay) {
                if (y && !QDate(y, c.month, c.day).isValid())
                    continue;
                e.value += u"-%1"_s.arg(c.day, 2, 10, QChar(u'0')) + c.timeSuffix;
            }
            break;
        }
        case Kind::Period: {
            if (c.period > 4) { // halves: the current year
                e.value = (dct.isValid() ? yearString(dct.year() + c.yearOffset) : u"XXXX"_s) + u"-H%1"_s.arg(c.period - 4);
                e.anchor = dctValue;
                break;
            }
            if (c.period == 0) {
                // "the quarter", "the latest period", "the year-ago quarter": the reporting quarter
                int y = context.quarterYear;
                int q = context.quarter;
                if (!q && dct.isValid()) {
                    q = (dct.month() - 1) / 3;
                    y = dct.year();
                    if (q == 0) {
                        q = 4;
                        --y;
                    }
                }
                if (!q)
                    break;
                if (c.year)
                    y = c.year;
                e.value = u"%1-Q%2"_s.arg(yearString(y + c.yearOffset)).arg(q);
                e.anchor = context.quarter ? u"%1-Q%2"_s.arg(yearString(context.quarterYear)).arg(q) : dctValue;
                break;
            }
            const QString code = c.season ? QLatin1StringView(seasonCodes[c.period]) : u"Q%1"_s.arg(c.period);
            if (c.hasYearOffset && dct.isValid()) { // "the year-ago third quarter", "next year's first quarter"
                const int y = context.quarter && !c.current ? context.quarterYear : dct.year();
                e.value = yearString(y + c.yearOffset) + u'-' + code;
                e.anchor = dctValue;
            } else if (anchorYear) {
                e.value = yearString(anchorYear) + u'-' + code;
                e.anchor = anchorYearValue;
            } else if (dct.isValid() && !c.season && c.rel == Rel::None) {
                // Quarters are reported in the year they belong to: the current one, unless it is
                // yet to begin and last year's is nearer ("the fourth quarter" in January).
                const QDate begins(dct.year(), (c.period - 1) * 3 + 1, 1);
                int year = dct.year();
                if (begins > dct) {
                    const QDate lastEnded = begins.addYears(-1).addMonths(3).addDays(-1);
                    if (choose(int(lastEnded.daysTo(dct)), int(dct.daysTo(begins)), tense) < 0)
                        --year;
                }
                e.value = yearString(year) + u'-' + code;
                e.anchor = dctValue;
            } else if (dct.isValid()) {
                const int d = c.season ? seasonOf(dct.month()) : (dct.month() - 1) / 3 + 1;
                const int base = (c.season && d == 4 && dct.month() <= 2) ? dct.year() - 1 : dct.year();
                e.value = yearString(cyclicYear(c.period, d, 4, base, c.rel, tense)) + u'-' + code;
                e.anchor = dctValue;
            } else {
                e.value = u"XXXX-"_s + code;
            }
            break;
        }
        case Kind::Weekday: {
            if (!dct.isValid()) {
                e.value = c.weekend ? u"XXXX-WXX-WE"_s : u"XXXX-WXX-%1"_s.arg(c.weekday);
                break;
            }
            QDate base = dct;
            e.anchor = dctValue;
            if (c.fromPrevious && anchorDay.isValid()) {
                base = anchorDay;
                e.anchor = anchorDayValue;
            } else if (c.fromPrevious && context.lastDate.isValid() && context.lastPrecision == 3) {
                base = context.lastDate;
                e.anchor = context.lastValue;
            }
            const int today = base.dayOfWeek();
            int delta = 0;
            if (c.rel == Rel::Last)
                delta = -((today - c.weekday + 6) % 7 + 1);
            else if (c.rel == Rel::Next)
                delta = (c.weekday - today + 6) % 7 + 1;
            else if (c.rel == Rel::This)
                delta = c.weekday - today;
            else if (tense.direction > 0)
                delta = (c.weekday - today + 7) % 7;
            else
                delta = -((today - c.weekday + 7) % 7);
            e.value = c.weekend ? weekString(base.addDays(delta)) + u"-WE"_s : dayString(base.addDays(delta)) + c.timeSuffix;
            break;
        }
        case Kind::Offset: {
            QDate base = dct;
            e.anchor = dctValue;
            if (c.fromPrevious && anchorDay.isValid()) {
                base = anchorDay;
                e.anchor = anchorDayValue;
            } else if (c.fromPrevious && c.type == TimexType::Date && context.lastDate.isValid()
                       && context.lastPrecision >= precisionFor(c.unit)) {
                // "The following month", "two days later": after the date the story last named
                base = context.lastDate;
                e.anchor = context.lastValue;
            } else if (c.needsAnchor) {
                continue;
            }
            if (c.unit == Unit::Quarter && c.offset == 0 && !c.counted && context.quarter && !c.current) {
                e.value = u"%1-Q%2"_s.arg(yearString(context.quarterYear)).arg(context.quarter);
                e.anchor = e.value;
                break;
            }
            if (c.unit == Unit::Year && c.offset == -1 && c.mod.isEmpty() && context.quarter && c.counted && !(c.fromPrevious && anchorDay.isValid())) {
                // "from $10 million a year ago" in a quarterly report: the same quarter a year before
                e.value = u"%1-Q%2"_s.arg(yearString(context.quarterYear - 1)).arg(context.quarter);
                e.anchor = u"%1-Q%2"_s.arg(yearString(context.quarterYear)).arg(context.quarter);
                break;
            }
            if (!base.isValid()) {
                e.value = c.offset < 0 ? u"PAST_REF"_s : c.offset > 0 ? u"FUTURE_REF"_s : u"PRESENT_REF"_s;
                break;
            }
            e.value = offsetValue(base, c.unit, c.offset) + c.timeSuffix;
            break;
        }
        }
        if (e.value.isEmpty())
            continue;
        // Later expressions of the sentence may lean on this one.
        if (e.type == TimexType::Date && e.value.size() >= 4 && e.value.at(0).isDigit() && e.value.at(3).isDigit()) {
            if (c.year && c.month) {
                anchorYear = c.year;
                anchorYearValue = e.value;
            }
            if (e.value.size() >= 10) {
                const QDate d = QDate::fromString(e.value.left(10), u"yyyy-MM-dd"_s);
                if (d.isValid()) {
                    anchorDay = d;
                    anchorDayValue = e.value.left(10);
                }
            }
            const int precision = e.value.size() == 4 ? 1 : e.value.size() == 7 && e.value.at(4) == u'-' && e.value.at(5).isDigit() ? 2
                : e.value.size() >= 10 && e.value.at(7) == u'-' ? 3 : 0;
            if (precision) {
                context.lastDate = QDate::fromString(e.value.left(4) + (precision >= 2 ? e.value.mid(4, 3) : u"-01"_s)
                                                         + (precision == 3 ? e.value.mid(7, 3) : u"-01"_s),
                                                     u"yyyy-MM-dd"_s);
                context.lastPrecision = context.lastDate.isValid() ? precision : 0;
                context.lastValue = e.value.left(precision == 1 ? 4 : precision == 2 ? 7 : 10);
            }
        }
        const bool namedQuarter = (c.kind == Kind::Period && c.period > 0) || (c.kind == Kind::Literal && !c.counted);
        if (namedQuarter && e.type == TimexType::Date && e.value.size() == 7 && e.value.at(5) == u'Q') {
            // Results are reported for quarters that have ended: a forecast ("a fourth-quarter charge"
            // written in November) does not become the quarter the article reports on.
            const int year = e.value.left(4).toInt();
            const int quarter = e.value.at(6).digitValue();
            // An earlier quarter named after the reported one is a comparison ("up from a flat second quarter").
            const bool earlier = context.quarter && (year * 4 + quarter < context.quarterYear * 4 + context.quarter);
            if ((!dct.isValid() || QDate(year, quarter * 3, 1).addMonths(1) <= dct) && !earlier) {
                context.quarterYear = year;
                context.quarter = quarter;
            }
        }
        out.append(e);
    }
    return out;
}

} // namespace parallax::analysis::dates
