// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/dates/datetagger.h"
#include "text/segmenter.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;
using namespace parallax;
using namespace parallax::analysis;

namespace {

QString seedText(const QString &prefix)
{
    const QDir dir(QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds"));
    const QStringList files = dir.entryList({prefix + u"_*.txt"_s}, QDir::Files);
    if (files.isEmpty())
        return {};
    QFile f(dir.filePath(files.first()));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QList<TimeExpression> tagText(const QString &text, QDate published)
{
    return DateTagger().tag(text, text::sentences(text), published);
}

// The expression with this surface inside the context phrase, or one with an empty surface.
TimeExpression find(const QList<TimeExpression> &all, const QString &text, const QString &context, const QString &surface)
{
    const int at = int(text.indexOf(context));
    for (const TimeExpression &e : all) {
        if (e.surface == surface && (at < 0 || (e.span.start >= at && e.span.end <= at + context.size())))
            return e;
    }
    return {};
}

} // namespace

class TestDateTagger : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seeds_data();
    void seeds();
    void expressions_data();
    void expressions();
    void notTimeExpressions_data();
    void notTimeExpressions();
    void rangesGiveBothEnds();
    void anchoredToEarlierDateInSentence();
    void followingPeriodCountsFromTheLastDateNamed();
    void spansAndSentencesMatchTheText();
    void withoutPublicationDate();
    void sameResultsFromManyThreads();
};

void TestDateTagger::seeds_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("surface");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("mod");
    const QDate d000(2019, 12, 19), d001(2019, 4, 18), d003(2017, 3, 31), d004(2017, 3, 20);
    auto row = [](const char *name, const QString &seed, QDate published, const QString &context,
                  const QString &surface, const QString &value, const QString &mod = {}) {
        QTest::newRow(name) << seed << published << context << surface << value << mod;
    };
    row("000 met Thursday is the publication day", u"000"_s, d000, u"met Thursday in Moscow"_s, u"Thursday"_s, u"2019-12-19"_s);
    row("000 seized on Tuesday is past", u"000"_s, d000, u"seized by Russia on Tuesday"_s, u"Tuesday"_s, u"2019-12-17"_s);
    row("000 last month", u"000"_s, d000, u"recently last month in Nagoya"_s, u"last month"_s, u"2019-11"_s);
    row("000 next month", u"000"_s, d000, u"off Hokkaido next month"_s, u"next month"_s, u"2020-01"_s);
    row("000 since ... in September", u"000"_s, d000, u"peace treaty in September"_s, u"September"_s, u"2019-09"_s);
    row("000 had hoped ... in June", u"000"_s, d000, u"Putin in June"_s, u"June"_s, u"2019-06"_s);
    row("000 next year", u"000"_s, d000, u"in earnest next year"_s, u"next year"_s, u"2020"_s);
    row("000 meeting on Wednesday is past", u"000"_s, d000, u"Oreshkin on Wednesday"_s, u"Wednesday"_s, u"2019-12-18"_s);
    row("000 returns on Saturday is future", u"000"_s, d000, u"returns to Japan on Saturday"_s, u"Saturday"_s, u"2019-12-21"_s);
    row("000 a 1956 declaration", u"000"_s, d000, u"a 1956 joint declaration"_s, u"1956"_s, u"1956"_s);
    row("000 Thursday's with curly apostrophe", u"000"_s, d000, u"said Thursday’s meeting"_s, u"Thursday"_s, u"2019-12-19"_s);
    row("000 more than 70 years is a duration", u"000"_s, d000, u"more than 70 years after"_s, u"more than 70 years"_s, u"P70Y"_s, u"MORE_THAN"_s);
    row("000 five-day is a duration", u"000"_s, d000, u"on a five-day day trip"_s, u"five-day"_s, u"P5D"_s);
    row("001 plans to visit in mid-May", u"001"_s, d001, u"Moscow in mid-May"_s, u"mid-May"_s, u"2019-05"_s, u"MID"_s);
    row("001 said Wednesday", u"001"_s, d001, u"source said Wednesday"_s, u"Wednesday"_s, u"2019-04-17"_s);
    row("001 from May 11", u"001"_s, d001, u"visit from May 11"_s, u"May 11"_s, u"2019-05-11"_s);
    row("001 last met in February", u"001"_s, d001, u"last met in February"_s, u"February"_s, u"2019-02"_s);
    row("001 ahead of a visit in June", u"001"_s, d001, u"Putin in June for"_s, u"June"_s, u"2019-06"_s);
    row("001 from May 30", u"001"_s, d001, u"two days from May 30"_s, u"May 30"_s, u"2019-05-30"_s);
    row("001 range first end", u"001"_s, d001, u"on May 14 to 18"_s, u"May 14"_s, u"2019-05-14"_s);
    row("001 range second end", u"001"_s, d001, u"on May 14 to 18"_s, u"18"_s, u"2019-05-18"_s);
    row("001 April last year", u"001"_s, d001, u"in April last year"_s, u"April last year"_s, u"2018-04"_s);
    row("001 last November", u"001"_s, d001, u"agreed last November"_s, u"last November"_s, u"2018-11"_s);
    row("001 in 1945", u"001"_s, d001, u"surrender in 1945"_s, u"1945"_s, u"1945"_s);
    row("001 mid-May for exchanges", u"001"_s, d001, u"for mid-May in Tokyo"_s, u"mid-May"_s, u"2019-05"_s, u"MID"_s);
    row("002 dateline day", u"002"_s, d000, u"MOSCOW, December 19."_s, u"December 19"_s, u"2019-12-19"_s);
    row("002 said on Thursday", u"002"_s, d000, u"said on Thursday"_s, u"Thursday"_s, u"2019-12-19"_s);
    row("002 In November 2018", u"002"_s, d000, u"In November 2018,"_s, u"November 2018"_s, u"2018-11"_s);
    row("002 January 27, 1960", u"002"_s, d000, u"dated January 27, 1960"_s, u"January 27, 1960"_s, u"1960-01-27"_s);
    row("002 in 1960", u"002"_s, d000, u"Security in 1960"_s, u"1960"_s, u"1960"_s);
    row("002 the mid-20th century", u"002"_s, d000, u"Since the mid-20th century"_s, u"the mid-20th century"_s, u"19"_s, u"MID"_s);
    row("003 agreed Thursday", u"003"_s, d003, u"agreed Thursday"_s, u"Thursday"_s, u"2017-03-30"_s);
    row("003 late April ahead", u"003"_s, d003, u"leaders in late April"_s, u"late April"_s, u"2017-04"_s, u"END"_s);
    row("003 meeting in December past", u"003"_s, d003, u"meeting in December, Abe"_s, u"December"_s, u"2016-12"_s);
    row("003 will set up on Monday", u"003"_s, d003, u"joint activities on Monday"_s, u"Monday"_s, u"2017-04-03"_s);
    row("003 this year", u"003"_s, d003, u"two meetings this year"_s, u"this year"_s, u"2017"_s);
    row("003 range April 27", u"003"_s, d003, u"around April 27 to 28"_s, u"April 27"_s, u"2017-04-27"_s);
    row("003 range 28", u"003"_s, d003, u"around April 27 to 28"_s, u"28"_s, u"2017-04-28"_s);
    row("003 met on March 20", u"003"_s, d003, u"Tokyo on March 20"_s, u"March 20"_s, u"2017-03-20"_s);
    row("003 in March 2014", u"003"_s, d003, u"Ukraine in March 2014"_s, u"March 2014"_s, u"2014-03"_s);
    row("004 in 2013", u"004"_s, d004, u"took place in 2013"_s, u"2013"_s, u"2013"_s);
    row("004 late 2016", u"004"_s, d004, u"Kurils in late 2016"_s, u"late 2016"_s, u"2016"_s, u"END"_s);
    row("004 February's", u"004"_s, d004, u"sidelines of February's G20"_s, u"February"_s, u"2017-02"_s);
    row("004 in 2017", u"004"_s, d004, u"Kuril Islands in 2017"_s, u"2017"_s, u"2017"_s);
    row("004 held on Saturday", u"004"_s, d004, u"talks held on Saturday"_s, u"Saturday"_s, u"2017-03-18"_s);
}

