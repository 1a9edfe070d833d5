// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace parallax::bench {

/**
 * Opens the real window on a corpus (`parallax --db FILE --measure-startup`, offscreen, with
 * settings of its own) and returns the benchmark table's row: when the window was shown and
 * from when no event-loop stall over 100 ms followed. `app` is the parallax binary; empty: the
 * one built beside the benchmark. With a search, the window opens with it in the library (the
 * list in order of relevance, the article shown before selected if it is in it).
 */
QString windowStartupRow(const QString &corpus, const QString &app, const QString &search = {});

} // namespace parallax::bench
