// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articledays.h"

#include "store/cjksearch.h"
#include "store/sqlitestatement.h"

#include <QHash>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <tuple>

using namespace Qt::StringLiterals;

namespace parallax::store {

namespace {

QByteArray pack(std::vector<std::pair<qint32, qint32>> &days)
{
    std::sort(days.begin(), days.end());
    QByteArray out(qsizetype(days.size() * 2 * sizeof(qint32)), Qt::Uninitialized);
    char *p = out.data();
    for (const auto &[first, last] : days) {
        qToLittleEndian<qint32>(first, p);
        qToLittleEndian<qint32>(last, p + sizeof(qint32));
        p += 2 * sizeof(qint32);
    }
    return out;
}

const QString upsertSql = u"INSERT OR REPLACE INTO article_days(article_id, country, days) VALUES (?, ?, ?)"_s;

// Fills the table from time_expressions: the countries from the (country, published) index, the
// days from the index of days (both far smaller than the tables), grouped by article in memory.
bool fill(const QSqlDatabase &qdb, QString *error)
{
    sqlite3 *db = sqliteHandle(qdb);
    if (!db)
        return *error = u"the corpus is not open on SQLite"_s, false;
    QHash<qint64, QString> countries;
    {
        SqliteStatement q(db, u"SELECT id, country FROM articles INDEXED BY articles_country"_s);
        int rc;
        while ((rc = q.step()) == SQLITE_ROW) {
            countries.insert(sqlite3_column_int64(q.get(), 0),
                             QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q.get(), 1)),
                                               sqlite3_column_bytes(q.get(), 1)));
        }
        if (rc != SQLITE_DONE)
            return *error = q.error(), false;
    }
    std::vector<std::tuple<qint64, qint32, qint32>> rows;
    {
        SqliteStatement q(db, u"SELECT article_id, first_day, last_day FROM time_expressions INDEXED BY time_expressions_days "
                        "WHERE first_day IS NOT NULL AND last_day IS NOT NULL"_s);
        int rc;
        while ((rc = q.step()) == SQLITE_ROW)
            rows.emplace_back(sqlite3_column_int64(q.get(), 0), qint32(columnDay(q.get(), 1)), qint32(columnDay(q.get(), 2)));
        if (rc != SQLITE_DONE)
            return *error = q.error(), false;
    }
    std::sort(rows.begin(), rows.end());
    RowInserter insert(qdb, upsertSql);
    std::vector<std::pair<qint32, qint32>> days;
    for (size_t i = 0; i < rows.size();) {
        const qint64 article = std::get<0>(rows[i]);
        days.clear();
        for (; i < rows.size() && std::get<0>(rows[i]) == article; ++i)
            days.emplace_back(std::get<1>(rows[i]), std::get<2>(rows[i]));
        const auto country = countries.constFind(article);
        if (country == countries.cend())
            continue; // expressions of an article that is gone
        if (!insert.bind(article).bind(*country).bindBlob(pack(days)).exec())
            return *error = insert.lastError(), false;
    }
    return true;
}

} // namespace

qint64 julianDayOf(QStringView iso)
{
    return julianDay(iso.utf16(), iso.size());
}

Migration ArticleDaysWriter::migration()
{
    // An article's expressions changed by anything but the writer (which clears the mark as it
    // writes the article's row): the reader takes them from time_expressions.
    const QString mark = u"INSERT OR IGNORE INTO article_days_stale(article_id) VALUES (%1.article_id)"_s;
    const QString live = u"EXISTS (SELECT 1 FROM articles WHERE id = OLD.article_id)"_s;
    Migration m{u"timeline-2"_s, {
        uR"(CREATE TABLE article_days (
              article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
              country TEXT NOT NULL,
              days BLOB NOT NULL))"_s,
        u"CREATE TABLE article_days_stale (article_id INTEGER PRIMARY KEY)"_s,
        uR"(CREATE TRIGGER article_days_country AFTER UPDATE OF country ON articles
              WHEN OLD.country IS NOT NEW.country BEGIN
              UPDATE article_days SET country = NEW.country WHERE article_id = NEW.id;
            END)"_s,
        u"CREATE TRIGGER article_days_article_deleted AFTER DELETE ON articles BEGIN "
        "DELETE FROM article_days_stale WHERE article_id = OLD.id; END"_s,
        u"CREATE TRIGGER article_days_inserted AFTER INSERT ON time_expressions "
        "WHEN NEW.first_day IS NOT NULL BEGIN %1; END"_s.arg(mark.arg(u"NEW"_s)),
        // A cascade from a deleted article finds it gone: nothing to mark.
        u"CREATE TRIGGER article_days_deleted AFTER DELETE ON time_expressions "
        "WHEN OLD.first_day IS NOT NULL AND %1 BEGIN %2; END"_s.arg(live, mark.arg(u"OLD"_s)),
        u"CREATE TRIGGER article_days_updated AFTER UPDATE OF article_id, first_day, last_day ON time_expressions "
        "BEGIN INSERT OR IGNORE INTO article_days_stale(article_id) SELECT OLD.article_id WHERE %1; %2; END"_s
            .arg(live, mark.arg(u"NEW"_s)),
    }};
    m.fill = fill;
    return m;
}