void TestDateTagger::seeds()
{
    QFETCH(QString, seed);
    QFETCH(QDate, published);
    QFETCH(QString, context);
    QFETCH(QString, surface);
    QFETCH(QString, value);
    QFETCH(QString, mod);
    const QString text = seedText(seed);
    QVERIFY2(!text.isEmpty(), "sample article missing");
    QVERIFY2(text.contains(context), qPrintable(context));
    const TimeExpression e = find(tagText(text, published), text, context, surface);
    QCOMPARE(e.surface, surface);
    QCOMPARE(e.value, value);
    QCOMPARE(e.mod, mod);
}

void TestDateTagger::expressions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QString>("surface");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("mod");
    const QDate dct(2019, 12, 19); // a Thursday
    auto row = [dct](const char *name, const QString &text, const QString &surface, const QString &type,
                     const QString &value, const QString &mod = {}) {
        QTest::newRow(name) << text << dct << surface << type << value << mod;
    };
    // full dates
    row("date month day year", u"It was signed on January 27, 1960."_s, u"January 27, 1960"_s, u"DATE"_s, u"1960-01-27"_s);
    row("date day month year", u"They met on 19 December 2019 in Moscow."_s, u"19 December 2019"_s, u"DATE"_s, u"2019-12-19"_s);
    row("date abbreviated month", u"He arrived Dec. 17 in Tokyo."_s, u"Dec. 17"_s, u"DATE"_s, u"2019-12-17"_s);
    row("date ordinal of month", u"It ended on the 3rd of March."_s, u"the 3rd of March"_s, u"DATE"_s, u"2019-03-03"_s);
    row("date iso", u"The file is dated 2019-12-17."_s, u"2019-12-17"_s, u"DATE"_s, u"2019-12-17"_s);
    row("date future by will", u"Talks will resume on February 3."_s, u"February 3"_s, u"DATE"_s, u"2020-02-03"_s);
    row("date past by verb", u"Talks resumed on October 3."_s, u"October 3"_s, u"DATE"_s, u"2019-10-03"_s);
    row("date past verb yields to a near date", u"The offer was extended to Jan. 6."_s, u"Jan. 6"_s, u"DATE"_s, u"2020-01-06"_s);
    // months and years
    row("month and year", u"Crimea was annexed in March 2014."_s, u"March 2014"_s, u"DATE"_s, u"2014-03"_s);
    row("month of year", u"It began in June of 1956."_s, u"June of 1956"_s, u"DATE"_s, u"1956-06"_s);
    row("month past", u"They met in June."_s, u"June"_s, u"DATE"_s, u"2019-06"_s);
    row("month future", u"They will meet in June."_s, u"June"_s, u"DATE"_s, u"2020-06"_s);
    row("month deadline by", u"The company must repay the loan by February."_s, u"February"_s, u"DATE"_s, u"2020-02"_s);
    row("year", u"The declaration was signed in 1956."_s, u"1956"_s, u"DATE"_s, u"1956"_s);
    row("year with May as month", u"Elections are due in May."_s, u"May"_s, u"DATE"_s, u"2020-05"_s);
    // weekdays
    row("weekday said", u"Lavrov said Wednesday the talks were useful."_s, u"Wednesday"_s, u"DATE"_s, u"2019-12-18"_s);
    row("weekday future will", u"Abe will fly to Moscow on Monday."_s, u"Monday"_s, u"DATE"_s, u"2019-12-23"_s);
    row("weekday future by present plural", u"The two leaders meet separately Monday with Albright."_s, u"Monday"_s, u"DATE"_s, u"2019-12-23"_s);
    row("weekday last", u"It happened last Friday."_s, u"last Friday"_s, u"DATE"_s, u"2019-12-13"_s);
    row("weekday next", u"They meet again next Thursday."_s, u"next Thursday"_s, u"DATE"_s, u"2019-12-26"_s);
    row("weekday possessive", u"Tuesday's seizure angered Tokyo."_s, u"Tuesday"_s, u"DATE"_s, u"2019-12-17"_s);
    row("weekday part of day", u"The ships left Sunday night."_s, u"Sunday night"_s, u"TIME"_s, u"2019-12-15TNI"_s);
    // relative
    row("relative last month", u"Prices rose last month."_s, u"last month"_s, u"DATE"_s, u"2019-11"_s);
    row("relative this year", u"Exports fell this year."_s, u"this year"_s, u"DATE"_s, u"2019"_s);
    row("relative next week", u"The vote is next week."_s, u"next week"_s, u"DATE"_s, u"2019-W52"_s);
    row("relative years ago", u"The plant closed two years ago."_s, u"two years ago"_s, u"DATE"_s, u"2017"_s);
    row("relative yesterday", u"The minister resigned yesterday."_s, u"yesterday"_s, u"DATE"_s, u"2019-12-18"_s);
    row("relative today", u"The summit opens today."_s, u"today"_s, u"DATE"_s, u"2019-12-19"_s);
    row("relative month last year", u"It rose in July last year."_s, u"July last year"_s, u"DATE"_s, u"2018-07"_s);
    row("relative now", u"Relations are now tense."_s, u"now"_s, u"DATE"_s, u"PRESENT_REF"_s);
    row("relative recently", u"Boats were recently seized."_s, u"recently"_s, u"DATE"_s, u"PAST_REF"_s);
    // parts of periods
    row("part early next year", u"A deal is possible early next year."_s, u"early next year"_s, u"DATE"_s, u"2020"_s, u"START"_s);
    row("part late year", u"The talks stalled in late 2016."_s, u"late 2016"_s, u"DATE"_s, u"2016"_s, u"END"_s);
    row("part end of month", u"He leaves at the end of the month."_s, u"the end of the month"_s, u"DATE"_s, u"2019-12"_s, u"END"_s);
    row("part earlier this month", u"Earlier this month, talks failed."_s, u"Earlier this month"_s, u"DATE"_s, u"2019-12"_s, u"START"_s);
    // decades, centuries, quarters, seasons
    row("decade", u"Trade grew in the 1990s."_s, u"the 1990s"_s, u"DATE"_s, u"199"_s);
    row("decade apostrophe", u"It was popular in the '80s."_s, u"the '80s"_s, u"DATE"_s, u"198"_s);
    row("century", u"It was built in the 19th century."_s, u"the 19th century"_s, u"DATE"_s, u"18"_s);
    row("century early", u"It dates from the early 20th century."_s, u"the early 20th century"_s, u"DATE"_s, u"19"_s, u"START"_s);
    row("quarter", u"Profit fell in the third quarter."_s, u"the third quarter"_s, u"DATE"_s, u"2019-Q3"_s);
    row("quarter last reported", u"Profit rose during the last quarter."_s, u"the last quarter"_s, u"DATE"_s, u"2019-Q3"_s);
    row("quarter of next year", u"It could take effect in next year's first quarter."_s, u"next year's first quarter"_s, u"DATE"_s, u"2020-Q1"_s);
    row("quarter a year before", u"Profit fell in the third quarter from $5 million in the same period last year."_s, u"the same period last year"_s, u"DATE"_s, u"2018-Q3"_s);
    row("quarter year-earlier adjective", u"Profit rose in the third quarter, compared with a year-earlier loss."_s, u"year-earlier"_s, u"DATE"_s, u"2018-Q3"_s);
    row("quarter of year", u"Profit fell in the first quarter of 2018."_s, u"the first quarter of 2018"_s, u"DATE"_s, u"2018-Q1"_s);
    row("season this", u"The base opens this summer."_s, u"this summer"_s, u"DATE"_s, u"2019-SU"_s);
    row("season year", u"It opened in spring 2018."_s, u"spring 2018"_s, u"DATE"_s, u"2018-SP"_s);
    // durations
    row("duration number", u"The talks lasted two days."_s, u"two days"_s, u"DURATION"_s, u"P2D"_s);
    row("duration digits hours", u"He was held for 24 hours."_s, u"24 hours"_s, u"DURATION"_s, u"PT24H"_s);
    row("duration hyphen", u"It was a five-year plan."_s, u"five-year"_s, u"DURATION"_s, u"P5Y"_s);
    row("duration more than", u"It has lasted more than 70 years."_s, u"more than 70 years"_s, u"DURATION"_s, u"P70Y"_s, u"MORE_THAN"_s);
    row("duration about", u"It took about a decade."_s, u"about a decade"_s, u"DURATION"_s, u"P10Y"_s, u"APPROX"_s);
    row("duration past two years", u"Sales grew over the past two years."_s, u"the past two years"_s, u"DURATION"_s, u"P2Y"_s);
    row("duration vague", u"The dispute has lasted for years."_s, u"years"_s, u"DURATION"_s, u"PXY"_s);
    row("duration year ended", u"Revenue for the year ended Sept. 30 rose."_s, u"the year"_s, u"DURATION"_s, u"P1Y"_s);
    row("date for the year", u"Shares hit a high for the year in June."_s, u"the year"_s, u"DATE"_s, u"2019"_s);
    // sets
    row("set every year", u"The forum is held every year."_s, u"every year"_s, u"SET"_s, u"P1Y"_s);
    row("set weekly", u"They meet weekly."_s, u"weekly"_s, u"SET"_s, u"P1W"_s);
    row("set annually", u"Delegations visit annually."_s, u"annually"_s, u"SET"_s, u"P1Y"_s);
    row("set every weekday", u"The ferry sails every Monday."_s, u"every Monday"_s, u"SET"_s, u"XXXX-WXX-1"_s);
    // times
    row("time last night", u"Fighting resumed last night."_s, u"last night"_s, u"TIME"_s, u"2019-12-18TNI"_s);
    row("time this morning", u"The minister arrived this morning."_s, u"this morning"_s, u"TIME"_s, u"2019-12-19TMO"_s);
    row("time clock", u"The vote ended at 10:30 p.m."_s, u"10:30 p.m."_s, u"TIME"_s, u"2019-12-19T22:30"_s);
    row("time clock weekday", u"Polls closed at 8 p.m. Tuesday."_s, u"8 p.m. Tuesday"_s, u"TIME"_s, u"2019-12-17T20:00"_s);
    // TimeML conventions and anchoring measured against TimeBank
    row("decade spelled out", u"Trade grew through the nineties."_s, u"the nineties"_s, u"DATE"_s, u"199"_s);
    row("decade with a part", u"It peaked in the early 1980s."_s, u"the early 1980s"_s, u"DATE"_s, u"198"_s, u"START"_s);
    row("the past year is the year before", u"Hate groups grew over the past year."_s, u"the past year"_s, u"DATE"_s, u"2018"_s);
    row("the last decade is the decade before", u"Wages fell in the last decade."_s, u"the last decade"_s, u"DATE"_s, u"200"_s);
    row("the past few weeks stays vague", u"Prices fell over the past few weeks."_s, u"the past few weeks"_s, u"DATE"_s, u"PAST_REF"_s);
    row("weekday then date after a comma and before a colon", u"The Times said in an editorial on Saturday, April 25: the court erred."_s,
        u"Saturday, April 25"_s, u"DATE"_s, u"2019-04-25"_s);
    row("weekday then date", u"Money seeped out Friday Oct. 13 alone."_s, u"Friday Oct. 13"_s, u"DATE"_s, u"2019-10-13"_s);
    row("the previous weekday counts from the date last named",
        u"Stocks closed lower on Friday, Dec. 13. The index was down 4.5% from the previous Friday."_s,
        u"the previous Friday"_s, u"DATE"_s, u"2019-12-06"_s);
    row("would reaches past a passive", u"The dividend would be paid on a still unspecified date in January."_s,
        u"January"_s, u"DATE"_s, u"2020-01"_s);
    row("deadline after a past perfect", u"Most members had filed compliance reports by Wednesday."_s, u"Wednesday"_s,
        u"DATE"_s, u"2019-12-18"_s);
    row("earlier in the year", u"Herbicide use was delayed earlier in the year by rains."_s, u"earlier in the year"_s,
        u"DATE"_s, u"2019"_s, u"START"_s);
    row("later in the day", u"The president arrived later in the day."_s, u"later in the day"_s, u"DATE"_s,
        u"2019-12-19"_s, u"END"_s);
    row("half of a decade", u"Sales were flat in the last half of the '80s."_s, u"the last half of the '80s"_s, u"DATE"_s,
        u"198"_s, u"END"_s);
    row("half of a year", u"Output will recover in the first half of 1990."_s, u"the first half of 1990"_s, u"DATE"_s, u"1990-H1"_s);
    row("the current fiscal year", u"Sales in the current fiscal year will rise."_s, u"the current fiscal year"_s, u"DATE"_s, u"2019"_s);
    row("that year leans on the year last named", u"Watch imports grew in 1988. Exports fell that year."_s, u"that year"_s,
        u"DATE"_s, u"1988"_s);
    row("over the summer", u"Over the summer, rivals offered discounts."_s, u"summer"_s, u"DATE"_s, u"2019-SU"_s);
    row("soon", u"The debt may soon be repaid."_s, u"soon"_s, u"DATE"_s, u"FUTURE_REF"_s);
    row("as soon as possible", u"They will leave as soon as possible."_s, u"as soon as possible"_s, u"DATE"_s, u"FUTURE_REF"_s);
    row("part of day before yesterday", u"At mid-afternoon yesterday, shares were up."_s, u"mid-afternoon yesterday"_s,
        u"TIME"_s, u"2019-12-18TAF"_s);
    row("an earlier quarter named later is a comparison",
        u"Profit rose in the third quarter, up from a flat second quarter. Results a year ago were weaker."_s,
        u"a year ago"_s, u"DATE"_s, u"2018-Q3"_s);
    row("the same period of the last year", u"Profit fell 5% from the same period of the last year."_s,
        u"the same period of the last year"_s, u"DATE"_s, u"2018-Q3"_s);
    QTest::newRow("a quarter yet to begin is last year's")
        << u"The company reported a drop in profits for the fourth quarter."_s << QDate(2020, 1, 26)
        << u"the fourth quarter"_s << u"DATE"_s << u"2019-Q4"_s << QString();
    QTest::newRow("a quarter soon to begin is this year's")
        << u"Profit in the third quarter is the question."_s << QDate(2020, 5, 15)
        << u"the third quarter"_s << u"DATE"_s << u"2020-Q3"_s << QString();
    QTest::newRow("a quarter yet to begin in the future")
        << u"The company will report profits for the fourth quarter."_s << QDate(2020, 1, 26)
        << u"the fourth quarter"_s << u"DATE"_s << u"2020-Q4"_s << QString();
    // spelled out years (broadcast transcripts)
    row("year spelled out", u"It happened in nineteen ninety-six."_s, u"nineteen ninety-six"_s, u"DATE"_s, u"1996"_s);
    // Japanese
    row("japanese full date", u"会談は2019年12月19日に行われた。"_s, u"2019年12月19日"_s, u"DATE"_s, u"2019-12-19"_s);
    row("japanese month day", u"両外相は12月19日に会談した。"_s, u"12月19日"_s, u"DATE"_s, u"2019-12-19"_s);
    row("japanese last year", u"昨年11月に合意した。"_s, u"昨年11月"_s, u"DATE"_s, u"2018-11"_s);
    row("japanese next month", u"来月に作業部会を開く。"_s, u"来月"_s, u"DATE"_s, u"2020-01"_s);
    row("japanese year", u"1956年の日ソ共同宣言"_s, u"1956年"_s, u"DATE"_s, u"1956"_s);
    row("japanese decade", u"1990年代に交渉が進んだ。"_s, u"1990年代"_s, u"DATE"_s, u"199"_s);
    row("japanese duration", u"70年間にわたり"_s, u"70年間"_s, u"DURATION"_s, u"P70Y"_s);
    row("japanese day of this month past", u"政府は19日、ロシアと会談した。"_s, u"19日"_s, u"DATE"_s, u"2019-12-19"_s);
    row("japanese day of month ahead", u"外相は25日にモスクワを訪れる。"_s, u"25日"_s, u"DATE"_s, u"2019-12-25"_s);
    row("japanese day of last month", u"両国は28日に協議した。"_s, u"28日"_s, u"DATE"_s, u"2019-11-28"_s);
    row("japanese past verb decides the year", u"5月1日に即位した。"_s, u"5月1日"_s, u"DATE"_s, u"2019-05-01"_s);
    row("japanese plan decides the year", u"5月1日に訪問する予定だ。"_s, u"5月1日"_s, u"DATE"_s, u"2020-05-01"_s);
    row("japanese era year", u"令和元年5月1日に即位した。"_s, u"令和元年5月1日"_s, u"DATE"_s, u"2019-05-01"_s);
    row("japanese heisei year", u"平成31年に合意した。"_s, u"平成31年"_s, u"DATE"_s, u"2019"_s);
    row("japanese weekday", u"両外相は木曜日に会談した。"_s, u"木曜日"_s, u"DATE"_s, u"2019-12-19"_s);
    row("japanese mod", u"来年1月上旬に訪問する予定だ。"_s, u"来年1月上旬"_s, u"DATE"_s, u"2020-01"_s, u"START"_s);
    // Russian
    row("russian decade", u"В 1990-х годах переговоры шли медленно."_s, u"1990-х годах"_s, u"DATE"_s, u"199"_s);
    row("russian weekday", u"Лавров заявил в четверг, что встреча пройдет."_s, u"четверг"_s, u"DATE"_s, u"2019-12-19"_s);
    row("russian next month", u"Встреча пройдет в следующем месяце."_s, u"следующем месяце"_s, u"DATE"_s, u"2020-01"_s);
    row("russian start of year", u"В начале 2019 года стороны договорились."_s, u"начале 2019 года"_s, u"DATE"_s, u"2019"_s, u"START"_s);
    row("russian middle of month", u"В середине мая министры встретились."_s, u"середине мая"_s, u"DATE"_s, u"2019-05"_s, u"MID"_s);
    row("russian more than years", u"Более 70 лет спор не решен."_s, u"Более 70 лет"_s, u"DURATION"_s, u"P70Y"_s, u"MORE_THAN"_s);
    row("russian full date", u"Встреча состоялась 19 декабря 2019 года в Москве."_s, u"19 декабря 2019 года"_s, u"DATE"_s, u"2019-12-19"_s);
    row("russian year", u"Декларация была подписана в 1956 году."_s, u"1956 году"_s, u"DATE"_s, u"1956"_s);
    row("russian day month", u"Лавров заявил 17 декабря о переговорах."_s, u"17 декабря"_s, u"DATE"_s, u"2019-12-17"_s);
    row("russian last year", u"Переговоры прошли в прошлом году."_s, u"прошлом году"_s, u"DATE"_s, u"2018"_s);
    row("russian century", u"С середины XX века стороны ведут переговоры."_s, u"середины XX века"_s, u"DATE"_s, u"19"_s, u"MID"_s);
}

