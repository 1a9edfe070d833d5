// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli.h"
#include "query/comparison.h"
#include "ui/chartexport/chartexport.h"

namespace parallax::cli {

/**
 * A keyness group as the command line names it: "-" (or "??") for the articles of no known
 * country, outlet or language; country codes in any case; outlets as stored, in any case.
 */
QString keynessGroupKey(const QString &option, query::KeynessGrouping grouping);

/** What export-chart framing|keyness needs besides the file and size. */
struct FramingChartRequest
{
    QString chart;   ///< "framing" or "keyness"
    query::KeynessGrouping grouping = query::KeynessGrouping::Country; ///< keyness: countries, outlets or languages
    QString groupA;  ///< keyness: as given (keynessGroupKey()), empty for the two largest
    QString groupB;
    bool bigrams = false;
    bool joinForms = false; ///< the forms of a word counted as one term
};

/**
 * Brings the stored framing hits up to date with the user's lexicon (the file the GUI saves in
 * the data folder): tags the corpus again when they come from another lexicon. False (and a
 * message on err) when that fails.
 */
bool ensureUserFraming(Context &ctx);

/** Draws the framing or keyness chart as the Framing dock does and exports it. */
int exportFramingChart(Context &ctx, const FramingChartRequest &request, const QString &out,
                       const ui::ExportOptions &options);

} // namespace parallax::cli