ArticleDaysWriter::ArticleDaysWriter(const QSqlDatabase &db)
    : m_upsert(db, upsertSql)
    , m_remove(db, u"DELETE FROM article_days WHERE article_id = ?"_s)
    , m_fresh(db, u"DELETE FROM article_days_stale WHERE article_id = ?"_s)
    , m_enabled(ArticleDaysReader(db).isAvailable())
{
}

bool ArticleDaysWriter::fail(const RowInserter &q)
{
    m_error = u"cannot store the days mentioned: %1"_s.arg(q.lastError());
    return false;
}

bool ArticleDaysWriter::write(qint64 article, const QString &country, const QList<std::pair<QDate, QDate>> &days)
{
    if (!m_enabled)
        return true;
    if (days.isEmpty())
        return (m_remove.bind(article).exec() || fail(m_remove)) && (m_fresh.bind(article).exec() || fail(m_fresh));
    std::vector<std::pair<qint32, qint32>> packed;
    packed.reserve(size_t(days.size()));
    for (const auto &[first, last] : days)
        packed.emplace_back(qint32(first.toJulianDay()), qint32(last.toJulianDay()));
    if (!m_upsert.bind(article).bind(country).bindBlob(pack(packed)).exec())
        return fail(m_upsert);
    return m_fresh.bind(article).exec() || fail(m_fresh);
}

std::vector<qint64> ArticleSelection::ids() const
{
    std::vector<qint64> out;
    for (size_t w = 0; w < m_bits.size(); ++w) {
        for (quint64 bits = m_bits[w]; bits; bits &= bits - 1)
            out.push_back(qint64(w * 64) + qCountTrailingZeroBits(bits));
    }
    return out;
}

void ArticleSelection::intersect(const std::vector<qint64> &ids)
{
    std::vector<quint64> bits;
    for (qint64 id : ids) {
        if (id < 0)
            continue;
        if (size_t(id) / 64 >= bits.size())
            bits.resize(size_t(id) / 64 + 1);
        bits[size_t(id) / 64] |= quint64(1) << (id % 64);
    }
    if (!m_all) {
        bits.resize(std::min(bits.size(), m_bits.size()));
        for (size_t w = 0; w < bits.size(); ++w)
            bits[w] &= m_bits[w];
    }
    m_bits = std::move(bits);
    m_all = false;
}