void TestDateTagger::expressions()
{
    QFETCH(QString, text);
    QFETCH(QDate, published);
    QFETCH(QString, surface);
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(QString, mod);
    const QList<TimeExpression> all = tagText(text, published);
    const TimeExpression e = find(all, text, text, surface);
    QStringList found;
    for (const TimeExpression &x : all)
        found << x.surface + u'=' + x.value;
    QVERIFY2(e.surface == surface, qPrintable(u"found: "_s + found.join(u", "_s)));
    QCOMPARE(timexTypeName(e.type), type);
    QCOMPARE(e.value, value);
    QCOMPARE(e.mod, mod);
}

void TestDateTagger::notTimeExpressions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("surface");
    QTest::newRow("May as a modal verb") << u"Members may also take a trip to Kyoto."_s << u"may"_s;
    QTest::newRow("May as a modal verb at the start") << u"May the talks succeed."_s << u"May"_s;
    QTest::newRow("May as a surname") << u"Theresa May said Britain would leave."_s << u"May"_s;
    QTest::newRow("march as a verb") << u"Protesters march to the embassy."_s << u"march"_s;
    QTest::newRow("two plus two format") << u"The last bilateral 2+2 meeting took place."_s << u"2"_s;
    QTest::newRow("Group of 20") << u"Putin attends the Group of 20 summit."_s << u"20"_s;
    QTest::newRow("G20") << u"They met at the G20 summit."_s << u"20"_s;
    QTest::newRow("tons are no year") << u"The catch totalled 6 tons."_s << u"6"_s;
    QTest::newRow("a count of people is no year") << u"About 2000 people protested."_s << u"2000"_s;
    QTest::newRow("fall as a verb") << u"Prices fall when supply rises."_s << u"fall"_s;
    QTest::newRow("quarterly as an adjective") << u"It paid a quarterly dividend."_s << u"quarterly"_s;
    QTest::newRow("a second as an ordinal") << u"A second A380 is also travelling to the U.S."_s << u"second"_s;
    QTest::newRow("fall as an infinitive") << u"Prices are expected to fall further."_s << u"fall"_s;
    QTest::newRow("a programme title") << u"Baker said on ABC's This Week that talks failed."_s << u"Week"_s;
    QTest::newRow("a number with a thousands separator") << u"It cost 1,956 dollars."_s << u"956"_s;
    QTest::newRow("that year without a year named") << u"Exports fell that year."_s << u"that year"_s;
    QTest::newRow("soon after an event") << u"He died soon after his capture."_s << u"soon"_s;
    QTest::newRow("soon in a compound") << u"They met at the soon-to-open terminal."_s << u"soon"_s;
    QTest::newRow("Today as a title after a name") << u"This is VOA Today."_s << u"Today"_s;
}

