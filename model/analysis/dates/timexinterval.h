// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace parallax::analysis {

/** The days a TIMEX3 point-in-time value covers, first and last inclusive. */
struct DayRange
{
    QDate first;
    QDate last;
};

/**
 * The day range of a DATE or TIME value: `2019-12-17` (one day), `2019-11` (the month),
 * `1956`, `199` (the decade), `19` (the century), `2019-W51`, `2019-W51-WE`, `2019-Q1`,
 * `2019-H2`, `2019-SU`, `2019-12-17TNI`. std::nullopt for values that are no stretch of the
 * calendar (`PRESENT_REF`, `XXXX-12-19`, durations, sets).
 */
std::optional<DayRange> dayRange(const QString &value);

} // namespace parallax::analysis