ArticleDaysReader::ArticleDaysReader(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool ArticleDaysReader::isAvailable() const
{
    QSqlQuery q(m_db);
    return q.exec(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'article_days'"_s) && q.next();
}

int ArticleDaysReader::countryIndex(const char *utf8, int size)
{
    const QByteArrayView key(utf8, size);
    if (m_lastCountry < m_countryKeys.size() && m_countryKeys[m_lastCountry] == key)
        return int(m_lastCountry);
    for (size_t i = 0; i < m_countryKeys.size(); ++i) {
        if (m_countryKeys[i] == key)
            return int(m_lastCountry = i);
    }
    m_lastCountry = m_countryKeys.size();
    m_countryKeys.emplace_back(key.toByteArray());
    m_countries.append(QString::fromUtf8(key));
    return int(m_countryKeys.size() - 1);
}

namespace {

bool selectIds(sqlite3 *db, const QString &sql, const QVariantList &values, ArticleSelection *selection, QString *error)
{
    SqliteStatement q(db, sql);
    q.bind(values);
    std::vector<qint64> ids;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        ids.push_back(sqlite3_column_int64(q.get(), 0));
    if (rc != SQLITE_DONE)
        return *error = q.error(), false;
    selection->intersect(ids);
    return true;
}

bool selectAll(sqlite3 *db, const ArticleFilter &filter, ArticleSelection *selection, QString *error)
{
    if (filter.ids)
        selection->intersect(std::vector<qint64>(filter.ids->cbegin(), filter.ids->cend()));
    if (filter.from.isValid() || filter.to.isValid()) {
        ArticleFilter dates;
        dates.from = filter.from;
        dates.to = filter.to;
        QVariantList values;
        if (!selectIds(db, u"SELECT id FROM articles"_s + whereClause(dates, &values), values, selection, error))
            return false;
    }
    if (!filter.search.isEmpty()) {
        QVariantList values;
        const QString sql = searchIds(filter.search, &values);
        if (!selectIds(db, sql, values, selection, error))
            return false;
    }
    return true;
}

bool sameSelection(const ArticleFilter &a, const ArticleFilter &b)
{
    return a.search == b.search && a.ids == b.ids && a.from == b.from && a.to == b.to;
}

// The same articles read: the same selection and the same country.
bool sameArticles(const ArticleFilter &a, const ArticleFilter &b)
{
    return sameSelection(a, b) && a.country == b.country;
}

// Fewer selected articles than this are looked up one by one; more, and the table is read through.
constexpr size_t lookupsUpTo = 2000;

} // namespace

// The articles a filter selects by everything but its country: its search, its ids and its
// publication dates.
sqlite3 *ArticleDaysReader::select(const ArticleFilter &filter, const ArticleSelection **selection)
{
    sqlite3 *db = sqliteHandle(m_db);
    if (!db) {
        m_error = u"the corpus is not open on SQLite"_s;
        return nullptr;
    }
    if (m_selections) {
        for (const auto &[made, selected] : m_selections->m_made) {
            if (sameSelection(made, filter)) {
                *selection = &selected;
                return db;
            }
        }
    }
    ArticleSelection made;
    QString detail;
    if (!selectAll(db, filter, &made, &detail)) {
        m_error = explainSearchError(filter.search, detail);
        return nullptr;
    }
    ArticleSelections &kept = m_selections ? *m_selections : m_own;
    if (!m_selections)
        kept.m_made.clear();
    kept.m_made.emplace_back(filter, std::move(made));
    *selection = &kept.m_made.back().second;
    return db;
}

bool ArticleDaysReader::read(const ArticleFilter &filter, const std::function<void(const ArticleDays &)> &visit)
{
    if (!m_selections)
        return readStored(filter, visit);
    auto kept = std::find_if(m_selections->m_days.begin(), m_selections->m_days.end(), [&filter](const auto &d) {
        return sameArticles(d.filter, filter);
    });
    if (kept == m_selections->m_days.end()) {
        // Read once and kept: the articles visited with their days, the countries by this reader's indexes.
        ArticleSelections::Days days;
        days.filter = filter;
        const bool stored = readStored(filter, [&days](const ArticleDays &a) {
            days.articles.push_back({a.article, a.country, days.days.size(), a.pairs});
            days.days.insert(days.days.end(), a.days, a.days + 2 * a.pairs);
        });
        if (!stored)
            return false;
        days.countries = m_countries;
        m_selections->m_days.push_back(std::move(days));
        kept = std::prev(m_selections->m_days.end());
    }
    std::vector<int> country; // the kept indexes as this reader's
    for (const QString &c : std::as_const(kept->countries)) {
        const QByteArray utf8 = c.toUtf8();
        country.push_back(countryIndex(utf8.constData(), int(utf8.size())));
    }
    ArticleDays a;
    for (const ArticleSelections::Visited &v : kept->articles) {
        a.article = v.article;
        a.country = country[size_t(v.country)];
        a.days = kept->days.data() + v.first;
        a.pairs = v.pairs;
        visit(a);
    }
    return true;
}

bool ArticleDaysReader::readStored(const ArticleFilter &filter, const std::function<void(const ArticleDays &)> &visit)
{
    const ArticleSelection *selected = nullptr;
    sqlite3 *db = select(filter, &selected);
    if (!db)
        return false;
    const ArticleSelection &selection = *selected;
    std::vector<qint64> stale;
    {
        SqliteStatement q(db, u"SELECT article_id FROM article_days_stale"_s);
        while (q.step() == SQLITE_ROW)
            stale.push_back(sqlite3_column_int64(q.get(), 0));
        std::sort(stale.begin(), stale.end());
    }
    const std::vector<qint64> few = selection.all() ? std::vector<qint64>{} : selection.ids();
    const bool lookups = !selection.all() && few.size() <= lookupsUpTo;
    const QString country = filter.country.isEmpty() ? QString() : u" AND country = ?"_s;
    SqliteStatement q(db, lookups ? u"SELECT article_id, country, days FROM article_days WHERE article_id = ?%1"_s.arg(country)
                            : u"SELECT article_id, country, days FROM article_days WHERE 1%1"_s.arg(country));
    if (!filter.country.isEmpty())
        q.bind(lookups ? QVariantList{0, storedSource(filter.country)} : QVariantList{storedSource(filter.country)});
    ArticleDays a;
    auto row = [&] {
        a.article = sqlite3_column_int64(q.get(), 0);
        if (!selection.contains(a.article) || std::binary_search(stale.cbegin(), stale.cend(), a.article))
            return;
        a.country = countryIndex(reinterpret_cast<const char *>(sqlite3_column_text(q.get(), 1)),
                                 sqlite3_column_bytes(q.get(), 1));
        const auto *blob = static_cast<const uchar *>(sqlite3_column_blob(q.get(), 2));
        a.pairs = sqlite3_column_bytes(q.get(), 2) / int(2 * sizeof(qint32));
        m_buffer.resize(size_t(a.pairs) * 2);
        if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
            if (a.pairs > 0)
                std::memcpy(m_buffer.data(), blob, m_buffer.size() * sizeof(qint32));
        } else {
            for (size_t i = 0; i < m_buffer.size(); ++i)
                m_buffer[i] = qFromLittleEndian<qint32>(blob + i * sizeof(qint32));
        }
        a.days = m_buffer.data();
        visit(a);
    };
    int rc = SQLITE_DONE;
    if (lookups) {
        for (qint64 id : few) {
            sqlite3_bind_int64(q.get(), 1, id);
            while ((rc = q.step()) == SQLITE_ROW)
                row();
            sqlite3_reset(q.get());
            if (rc != SQLITE_DONE)
                break;
        }
    } else {
        while ((rc = q.step()) == SQLITE_ROW)
            row();
    }
    if (rc != SQLITE_DONE) {
        m_error = q.error();
        return false;
    }
    std::vector<qint64> staleSelected;
    std::copy_if(stale.cbegin(), stale.cend(), std::back_inserter(staleSelected),
                 [&selection](qint64 id) { return selection.contains(id); });
    return staleSelected.empty() || readStale(filter, staleSelected, visit);
}

std::optional<std::pair<QDate, QDate>> ArticleDaysReader::publishedExtent(const ArticleFilter &filter)
{
    if (m_selections && !filter.from.isValid() && !filter.to.isValid()) {
        // The days already walked for the whole filter hold the extent.
        for (const auto &[walked, days] : m_selections->m_published) {
            if (!sameArticles(walked, filter))
                continue;
            QString first, last;
            for (const PublishedDay &d : days) {
                first = first.isEmpty() ? d.day : std::min(first, d.day);
                last = std::max(last, d.day);
            }
            return std::pair{QDate::fromString(first, Qt::ISODate), QDate::fromString(last, Qt::ISODate)};
        }
    }
    const ArticleSelection *selected = nullptr;
    sqlite3 *db = select(filter, &selected);
    if (!db)
        return std::nullopt;
    const ArticleSelection &selection = *selected;
    // Within a country its (country, published) index is in date order too.
    const QString sql = filter.country.isEmpty()
        ? u"SELECT id, published FROM articles INDEXED BY articles_published WHERE published IS NOT NULL "
          "ORDER BY published %1"_s
        : u"SELECT id, published FROM articles INDEXED BY articles_country WHERE country = ? AND published IS NOT NULL "
          "ORDER BY published %1"_s;
    std::pair<QDate, QDate> extent;
    for (QDate *end : {&extent.first, &extent.second}) {
        SqliteStatement q(db, sql.arg(end == &extent.first ? u"ASC"_s : u"DESC"_s));
        if (!filter.country.isEmpty())
            q.bind({storedSource(filter.country)});
        int rc;
        while ((rc = q.step()) == SQLITE_ROW) {
            if (selection.contains(sqlite3_column_int64(q.get(), 0))) {
                *end = QDate::fromJulianDay(columnDay(q.get(), 1));
                break;
            }
        }
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
            m_error = q.error();
            return std::nullopt;
        }
    }
    return extent;
}

