// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

// Small lookup tables for the date tagger: one hash from a lower-case word to what it can mean.
// Built once on first use (a function-local static, so thread-safe) and read-only afterwards.
namespace parallax::analysis::dates {

enum class Unit : qint8 { None, Second, Minute, Hour, Day, Week, Weekend, Month, Quarter, Year, Decade, Century };

enum class Cue : qint8 { None, PastStrong, PastWeak, FutureStrong, FutureWeak };

enum class Deictic : qint8 { None, Today, Yesterday, Tomorrow, Tonight, Now, Recently, Soon };

/** Relation words: last (-1), next (+1), this (0). */
enum class Rel : qint8 { None, Last, Next, This };

/** What a word can mean; a word may have several meanings (e.g. "second"). */
struct WordInfo
{
    qint8 month = 0;        ///< 1..12
    bool monthAbbr = false; ///< "Dec", "Sept": needs a day or year to count
    qint8 weekday = 0;      ///< 1 (Monday) .. 7
    Unit unit = Unit::None;
    bool plural = false;    ///< "years", "days"
    int number = -1;        ///< cardinal words: "five" = 5; -2 = an unknown count ("several")
    bool article = false;   ///< "a", "an": a count of one only before a unit
    int ordinal = 0;        ///< "first" = 1, "twentieth" = 20
    qint8 season = 0;       ///< 1 spring, 2 summer, 3 fall, 4 winter
    Rel rel = Rel::None;
    qint8 mod = 0;          ///< 1 START (early), 2 MID (mid), 3 END (late)
    Cue cue = Cue::None;
    qint8 quantifier = 0;   ///< 1 APPROX (about), 2 MORE_THAN (over), 3 LESS_THAN (nearly)
    Deictic deictic = Deictic::None;
    Unit setUnit = Unit::None; ///< "weekly", "annually"
    qint8 partOfDay = 0;    ///< 1 morning, 2 afternoon, 3 evening, 4 night
    bool yearSuffix = false;   ///< Russian "года", "году", "г"
    bool monthContext = false; ///< "in", "since", "early": makes a following "May" a month
    bool quantityNoun = false; ///< "tons", "people": a number before it is no year
    bool starter = false;      ///< may start an expression ("the", "every", "more than", "noon")
};

/** What the lower-case word means, or nullptr when it is no date word. */
const WordInfo *lookupWord(const QString &lower);

/** Whether a lower-case English or Russian word is a past-tense verb form by its shape. */
bool looksPastTense(const QString &lower);

/** TIMEX3 letters for a unit ("Y", "M", "D", "H"...), for durations. */
QString unitLetter(Unit unit);
bool isTimeUnit(Unit unit); ///< hour, minute, second: durations take "PT"

} // namespace parallax::analysis::dates
