// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher_p.h"

#include <QDate>

using namespace Qt::StringLiterals;

// Calendar expressions: dates, months, years, weekdays, relative and deictic words.
namespace parallax::analysis::dates {

namespace {

/** The TIMEX3 time suffix of a part of the day (1 morning .. 4 night): "TMO", "TNI". */
QString partOfDaySuffix(int part)
{
    static const char *const parts[] = {"", "MO", "AF", "EV", "NI"};
    return u"T"_s + QLatin1StringView(parts[part]);
}

} // namespace

QList<Candidate> matchSentence(const QList<Token> &tokens)
{
    return Matcher(tokens).run();
}

QList<Candidate> Matcher::run()
{
    QList<Candidate> out;
    int i = 0;
    while (i < n) {
        const Token &tok = t[i];
        // Only numbers, CJK characters and known words can start an expression.
        if (tok.kind == Token::Punct && tok.lower != u"'"_s) {
            ++i;
            continue;
        }
        if (tok.kind == Token::Word && !tok.info) { // only known words start an expression
            ++i;
            continue;
        }
        const Match m = withMod(i);
        if (m.ok()) {
            out += m.items;
            i = m.last + 1;
        } else {
            ++i;
        }
    }
    return out;
}

Match Matcher::withMod(int i)
{
    const bool the = word(i, u"the");
    const int k = the ? i + 1 : i;
    int next = -1;
    int mod = 0;
    if (const WordInfo *w = info(k); w && w->mod) {
        mod = w->mod;
        const QString &l = t[k].lower;
        if (l == u"end"_s || l == u"beginning"_s || l == u"start"_s || l == u"middle"_s) {
            if (word(k + 1, u"of"))
                next = k + 2;
        } else if (l == u"early"_s || l == u"late"_s || l == u"mid"_s || l == u"midway"_s) {
            next = dash(k + 1) && glued(k + 1) ? k + 2 : k + 1;
        } else {
            next = k + 1; // Russian "в конце 2016 года"
        }
    } else if ((word(k, u"earlier") || word(k, u"later")) && info(k + 1) && info(k + 1)->rel != Rel::None) {
        mod = word(k, u"earlier") ? 1 : 3;
        next = k + 1;
    } else if ((word(k, u"earlier") || word(k, u"later")) && word(k + 1, u"in") && word(k + 2, u"the")
               && info(k + 3) && !info(k + 3)->plural && !t[k + 3].capital
               && (info(k + 3)->unit == Unit::Year || info(k + 3)->unit == Unit::Month
                   || info(k + 3)->unit == Unit::Week || info(k + 3)->unit == Unit::Day)) {
        // "earlier in the year", "later in the day": the current one
        Candidate c;
        c.first = k;
        c.last = k + 3;
        c.kind = Kind::Offset;
        c.unit = info(k + 3)->unit;
        c.mod = word(k, u"earlier") ? u"START"_s : u"END"_s;
        return {{c}, c.last};
    } else if (the && (word(k, u"first") || word(k, u"last") || word(k, u"second") || word(k, u"latter"))
               && word(k + 1, u"half") && word(k + 2, u"of")) {
        // "the last half of the '80s", "the first half of 1990"
        Match m = core(k + 3);
        if (m.ok() && m.items.size() == 1 && m.items.first().type == TimexType::Date) {
            Candidate &c = m.items.first();
            c.first = i;
            const bool year = c.kind == Kind::Literal && c.value.size() == 4 && c.value.at(3).isDigit();
            if (year)
                c.value += word(k, u"first") ? u"-H1"_s : u"-H2"_s;
            else if (c.mod.isEmpty())
                c.mod = word(k, u"first") ? u"START"_s : u"END"_s;
            return m;
        }
    }
    if (next >= 0 && next < n) {
        Match m = core(next);
        if (!m.ok() && word(next, u"the") && info(next + 1) && info(next + 1)->unit != Unit::None
            && !info(next + 1)->plural) {
            // "the end of the year": the current year
            Candidate c;
            c.first = next;
            c.last = next + 1;
            c.kind = Kind::Offset;
            c.unit = info(next + 1)->unit;
            m.items = {c};
            m.last = next + 1;
        }
        if (m.ok() && m.items.first().type != TimexType::Duration && m.items.first().type != TimexType::Set) {
            Candidate &c = m.items.first();
            c.first = (the && mod) ? i : k;
            if (c.mod.isEmpty())
                c.mod = mod == 1 ? u"START"_s : mod == 2 ? u"MID"_s : u"END"_s;
            return m;
        }
    }
    return core(i);
}

Match Matcher::core(int i)
{
    Match bestMatch;
    auto consider = [&bestMatch](Match m) {
        if (m.ok() && m.last > bestMatch.last)
            bestMatch = std::move(m);
    };
    consider(isoDate(i));
    consider(monthDate(i));
    consider(quarter(i));
    consider(century(i));
    consider(year(i));
    consider(weekday(i));
    consider(relative(i));
    consider(deictic(i));
    consider(countUnit(i));
    consider(sets(i));
    consider(seasonExpr(i));
    consider(clock(i));
    consider(japanese(i));
    consider(reportingPeriod(i));
    consider(spelledYear(i));
    return bestMatch;
}

int Matcher::dayNumber(int i, int &last) const
{
    if (!isNumber(i) || t[i].digits > 2 || t[i].value < 1 || t[i].value > 31)
        return 0;
    last = i;
    if (glued(i + 1) && t[i + 1].kind == Token::Word) {
        const QString &s = t[i + 1].lower;
        if (s != u"st"_s && s != u"nd"_s && s != u"rd"_s && s != u"th"_s)
            return 0;
        last = i + 1;
    }
    if (glued(last + 1)) {
        const Token &nx = t[last + 1];
        // "25%", "10:30", "3.5" are no days; "April 25: The court ..." is
        if (nx.kind != Token::Punct || nx.lower == u"%"_s
            || ((nx.lower == u"."_s || nx.lower == u","_s || nx.lower == u":"_s) && isNumber(last + 2) && glued(last + 2)))
            return 0;
    }
    if (const WordInfo *w = info(last + 1); w && (w->quantityNoun || (w->unit != Unit::None && !w->yearSuffix)))
        return 0;
    return t[i].value;
}

int Matcher::yearNumber(int i) const
{
    if (!isNumber(i) || t[i].digits != 4 || t[i].value < 1000 || t[i].value > 2999)
        return 0;
    if (glued(i) && i > 0) {
        const Token &pv = t[i - 1];
        if (pv.kind != Token::Punct || QStringView(u"$€£¥+#/.,:").contains(pv.lower))
            return 0;
    }
    if (glued(i + 1)) {
        const Token &nx = t[i + 1];
        if (nx.kind == Token::Number || (nx.kind == Token::Word && nx.lower != u"s"_s && nx.lower != u"г"_s)
            || nx.lower == u"%"_s || nx.lower == u"+"_s
            || ((nx.lower == u","_s || nx.lower == u"."_s) && isNumber(i + 2) && glued(i + 2)))
            return 0;
    }
    return t[i].value;
}

bool Matcher::count(int i, int &value, int &last) const
{
    if (isNumber(i)) {
        if (t[i].digits > 6 || (glued(i + 1) && (punct(i + 1, u".") || punct(i + 1, u",")) && isNumber(i + 2) && glued(i + 2)))
            return false;
        if (glued(i) && i > 0 && (t[i - 1].kind != Token::Punct || punct(i - 1, u"$") || punct(i - 1, u"+")))
            return false;
        value = t[i].value;
        last = i;
        return true;
    }
    const WordInfo *w = info(i);
    if (!w)
        return false;
    if (w->article && !word(i, u"one")) {
        // "a few days", "a couple of years", "a week"
        if (const WordInfo *x = info(i + 1); x && x->number == -2) {
            value = -2;
            last = word(i + 2, u"of") ? i + 2 : i + 1;
            return true;
        }
        value = 1;
        last = i;
        return true;
    }
    if (w->number == -2) {
        value = -2;
        last = word(i + 1, u"of") ? i + 1 : i;
        return true;
    }
    if (w->number < 0)
        return false;
    value = w->number;
    last = i;
    if (value >= 20 && value % 10 == 0 && value < 100) {
        const int j = dash(i + 1) ? i + 2 : i + 1;
        if (const WordInfo *x = info(j); x && x->number > 0 && x->number < 10) {
            value += x->number;
            last = j;
        }
    }
    if (word(last + 1, u"hundred")) {
        value *= 100;
        last += 1;
    } else if (word(last + 1, u"thousand")) {
        value *= 1000;
        last += 1;
    }
    return true;
}

int Matcher::ordinal(int i, int &last) const
{
    if (isNumber(i) && t[i].digits <= 2 && glued(i + 1) && t[i + 1].kind == Token::Word) {
        const QString &s = t[i + 1].lower;
        if (s == u"st"_s || s == u"nd"_s || s == u"rd"_s || s == u"th"_s) {
            last = i + 1;
            return t[i].value;
        }
    }
    const WordInfo *w = info(i);
    if (w && w->ordinal) {
        last = i;
        return w->ordinal;
    }
    if (w && w->number >= 20 && w->number < 100 && w->number % 10 == 0 && dash(i + 1)) {
        if (const WordInfo *x = info(i + 2); x && x->ordinal > 0 && x->ordinal < 10) {
            last = i + 2;
            return w->number + x->ordinal;
        }
    }
    return 0;
}

bool Matcher::monthAllowed(int i, bool hasDayOrYear) const
{
    const Token &m = t[i];
    const bool cyrillic = m.lower.at(0).script() == QChar::Script_Cyrillic;
    if (!cyrillic && !m.capital)
        return false;
    if (m.info->monthAbbr)
        return hasDayOrYear && !cyrillic;
    if (hasDayOrYear || cyrillic)
        return true;
    const WordInfo *pv = info(i - 1);
    const bool context = (pv && (pv->monthContext || pv->mod || pv->rel != Rel::None))
        || (dash(i - 1) && glued(i)) || punct(i + 1, u"'") || word(i + 1, u"of");
    if (context)
        return true;
    if (m.lower == u"may"_s)
        return false;
    const bool nameBefore = i > 0 && t[i - 1].kind == Token::Word && t[i - 1].capital && !t[i - 1].info;
    const bool nameAfter = i + 1 < n && t[i + 1].kind == Token::Word && t[i + 1].capital && !t[i + 1].info;
    return !nameBefore && !nameAfter;
}

int Matcher::yearAfter(int i, int &last) const
{
    int j = i;
    if (punct(j, u",") || word(j, u"of"))
        ++j;
    if (const int y = yearNumber(j); y && !(glued(j + 1) && word(j + 1, u"s"))) {
        last = j;
        if (info(j + 1) && info(j + 1)->yearSuffix)
            last = word(j + 1, u"г") && punct(j + 2, u".") ? j + 2 : j + 1;
        return y;
    }
    if (const Match m = spelledYear(j); m.ok() && word(j, u"nineteen")) { // "January nineteen ninety-seven"
        last = m.last;
        return m.items.first().year;
    }
    return 0;
}

Match Matcher::monthDate(int i) const
{
    int day = 0, last = -1, mi = -1;
    if (int l = 0; (day = dayNumber(i, l))) {
        int j = word(l + 1, u"of") ? l + 2 : l + 1;
        if (!(info(j) && info(j)->month))
            return {};
        mi = j;
    } else if (word(i, u"the")) {
        int l = 0;
        day = ordinal(i + 1, l);
        if (!day || day > 31 || !word(l + 1, u"of") || !(info(l + 2) && info(l + 2)->month))
            return {};
        mi = l + 2;
    } else if (info(i) && info(i)->month) {
        mi = i;
    } else {
        return {};
    }
    const int month = info(mi)->month;
    int after = mi + 1;
    if (info(mi)->monthAbbr && punct(after, u".") && glued(after))
        ++after;
    last = after - 1;
    int dayEnd = -1;
    if (!day) {
        int l = 0;
        if (int d = dayNumber(after, l)) {
            day = d;
            dayEnd = l;
            last = l;
        }
    }
    int yl = 0;
    int year = yearAfter(last + 1, yl);
    if (year && !day && punct(last + 1, u","))
        year = 0; // "in June, 1956 was..." is too loose; "June 1956" and "June of 1956" are not
    if (year)
        last = yl;
    if (!monthAllowed(mi, day || year))
        return {};
    Candidate c;
    c.first = i;
    c.last = last;
    c.month = month;
    c.day = day;
    c.year = year;
    if (!year) {
        // "April last year", "March of this year", "прошлого года"
        int j = word(last + 1, u"of") ? last + 2 : last + 1;
        if (const WordInfo *r = info(j); r && r->rel != Rel::None && info(j + 1) && info(j + 1)->unit == Unit::Year
            && !word(j, u"past")) {
            c.hasYearOffset = true;
            c.yearOffset = r->rel == Rel::Last ? -1 : r->rel == Rel::Next ? 1 : 0;
            c.last = j + 1;
        }
    }
    if (day && year) {
        if (!QDate(year, month, day).isValid())
            return {};
        c.value = QDate(year, month, day).toString(u"yyyy-MM-dd"_s);
    } else if (year) {
        c.value = u"%1-%2"_s.arg(year, 4, 10, QChar(u'0')).arg(month, 2, 10, QChar(u'0'));
    } else {
        c.kind = day ? Kind::MonthDay : Kind::Month;
    }
    Match m;
    m.items.append(c);
    m.last = c.last;
    // A range "May 14 to 18", "April 27-28": the second day is an expression of its own.
    if (day && dayEnd >= 0 && c.last == dayEnd) {
        const int k = dayEnd + 1;
        if (dash(k) || word(k, u"to") || word(k, u"through") || word(k, u"and") || word(k, u"until")) {
            int l2 = 0;
            const int d2 = dayNumber(k + 1, l2);
            if (d2 > day && !(info(l2 + 1) && info(l2 + 1)->month)) {
                Candidate c2 = c;
                c2.first = k + 1;
                c2.last = l2;
                c2.day = d2;
                int yl2 = 0;
                if (const int y2 = yearAfter(l2 + 1, yl2)) {
                    c2.last = yl2;
                    for (Candidate *x : {&m.items.first(), &c2}) {
                        x->year = y2;
                        x->kind = Kind::Literal;
                        x->value = QDate(y2, month, x->day).toString(u"yyyy-MM-dd"_s);
                    }
                }
                m.items.append(c2);
                m.last = c2.last;
            }
        }
    }
    return m;
}

Match Matcher::isoDate(int i) const
{
    if (!isNumber(i) || !glued(i + 1) || !glued(i + 2) || !isNumber(i + 2))
        return {};
    const bool sep = punct(i + 1, u"-") || punct(i + 1, u"/") || punct(i + 1, u".");
    if (!sep || !glued(i + 3) || t[i + 3].lower != t[i + 1].lower || !glued(i + 4) || !isNumber(i + 4))
        return {};
    if (glued(i + 5) && (isNumber(i + 5) || t[i + 5].kind == Token::Word))
        return {};
    int y = 0, m = 0, d = 0;
    if (t[i].digits == 4) { // 2019-12-17
        y = t[i].value;
        m = t[i + 2].value;
        d = t[i + 4].value;
    } else if (t[i + 4].digits == 4 && t[i + 1].lower == u"/"_s) { // 12/17/2019
        m = t[i].value;
        d = t[i + 2].value;
        y = t[i + 4].value;
    } else if (t[i + 4].digits == 4 && t[i + 1].lower == u"."_s) { // 17.12.2019
        d = t[i].value;
        m = t[i + 2].value;
        y = t[i + 4].value;
    }
    const QDate date(y, m, d);
    if (!y || !date.isValid())
        return {};
    Candidate c;
    c.first = i;
    c.last = i + 4;
    c.value = date.toString(u"yyyy-MM-dd"_s);
    return {{c}, c.last};
}

Match Matcher::year(int i) const
{
    const bool the = word(i, u"the");
    int j = the ? i + 1 : i;
    Candidate c;
    // "'90s"
    if (punct(j, u"'") && isNumber(j + 1) && glued(j + 1) && t[j + 1].digits == 2 && t[j + 1].value % 10 == 0
        && glued(j + 2) && word(j + 2, u"s")) {
        const int v = t[j + 1].value;
        c.first = i;
        c.last = j + 2;
        c.value = QString::number((v >= 30 ? 190 : 200) + v / 10);
        return {{c}, c.last};
    }
    const bool fiscal = word(j, u"fiscal");
    if (fiscal)
        j = word(j + 1, u"year") ? j + 2 : j + 1;
    const int y = yearNumber(j);
    if (!y)
        return {};
    // decades: "the 1990s", "1990's"
    int s = -1;
    if (glued(j + 1) && word(j + 1, u"s"))
        s = j + 1;
    else if (glued(j + 1) && punct(j + 1, u"'") && glued(j + 2) && word(j + 2, u"s"))
        s = j + 2;
    if (dash(j + 1) && glued(j + 1) && glued(j + 2) && (word(j + 2, u"х") || word(j + 2, u"е"))) {
        s = j + 2; // Russian "1990-х (годах)"
        if (info(s + 1) && info(s + 1)->unit == Unit::Year)
            ++s;
    }
    if (s > 0) {
        if (y % 10 != 0)
            return {};
        c.first = i;
        c.last = s;
        c.value = QString::number(y / 10); // TimeML: "199" is the decade
        return {{c}, c.last};
    }
    if (the && !fiscal)
        return {};
    const WordInfo *pv = info(i - 1);
    const QString prev = i > 0 ? t[i - 1].lower : QString();
    static const QStringList numericContext = {u"no"_s, u"number"_s, u"flight"_s, u"page"_s, u"room"_s,
                                               u"model"_s, u"article"_s, u"route"_s, u"resolution"_s};
    if (numericContext.contains(prev))
        return {};
    const WordInfo *nx = info(j + 1);
    if (nx && (nx->quantityNoun || (nx->unit != Unit::None && !nx->yearSuffix)))
        return {};
    static const QStringList amountWords = {u"than"_s, u"about"_s, u"nearly"_s, u"over"_s, u"almost"_s,
                                            u"some"_s, u"approximately"_s, u"only"_s, u"just"_s, u"least"_s};
    if (amountWords.contains(prev) && j + 1 < n && t[j + 1].kind == Token::Word && !t[j + 1].capital
        && t[j + 1].lower.endsWith(u's'))
        return {};
    const bool context = (pv && pv->monthContext) || fiscal || (nx && nx->yearSuffix);
    if ((y < 1800 || y > 2100) && !context)
        return {};
    c.first = fiscal ? i : j;
    c.last = j;
    if (nx && nx->yearSuffix)
        c.last = word(j + 1, u"г") && punct(j + 2, u".") ? j + 2 : j + 1;
    c.year = y;
    c.value = u"%1"_s.arg(y, 4, 10, QChar(u'0'));
    return {{c}, c.last};
}

Match Matcher::weekday(int i) const
{
    if (word(i, u"the") && word(i + 1, u"weekend")) {
        Candidate c;
        c.first = i;
        c.last = i + 1;
        c.kind = Kind::Weekday;
        c.weekday = 6;
        c.weekend = true;
        return {{c}, c.last};
    }
    int j = i;
    Rel rel = Rel::None;
    // "the previous Friday": the Friday before the day the story last named
    const bool previous = word(i, u"the") && (word(i + 1, u"previous") || word(i + 1, u"preceding"));
    if (previous) {
        rel = Rel::Last;
        j = i + 2;
    } else if (const WordInfo *w = info(i); w && w->rel != Rel::None && !word(i, u"past") && !word(i, u"following")) {
        rel = w->rel;
        j = i + 1;
    }
    const WordInfo *w = info(j);
    if (!w || !w->weekday)
        return {};
    if (!t[j].capital && t[j].lower.at(0).script() != QChar::Script_Cyrillic)
        return {};
    Candidate c;
    c.first = i;
    c.last = j;
    c.kind = Kind::Weekday;
    c.weekday = w->weekday;
    c.rel = rel;
    c.fromPrevious = previous;
    if (const WordInfo *p = info(j + 1); p && p->partOfDay) {
        c.type = TimexType::Time;
        c.timeSuffix = partOfDaySuffix(p->partOfDay);
        c.last = j + 1;
    } else if (rel == Rel::None && (punct(j + 1, u",") || (info(j + 1) && info(j + 1)->month))) {
        // "Saturday, April 25", "Friday Oct. 13": the date says it all
        if (Match d = monthDate(punct(j + 1, u",") ? j + 2 : j + 1); d.ok() && d.items.size() == 1 && d.items.first().day) {
            d.items.first().first = i;
            return d;
        }
    }
    return {{c}, c.last};
}

Match Matcher::relative(int i) const
{
    const bool the = word(i, u"the");
    const int j = the ? i + 1 : i;
    const WordInfo *r = info(j);
    if (!r || r->rel == Rel::None)
        return {};
    const QString &rw = t[j].lower;
    // "the current fiscal year", "this fiscal year"
    const int xi = word(j + 1, u"fiscal") && info(j + 2) && info(j + 2)->unit == Unit::Year ? j + 2 : j + 1;
    const WordInfo *x = info(xi);
    if (!x)
        return {};
    Candidate c;
    c.first = i;
    c.last = xi;
    if (x->unit != Unit::None && !x->plural) {
        if (t[xi].capital && j > 0 && !the) // a title: ABC's "This Week"
            return {};
        if (rw == u"past"_s || (the && rw == u"last"_s))
            return {}; // "the past year" is a duration
        if (the && rw != u"following"_s && rw != u"next"_s && rw != u"previous"_s && rw != u"coming"_s
            && rw != u"current"_s)
            return {};
        c.kind = Kind::Offset;
        c.unit = x->unit;
        c.offset = r->rel == Rel::Last ? -1 : r->rel == Rel::Next ? 1 : 0;
        c.fromPrevious = the && rw != u"coming"_s && rw != u"current"_s;
        c.current = rw == u"current"_s;
        // "next year's first quarter", "last year's second half"
        if (x->unit == Unit::Year && !the && punct(xi + 1, u"'") && word(xi + 2, u"s")) {
            if (const Match q = quarter(xi + 3); q.ok() && q.items.first().kind == Kind::Period) {
                Candidate p = q.items.first();
                p.first = i;
                p.hasYearOffset = true;
                p.yearOffset = c.offset;
                p.current = true;
                return {{p}, p.last};
            }
        }
        return {{c}, c.last};
    }
    if (the)
        return {};
    if (x->month && !x->monthAbbr && (t[j + 1].capital || t[j + 1].lower.at(0).script() == QChar::Script_Cyrillic)) {
        c.kind = Kind::Month;
        c.month = x->month;
        c.rel = r->rel;
        return {{c}, c.last};
    }
    if (x->season) {
        c.kind = Kind::Period;
        c.season = true;
        c.period = x->season;
        c.rel = r->rel;
        return {{c}, c.last};
    }
    if (x->partOfDay && (r->rel == Rel::This || (r->rel == Rel::Last && rw == u"last"_s && x->partOfDay == 4))) {
        c.kind = Kind::Offset;
        c.unit = Unit::Day;
        c.offset = r->rel == Rel::Last ? -1 : 0; // "last night" is yesterday's
        c.type = TimexType::Time;
        c.timeSuffix = partOfDaySuffix(x->partOfDay);
        return {{c}, c.last};
    }
    return {};
}

Match Matcher::deictic(int i) const
{
    const WordInfo *w = info(i);
    Candidate c;
    c.first = c.last = i;
    if (word(i, u"the") && (word(i + 1, u"near") || word(i + 1, u"short"))
        && (word(i + 2, u"future") || word(i + 2, u"term"))) {
        c.last = i + 2;
        c.value = u"FUTURE_REF"_s;
        return {{c}, c.last};
    }
    if (word(i, u"the") && (word(i + 1, u"future") || (word(i + 1, u"past") && word(i - 1, u"in")))) {
        const WordInfo *nx = info(i + 2);
        if (nx && (nx->number >= 0 || nx->unit != Unit::None || nx->article))
            return {};
        c.last = i + 1;
        c.value = word(i + 1, u"future") ? u"FUTURE_REF"_s : u"PAST_REF"_s;
        return {{c}, c.last};
    }
    if (word(i, u"that") && info(i + 1) && !info(i + 1)->plural && !t[i + 1].capital
        && (info(i + 1)->unit == Unit::Year || info(i + 1)->unit == Unit::Month)) {
        // "that year", "that month": the year or month the story last named ("that day" is as
        // often the present: "that day has come")
        c.last = i + 1;
        c.kind = Kind::Offset;
        c.unit = info(i + 1)->unit;
        c.fromPrevious = true;
        c.needsAnchor = true;
        return {{c}, c.last};
    }
    if ((word(i, u"current") || word(i, u"recent")) && !t[i].capital) {
        // the adjectives alone: "current market conditions", "the recent closing"
        const WordInfo *nx = info(i + 1);
        if ((nx && nx->unit != Unit::None) || word(i + 1, u"account") || word(i + 1, u"accounts"))
            return {};
        c.value = word(i, u"current") ? u"PRESENT_REF"_s : u"PAST_REF"_s;
        return {{c}, c.last};
    }
    if (!w || w->deictic == Deictic::None)
        return {};
    // a title after a name: "USA Today", "This is VOA Today"
    if (t[i].capital && i > 0 && t[i - 1].kind == Token::Word && t[i - 1].capital && !t[i - 1].info)
        return {};
    switch (w->deictic) {
    case Deictic::Now: c.value = u"PRESENT_REF"_s; return {{c}, c.last};
    case Deictic::Recently: c.value = u"PAST_REF"_s; return {{c}, c.last};
    case Deictic::Soon:
        // "as soon as possible" is a time; "as soon as they arrive", "soon after" lean on an event
        if (word(i - 1, u"as") && word(i + 1, u"as") && word(i + 2, u"possible")) {
            c.first = i - 1;
            c.last = i + 2;
        } else if (word(i - 1, u"as") || word(i - 1, u"too") || word(i - 1, u"how") || word(i + 1, u"after")
                   || word(i + 1, u"afterwards") || word(i + 1, u"thereafter") || word(i + 1, u"as")
                   || word(i + 1, u"enough") || (t[i].capital && i > 0) || (dash(i + 1) && glued(i + 1))) {
            return {};
        }
        c.value = u"FUTURE_REF"_s;
        return {{c}, c.last};
    case Deictic::Tonight:
        c.type = TimexType::Time;
        c.timeSuffix = u"TNI"_s;
        break;
    case Deictic::Yesterday: c.offset = -1; break;
    case Deictic::Tomorrow: c.offset = 1; break;
    default: break;
    }
    c.kind = Kind::Offset;
    c.unit = Unit::Day;
    if (const WordInfo *p = info(i + 1); p && p->partOfDay && c.timeSuffix.isEmpty()) {
        c.type = TimexType::Time;
        c.timeSuffix = partOfDaySuffix(p->partOfDay);
        c.last = i + 1;
    } else if (const WordInfo *q = info(i - 1); q && q->partOfDay && c.timeSuffix.isEmpty() && !t[i - 1].capital) {
        // "mid-afternoon yesterday", "late morning today"
        c.type = TimexType::Time;
        c.timeSuffix = partOfDaySuffix(q->partOfDay);
        c.first = i - 1;
        if (dash(i - 2) && glued(i - 2) && glued(i - 1) && (word(i - 3, u"mid") || word(i - 3, u"late") || word(i - 3, u"early")))
            c.first = i - 3;
        else if (word(i - 2, u"late") || word(i - 2, u"early"))
            c.first = i - 2;
    }
    return {{c}, c.last};
}

} // namespace parallax::analysis::dates