std::optional<QList<PublishedDay>> ArticleDaysReader::publishedDays(const ArticleFilter &filter)
{
    if (!m_selections)
        return walkPublished(filter);
    // The whole filter walked once and kept; a range of dates is taken from it.
    ArticleFilter whole = filter;
    whole.from = whole.to = QDate();
    auto kept = std::find_if(m_selections->m_published.cbegin(), m_selections->m_published.cend(), [&whole](const auto &w) {
        return sameArticles(w.first, whole);
    });
    if (kept == m_selections->m_published.cend()) {
        auto walked = walkPublished(whole);
        if (!walked)
            return std::nullopt;
        m_selections->m_published.emplace_back(whole, std::move(*walked));
        kept = std::prev(m_selections->m_published.cend());
    }
    if (!filter.from.isValid() && !filter.to.isValid())
        return kept->second;
    const QString from = filter.from.isValid() ? filter.from.toString(Qt::ISODate) : QString();
    const QString to = filter.to.isValid() ? filter.to.toString(Qt::ISODate) : QString();
    QList<PublishedDay> out;
    for (const PublishedDay &d : kept->second) {
        if ((from.isEmpty() || d.day >= from) && (to.isEmpty() || d.day <= to))
            out.append(d);
    }
    return out;
}

std::optional<QList<PublishedDay>> ArticleDaysReader::walkPublished(const ArticleFilter &filter)
{
    ArticleFilter selecting = filter; // the walk itself narrows to the dates
    selecting.from = selecting.to = QDate();
    const ArticleSelection *selected = nullptr;
    sqlite3 *db = select(selecting, &selected);
    if (!db)
        return std::nullopt;
    const ArticleSelection &selection = *selected;
    ArticleFilter within; // the index's own columns narrow the walk
    within.country = filter.country;
    within.from = filter.from;
    within.to = filter.to;
    QVariantList values;
    QString where = whereClause(within, &values);
    where += where.isEmpty() ? u" WHERE published IS NOT NULL"_s : u" AND published IS NOT NULL"_s;
    SqliteStatement q(db, u"SELECT country, published, id FROM articles INDEXED BY articles_country%1 "
                    "ORDER BY country, published"_s.arg(where));
    q.bind(values);
    QList<PublishedDay> out;
    QByteArray country, day;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(q.get(), 2);
        if (!selection.contains(id))
            continue;
        const QByteArrayView c(reinterpret_cast<const char *>(sqlite3_column_text(q.get(), 0)), sqlite3_column_bytes(q.get(), 0));
        const QByteArrayView d(reinterpret_cast<const char *>(sqlite3_column_text(q.get(), 1)), sqlite3_column_bytes(q.get(), 1));
        if (!out.isEmpty() && c == country && d == day) {
            ++out.last().articles;
            out.last().firstArticle = std::min(out.last().firstArticle, id);
            continue;
        }
        if (out.isEmpty() || c != country) {
            country = c.toByteArray();
            out.append({QString::fromUtf8(country), {}, 1, id});
        } else {
            out.append({out.last().country, {}, 1, id});
        }
        day = d.toByteArray();
        out.last().day = QString::fromUtf8(day);
    }
    if (rc != SQLITE_DONE) {
        m_error = q.error();
        return std::nullopt;
    }
    return out;
}


