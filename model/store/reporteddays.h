// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/schema.h"

namespace parallax::store {

/**
 * The schema step "timeline-1": the table reported_days, articles counted per outlet country
 * and publication day with the lowest article id of each, from which the timeline's reported
 * lane, its countries and its extent are read without walking 100,000 article rows. Filled for
 * an existing corpus by the step itself; triggers on insert, delete and change of country or
 * date keep it exact (an import, a deletion, a superseded version, an edit).
 */
Migration reportedDaysMigration();

} // namespace parallax::store
