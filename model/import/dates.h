// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace parallax::import {

/** A date read from a metadata string, with the form it was written in. */
struct ParsedDate
{
    QDate date;
    QString form; ///< "ISO 8601", "RFC 2822", "month day, year", "day month year", "DD.MM.YYYY", ...
    bool isValid() const { return date.isValid(); }
};

/**
 * Parses the date forms met in news exports: ISO 8601 with or without time and zone
 * ("2019-12-19T08:30:00+09:00", "2019-12-19 10:15:00"), RFC 2822 ("Thu, 19 Dec 2019 09:00:00
 * +0900"), "December 19, 2019", "Dec. 19, 2019", "19 December 2019", "19.12.2019", "2019/12/19",
 * "2019年12月19日", Unix seconds. The date is the one written in the string's own time zone (what
 * the outlet's readers saw), not converted to UTC. Invalid or ambiguous strings give an invalid date.
 */
ParsedDate parseDate(const QString &text);

} // namespace parallax::import
