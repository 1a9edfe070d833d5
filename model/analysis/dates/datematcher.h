// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datetokens.h"
#include "timeexpression.h"

#include <QList>
#include <QString>

#include <optional>

// Recognition: which token runs of a sentence are time expressions, and what they say before
// they are resolved against an anchor. Internal to the date tagger.
namespace parallax::analysis::dates {

/** What a recognised expression still needs to become a TIMEX3 value. */
enum class Kind : qint8 {
    Literal,  ///< the value is complete (1956, 2019-12-17, P5Y, PRESENT_REF)
    MonthDay, ///< a month and day, the year to be found
    Month,    ///< a month, the year to be found (or given as yearOffset)
    Period,   ///< a quarter or season, the year to be found
    Weekday,  ///< a weekday, the week to be found
    Offset,   ///< n units from the anchor ("last year", "yesterday", "two years ago")
};

struct Candidate
{
    int first = 0; ///< token range, inclusive
    int last = 0;
    TimexType type = TimexType::Date;
    Kind kind = Kind::Literal;
    QString value;       ///< Literal: the value; Offset with an unknown count: the REF value
    int year = 0;        ///< an explicit year, when the text gives one
    int month = 0;
    int day = 0;
    int weekday = 0;
    int period = 0;      ///< quarter 1..4 or season 1..4
    bool season = false;
    bool hasYearOffset = false; ///< "April last year": year = anchor year + yearOffset
    int yearOffset = 0;
    Unit unit = Unit::None;     ///< Offset: the unit
    int offset = 0;             ///< Offset: how many units (negative = before)
    bool fromPrevious = false;  ///< Offset relative to an earlier date in the sentence ("two days later")
    bool needsAnchor = false;   ///< fromPrevious with nothing to fall back on ("that year")
    bool weekend = false;       ///< Weekday: the weekend of that Saturday ("over the weekend")
    bool current = false;       ///< "current": the publication's own period, not the one reported on
    bool counted = false;       ///< Offset written as a count ("a year ago"), not a relation ("last year")
    Rel rel = Rel::None;        ///< explicit last / next / this
    QString mod;
    QString timeSuffix;         ///< "TMO", "T15:00": makes a date a TIME
};

/** Finds the time expressions of one sentence's tokens, left to right, longest first. */
QList<Candidate> matchSentence(const QList<Token> &tokens);

} // namespace parallax::analysis::dates
