// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchrank.h"

#include "store/rowinserter.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace parallax::store {

namespace {

// FTS5's bm25() constants.
constexpr double k1 = 1.2;
constexpr double b = 0.75;

double idfOf(qint64 rows, qint64 hits)
{
    const double idf = std::log((double(rows) - double(hits) + 0.5) / (double(hits) + 0.5));
    return idf <= 0.0 ? 1e-6 : idf;
}

// What a query needs once, kept by FTS5 for the length of the query.
struct QueryData
{
    std::vector<double> idf; ///< per phrase; {1} when the one phrase's IDF is left out
    std::vector<double> freq;
    std::vector<double> weights; ///< per column
    double avgdl = 1;
    qint64 rows = 0;
    bool unscaled = false;
};

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *userData)
{
    ++*static_cast<qint64 *>(userData);
    return SQLITE_OK;
}

QueryData *queryData(const Fts5ExtensionApi *api, Fts5Context *fts, int nVal, sqlite3_value **values, int *rc)
{
    if (auto *data = static_cast<QueryData *>(api->xGetAuxdata(fts, 0)))
        return data;
    auto data = std::make_unique<QueryData>();
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    *rc = api->xRowCount(fts, &rows);
    if (*rc == SQLITE_OK)
        *rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (*rc != SQLITE_OK)
        return nullptr;
    data->rows = rows;
    for (int c = 0; c < api->xColumnCount(fts); ++c)
        data->weights.push_back(nVal > c ? sqlite3_value_double(values[c]) : 1.0);
    data->avgdl = rows > 0 ? double(tokens) / double(rows) : 1.0;
    const int phrases = api->xPhraseCount(fts);
    data->freq.assign(size_t(phrases), 0.0);
    if (phrases == 1) {
        data->idf = {1.0};
        data->unscaled = true;
    } else {
        for (int i = 0; i < phrases && *rc == SQLITE_OK; ++i) {
            qint64 hits = 0;
            *rc = api->xQueryPhrase(fts, i, &hits, countRow);
            data->idf.push_back(idfOf(rows, hits));
        }
    }
    if (*rc != SQLITE_OK)
        return nullptr;
    QueryData *raw = data.release();
    *rc = api->xSetAuxdata(fts, raw, [](void *p) { delete static_cast<QueryData *>(p); });
    return *rc == SQLITE_OK ? raw : nullptr;
}

void rankFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nVal,
                  sqlite3_value **values)
{
    SearchRank *self = static_cast<std::shared_ptr<SearchRank> *>(api->xUserData(fts))->get();
    int rc = SQLITE_OK;
    QueryData *data = queryData(api, fts, nVal, values, &rc);
    if (!data) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    // Each phrase's matches read from its own position list: cheaper than xInst, which first
    // merges all the phrases' lists into one.
    for (size_t phrase = 0; rc == SQLITE_OK && phrase < data->freq.size(); ++phrase) {
        double freq = 0;
        Fts5PhraseIter iter;
        int column = -1;
        int offset = 0;
        rc = api->xPhraseFirst(fts, int(phrase), &iter, &column, &offset);
        for (; rc == SQLITE_OK && column >= 0; api->xPhraseNext(fts, &iter, &column, &offset))
            freq += data->weights[size_t(column)];
        data->freq[phrase] = freq;
    }
    int length = self->length(api->xRowid(fts));
    if (rc == SQLITE_OK && length < 0)
        rc = api->xColumnSize(fts, -1, &length);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    const double norm = k1 * (1 - b + b * double(length) / data->avgdl);
    double score = 0;
    for (size_t i = 0; i < data->freq.size(); ++i)
        score += data->idf[i] * (data->freq[i] * (k1 + 1.0)) / (data->freq[i] + norm);
    const qint64 rowid = api->xRowid(fts);
    rc = self->ranked(api, fts, rowid, -score, data->unscaled, data->rows);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    sqlite3_result_double(ctx, -score);
}

