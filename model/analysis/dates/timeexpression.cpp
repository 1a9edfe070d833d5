// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeexpression.h"

using namespace Qt::StringLiterals;

namespace parallax::analysis {

QString timexTypeName(TimexType type)
{
    switch (type) {
    case TimexType::Date: return u"DATE"_s;
    case TimexType::Time: return u"TIME"_s;
    case TimexType::Duration: return u"DURATION"_s;
    case TimexType::Set: return u"SET"_s;
    }
    return {};
}

std::optional<TimexType> timexTypeFromName(const QString &name)
{
    for (TimexType t : {TimexType::Date, TimexType::Time, TimexType::Duration, TimexType::Set}) {
        if (name.compare(timexTypeName(t), Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

} // namespace parallax::analysis
