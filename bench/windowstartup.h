// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace parallax::bench {

/**
 * Opens the real window on a corpus (`parallax --db FILE --measure-startup`, offscreen, with
 * settings of its own) and returns the benchmark table's row: when the window was shown and
 * from when no event-loop stall over 100 ms followed. `app` is the parallax binary; empty: the
 * one built beside the benchmark.
 */
QString windowStartupRow(const QString &corpus, const QString &app);

} // namespace parallax::bench
