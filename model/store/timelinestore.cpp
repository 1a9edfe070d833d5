// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinestore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace parallax::store {

namespace {

QDate isoDate(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

void bind(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}

} // namespace

QDate bucketStart(QDate day, TimeBucket bucket)
{
    switch (bucket) {
    case TimeBucket::Day: return day;
    case TimeBucket::Week: return day.addDays(1 - day.dayOfWeek());
    case TimeBucket::Month: return QDate(day.year(), day.month(), 1);
    case TimeBucket::Year: return QDate(day.year(), 1, 1);
    }
    return day;
}

MentionSpan mentionSpan(QDate first, QDate last)
{
    const qint64 days = first.daysTo(last) + 1;
    return days <= 1 ? MentionSpan::Day : days <= 92 ? MentionSpan::Months : MentionSpan::Years;
}

TimelineStore::TimelineStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool TimelineStore::fail(const QString &detail) const
{
    m_error = detail;
    return false;
}

std::optional<QList<ReportedCount>> TimelineStore::reported(const ArticleFilter &filter, TimeBucket bucket) const
{
    QVariantList values;
    QString where = whereClause(filter, &values);
    where += where.isEmpty() ? u" WHERE published IS NOT NULL"_s : u" AND published IS NOT NULL"_s;
    // Counted per day in SQL, in the order of the (country, published) index so that SQLite
    // needs no sort; the days are then summed into buckets (a few thousand rows at most).
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT country, published, count(*), min(id) FROM articles INDEXED BY articles_country%1 "
              "GROUP BY country, published"_s.arg(where));
    bind(q, values);
    if (!q.exec()) {
        fail(explainSearchError(filter.search, q.lastError().databaseText()));
        return std::nullopt;
    }
    QList<ReportedCount> out;
    while (q.next()) {
        const QString country = q.value(0).toString();
        const QDate start = bucketStart(isoDate(q.value(1)), bucket);
        const qint64 id = q.value(3).toLongLong();
        if (!out.isEmpty() && out.last().country == country && out.last().bucket == start) {
            out.last().articles += q.value(2).toInt();
            out.last().firstArticle = std::min(out.last().firstArticle, id);
        } else {
            out.append({country, start, q.value(2).toInt(), id});
        }
    }
    return out;
}