// An SQLite varint (FTS5 stores each column's token count as one).
const unsigned char *readVarint(const unsigned char *p, const unsigned char *end, quint64 *value)
{
    quint64 v = 0;
    for (int i = 0; i < 9 && p < end; ++i) {
        if (i == 8) {
            *value = (v << 8) | *p;
            return p + 1;
        }
        v = (v << 7) | (*p & 0x7f);
        if (!(*p++ & 0x80))
            break;
    }
    *value = v;
    return p;
}

} // namespace

std::shared_ptr<SearchRank> SearchRank::install(const QSqlDatabase &db, const QString &table,
                                                const QString &function, const QByteArray &tokenizer,
                                                const QList<QByteArray> &tokenizerArgs, QString *error)
{
    sqlite3 *raw = sqliteHandle(db);
    fts5_api *api = fts5ApiOf(raw);
    if (!api) {
        *error = u"full-text ranking is not available on this connection"_s;
        return {};
    }
    auto rank = std::make_shared<SearchRank>(raw, table);
    rank->m_snippets = SnippetMaker::create(raw, tokenizer, tokenizerArgs, error);
    if (!rank->m_snippets)
        return {};
    auto *owner = new std::shared_ptr<SearchRank>(rank);
    const QByteArray name = function.toUtf8();
    if (api->xCreateFunction(api, name.constData(), owner, rankFunction,
                             [](void *p) { delete static_cast<std::shared_ptr<SearchRank> *>(p); })
        != SQLITE_OK) {
        delete owner;
        *error = u"cannot register the ranking function %1"_s.arg(function);
        return {};
    }
    return rank;
}

SearchRank::SearchRank(sqlite3 *db, const QString &table)
    : m_db(db)
    , m_table(table)
{
}

void SearchRank::startQuery(int keep, int snippetColumn, bool worstFirst)
{
    m_worstFirst = worstFirst;
    m_rowsRanked = 0;
    m_unscaled = false;
    m_queryRows = 0;
    m_keep = std::max(0, keep);
    m_snippetColumn = snippetColumn;
    m_best.clear();
    m_phraseTokens.clear();
}

// Whether a comes before b in the order asked for.
bool SearchRank::before(const Ranked &a, const Ranked &b) const
{
    const bool better = a.value < b.value || (a.value == b.value && a.rowid < b.rowid);
    const bool same = a.value == b.value && a.rowid == b.rowid;
    return m_worstFirst ? !better && !same : better;
}

int SearchRank::ranked(const Fts5ExtensionApi *api, Fts5Context *fts, qint64 rowid, double value,
                       bool oneUnscaledPhrase, qint64 rows)
{
    ++m_rowsRanked;
    m_unscaled = oneUnscaledPhrase;
    m_queryRows = rows;
    if (m_rowsRanked == 1) {
        for (int i = 0; i < api->xPhraseCount(fts); ++i)
            m_phraseTokens.push_back(api->xPhraseSize(fts, i));
    }
    if (m_keep == 0)
        return SQLITE_OK;
    Ranked row{rowid, value, {}};
    // The heap's comparison puts the worst kept row at its front.
    const auto comes = [this](const Ranked &a, const Ranked &b) { return before(a, b); };
    if (int(m_best.size()) == m_keep && !before(row, m_best.front()))
        return SQLITE_OK;
    for (int phrase = 0; phrase < int(m_phraseTokens.size()); ++phrase) {
        Fts5PhraseIter iter;
        int column = -1;
        int offset = 0;
        if (const int rc = api->xPhraseFirst(fts, phrase, &iter, &column, &offset); rc != SQLITE_OK)
            return rc;
        for (; column >= 0; api->xPhraseNext(fts, &iter, &column, &offset)) {
            if (column == m_snippetColumn)
                row.hits.push_back({phrase, offset});
        }
    }
    std::sort(row.hits.begin(), row.hits.end(), [](const PhraseHit &a, const PhraseHit &b) {
        return a.offset < b.offset || (a.offset == b.offset && a.phrase < b.phrase);
    });
    if (int(m_best.size()) == m_keep) {
        std::pop_heap(m_best.begin(), m_best.end(), comes);
        m_best.pop_back();
    }
    m_best.push_back(std::move(row));
    std::push_heap(m_best.begin(), m_best.end(), comes);
    return SQLITE_OK;
}

