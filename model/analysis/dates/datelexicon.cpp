// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datelexicon.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace parallax::analysis::dates {

namespace {

using Table = QHash<QString, WordInfo>;

void months(Table &t)
{
    const char *full[] = {"january", "february", "march", "april", "may", "june", "july",
                          "august", "september", "october", "november", "december"};
    const char *abbr[] = {"jan", "feb", "mar", "apr", nullptr, "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int m = 0; m < 12; ++m) {
        t[QString::fromLatin1(full[m])].month = qint8(m + 1);
        if (abbr[m]) {
            WordInfo &w = t[QString::fromLatin1(abbr[m])];
            w.month = qint8(m + 1);
            w.monthAbbr = true;
        }
    }
    t[u"sept"_s].month = 9;
    t[u"sept"_s].monthAbbr = true;
    // Russian: nominative, genitive ("19 декабря"), prepositional ("в декабре").
    const QStringList ru[] = {
        {u"январь"_s, u"января"_s, u"январе"_s}, {u"февраль"_s, u"февраля"_s, u"феврале"_s},
        {u"март"_s, u"марта"_s, u"марте"_s}, {u"апрель"_s, u"апреля"_s, u"апреле"_s},
        {u"май"_s, u"мая"_s, u"мае"_s}, {u"июнь"_s, u"июня"_s, u"июне"_s},
        {u"июль"_s, u"июля"_s, u"июле"_s}, {u"август"_s, u"августа"_s, u"августе"_s},
        {u"сентябрь"_s, u"сентября"_s, u"сентябре"_s}, {u"октябрь"_s, u"октября"_s, u"октябре"_s},
        {u"ноябрь"_s, u"ноября"_s, u"ноябре"_s}, {u"декабрь"_s, u"декабря"_s, u"декабре"_s}};
    for (int m = 0; m < 12; ++m) {
        for (const QString &w : ru[m])
            t[w].month = qint8(m + 1);
    }
}

void weekdays(Table &t)
{
    const QStringList names[] = {
        {u"monday"_s, u"понедельник"_s, u"понедельника"_s},
        {u"tuesday"_s, u"вторник"_s, u"вторника"_s},
        {u"wednesday"_s, u"среда"_s, u"среду"_s, u"среды"_s},
        {u"thursday"_s, u"четверг"_s, u"четверга"_s},
        {u"friday"_s, u"пятница"_s, u"пятницу"_s, u"пятницы"_s},
        {u"saturday"_s, u"суббота"_s, u"субботу"_s, u"субботы"_s},
        {u"sunday"_s, u"воскресенье"_s, u"воскресенья"_s}};
    for (int d = 0; d < 7; ++d) {
        for (const QString &w : names[d])
            t[w].weekday = qint8(d + 1);
    }
}

void units(Table &t)
{
    struct U { const char *one; const char *many; Unit unit; };
    const U list[] = {{"second", "seconds", Unit::Second}, {"minute", "minutes", Unit::Minute},
                      {"hour", "hours", Unit::Hour}, {"day", "days", Unit::Day},
                      {"week", "weeks", Unit::Week}, {"weekend", "weekends", Unit::Weekend},
                      {"month", "months", Unit::Month}, {"quarter", "quarters", Unit::Quarter},
                      {"year", "years", Unit::Year}, {"decade", "decades", Unit::Decade},
                      {"century", "centuries", Unit::Century}, {"fortnight", "fortnights", Unit::Week}};
    for (const U &u : list) {
        t[QString::fromLatin1(u.one)].unit = u.unit;
        WordInfo &w = t[QString::fromLatin1(u.many)];
        w.unit = u.unit;
        w.plural = true;
    }
    const std::pair<QStringList, Unit> ru[] = {
        {{u"год"_s, u"году"_s, u"года"_s}, Unit::Year}, {{u"лет"_s, u"годы"_s, u"годах"_s}, Unit::Year},
        {{u"месяц"_s, u"месяце"_s, u"месяца"_s}, Unit::Month}, {{u"месяцев"_s}, Unit::Month},
        {{u"неделя"_s, u"неделе"_s, u"неделю"_s, u"недели"_s}, Unit::Week}, {{u"недель"_s}, Unit::Week},
        {{u"день"_s, u"дня"_s}, Unit::Day}, {{u"дней"_s}, Unit::Day},
        {{u"век"_s, u"века"_s, u"веке"_s}, Unit::Century}};
    for (const auto &[words, unit] : ru) {
        for (const QString &w : words)
            t[w].unit = unit;
    }
    for (const QString &w : {u"лет"_s, u"месяцев"_s, u"недель"_s, u"дней"_s, u"годы"_s, u"годах"_s})
        t[w].plural = true;
    for (const QString &w : {u"года"_s, u"году"_s, u"г"_s, u"год"_s})
        t[w].yearSuffix = true;
    const std::pair<const char *, Unit> adverbs[] = {
        {"daily", Unit::Day}, {"nightly", Unit::Day}, {"weekly", Unit::Week}, {"monthly", Unit::Month},
        {"quarterly", Unit::Quarter}, {"yearly", Unit::Year}, {"annually", Unit::Year},
        {"hourly", Unit::Hour}, {"biweekly", Unit::Week}};
    for (const auto &[w, unit] : adverbs)
        t[QString::fromLatin1(w)].setUnit = unit;
}

void numbers(Table &t)
{
    const char *small[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                           "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                           "sixteen", "seventeen", "eighteen", "nineteen"};
    for (int i = 0; i < 20; ++i)
        t[QString::fromLatin1(small[i])].number = i;
    const char *tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < 8; ++i)
        t[QString::fromLatin1(tens[i])].number = (i + 2) * 10;
    t[u"hundred"_s].number = 100;
    t[u"thousand"_s].number = 1000;
    t[u"a"_s].article = true;
    t[u"an"_s].article = true;
    t[u"one"_s].article = true;
    for (const char *w : {"several", "few", "many", "some", "couple", "numerous", "recent"})
        t[QString::fromLatin1(w)].number = -2;
    const char *ord[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                         "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
                         "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};
    for (int i = 0; i < 20; ++i)
        t[QString::fromLatin1(ord[i])].ordinal = i + 1;
    t[u"thirtieth"_s].ordinal = 30;
    const std::pair<const char *, int> ru[] = {{"один", 1}, {"одна", 1}, {"два", 2}, {"две", 2},
                                               {"три", 3}, {"четыре", 4}, {"пять", 5}, {"шесть", 6},
                                               {"семь", 7}, {"восемь", 8}, {"девять", 9}, {"десять", 10}};
    for (const auto &[w, n] : ru)
        t[QString::fromUtf8(w)].number = n;
}

void relations(Table &t)
{
    for (const QString &w : {u"last"_s, u"past"_s, u"previous"_s, u"прошлом"_s, u"прошлый"_s,
                             u"прошлого"_s, u"прошлой"_s, u"прошлую"_s, u"минувшем"_s, u"минувший"_s})
        t[w].rel = Rel::Last;
    for (const QString &w : {u"next"_s, u"coming"_s, u"following"_s, u"следующем"_s, u"следующий"_s,
                             u"следующего"_s, u"следующей"_s, u"следующую"_s, u"будущем"_s,
                             u"будущий"_s, u"будущего"_s})
        t[w].rel = Rel::Next;
    for (const QString &w : {u"this"_s, u"current"_s, u"этом"_s, u"этот"_s, u"этого"_s, u"этой"_s,
                             u"эту"_s, u"текущем"_s, u"текущего"_s, u"нынешнем"_s})
        t[w].rel = Rel::This;
    for (const char *w : {"early", "beginning", "start", "начале", "начала"})
        t[QString::fromUtf8(w)].mod = 1;
    for (const char *w : {"mid", "middle", "midway", "середине", "середины"})
        t[QString::fromUtf8(w)].mod = 2;
    for (const char *w : {"late", "end", "конце", "конца"})
        t[QString::fromUtf8(w)].mod = 3;
    for (const char *w : {"about", "around", "approximately", "roughly", "some", "nearly", "almost",
                          "около", "примерно", "почти"})
        t[QString::fromUtf8(w)].quantifier = 1;
    for (const char *w : {"nearly", "almost", "почти"})
        t[QString::fromUtf8(w)].quantifier = 3;
    for (const char *w : {"более", "свыше", "больше"})
        t[QString::fromUtf8(w)].quantifier = 2;
    const char *seasons[] = {"spring", "summer", "fall", "winter"};
    for (int i = 0; i < 4; ++i)
        t[QString::fromLatin1(seasons[i])].season = qint8(i + 1);
    t[u"autumn"_s].season = 3;
    const char *parts[] = {"morning", "afternoon", "evening", "night"};
    for (int i = 0; i < 4; ++i)
        t[QString::fromLatin1(parts[i])].partOfDay = qint8(i + 1);
}

void deictics(Table &t)
{
    const std::pair<const char *, Deictic> list[] = {
        {"today", Deictic::Today}, {"yesterday", Deictic::Yesterday}, {"tomorrow", Deictic::Tomorrow},
        {"tonight", Deictic::Tonight}, {"now", Deictic::Now}, {"currently", Deictic::Now},
        {"nowadays", Deictic::Now}, {"recently", Deictic::Recently}, {"lately", Deictic::Recently}, {"soon", Deictic::Soon},
        {"сегодня", Deictic::Today}, {"вчера", Deictic::Yesterday}, {"завтра", Deictic::Tomorrow},
        {"сейчас", Deictic::Now}, {"недавно", Deictic::Recently}};
    for (const auto &[w, d] : list)
        t[QString::fromUtf8(w)].deictic = d;
}

void cues(Table &t)
{
    for (const char *w : {"will", "ll", "shall", "plans", "plan", "planned", "planning", "scheduled",
                          "expected", "expects", "expect", "due", "upcoming", "ahead", "aims", "aim",
                          "intends", "intend", "intended", "going", "forthcoming", "future", "until",
                          "будет", "будут", "планирует", "планируют", "намерен", "собирается",
                          "ожидается", "состоится", "пройдет", "пройдёт"})
        t[QString::fromUtf8(w)].cue = Cue::FutureStrong;
    for (const char *w : {"would", "hopes", "hope", "want", "wants", "returns", "leaves", "begins",
                          "starts", "opens", "arrives", "departs", "meets", "visits", "ends", "closes",
                          "resumes", "expires", "heads", "travels", "holds", "hosts", "takes", "meet",
                          "return", "leave", "begin", "start", "visit", "resume", "arrive", "travel", "open",
                          "expire", "vote"})
        t[QString::fromUtf8(w)].cue = Cue::FutureWeak;
    for (const char *w : {"ago", "had", "since", "was", "were", "did", "earlier", "previously",
                          "before", "former", "ended", "был", "была", "было", "были"})
        t[QString::fromUtf8(w)].cue = Cue::PastStrong;
    for (const char *w : {"met", "said", "told", "took", "held", "made", "came", "went", "gave",
                          "saw", "began", "won", "lost", "left", "sold", "bought", "fell", "rose",
                          "paid", "sent", "spent", "felt", "found", "got", "kept", "led", "ran",
                          "struck", "spoke", "wrote", "thought", "brought", "became", "knew", "grew",
                          "has", "have", "been", "built", "chose", "drew", "flew", "forgot", "froze",
                          "hung", "lay", "meant", "overtook", "shot", "shut", "sank", "stood", "stole",
                          "swore", "taught", "tore", "understood", "woke", "withdrew", "broke",
                          "seized", "agreed", "announced", "reported", "signed"})
        t[QString::fromUtf8(w)].cue = Cue::PastWeak;
}

void contexts(Table &t)
{
    for (const char *w : {"in", "since", "until", "till", "by", "of", "from", "to", "during", "through",
                          "throughout", "before", "after", "on", "early", "mid", "late", "last", "next",
                          "this", "end", "beginning", "middle", "start", "between", "and", "or",
                          "around", "until", "into", "for", "ending", "starting", "as", "that"})
        t[QString::fromLatin1(w)].monthContext = true;
    for (const char *w : {"tons", "tonnes", "people", "dollars", "yen", "rubles", "roubles", "euros",
                          "percent", "per", "pounds", "km", "kilometers", "kilometres", "miles", "meters",
                          "metres", "troops", "soldiers", "ships", "boats", "men", "women", "children",
                          "residents", "workers", "jobs", "units", "shares", "votes", "feet", "acres",
                          "barrels", "cars", "planes", "aircraft", "passengers", "points", "times",
                          "employees", "members", "copies", "cases", "deaths", "seats", "islands"})
        t[QString::fromLatin1(w)].quantityNoun = true;
}

void starters(Table &t)
{
    for (const char *w : {"the", "more", "less", "fewer", "at", "up", "no", "every", "each", "once", "twice",
                          "fiscal", "earlier", "later", "noon", "midday", "midnight", "per", "xviii", "xix",
                          "xx", "xxi", "nineteen", "year"})
        t[QString::fromLatin1(w)].starter = true;
}

Table build()
{
    Table t;
    starters(t);
    months(t);
    weekdays(t);
    units(t);
    numbers(t);
    relations(t);
    deictics(t);
    cues(t);
    contexts(t);
    return t;
}

} // namespace

const WordInfo *lookupWord(const QString &lower)
{
    static const Table table = build();
    const auto it = table.constFind(lower);
    return it == table.cend() ? nullptr : &it.value();
}

bool looksPastTense(const QString &lower)
{
    static const QSet<QString> notPast = {u"need"_s, u"speed"_s, u"feed"_s, u"seed"_s, u"red"_s,
                                          u"bed"_s, u"shed"_s, u"based"_s, u"united"_s, u"limited"_s,
                                          u"indeed"_s, u"hundred"_s, u"proposed"_s, u"scheduled"_s,
                                          u"expected"_s, u"planned"_s, u"intended"_s, u"related"_s};
    if (lower.size() > 4 && lower.endsWith(u"ed"_s))
        return !notPast.contains(lower);
    // Russian past forms: сказал, заявила, провели, было.
    if (lower.size() > 4 && lower.at(0).script() == QChar::Script_Cyrillic) {
        return lower.endsWith(u'л') || lower.endsWith(u"ла"_s) || lower.endsWith(u"ли"_s)
            || lower.endsWith(u"лось"_s) || lower.endsWith(u"лся"_s);
    }
    return false;
}

QString unitLetter(Unit unit)
{
    switch (unit) {
    case Unit::Second: return u"S"_s;
    case Unit::Minute: return u"M"_s;
    case Unit::Hour: return u"H"_s;
    case Unit::Day: return u"D"_s;
    case Unit::Week: return u"W"_s;
    case Unit::Weekend: return u"WE"_s;
    case Unit::Month: return u"M"_s;
    case Unit::Quarter: return u"Q"_s;
    case Unit::Year: return u"Y"_s;
    case Unit::Decade: return u"DE"_s;
    case Unit::Century: return u"CE"_s;
    case Unit::None: break;
    }
    return {};
}

bool isTimeUnit(Unit unit)
{
    return unit == Unit::Second || unit == Unit::Minute || unit == Unit::Hour;
}

} // namespace parallax::analysis::dates
