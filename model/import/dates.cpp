// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dates.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace parallax::import {

namespace {

int monthNumber(const QString &name)
{
    static const QStringList months = {u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                       u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    static const QStringList russian = {u"янв"_s, u"фев"_s, u"мар"_s, u"апр"_s, u"ма"_s, u"июн"_s,
                                        u"июл"_s, u"авг"_s, u"сен"_s, u"окт"_s, u"ноя"_s, u"дек"_s};
    const QString lower = name.toLower();
    if (lower.size() >= 3) {
        const qsizetype i = months.indexOf(lower.left(3));
        if (i >= 0)
            return int(i) + 1;
    }
    for (qsizetype i = 0; i < russian.size(); ++i) {
        if (lower.startsWith(russian.at(i)))
            return int(i) + 1;
    }
    return 0;
}

ParsedDate make(int y, int m, int d, const QString &form)
{
    ParsedDate p;
    if (y >= 1800 && y <= 2200)
        p.date = QDate(y, m, d);
    if (p.date.isValid())
        p.form = form;
    return p;
}

} // namespace

ParsedDate parseDate(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};

    // ISO 8601: the calendar date leads; a time and zone may follow.
    static const QRegularExpression iso(uR"(\A(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d{2}:\d{2}))"_s);
    if (const auto m = iso.match(text); m.hasMatch())
        return make(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), u"ISO 8601"_s);

    // RFC 2822: "Thu, 19 Dec 2019 09:00:00 +0900" (the weekday is optional).
    static const QRegularExpression rfc(
        uR"(\A(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+\d{2}:\d{2}(?::\d{2})?\s*(?:[+-]\d{4}|[A-Z]{1,5})?\z)"_s);
    if (const auto m = rfc.match(text); m.hasMatch()) {
        const int month = monthNumber(m.captured(2));
        if (month > 0)
            return make(m.captured(3).toInt(), month, m.captured(1).toInt(), u"RFC 2822"_s);
    }

    // "December 19, 2019", "Dec. 19, 2019", "Thursday, December 19, 2019 10:00 AM"
    static const QRegularExpression mdy(
        uR"(\A(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b)"_s);
    if (const auto m = mdy.match(text); m.hasMatch()) {
        const int month = monthNumber(m.captured(1));
        if (month > 0)
            return make(m.captured(3).toInt(), month, m.captured(2).toInt(), u"month day, year"_s);
    }

    // "19 December 2019", "19 Dec 2019", "19 декабря 2019 года"
    static const QRegularExpression dmy(uR"(\A(?:[A-Za-z]+,?\s+)?(\d{1,2})\.?\s+(\p{L}{3,10})\.?,?\s+(\d{4})\b)"_s);
    if (const auto m = dmy.match(text); m.hasMatch()) {
        const int month = monthNumber(m.captured(2));
        if (month > 0)
            return make(m.captured(3).toInt(), month, m.captured(1).toInt(), u"day month year"_s);
    }

    // "19.12.2019" (day first, as written in Russia and most of Europe) and "2019/12/19".
    static const QRegularExpression dotted(uR"(\A(\d{1,2})\.(\d{1,2})\.(\d{4})\b)"_s);
    if (const auto m = dotted.match(text); m.hasMatch())
        return make(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt(), u"DD.MM.YYYY"_s);
    static const QRegularExpression slashed(uR"(\A(\d{4})/(\d{1,2})/(\d{1,2})\b)"_s);
    if (const auto m = slashed.match(text); m.hasMatch())
        return make(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), u"YYYY/MM/DD"_s);

    // "2019年12月19日"
    static const QRegularExpression japanese(uR"(\A(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日)"_s);
    if (const auto m = japanese.match(text); m.hasMatch())
        return make(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), u"Japanese"_s);

    // Unix time in seconds (or milliseconds), as some scrapers store it.
    static const QRegularExpression epoch(uR"(\A\d{9,13}\z)"_s);
    if (epoch.match(text).hasMatch()) {
        qint64 v = text.toLongLong();
        if (text.size() >= 12)
            v /= 1000;
        const QDate d = QDateTime::fromSecsSinceEpoch(v, Qt::UTC).date();
        return make(d.year(), d.month(), d.day(), u"Unix time (UTC)"_s);
    }
    return {};
}

} // namespace parallax::import
