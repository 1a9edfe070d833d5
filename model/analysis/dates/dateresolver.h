// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datematcher.h"

#include <QDate>

// Resolution: tense around an expression, and the TIMEX3 value against an anchor.
namespace parallax::analysis::dates {

/** Past (-1) or future (+1) as the words around an expression say; strong cues are explicit. */
struct Tense
{
    int direction = 0;
    bool strong = false;
    bool near = false; ///< a verb right before the expression ("resumed on February 3")
};

/** Tense cues around tokens [first, last]; tokens flagged in `skip` (other expressions) are ignored. */
Tense tenseAround(const QList<Token> &tokens, const QList<bool> &skip, int first, int last);

/** What earlier sentences of the article say that later ones lean on. */
struct DocumentContext
{
    int quarterYear = 0; ///< the reporting quarter last named ("the third quarter" -> 1989, 3)
    int quarter = 0;
    QDate lastDate;      ///< the first day of the date last mentioned ("In January, ...")
    int lastPrecision = 0; ///< 1 year, 2 month, 3 day
    QString lastValue;
};

/**
 * Turns one sentence's candidates into time expressions: values resolved against the
 * publication date (may be invalid) or an earlier date of the same sentence.
 */
QList<TimeExpression> resolveSentence(const QString &text, const QList<Token> &tokens,
                                      const QList<Candidate> &candidates, QDate published, int sentence,
                                      DocumentContext &context);

} // namespace parallax::analysis::dates
