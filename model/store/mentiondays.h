// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/rowinserter.h"
#include "store/schema.h"

#include <QSqlDatabase>

namespace parallax::store {

/**
 * The mentioned dates of the corpus counted per outlet country and days covered (first, last):
 * the table mention_days (migration "dates-2") from which the timeline counts the mentioned lane
 * of an unfiltered view without walking every time expression. It covers the dated time
 * expressions of the articles up to mention_days_state.upto; ArticleWriter adds each article's
 * with one upsert per distinct (first, last day), and triggers keep it exact when an article is
 * deleted or its country changes. What lies past `upto` (expressions stored some other way) is
 * counted from time_expressions and folded in at the next write.
 */
class MentionDaysWriter final
{
public:
    explicit MentionDaysWriter(const QSqlDatabase &db);

    /** The schema step that creates the summary, fills it and adds its triggers. */
    static Migration migration();

    /**
     * Adds the dated expressions of an article just written, given as the (first, last) ISO days
     * of each (one pair per expression); first folds in what lies between the summary and it.
     */
    bool add(qint64 article, const QString &country, const QList<std::pair<QString, QString>> &days);
    QString lastError() const { return m_error; }

private:
    bool fail(const RowInserter &q);

    RowInserter m_catchUp;
    RowInserter m_upsert;
    RowInserter m_upTo;
    QString m_error;
};

/** The last article id whose dated expressions the summary holds (0 when none or no summary). */
qint64 mentionDaysUpTo(const QSqlDatabase &db);

} // namespace parallax::store
