// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/dates/timeexpression.h"
#include "core/article.h"

#include <QDate>
#include <QList>
#include <QString>

namespace parallax::analysis {

/**
 * Finds time expressions in an article and normalises them to TIMEX3 values against the
 * publication date: dates, months, years, weekdays, relative expressions ("last month",
 * "April last year"), parts of periods ("mid-May", "late 2016"), ranges ("May 14 to 18"),
 * decades and centuries, durations and sets. English first; Japanese (2019年12月19日, 昨年,
 * 来月) and Russian (19 декабря 2019 года, в 1956 году) forms too.
 *
 * Pure and stateless: one tagger may be used from many threads at once.
 */
class DateTagger final
{
public:
    /**
     * The expressions of `body`, sentence by sentence. `sentences` are spans into `body`
     * (computed with text::sentences when empty); `published` may be invalid, in which case
     * relative expressions get X-values ("XXXX-12-19") or REF values.
     */
    QList<TimeExpression> tag(const QString &body, const QList<Span> &sentences, QDate published) const;

    /** Same, for an article (its body, sentences and publication date). */
    QList<TimeExpression> tag(const Article &article) const;
};

} // namespace parallax::analysis
