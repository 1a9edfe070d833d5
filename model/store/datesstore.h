// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/dates/timeexpression.h"
#include "store/schema.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <optional>

namespace parallax::store {

/** A time expression as stored: its article and the days its value covers (when it is a date). */
struct StoredTimeExpression
{
    qint64 article = 0;
    analysis::TimeExpression expression;
    QDate firstDay; ///< invalid for durations, sets and REF values
    QDate lastDay;
};

/**
 * The SQL of the dates area: the time_expressions table (migration "dates-1"), written with
 * each article by ArticleWriter inside the store's transaction and read by article or for the whole corpus.
 * Mentioned dates by range of days are read through TimelineStore::mentioned and its kin.
 * Works on the connection it is given, in the thread that owns it.
 */
class DatesStore final
{
public:
    explicit DatesStore(QSqlDatabase db);

    /** The schema step that creates the table and its indexes. */
    static Migration migration1();

    /** The expressions of one article, or of every article when none is given, in text order. */
    std::optional<QList<StoredTimeExpression>> expressions(std::optional<qint64> article = std::nullopt) const;
    /**
     * The same, one at a time in the same order, without holding them all: `visit` returns false
     * to stop. False on a database error.
     */
    bool forEachExpression(std::optional<qint64> article,
                           const std::function<bool(const StoredTimeExpression &)> &visit) const;

    QString lastError() const { return m_error; }

private:
    bool select(QSqlQuery &query, std::optional<qint64> article) const;

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace parallax::store
