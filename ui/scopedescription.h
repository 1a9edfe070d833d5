// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"

#include <QString>

namespace parallax::ui {

/**
 * What a filter narrows the articles to, for a caption: the search in quotes, the dates, the
 * outlet country and the outlet, joined by " · " (empty for an empty filter).
 */
QString scopeDescription(const store::ArticleFilter &scope);
/** A filter's country or outlet as a caption names it ("unknown country" for store::noSource). */
QString countryName(const QString &country);
QString outletName(const QString &outlet);

} // namespace parallax::ui
