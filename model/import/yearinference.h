// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace parallax::import {

struct YearInference
{
    QDate date;     ///< invalid when no year could be inferred
    QString reason; ///< for the user, e.g. "19 December is a Thursday in 2019 ('on Thursday')"
};

/**
 * Infers the year of a dateline that gives only month and day. A weekday the text names for the
 * dateline day ("said on Thursday") must match; the years the text mentions bound the year from
 * below (an article does not usually mention years after it was written), and `latest` bounds
 * it from above (defaults to today).
 */
YearInference inferYear(int month, int day, const QString &text, QDate latest = {});

} // namespace parallax::import