void TestDateTagger::notTimeExpressions()
{
    QFETCH(QString, text);
    QFETCH(QString, surface);
    for (const TimeExpression &e : tagText(text, QDate(2019, 12, 19)))
        QVERIFY2(!e.surface.contains(surface), qPrintable(e.surface + u" = "_s + e.value));
}

void TestDateTagger::rangesGiveBothEnds()
{
    const QString text = u"The delegation visits Japan May 14-18 and returns on May 30."_s;
    const QList<TimeExpression> all = tagText(text, QDate(2019, 4, 18));
    QStringList values;
    for (const TimeExpression &e : all)
        values << e.value;
    QCOMPARE(values, (QStringList{u"2019-05-14"_s, u"2019-05-18"_s, u"2019-05-30"_s}));
    QCOMPARE(all.at(1).surface, u"18"_s);
}

void TestDateTagger::anchoredToEarlierDateInSentence()
{
    const QString text = u"In November 2018, the leaders met, and on Dec. 1 they agreed. On Dec. 1 they meet again."_s;
    const QList<TimeExpression> all = tagText(text, QDate(2019, 12, 19));
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(1).value, u"2018-12-01"_s);
    QCOMPARE(all.at(1).anchor, u"2018-11"_s);
    QCOMPARE(all.at(2).value, u"2019-12-01"_s);
    QCOMPARE(all.at(2).anchor, u"2019-12-19"_s);
    QCOMPARE(all.at(0).anchor, QString()); // absolute: no anchor needed
}

