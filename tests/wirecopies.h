// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: a JSON Lines export in which a wire story appears three times (the agency's own
// copy, then two papers' reprints with their own headlines) and a different story once.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace parallax::testing {

/**
 * Four records, imported in this order: Kyodo (2019-12-19, the first), Japan Times (2019-12-20,
 * with a credit line), Mainichi (2019-12-20, with "(Kyodo)" after it), TASS (another story).
 */
inline QByteArray wireCopiesJsonl()
{
    using namespace Qt::StringLiterals;
    const QString wire = u"TOKYO — Japan and Russia will hold another round of talks on joint economic activities on "
                         "the disputed islands next month, the foreign ministry said on Thursday. Officials from the "
                         "two sides will discuss aquaculture, greenhouse farming, tourism, wind power and waste "
                         "reduction, and ways for former island residents to visit family graves by air."_s;
    const auto record = [](const QString &title, const QString &outlet, const QString &date, const QString &text) {
        return QJsonDocument(QJsonObject{{u"title"_s, title}, {u"source"_s, outlet}, {u"date"_s, date}, {u"text"_s, text}})
                   .toJson(QJsonDocument::Compact)
            + '\n';
    };
    return record(u"Japan, Russia to hold more island talks"_s, u"Kyodo"_s, u"2019-12-19"_s, wire)
        + record(u"Island talks to continue"_s, u"Japan Times"_s, u"2019-12-20"_s,
                 wire + u"\n\n(Japan Times staff contributed to this report.)"_s)
        + record(u"More island talks planned"_s, u"Mainichi"_s, u"2019-12-20"_s, wire + u" (Kyodo)"_s)
        + record(u"Russia opens airport on Iturup"_s, u"TASS"_s, u"2019-12-19"_s,
                 u"MOSCOW — A new civilian airport opened on Iturup island on Thursday, serving flights from "
                 "Sakhalin and the mainland, the regional government said in a statement."_s);
}

} // namespace parallax::testing
