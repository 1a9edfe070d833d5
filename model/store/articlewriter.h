// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysis.h"
#include "core/article.h"
#include "store/articledays.h"
#include "store/mentiondays.h"
#include "store/rowinserter.h"

#include <QSqlDatabase>

namespace parallax::store {

/**
 * Writes a new article's row and the rows of what was found in it (sentences, paragraphs, time
 * expressions, framing hits) with statements prepared once per import. Entity mentions go through
 * EntityStore, which resolves the user's decisions. Runs inside the caller's transaction.
 */
class ArticleWriter final
{
public:
    explicit ArticleWriter(const QSqlDatabase &db);

    /** Inserts the article row and sets a.id; false and lastError() on failure. */
    bool insertArticle(Article &a, int words);
    /** The sentences, paragraphs, time expressions and framing hits of an article just inserted. */
    bool insertAnalysis(const Article &a, const analysis::AnalysisResult &analysis);
    QString lastError() const { return m_error; }

private:
    bool fail(const QString &what, const RowInserter &q);

    RowInserter m_article;
    RowInserter m_sentence;
    RowInserter m_paragraph;
    RowInserter m_timex;
    MentionDaysWriter m_mentionDays;
    ArticleDaysWriter m_articleDays;
    RowInserter m_framing;
    RowInserter m_pairing;
    QString m_error;
};

} // namespace parallax::store
