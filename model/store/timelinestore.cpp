// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinestore.h"

#include "store/articledays.h"
#include "store/mentiondays.h"
#include "store/sqlitestatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>
#include <map>
#include <unordered_map>
#include <vector>

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

namespace {

constexpr qint64 unixEpoch = 2440588; // the Julian day of 1970-01-01

// The civil date of a Julian day in the proleptic Gregorian calendar (as QDate has it for years
// after 0), in integer arithmetic: years, months and their first days for every date counted.
void civil(qint64 jd, qint64 *year, unsigned *month, unsigned *day)
{
    const qint64 z = jd - unixEpoch + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *day = doy - (153 * mp + 2) / 5 + 1;
    *month = mp < 10 ? mp + 3 : mp - 9;
    *year = qint64(yoe) + era * 400 + (*month <= 2 ? 1 : 0);
}

qint64 julianDay(qint64 year, unsigned month, unsigned day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const auto yoe = unsigned(year - era * 400);
    const unsigned doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468 + unixEpoch;
}

// mentionSpan() on Julian days: one day, up to 92 days, or more.
int spanOfDays(qint64 first, qint64 last)
{
    return first == last ? 0 : last - first < 92 ? 1 : 2;
}

// bucketStart() on Julian days.
qint64 bucketStartDay(qint64 jd, TimeBucket bucket)
{
    qint64 year;
    unsigned month, day;
    switch (bucket) {
    case TimeBucket::Day: return jd;
    case TimeBucket::Week: return jd - ((jd % 7) + 7) % 7; // Julian day 0 was a Monday
    case TimeBucket::Month: civil(jd, &year, &month, &day); return jd - day + 1;
    case TimeBucket::Year: civil(jd, &year, &month, &day); return julianDay(year, 1, 1);
    }
    return jd;
}

// The day as the SQL over ISO text has it: SQLite writes a Monday before 0001-01-01 as year 0,
// which is no QDate.
QDate dayFrom(qint64 jd)
{
    static const qint64 first = QDate(1, 1, 1).toJulianDay();
    return jd < first ? QDate() : QDate::fromJulianDay(jd);
}

// The ends of a range of days in view as Julian days (open ends: no limit).
std::pair<qint64, qint64> dayLimits(QDate from, QDate to)
{
    return {from.isValid() ? from.toJulianDay() : std::numeric_limits<qint64>::min(),
            to.isValid() ? to.toJulianDay() : std::numeric_limits<qint64>::max()};
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

namespace {

// A filter by country and publication dates only: the reported_days summary answers it.
bool summarised(const ArticleFilter &filter)
{
    return filter.search.isEmpty() && !filter.ids;
}

// The WHERE of a summarised filter over reported_days (or the articles: the same column names).
QString dayWhere(const ArticleFilter &filter, QVariantList *values)
{
    QString where = u" WHERE published IS NOT NULL"_s;
    if (!filter.country.isEmpty()) {
        where += u" AND country = ?"_s;
        values->append(storedSource(filter.country));
    }
    if (filter.from.isValid()) {
        where += u" AND published >= ?"_s;
        values->append(filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        where += u" AND published <= ?"_s;
        values->append(filter.to.toString(Qt::ISODate));
    }
    return where;
}

} // namespace

std::optional<QList<ReportedCount>> TimelineStore::reported(const ArticleFilter &filter, TimeBucket bucket) const
{
    // Articles per country and day, in that order (a few thousand rows at most), summed into
    // buckets below.
    QList<ArticleDaysReader::PublishedDay> days;
    if (summarised(filter) || !m_packed) {
        QVariantList values;
        QString sql;
        if (summarised(filter)) {
            // One row per country and day, kept by triggers, in the order of its key.
            sql = u"SELECT country, published, articles, first_article FROM reported_days%1 ORDER BY country, published"_s
                      .arg(dayWhere(filter, &values));
        } else {
            QString where = whereClause(filter, &values);
            where += where.isEmpty() ? u" WHERE published IS NOT NULL"_s : u" AND published IS NOT NULL"_s;
            // Counted per day in SQL, in the order of the (country, published) index so that SQLite
            // needs no sort.
            sql = u"SELECT country, published, count(*), min(id) FROM articles INDEXED BY articles_country%1 "
                  "GROUP BY country, published"_s.arg(where);
        }
        // Read on the SQLite handle: some 30,000 rows for 100,000 articles over 15 years, which
        // took 40 ms through QVariant on a slow machine against about 8 this way.
        SqliteStatement q(m_db, sql);
        if (!q.bind(values)) {
            fail(explainSearchError(filter.search, q.error()));
            return std::nullopt;
        }
        RepeatedText country;
        int rc;
        while ((rc = q.step()) == SQLITE_ROW) {
            days.append({country(q.bytes(0)), QString::fromLatin1(q.bytes(1)), sqlite3_column_int(q.get(), 2),
                         sqlite3_column_int64(q.get(), 3)});
        }
        if (rc != SQLITE_DONE) {
            fail(explainSearchError(filter.search, q.error()));
            return std::nullopt;
        }
    } else {
        // A search or a set of ids: the same index walked once, each article tested in a set of
        // ids, rather than SQLite's test of each against the search's results.
        ArticleDaysReader reader = daysReader();
        auto counted = reader.publishedDays(filter);
        if (!counted) {
            fail(reader.lastError());
            return std::nullopt;
        }
        days = std::move(*counted);
    }
    QList<ReportedCount> out;
    // Days of one month (or year) share its first characters: parsed once per bucket, not per day.
    const qsizetype named = bucket == TimeBucket::Month ? 7 : bucket == TimeBucket::Year ? 4 : 10;
    QString lastName;
    QDate start;
    for (const ArticleDaysReader::PublishedDay &d : std::as_const(days)) {
        if (bucket == TimeBucket::Week || QStringView(d.day).left(named) != lastName) {
            lastName = d.day.left(named);
            start = bucketStart(QDate::fromString(d.day, Qt::ISODate), bucket);
        }
        if (!out.isEmpty() && out.last().country == d.country && out.last().bucket == start) {
            out.last().articles += d.articles;
            out.last().firstArticle = std::min(out.last().firstArticle, d.firstArticle);
        } else {
            out.append({d.country, start, d.articles, d.firstArticle});
        }
    }
    return out;
}

QStringList TimelineStore::countries(const ArticleFilter &filter) const
{
    ArticleFilter f = filter;
    f.from = f.to = QDate();
    if (!summarised(f) && m_packed) {
        ArticleDaysReader reader = daysReader();
        QStringList out;
        for (const ArticleDaysReader::PublishedDay &d : reader.publishedDays(f).value_or(QList<ArticleDaysReader::PublishedDay>{})) {
            if (out.isEmpty() || out.last() != d.country)
                out << d.country;
        }
        return out;
    }
    QVariantList values;
    QString where;
    if (summarised(f)) {
        where = dayWhere(f, &values);
    } else {
        where = whereClause(f, &values);
        where += where.isEmpty() ? u" WHERE published IS NOT NULL"_s : u" AND published IS NOT NULL"_s;
    }
    QSqlQuery q(m_db);
    q.prepare(u"SELECT DISTINCT country FROM %1%2 ORDER BY country"_s
                  .arg(summarised(f) ? u"reported_days"_s : u"articles"_s, where));
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
    if (!summarised(filter) && m_packed) {
        // A search or a set of ids: a test per article in the index of dates, from each end,
        // rather than a look-up of every selected article's row.
        ArticleDaysReader reader = daysReader();
        return reader.publishedExtent(filter).value_or(std::pair<QDate, QDate>{});
    }
    QVariantList values;
    QSqlQuery q(m_db);
    q.prepare(summarised(filter) ? u"SELECT min(published), max(published) FROM reported_days"_s + dayWhere(filter, &values)
                                 : u"SELECT min(published), max(published) FROM articles"_s + whereClause(filter, &values));
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

QString TimelineStore::mentionWhere(const ArticleFilter &filter, QDate from, QDate to, QVariantList *values,
                                    qint64 after) const
{
    // Past the summary: the rows after an article id, found in the primary key (the unary plus
    // keeps SQLite from walking the index of days instead).
    const QString days = after > 0 ? u"+t."_s : u"t."_s;
    QString where = u" WHERE %1first_day IS NOT NULL"_s.arg(days);
    if (after > 0) {
        where += u" AND t.article_id > ?"_s;
        values->append(after);
    }
    if (from.isValid()) {
        where += u" AND %1last_day >= ?"_s.arg(days);
        values->append(from.toString(Qt::ISODate));
    }
    if (to.isValid()) {
        where += u" AND %1first_day <= ?"_s.arg(days);
        values->append(to.toString(Qt::ISODate));
    }
    if (!filter.isEmpty())
        where += u" AND t.article_id IN (SELECT id FROM articles%1)"_s.arg(whereClause(filter, values));
    return where;
}

qint64 TimelineStore::summarisedUpTo(const ArticleFilter &filter) const
{
    ArticleFilter rest = filter;
    rest.country.clear();
    return rest.isEmpty() ? mentionDaysUpTo(m_db) : 0;
}

bool TimelineStore::anythingPast(qint64 upTo) const
{
    // One look in the primary key: the writer keeps the summary up to date, so usually nothing.
    if (upTo <= 0)
        return true;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT 1 FROM time_expressions WHERE article_id > ? LIMIT 1"_s);
    q.addBindValue(upTo);
    return !q.exec() || q.next();
}

QString TimelineStore::summaryWhere(const ArticleFilter &filter, QDate from, QDate to, QVariantList *values) const
{
    QString where = u" WHERE 1"_s;
    if (!filter.country.isEmpty()) {
        where += u" AND t.country = ?"_s;
        values->append(storedSource(filter.country));
    }
    if (from.isValid()) {
        where += u" AND t.last_day >= ?"_s;
        values->append(from.toString(Qt::ISODate));
    }
    if (to.isValid()) {
        where += u" AND t.first_day <= ?"_s;
        values->append(to.toString(Qt::ISODate));
    }
    return where;
}

std::optional<QList<MentionedDate>> TimelineStore::mentioned(const ArticleFilter &filter, QDate from, QDate to,
                                                           int limit) const
{
    if (!hasMentions())
        return QList<MentionedDate>{};
    if (!filter.isEmpty() && packedDays()) {
        // The articles with a date in view, from their packed days: SQLite then looks up a few
        // articles' expressions instead of first listing every article the filter selects.
        const auto [low, high] = dayLimits(from, to);
        ArticleFilter inView;
        inView.ids = QList<qint64>{};
        ArticleDaysReader reader = daysReader();
        const bool read = reader.read(filter, [&, low = low, high = high](const ArticleDays &a) {
            for (int i = 0; i < a.pairs; ++i) {
                if (a.days[2 * i + 1] >= low && a.days[2 * i] <= high) {
                    inView.ids->append(a.article);
                    return;
                }
            }
        });
        if (!read) {
            fail(reader.lastError());
            return std::nullopt;
        }
        TimelineStore direct(m_db);
        direct.setReadPackedDays(false);
        auto out = direct.mentioned(inView, from, to, limit);
        if (!out)
            fail(direct.lastError());
        return out;
    }
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
    const qint64 upTo = summarisedUpTo(filter);
    int total = 0;
    QSqlQuery q(m_db);
    if (upTo > 0) {
        QVariantList values;
        q.prepare(u"SELECT coalesce(sum(t.mentions), 0) FROM mention_days t"_s + summaryWhere(filter, from, to, &values));
        bind(q, values);
        if (!q.exec() || !q.next())
            return fail(q.lastError().databaseText()), std::nullopt;
        total = q.value(0).toInt();
    }
    if (!anythingPast(upTo))
        return total;
    if (upTo == 0 && packedDays())
        return packedCount(filter, from, to);
    QVariantList values;
    q.prepare(u"SELECT count(*) FROM time_expressions t"_s + mentionWhere(filter, from, to, &values, upTo));
    bind(q, values);
    if (!q.exec() || !q.next()) {
        fail(explainSearchError(filter.search, q.lastError().databaseText()));
        return std::nullopt;
    }
    return total + q.value(0).toInt();
}

namespace {

// The span as mentionSpan() has it (a day, up to 92 days, more) and the first day of the bucket
// of each row's first day in view, over rows aliased t with first_day and last_day.
QString spanAndBucket(TimeBucket bucket, QDate from, QVariantList *values)
{
    // the first day in view: ISO dates compare as text
    QString day = u"t.first_day"_s;
    if (from.isValid()) {
        day = u"max(t.first_day, ?)"_s;
        values->append(from.toString(Qt::ISODate));
    }
    QString start;
    switch (bucket) {
    case TimeBucket::Day: start = day; break;
    case TimeBucket::Week: start = u"date(%1, '-6 days', 'weekday 1')"_s.arg(day); break; // the Monday
    case TimeBucket::Month: start = u"substr(%1, 1, 7) || '-01'"_s.arg(day); break;
    case TimeBucket::Year: start = u"substr(%1, 1, 4) || '-01-01'"_s.arg(day); break;
    }
    return u"CASE WHEN t.first_day = t.last_day THEN 0 "
           "WHEN julianday(t.last_day) - julianday(t.first_day) < 92 THEN 1 ELSE 2 END AS span, %1 AS bucket"_s
        .arg(start);
}

using CountKey = std::tuple<int, QString, QDate>;

// Adds a row (span, country, bucket, mentions, articles, first article) to the counts; article
// counts of disjoint sets of articles add up, an unknown one (-1) stays unknown.
void merge(std::map<CountKey, MentionedCount> &counts, const MentionedCount &m)
{
    auto [it, inserted] = counts.try_emplace(CountKey{int(m.span), m.country, m.bucket}, m);
    if (!inserted) {
        MentionedCount &c = it->second;
        c.mentions += m.mentions;
        c.articles = c.articles < 0 || m.articles < 0 ? -1 : c.articles + m.articles;
        c.firstArticle = std::min(c.firstArticle, m.firstArticle);
    }
}

void merge(std::map<CountKey, MentionedCount> &counts, const QSqlQuery &q, int articles)
{
    MentionedCount m;
    m.span = MentionSpan(q.value(0).toInt());
    m.bucket = isoDate(q.value(1));
    m.country = q.value(2).toString();
    m.mentions = q.value(3).toInt();
    m.articles = articles;
    m.firstArticle = q.value(5).toLongLong();
    merge(counts, m);
}

// The summary's rows of a view grouped by span, country and bucket as spanAndBucket() groups them
// in SQL, on the SQLite handle: some 23,000 rows at 100,000 articles, which SQL's julianday() and
// GROUP BY took 44 ms over and a walk takes a few.
bool groupSummary(const QSqlDatabase &db, const QString &where, const QVariantList &values, TimeBucket bucket,
                  QDate from, std::map<CountKey, MentionedCount> &counts, QString *error)
{
    SqliteStatement q(db, u"SELECT t.first_day, t.last_day, t.country, t.mentions, t.articles, t.first_article "
                          "FROM mention_days t"_s + where);
    if (!q.bind(values))
        return *error = q.error(), false;
    const qint64 low = from.isValid() ? from.toJulianDay() : std::numeric_limits<qint64>::min();
    struct Group
    {
        MentionedCount count;
        int rows = 0;
    };
    std::map<CountKey, Group> groups;
    RepeatedText country;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        const qint64 first = columnDay(q.get(), 0);
        const qint64 last = columnDay(q.get(), 1);
        if (first == 0 || last == 0) {
            *error = u"a date the summary holds is not an ISO date: %1"_s.arg(QString::fromUtf8(q.bytes(0)));
            return false;
        }
        MentionedCount m;
        m.span = MentionSpan(spanOfDays(first, last));
        m.bucket = dayFrom(bucketStartDay(std::max(first, low), bucket)); // from the first day in view
        m.country = country(q.bytes(2));
        m.mentions = sqlite3_column_int(q.get(), 3);
        m.articles = sqlite3_column_int(q.get(), 4);
        m.firstArticle = sqlite3_column_int64(q.get(), 5);
        auto [it, inserted] = groups.try_emplace(CountKey{int(m.span), m.country, m.bucket}, Group{m, 1});
        if (!inserted) {
            Group &g = it->second;
            g.count.mentions += m.mentions;
            g.count.articles += m.articles;
            g.count.firstArticle = std::min(g.count.firstArticle, m.firstArticle);
            ++g.rows;
        }
    }
    if (rc != SQLITE_DONE)
        return *error = q.error(), false;
    // A bucket's distinct articles are known when one (first, last day) row makes it.
    for (auto &[key, g] : groups) {
        if (g.rows != 1)
            g.count.articles = -1;
        merge(counts, g.count);
    }
    return true;
}

QList<MentionedCount> sorted(std::map<CountKey, MentionedCount> counts)
{
    QList<MentionedCount> out;
    out.reserve(qsizetype(counts.size()));
    for (auto &[key, c] : counts)
        out.append(std::move(c));
    return out;
}

} // namespace

std::optional<QList<MentionedCount>> TimelineStore::mentionedCounts(const ArticleFilter &filter, QDate from,
                                                                   QDate to, TimeBucket bucket) const
{
    if (!hasMentions())
        return QList<MentionedCount>{};
    std::map<CountKey, MentionedCount> counts;
    const qint64 upTo = summarisedUpTo(filter);
    if (upTo > 0) {
        // An unfiltered view (or one country), from the summary: a few rows per day mentioned,
        // not one per date.
        // A bucket's distinct articles are known when one (first, last day) row makes it; the
        // same article may count in several rows, so a sum of them would overcount.
        QVariantList values;
        const QString where = summaryWhere(filter, from, to, &values);
        if (QString error; !groupSummary(m_db, where, values, bucket, from, counts, &error))
            return fail(error), std::nullopt;
    }
    if (!anythingPast(upTo))
        return sorted(std::move(counts));
    if (upTo == 0 && packedDays())
        return packedCounts(filter, from, to, bucket);
    QVariantList values;
    const QString columns = spanAndBucket(bucket, from, &values);
    const QString where = mentionWhere(filter, from, to, &values, upTo);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Past the summary the dates are found by article id. Otherwise (a filtered view, or no
    // summary), as densities are asked for when many dates are in view, the articles are walked
    // in the (country, published) index, which holds the country without reading the article
    // rows and their bodies, and each article's dates are found by its key: three times faster
    // than a lookup of every date's article.
    const QString tables = upTo > 0 ? u"time_expressions t JOIN articles a ON a.id = t.article_id"_s
                                    : u"articles a INDEXED BY articles_country CROSS JOIN time_expressions t "
                                      "ON t.article_id = a.id"_s;
    q.prepare(u"SELECT %1, a.country, count(*), count(DISTINCT t.article_id), min(t.article_id) "
              "FROM %2%3 GROUP BY span, a.country, bucket"_s.arg(columns, tables, where));
    bind(q, values);
    if (!q.exec()) {
        fail(explainSearchError(filter.search, q.lastError().databaseText()));
        return std::nullopt;
    }
    while (q.next())
        merge(counts, q, q.value(4).toInt());
    return sorted(std::move(counts));
}

std::pair<QDate, QDate> TimelineStore::mentionExtent(const ArticleFilter &filter) const
{
    if (!hasMentions())
        return {};
    const qint64 upTo = summarisedUpTo(filter);
    if (upTo == 0 && packedDays())
        return packedExtent(filter);
    QVariantList values;
    QSqlQuery q(m_db);
    const QString summary = upTo > 0 ? u"SELECT min(t.first_day) AS f, max(t.last_day) AS l FROM mention_days t"_s
            + summaryWhere(filter, {}, {}, &values) + u" UNION ALL "_s
                                     : QString();
    const QString tail = u"SELECT min(t.first_day) AS f, max(t.last_day) AS l FROM time_expressions t"_s
        + mentionWhere(filter, {}, {}, &values, upTo);
    q.prepare(upTo > 0 ? u"SELECT min(f), max(l) FROM (%1%2)"_s.arg(summary, tail) : tail);
    bind(q, values);
    if (!q.exec() || !q.next())
        return {};
    return {isoDate(q.value(0)), isoDate(q.value(1))};
}

void TimelineStore::reuseSelections()
{
    m_selections = std::make_shared<ArticleSelections>();
}


ArticleDaysReader TimelineStore::daysReader() const
{
    ArticleDaysReader reader(m_db);
    reader.shareSelections(m_selections);
    return reader;
}

bool TimelineStore::packedDays() const
{
    return m_packed && ArticleDaysReader(m_db).isAvailable();
}


namespace {

// The first day of the bucket after the one that starts on `start`.
qint64 nextBucketStart(qint64 start, TimeBucket bucket)
{
    qint64 year;
    unsigned month, day;
    switch (bucket) {
    case TimeBucket::Day: return start + 1;
    case TimeBucket::Week: return start + 7;
    case TimeBucket::Month: civil(start, &year, &month, &day); return month == 12 ? julianDay(year + 1, 1, 1) : julianDay(year, month + 1, 1);
    case TimeBucket::Year: civil(start, &year, &month, &day); return julianDay(year + 1, 1, 1);
    }
    return start + 1;
}

// Counts of mentioned dates per span, country and bucket, for the packed days. Over a bounded
// range of days (a view) the cells are a table by bucket, each day's bucket found from the last
// one or by a binary search of their first days; over open ends, a hash of the bucket's first day.
class PackedCounter final
{
public:
    PackedCounter(qint64 low, qint64 high, TimeBucket bucket)
        : m_low(low)
        , m_bucket(bucket)
    {
        constexpr qint64 mostBuckets = 100000;
        const qint64 open = std::numeric_limits<qint64>::max();
        if (low == -open - 1 || high == open || high - low > mostBuckets)
            return;
        for (qint64 d = bucketStartDay(low, bucket); d <= high; d = nextBucketStart(d, bucket))
            m_starts.push_back(d);
    }

    void add(qint64 article, int country, qint64 first, qint64 last)
    {
        const int span = spanOfDays(first, last);
        const qint64 day = std::max(first, m_low);
        Count *c = nullptr;
        if (!m_starts.empty()) {
            const size_t n = m_starts.size();
            if (day < m_starts[m_at] || (m_at + 1 < n && day >= m_starts[m_at + 1]))
                m_at = size_t(std::upper_bound(m_starts.cbegin(), m_starts.cend(), day) - m_starts.cbegin()) - 1;
            const size_t cell = (size_t(country) * 3 + size_t(span)) * n + m_at;
            if (cell >= m_cells.size())
                m_cells.resize((size_t(country) + 1) * 3 * n);
            c = &m_cells[cell];
        } else {
            const qint64 start = bucketStartDay(day, m_bucket);
            c = &m_found[quint64(span) << 62 | quint64(country) << 40 | (quint64(start) & ((quint64(1) << 40) - 1))];
        }
        ++c->mentions;
        if (c->last != article) {
            ++c->articles;
            c->last = article;
            c->first = c->first == 0 ? article : std::min(c->first, article);
        }
    }

    /** The counts, countries named by `countries`, ordered by span, country and bucket. */
    QList<MentionedCount> counts(const QStringList &countries) const
    {
        std::map<CountKey, MentionedCount> out;
        auto put = [&](int span, int country, qint64 start, const Count &c) {
            MentionedCount m;
            m.span = MentionSpan(span);
            m.country = countries.at(country);
            m.bucket = dayFrom(start);
            m.mentions = c.mentions;
            m.articles = c.articles;
            m.firstArticle = c.first;
            out.emplace(CountKey{span, m.country, m.bucket}, m);
        };
        const size_t n = m_starts.size();
        for (size_t cell = 0; cell < m_cells.size(); ++cell) {
            if (m_cells[cell].mentions > 0)
                put(int(cell / n % 3), int(cell / n / 3), m_starts[cell % n], m_cells[cell]);
        }
        for (const auto &[key, c] : m_found)
            put(int(key >> 62), int((key >> 40) & ((1 << 22) - 1)), qint64(key & ((quint64(1) << 40) - 1)), c);
        return sorted(std::move(out));
    }

private:
    struct Count
    {
        int mentions = 0;
        int articles = 0;
        qint64 first = 0; ///< the lowest article
        qint64 last = 0;  ///< the article counted last: an article's dates are visited together
    };
    qint64 m_low;
    TimeBucket m_bucket;
    std::vector<qint64> m_starts; ///< the first days of the buckets in view, when bounded
    size_t m_at = 0;              ///< the bucket of the day counted last
    std::vector<Count> m_cells;   ///< by country, span and bucket
    std::unordered_map<quint64, Count> m_found; ///< by span (2 bits), country (22 bits), first day (40 bits)
};

} // namespace

std::optional<QList<MentionedCount>> TimelineStore::packedCounts(const ArticleFilter &filter, QDate from, QDate to,
                                                                 TimeBucket bucket) const
{
    const auto [low, high] = dayLimits(from, to);
    PackedCounter counter(low, high, bucket);
    ArticleDaysReader reader = daysReader();
    const bool read = reader.read(filter, [&, low = low, high = high](const ArticleDays &a) {
        for (int i = 0; i < a.pairs; ++i) {
            const qint64 first = a.days[2 * i];
            const qint64 last = a.days[2 * i + 1];
            if (last >= low && first <= high)
                counter.add(a.article, a.country, first, last);
        }
    });
    if (!read) {
        fail(reader.lastError());
        return std::nullopt;
    }
    return counter.counts(reader.countries());
}

std::optional<int> TimelineStore::packedCount(const ArticleFilter &filter, QDate from, QDate to) const
{
    int total = 0;
    const auto [low, high] = dayLimits(from, to);
    ArticleDaysReader reader = daysReader();
    const bool read = reader.read(filter, [&, low = low, high = high](const ArticleDays &a) {
        for (int i = 0; i < a.pairs; ++i)
            total += a.days[2 * i + 1] >= low && a.days[2 * i] <= high ? 1 : 0;
    });
    if (!read) {
        fail(reader.lastError());
        return std::nullopt;
    }
    return total;
}

std::pair<QDate, QDate> TimelineStore::packedExtent(const ArticleFilter &filter) const
{
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    ArticleDaysReader reader = daysReader();
    const bool read = reader.read(filter, [&](const ArticleDays &a) {
        for (int i = 0; i < a.pairs; ++i) {
            first = std::min<qint64>(first, a.days[2 * i]);
            last = std::max<qint64>(last, a.days[2 * i + 1]);
        }
    });
    if (!read || first > last)
        return {};
    return {dayFrom(first), dayFrom(last)};
}

} // namespace parallax::store
