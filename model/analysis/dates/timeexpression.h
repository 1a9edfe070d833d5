// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QList>
#include <QString>

#include <optional>

namespace parallax::analysis {

/** The TIMEX3 type of a time expression. */
enum class TimexType { Date, Time, Duration, Set };

/** "DATE", "TIME", "DURATION", "SET". */
QString timexTypeName(TimexType type);
std::optional<TimexType> timexTypeFromName(const QString &name);

/**
 * A time expression found in an article, normalised against the publication date.
 * `value` follows TIMEX3 (`1956`, `2019-11`, `2019-12-17`, `199X`, `19`, `2019-W51`,
 * `2019-Q1`, `2019-SU`, `PRESENT_REF`, `P5Y`, ...); `mod` is START, MID, END, APPROX,
 * BEFORE, AFTER, MORE_THAN, LESS_THAN or empty; `anchor` is the value the expression was
 * resolved against (the publication date or an earlier date in the same sentence), empty
 * for expressions that need none.
 */
struct TimeExpression
{
    Span span;
    QString surface;
    TimexType type = TimexType::Date;
    QString value;
    QString mod;
    QString anchor;
    int sentence = -1;

    friend bool operator==(const TimeExpression &, const TimeExpression &) = default;
};

} // namespace parallax::analysis