QStringList TimelineStore::countries(const ArticleFilter &filter) const
{
    ArticleFilter f = filter;
    f.from = f.to = QDate();
    QVariantList values;
    QString where = whereClause(f, &values);
    where += where.isEmpty() ? u" WHERE published IS NOT NULL"_s : u" AND published IS NOT NULL"_s;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT DISTINCT country FROM articles%1 ORDER BY country"_s.arg(where));
    bind(q, values);
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

std::pair<QDate, QDate> TimelineStore::publishedExtent(const ArticleFilter &filter) const
{
    QVariantList values;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT min(published), max(published) FROM articles"_s + whereClause(filter, &values));
    bind(q, values);
    if (!q.exec() || !q.next())
        return {};
    return {isoDate(q.value(0)), isoDate(q.value(1))};
}

bool TimelineStore::hasMentions() const
{
    QSqlQuery q(m_db);
    return q.exec(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'time_expressions'"_s) && q.next();
}

QString TimelineStore::mentionWhere(const ArticleFilter &filter, QDate from, QDate to, QVariantList *values) const
{
    QString where = u" WHERE t.first_day IS NOT NULL"_s;
    if (from.isValid()) {
        where += u" AND t.last_day >= ?"_s;
        values->append(from.toString(Qt::ISODate));
    }
    if (to.isValid()) {
        where += u" AND t.first_day <= ?"_s;
        values->append(to.toString(Qt::ISODate));
    }
    if (!filter.isEmpty())
        where += u" AND t.article_id IN (SELECT id FROM articles%1)"_s.arg(whereClause(filter, values));
    return where;
}

std::optional<QList<MentionedDate>> TimelineStore::mentioned(const ArticleFilter &filter, QDate from, QDate to,
                                                           int limit) const
{
    if (!hasMentions())
        return QList<MentionedDate>{};
    QVariantList values;
    const QString where = mentionWhere(filter, from, to, &values);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // SQLite's substr counts code points; offsets are UTF-16, which agree for the BMP.
    q.prepare(u"SELECT t.article_id, a.country, a.published, t.start, t.end, t.surface, t.value, t.mod, "
              "t.first_day, t.last_day, s.start, s.end, substr(a.body, s.start + 1, s.end - s.start) "
              "FROM time_expressions t JOIN articles a ON a.id = t.article_id "
              "LEFT JOIN sentences s ON s.article_id = t.article_id AND s.idx = t.sentence"
              "%1 ORDER BY t.first_day, t.article_id, t.start LIMIT ?"_s.arg(where));
    bind(q, values);
    q.addBindValue(limit);
    if (!q.exec()) {
        fail(explainSearchError(filter.search, q.lastError().databaseText()));
        return std::nullopt;
    }
    QList<MentionedDate> out;
    while (q.next()) {
        MentionedDate m;
        m.article = q.value(0).toLongLong();
        m.country = q.value(1).toString();
        m.published = isoDate(q.value(2));
        m.span = {q.value(3).toInt(), q.value(4).toInt()};
        m.surface = q.value(5).toString();
        m.value = q.value(6).toString();
        m.mod = q.value(7).toString();
        m.firstDay = isoDate(q.value(8));
        m.lastDay = isoDate(q.value(9));
        m.sentence = {q.value(10).toInt(), q.value(11).toInt()};
        m.sentenceText = q.value(12).toString().simplified();
        out.append(m);
    }
    return out;
}

std::optional<int> TimelineStore::mentionCount(const ArticleFilter &filter, QDate from, QDate to) const
{
    if (!hasMentions())
        return 0;
    QVariantList values;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM time_expressions t"_s + mentionWhere(filter, from, to, &values));
    bind(q, values);
    if (!q.exec() || !q.next()) {
        fail(explainSearchError(filter.search, q.lastError().databaseText()));
        return std::nullopt;
    }
    return q.value(0).toInt();
}

std::optional<QList<MentionedCount>> TimelineStore::mentionedCounts(const ArticleFilter &filter, QDate from,
                                                                   QDate to, TimeBucket bucket) const
{
    if (!hasMentions())
        return QList<MentionedCount>{};
    QVariantList values;
    // the first day in view: ISO dates compare as text
    QString day = u"t.first_day"_s;
    if (from.isValid()) {
        day = u"max(t.first_day, ?)"_s;
        values.append(from.toString(Qt::ISODate));
    }
    QString start;
    switch (bucket) {
    case TimeBucket::Day: start = day; break;
    case TimeBucket::Week: start = u"date(%1, '-6 days', 'weekday 1')"_s.arg(day); break; // the Monday
    case TimeBucket::Month: start = u"substr(%1, 1, 7) || '-01'"_s.arg(day); break;
    case TimeBucket::Year: start = u"substr(%1, 1, 4) || '-01-01'"_s.arg(day); break;
    }
    const QString where = mentionWhere(filter, from, to, &values);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The span as mentionSpan() has it: a day, up to 92 days, more. Densities are asked for when
    // many dates are in view, so the articles are walked in the (country, published) index, which
    // holds the country without reading the article rows and their bodies, and each article's
    // dates are found by its key: three times faster than a lookup of every date's article.
    q.prepare(u"SELECT CASE WHEN t.first_day = t.last_day THEN 0 "
              "WHEN julianday(t.last_day) - julianday(t.first_day) < 92 THEN 1 ELSE 2 END AS span, "
              "a.country, %1 AS bucket, count(*), count(DISTINCT t.article_id), min(t.article_id) "
              "FROM articles a INDEXED BY articles_country CROSS JOIN time_expressions t ON t.article_id = a.id%2 "
              "GROUP BY span, a.country, bucket ORDER BY span, a.country, bucket"_s.arg(start, where));
    bind(q, values);
    if (!q.exec()) {
        fail(explainSearchError(filter.search, q.lastError().databaseText()));
        return std::nullopt;
    }
    QList<MentionedCount> out;
    while (q.next()) {
        MentionedCount m;
        m.span = MentionSpan(q.value(0).toInt());
        m.country = q.value(1).toString();
        m.bucket = isoDate(q.value(2));
        m.mentions = q.value(3).toInt();
        m.articles = q.value(4).toInt();
        m.firstArticle = q.value(5).toLongLong();
        out.append(m);
    }
    return out;
}

std::pair<QDate, QDate> TimelineStore::mentionExtent(const ArticleFilter &filter) const
{
    if (!hasMentions())
        return {};
    QVariantList values;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT min(t.first_day), max(t.last_day) FROM time_expressions t"_s
              + mentionWhere(filter, {}, {}, &values));
    bind(q, values);
    if (!q.exec() || !q.next())
        return {};
    return {isoDate(q.value(0)), isoDate(q.value(1))};
}

} // namespace parallax::store