std::vector<SearchRank::Ranked> SearchRank::takeBest()
{
    std::vector<Ranked> out = std::move(m_best);
    m_best.clear();
    std::sort(out.begin(), out.end(), [this](const Ranked &a, const Ranked &b) { return before(a, b); });
    return out;
}

double SearchRank::scale(double value) const
{
    if (!m_unscaled)
        return -value;
    // One phrase: every matching row was ranked, so their number is the phrase's document count.
    return -value * idfOf(m_queryRows, m_rowsRanked);
}

// The table's totals as FTS5 keeps them (rows, then tokens per column), and its largest rowid.
bool SearchRank::counts(qint64 *rows, qint64 *tokens, qint64 *maxId, QString *error) const
{
    const QByteArray sql = u"SELECT (SELECT block FROM %1_data WHERE id = 1), "
                           "(SELECT coalesce(max(id), 0) FROM %1_docsize)"_s.arg(m_table).toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const bool ok = sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW;
    if (ok) {
        const auto *p = static_cast<const unsigned char *>(sqlite3_column_blob(stmt, 0));
        const unsigned char *end = p + sqlite3_column_bytes(stmt, 0);
        quint64 value = 0;
        *rows = 0;
        *tokens = 0;
        if (p && p < end) {
            p = readVarint(p, end, &value);
            *rows = qint64(value);
        }
        while (p && p < end) {
            p = readVarint(p, end, &value);
            *tokens += qint64(value);
        }
        *maxId = sqlite3_column_int64(stmt, 1);
    } else {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    sqlite3_finalize(stmt);
    return ok;
}

bool SearchRank::load(qint64 after, QString *error)
{
    const QByteArray sql = u"SELECT id, sz FROM %1_docsize WHERE id > ?"_s.arg(m_table).toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    sqlite3_bind_int64(stmt, 1, after);
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(stmt, 0);
        const auto *p = static_cast<const unsigned char *>(sqlite3_column_blob(stmt, 1));
        const unsigned char *end = p + sqlite3_column_bytes(stmt, 1);
        quint64 total = 0;
        while (p && p < end) {
            quint64 column = 0;
            p = readVarint(p, end, &column);
            total += column;
        }
        if (id < 0 || id > (qint64(1) << 32))
            continue; // the function asks FTS5 for this row's length instead
        if (size_t(id) >= m_lengths.size())
            m_lengths.resize(std::max(size_t(id) + 1, m_lengths.size() * 3 / 2), 0);
        m_lengths[size_t(id)] = quint32(std::min<quint64>(total, 0xfffffffe) + 1);
        ++m_rows;
        m_tokens += qint64(total);
        m_maxId = std::max(m_maxId, id);
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    return true;
}

bool SearchRank::refresh(QString *error)
{
    if (reload(error))
        return true;
    // Lengths that may be stale are not used: the function asks FTS5 for each row's instead.
    m_lengths.clear();
    m_rows = -1;
    m_tokens = 0;
    m_maxId = 0;
    m_dataVersion = -1;
    return false;
}

bool SearchRank::reload(QString *error)
{
    qint64 dataVersion = -1;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, "PRAGMA data_version", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW)
        dataVersion = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    const qint64 changes = sqlite3_total_changes64(m_db);
    if (m_rows >= 0 && dataVersion == m_dataVersion && changes == m_changes)
        return true;
    qint64 rows = 0;
    qint64 tokens = 0;
    qint64 maxId = 0;
    if (!counts(&rows, &tokens, &maxId, error))
        return false;
    // Articles are only ever added, so new rows are read from where the last load ended. When the
    // rows and tokens then differ from FTS5's totals, something else changed (a deletion, a
    // reused id): everything is read again.
    if (m_rows >= 0 && maxId > m_maxId && !load(m_maxId, error))
        return false;
    if (m_rows != rows || m_tokens != tokens || m_maxId != maxId) {
        m_lengths.clear();
        m_rows = 0;
        m_tokens = 0;
        m_maxId = 0;
        if (!load(0, error))
            return false;
    }
    m_dataVersion = dataVersion;
    m_changes = changes;
    return true;
}

} // namespace parallax::store
