// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace parallax::itemmodels {

/**
 * A header's field name in exported data (CSV), the same as the command line's JSON keys:
 * "per_1000_words" where the table's caption reads "Per 1,000 words". Models that answer it
 * show captions for people and keep the field names for files.
 */
constexpr int FieldNameRole = Qt::UserRole + 900;

} // namespace parallax::itemmodels