void TestDateTagger::followingPeriodCountsFromTheLastDateNamed()
{
    const QString text = u"In January, the company hired a new chief. The following month, it put itself up for sale. "
                         "On March 3 it agreed to a deal; two days later it rose. Profit fell in the third quarter. Sales were flat the year before, "
                         "and profit doubled from a year ago."_s;
    const QList<TimeExpression> all = tagText(text, QDate(1989, 10, 27));
    QStringList got;
    for (const TimeExpression &e : all)
        got << e.surface + u'=' + e.value + u'@' + e.anchor;
    QCOMPARE(got, (QStringList{u"January=1989-01@1989-10-27"_s, u"The following month=1989-02@1989-01"_s,
                               u"March 3=1989-03-03@1989-10-27"_s, u"two days later=1989-03-05@1989-03-03"_s, u"the third quarter=1989-Q3@1989-10-27"_s,
                               u"a year ago=1988-Q3@1989-Q3"_s}));
}

void TestDateTagger::spansAndSentencesMatchTheText()
{
    const QString text = seedText(u"000"_s);
    QVERIFY(!text.isEmpty());
    const QList<Span> sentences = text::sentences(text);
    const QList<TimeExpression> all = DateTagger().tag(text, sentences, QDate(2019, 12, 19));
    QVERIFY(all.size() >= 12);
    for (const TimeExpression &e : all) {
        QCOMPARE(text.mid(e.span.start, e.span.length()), e.surface);
        QCOMPARE(e.sentence, text::sentenceAt(sentences, e.span.start));
    }
}

