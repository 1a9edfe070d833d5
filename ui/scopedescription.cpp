// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scopedescription.h"

#include "query/searchterms.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace parallax::ui {

QString scopeDescription(const store::ArticleFilter &scope)
{
    QStringList parts;
    if (!scope.search.isEmpty())
        parts << query::quotedQuery(scope.search);
    if (scope.from.isValid() || scope.to.isValid()) {
        const QLocale locale;
        const auto day = [&locale](QDate d) { return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : u"…"_s; };
        parts << u"%1 – %2"_s.arg(day(scope.from), day(scope.to));
    }
    if (!scope.country.isEmpty())
        parts << countryName(scope.country);
    if (!scope.outlet.isEmpty())
        parts << outletName(scope.outlet);
    return parts.join(u" · "_s);
}

QString countryName(const QString &country)
{
    return country == store::noSource ? QCoreApplication::translate("Parallax", "unknown country") : country;
}

QString outletName(const QString &outlet)
{
    return outlet == store::noSource ? QCoreApplication::translate("Parallax", "unknown outlet") : outlet;
}

} // namespace parallax::ui
