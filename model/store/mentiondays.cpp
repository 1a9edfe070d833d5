// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentiondays.h"

#include <QMap>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace parallax::store {

namespace {

// Folds the dated expressions of the articles after `upto` (and before the bound, when given)
// into the summary; the article sets of the old and the new rows are disjoint, so article
// counts add up exactly.
QString catchUpSql(const QString &bound)
{
    return uR"(INSERT INTO mention_days(country, first_day, last_day, mentions, articles, first_article)
        SELECT a.country, t.first_day, t.last_day, count(*), count(DISTINCT t.article_id), min(t.article_id)
        FROM time_expressions t JOIN articles a ON a.id = t.article_id
        WHERE t.article_id > (SELECT upto FROM mention_days_state)%1 AND t.first_day IS NOT NULL
        GROUP BY a.country, t.first_day, t.last_day
        ON CONFLICT(country, first_day, last_day) DO UPDATE SET mentions = mentions + excluded.mentions,
            articles = articles + excluded.articles, first_article = min(first_article, excluded.first_article))"_s
        .arg(bound);
}

// Takes the dated expressions of the article `row` (OLD or NEW in a trigger) out of the rows of
// its country, drops the emptied rows and finds the next lowest article where it was the lowest.
QString subtractSql(const QString &row)
{
    return uR"(UPDATE mention_days SET mentions = mentions - d.n, articles = articles - 1
            FROM (SELECT first_day, last_day, count(*) AS n FROM time_expressions
                  WHERE article_id = %1.id AND first_day IS NOT NULL GROUP BY first_day, last_day) AS d
            WHERE mention_days.country = %1.country AND mention_days.first_day = d.first_day
              AND mention_days.last_day = d.last_day;
        DELETE FROM mention_days WHERE country = %1.country AND mentions <= 0;
        UPDATE mention_days SET first_article = (SELECT min(t.article_id) FROM time_expressions t
                JOIN articles a ON a.id = t.article_id
                WHERE t.first_day = mention_days.first_day AND t.last_day = mention_days.last_day
                  AND a.country = mention_days.country AND t.article_id <> %1.id)
            WHERE country = %1.country AND first_article = %1.id;)"_s.arg(row);
}

const QString upsertSql = uR"(INSERT INTO mention_days(country, first_day, last_day, mentions, articles, first_article)
    VALUES (?, ?, ?, ?, 1, ?)
    ON CONFLICT(country, first_day, last_day) DO UPDATE SET mentions = mentions + excluded.mentions,
        articles = articles + 1, first_article = min(first_article, excluded.first_article))"_s;

} // namespace

Migration MentionDaysWriter::migration()
{
    const QString covered = u"%1.id <= (SELECT upto FROM mention_days_state)"_s;
    return {u"dates-2"_s, {
        uR"(CREATE TABLE mention_days (
              country TEXT NOT NULL,
              first_day TEXT NOT NULL,
              last_day TEXT NOT NULL,
              mentions INTEGER NOT NULL,
              articles INTEGER NOT NULL,
              first_article INTEGER NOT NULL,
              PRIMARY KEY (country, first_day, last_day)) WITHOUT ROWID)"_s,
        u"CREATE TABLE mention_days_state (id INTEGER PRIMARY KEY CHECK (id = 1), upto INTEGER NOT NULL)"_s,
        u"INSERT INTO mention_days_state(id, upto) VALUES (1, 0)"_s,
        catchUpSql({}),
        u"UPDATE mention_days_state SET upto = coalesce((SELECT max(article_id) FROM time_expressions), 0)"_s,
        // Before the delete: the article's expressions are still there to subtract.
        u"CREATE TRIGGER mention_days_article_deleted BEFORE DELETE ON articles WHEN %1 BEGIN %2 END"_s
            .arg(covered.arg(u"OLD"_s), subtractSql(u"OLD"_s)),
        uR"(CREATE TRIGGER mention_days_country_changed AFTER UPDATE OF country ON articles
              WHEN OLD.country IS NOT NEW.country AND %1 BEGIN %2
              INSERT INTO mention_days(country, first_day, last_day, mentions, articles, first_article)
                SELECT NEW.country, first_day, last_day, count(*), 1, NEW.id FROM time_expressions
                WHERE article_id = NEW.id AND first_day IS NOT NULL GROUP BY first_day, last_day
                ON CONFLICT(country, first_day, last_day) DO UPDATE SET mentions = mentions + excluded.mentions,
                    articles = articles + 1, first_article = min(first_article, excluded.first_article);
              END)"_s.arg(covered.arg(u"OLD"_s), subtractSql(u"OLD"_s)),
    }};
}

MentionDaysWriter::MentionDaysWriter(const QSqlDatabase &db)
    : m_catchUp(db, catchUpSql(u" AND t.article_id < ?"_s))
    , m_upsert(db, upsertSql)
    , m_upTo(db, u"UPDATE mention_days_state SET upto = max(upto, ?)"_s)
{
}

bool MentionDaysWriter::fail(const RowInserter &q)
{
    m_error = u"cannot count the mentioned dates: %1"_s.arg(q.lastError());
    return false;
}

bool MentionDaysWriter::add(qint64 article, const QString &country, const QList<std::pair<QString, QString>> &days)
{
    if (days.isEmpty())
        return true;
    // Nothing to fold in when the summary is up to date: one look in the primary key.
    if (!m_catchUp.bind(article).exec())
        return fail(m_catchUp);
    QMap<std::pair<QString, QString>, int> counts;
    for (const auto &d : days)
        ++counts[d];
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!m_upsert.bind(country).bind(it.key().first).bind(it.key().second).bind(it.value()).bind(article).exec())
            return fail(m_upsert);
    }
    return m_upTo.bind(article).exec() || fail(m_upTo);
}

qint64 mentionDaysUpTo(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT upto FROM mention_days_state"_s) && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace parallax::store