void TestDateTagger::withoutPublicationDate()
{
    const QString text = u"They met on Tuesday and again on March 20. The deal dates from 1956; more talks came last year."_s;
    QStringList values;
    for (const TimeExpression &e : tagText(text, QDate()))
        values << e.value;
    QCOMPARE(values, (QStringList{u"XXXX-WXX-2"_s, u"XXXX-03-20"_s, u"1956"_s, u"PAST_REF"_s}));
}

void TestDateTagger::sameResultsFromManyThreads()
{
    QStringList texts;
    for (const char *seed : {"000", "001", "002", "003", "004"})
        texts << seedText(QString::fromLatin1(seed));
    QList<QList<TimeExpression>> expected;
    for (const QString &t : texts)
        expected << tagText(t, QDate(2019, 12, 19));
    QList<QList<QList<TimeExpression>>> results(4);
    std::vector<std::thread> threads;
    const DateTagger tagger;
    for (int k = 0; k < 4; ++k) {
        threads.emplace_back([&, k] {
            for (int round = 0; round < 20; ++round) {
                QList<QList<TimeExpression>> r;
                for (const QString &t : texts)
                    r << tagger.tag(t, text::sentences(t), QDate(2019, 12, 19));
                results[k] = r;
            }
        });
    }
    for (std::thread &th : threads)
        th.join();
    for (const auto &r : results)
        QVERIFY(r == expected);
}

QTEST_GUILESS_MAIN(TestDateTagger)
#include "tst_datetagger.moc"
