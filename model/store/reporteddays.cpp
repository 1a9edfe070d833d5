// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporteddays.h"

using namespace Qt::StringLiterals;

namespace parallax::store {

namespace {

// Counts the article `row` (NEW in a trigger) in its country and day.
QString addSql(const QString &row)
{
    return uR"(INSERT INTO reported_days(country, published, articles, first_article)
        VALUES (%1.country, %1.published, 1, %1.id)
        ON CONFLICT(country, published) DO UPDATE SET articles = articles + 1,
            first_article = min(first_article, excluded.first_article);)"_s.arg(row);
}

// Takes the article `row` (OLD in a trigger) out of its country and day: drops the emptied row,
// and where it was the lowest id finds the next one in the (country, published) index.
QString subtractSql(const QString &row)
{
    return uR"(UPDATE reported_days SET articles = articles - 1
            WHERE country = %1.country AND published = %1.published;
        DELETE FROM reported_days WHERE country = %1.country AND published = %1.published AND articles <= 0;
        UPDATE reported_days SET first_article = (SELECT min(id) FROM articles
                WHERE country = %1.country AND published = %1.published AND id <> %1.id)
            WHERE country = %1.country AND published = %1.published AND first_article = %1.id;)"_s.arg(row);
}

} // namespace

Migration reportedDaysMigration()
{
    return {u"timeline-1"_s, {
        uR"(CREATE TABLE reported_days (
              country TEXT NOT NULL,
              published TEXT NOT NULL,
              articles INTEGER NOT NULL,
              first_article INTEGER NOT NULL,
              PRIMARY KEY (country, published)) WITHOUT ROWID)"_s,
        uR"(INSERT INTO reported_days(country, published, articles, first_article)
              SELECT country, published, count(*), min(id) FROM articles INDEXED BY articles_country
              WHERE published IS NOT NULL GROUP BY country, published)"_s,
        u"CREATE TRIGGER reported_days_inserted AFTER INSERT ON articles WHEN NEW.published IS NOT NULL BEGIN %1 END"_s
            .arg(addSql(u"NEW"_s)),
        u"CREATE TRIGGER reported_days_deleted AFTER DELETE ON articles WHEN OLD.published IS NOT NULL BEGIN %1 END"_s
            .arg(subtractSql(u"OLD"_s)),
        // A change of country or date: out of the old row (when it had a date), into the new one.
        uR"(CREATE TRIGGER reported_days_moved_out AFTER UPDATE OF country, published ON articles
              WHEN OLD.published IS NOT NULL AND (OLD.country IS NOT NEW.country OR OLD.published IS NOT NEW.published)
              BEGIN %1 END)"_s.arg(subtractSql(u"OLD"_s)),
        uR"(CREATE TRIGGER reported_days_moved_in AFTER UPDATE OF country, published ON articles
              WHEN NEW.published IS NOT NULL AND (OLD.country IS NOT NEW.country OR OLD.published IS NOT NEW.published)
              BEGIN %1 END)"_s.arg(addSql(u"NEW"_s)),
    }};
}

} // namespace parallax::store