bool ArticleDaysReader::readStale(const ArticleFilter &filter, const std::vector<qint64> &articles,
                                  const std::function<void(const ArticleDays &)> &visit)
{
    QStringList ids;
    for (qint64 id : articles)
        ids << QString::number(id);
    QString sql = u"SELECT t.article_id, a.country, t.first_day, t.last_day FROM time_expressions t "
                  "JOIN articles a ON a.id = t.article_id WHERE t.article_id IN (%1) "
                  "AND t.first_day IS NOT NULL AND t.last_day IS NOT NULL"_s.arg(ids.join(u','));
    QVariantList values;
    if (!filter.country.isEmpty()) {
        sql += u" AND a.country = ?"_s;
        values << storedSource(filter.country);
    }
    SqliteStatement q(sqliteHandle(m_db), sql + u" ORDER BY t.article_id"_s);
    q.bind(values);
    ArticleDays a;
    auto flush = [&] {
        if (m_buffer.empty())
            return;
        a.pairs = int(m_buffer.size() / 2);
        a.days = m_buffer.data();
        visit(a);
        m_buffer.clear();
    };
    m_buffer.clear();
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        const qint64 article = sqlite3_column_int64(q.get(), 0);
        if (article != a.article)
            flush();
        a.article = article;
        a.country = countryIndex(reinterpret_cast<const char *>(sqlite3_column_text(q.get(), 1)),
                                 sqlite3_column_bytes(q.get(), 1));
        m_buffer.push_back(qint32(columnDay(q.get(), 2)));
        m_buffer.push_back(qint32(columnDay(q.get(), 3)));
    }
    flush();
    if (rc != SQLITE_DONE) {
        m_error = q.error();
        return false;
    }
    return true;
}

} // namespace parallax::store
