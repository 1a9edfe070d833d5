// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timexcorpus.h"

#include "analysis/dates/timeexpression.h"

#include <QJsonObject>
#include <QList>
#include <QString>

/**
 * TempEval-3 measures for time expressions: strict (same span) and relaxed (overlapping span)
 * precision, recall and F1; value accuracy (correct values among relaxed matches) and value F1
 * (precision = correct values / system expressions, recall = correct values / gold ones).
 */
namespace parallax::timexscore {

struct Counts
{
    int system = 0;
    int gold = 0;
    int strict = 0;  ///< same span
    int relaxed = 0; ///< overlapping span (one-to-one)
    int value = 0;   ///< relaxed matches whose value is the gold value
    Counts &operator+=(const Counts &o);
};

struct Measures
{
    double strictP = 0, strictR = 0, strictF1 = 0;
    double relaxedP = 0, relaxedR = 0, relaxedF1 = 0;
    double valueAccuracy = 0;
    double valueP = 0, valueR = 0, valueF1 = 0;
};

Measures measures(const Counts &c);

/** One disagreement with the gold annotation, for error analysis. */
struct ScoreError
{
    QString document;
    QString kind; ///< "missed", "spurious", "value"
    QString goldText, goldType, goldValue;
    QString systemText, systemType, systemValue;
    QString context; ///< the text around the expression
};

struct Report
{
    int documents = 0;
    Counts all;
    Counts date; ///< DATE expressions only (gold DATE against system DATE)
    QList<ScoreError> errors;
};

/** Adds one document's comparison to the report. */
void scoreDocument(const GoldDocument &doc, const QList<analysis::TimeExpression> &system, Report &report);

/** Reads and tags every file and scores it; unreadable files are listed in `problems`. */
Report scoreFiles(const QStringList &files, QStringList *problems = nullptr);

QJsonObject toJson(const Report &report);
QString toTable(const Report &report);

} // namespace parallax::timexscore
