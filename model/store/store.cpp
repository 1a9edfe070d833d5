// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "store/articlewriter.h"
#include "store/cjksearch.h"
#include "store/datesstore.h"
#include "store/entitystore.h"

#include "store/comparestore.h"
#include "store/sqlitestatement.h"
#include "store/schema.h"
#include "store/searchrank.h"
#include "store/wordformsearch.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QThread>
#include <QUrl>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <iterator>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace parallax::store {

namespace {

std::atomic<int> s_connectionCounter{0};

// The order of a sort key: its column, for an outlet or a country their articles by date, and
// the id last, all in the one direction, so that the key's index (whose entries end with the id)
// gives the whole order and SQLite never sorts.
QString orderBy(SortKey key, Qt::SortOrder order)
{
    const QString d = order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    switch (key) {
    case SortKey::Title: return u"title COLLATE NOCASE"_s + d + u", id"_s + d;
    case SortKey::Outlet: return u"outlet COLLATE NOCASE"_s + d + u", published"_s + d + u", id"_s + d;
    case SortKey::Country: return u"country"_s + d + u", published"_s + d + u", id"_s + d;
    case SortKey::Words: return u"words"_s + d + u", id"_s + d;
    case SortKey::Published:
    case SortKey::Relevance: // without a search, or one the full-text indexes cannot rank
        break;
    }
    return u"published"_s + d + u", id"_s + d;
}

// The index whose entries are in orderBy(key); none for the number of words.
QString sortIndex(SortKey key)
{
    switch (key) {
    case SortKey::Title: return u"articles_title"_s;
    case SortKey::Outlet: return u"articles_outlet"_s;
    case SortKey::Country: return u"articles_country"_s;
    case SortKey::Words: return {};
    case SortKey::Published:
    case SortKey::Relevance: break;
    }
    return u"articles_published"_s;
}

// A statement prepared the first time it is asked for; finish() it after use, so that it does not
// hold the corpus as it was (a read transaction) until it runs again.
QSqlQuery &preparedOnce(std::unique_ptr<QSqlQuery> &q, const QSqlDatabase &db, const QString &sql)
{
    if (!q) {
        q = std::make_unique<QSqlQuery>(db);
        q->setForwardOnly(true);
        q->prepare(sql);
    }
    return *q;
}

QList<Span> readSpans(QSqlQuery &q, qint64 id)
{
    QList<Span> spans;
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next())
            spans.append({q.value(0).toInt(), q.value(1).toInt()});
    }
    q.finish();
    return spans;
}

} // namespace

Store::Store()
    : m_connection(u"parallax-store-%1"_s.arg(s_connectionCounter.fetch_add(1)))
{
}

Store::~Store()
{
    close();
}

bool Store::fail(const QString &what, const QString &detail) const
{
    m_error = detail.isEmpty() ? what : u"%1: %2"_s.arg(what, detail);
    // The connection's last result says whose failure it was (set by the statement that failed;
    // a later successful call would have set SQLITE_OK).
    m_fault = Fault::Operation;
    if (sqlite3 *db = sqliteHandle(database())) {
        switch (sqlite3_extended_errcode(db) & 0xff) {
        case SQLITE_FULL: m_fault = Fault::DiskFull; break;
        case SQLITE_IOERR:
        case SQLITE_READONLY:
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
        case SQLITE_CANTOPEN:
        case SQLITE_NOMEM: m_fault = Fault::Storage; break;
        default: break;
        }
    }
    return false;
}

namespace {

// When the window's connection last waited for the write lock (steady clock, ms; -1: never).
std::atomic<qint64> windowWaitingAt{-1};

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// SQLite's busy handler for every connection: the lock is tried again every millisecond for the
// first second, then every 10 ms, about ten seconds in all. SQLite's own timeout sleeps up to
// 100 ms between tries, and an import that commits batch after batch takes the lock back within
// microseconds: a write of the window could wait seconds for a gap it kept sleeping through.
int waitForLock(void *fromWindow, int tries)
{
    if (tries >= 1900)
        return 0; // SQLITE_BUSY: "database is locked"
    if (fromWindow)
        windowWaitingAt.store(steadyMs(), std::memory_order_relaxed);
    sqlite3_sleep(tries < 1000 ? 1 : 10);
    return 1;
}

} // namespace

bool windowIsWaiting()
{
    // The window's busy handler stamps each try, every millisecond while it waits.
    const qint64 at = windowWaitingAt.load(std::memory_order_relaxed);
    return at >= 0 && steadyMs() - at <= 3;
}

bool windowWaitedLately()
{
    const qint64 at = windowWaitingAt.load(std::memory_order_relaxed);
    return at >= 0 && steadyMs() - at <= 3000;
}

void yieldToWindow()
{
    const qint64 start = steadyMs();
    while (windowIsWaiting() && steadyMs() - start < 200)
        sqlite3_sleep(1); // until the window has the lock (or has given up)
}

QString sqlErrorText(const QSqlError &error)
{
    // The driver's failed COMMIT carries SQLite's message but not its code; SQLite's messages
    // are not translated.
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    if ((numeric && code == SQLITE_FULL) || error.databaseText() == QLatin1StringView(sqlite3_errstr(SQLITE_FULL)))
        return u"the disk that holds the corpus is full"_s;
    if ((numeric && code == SQLITE_READONLY) || error.databaseText() == QLatin1StringView(sqlite3_errstr(SQLITE_READONLY)))
        return u"the corpus cannot be written (%1)"_s.arg(error.databaseText());
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool Store::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

bool Store::open(const QString &path)
{
    return openAtVersion(path, int(migrations().size()));
}

namespace {

// A corpus on a read-only disk or share, or in a folder that cannot be written: SQLite can make
// no write-ahead log or shared memory beside it, so it is read as a file nobody changes.
bool inReadOnlyPlace(const QString &path)
{
    if (path == u":memory:"_s)
        return false;
    const QFileInfo file(path);
    if (!file.isFile())
        return false;
    const QStorageInfo volume(file.absolutePath());
    if (volume.isValid() && volume.isReady() && volume.isReadOnly())
        return true;
    return !QFileInfo(file.absolutePath()).isWritable();
}

// The corpora this process keeps read-only (--read-only), by absolute path.
QMutex readOnlyMutex;
QSet<QString> keptReadOnly;

bool isKeptReadOnly(const QString &path)
{
    const QMutexLocker lock(&readOnlyMutex);
    return keptReadOnly.contains(QFileInfo(path).absoluteFilePath());
}

} // namespace

QString Store::readOnlyReason() const
{
    if (!m_readOnly)
        return {};
    return m_readOnlyPlace ? u"the corpus is read-only: it is on a read-only disk or in a folder that cannot be written"_s
                           : u"the corpus was opened for reading only"_s;
}

void Store::keepReadOnly(const QString &path)
{
    const QMutexLocker lock(&readOnlyMutex);
    keptReadOnly.insert(QFileInfo(path).absoluteFilePath());
}

bool Store::openAtVersion(const QString &path, int steps)
{
    close();
    m_deferIndexing = false;
    m_readOnly = false;
    m_error.clear();
    m_path = path;
    const bool unwritablePlace = inReadOnlyPlace(path);
    if (unwritablePlace) {
        // Changes still in a write-ahead log would be missed by a read that cannot use the log.
        if (QFileInfo(path + u"-wal"_s).size() > 0)
            return fail(u"cannot read the corpus %1"_s.arg(path),
                        u"it is in a folder that cannot be written, and its write-ahead log (%1-wal) holds changes "
                        "not yet in it: copy both to a folder you can write to"_s.arg(QFileInfo(path).fileName()));
    }
    m_readOnly = unwritablePlace || (path != u":memory:"_s && isKeptReadOnly(path));
    m_readOnlyPlace = unwritablePlace;
    if (m_readOnly && !QFileInfo(path).isFile())
        return fail(u"cannot read the corpus %1"_s.arg(path), u"there is no such file"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        if (m_readOnly) {
            // Where nothing can be written, a file nobody changes; elsewhere, read through the
            // write-ahead log as usual, since another program may be writing.
            db.setDatabaseName(u"file:%1?%2"_s.arg(QString::fromUtf8(QUrl::toPercentEncoding(path, "/")),
                                                   unwritablePlace ? u"immutable=1"_s : u"mode=ro"_s));
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=10000"_s);
        } else {
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        }
        if (!db.open()) {
            const QString detail = sqlErrorText(db.lastError());
            return fail(u"cannot open the corpus %1"_s.arg(path), detail);
        }
        const QCoreApplication *app = QCoreApplication::instance();
        const bool fromWindow = app && QThread::currentThread() == app->thread();
        if (sqlite3 *handle = sqliteHandle(db))
            sqlite3_busy_handler(handle, waitForLock, fromWindow ? handle : nullptr);
    }
    // A file that is not an SQLite database fails on its first read.
    QSqlQuery probe(database());
    if (!probe.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
        const QString detail = probe.lastError().databaseText();
        sqlite3 *db = sqliteHandle(database());
        const int code = db ? sqlite3_extended_errcode(db) & 0xff : SQLITE_ERROR;
        probe = QSqlQuery();
        close();
        if (code == SQLITE_NOTADB)
            return fail(u"%1 is not a Parallax corpus (not an SQLite database)"_s.arg(path), detail);
        // A corpus that cannot be read now: most often a full disk, on which SQLite cannot make
        // the shared-memory file that readers of a write-ahead log need. (A read-only disk or
        // folder was opened for reading only above.)
        const QStorageInfo volume(QFileInfo(path).absolutePath());
        const bool full = volume.isValid() && volume.isReady() && volume.bytesAvailable() < 1024 * 1024;
        const QString why = full ? u"%1 (the disk that holds it is full)"_s.arg(detail) : detail;
        return fail(u"cannot read the corpus %1"_s.arg(path), why);
    }
    probe = QSqlQuery();
    // Another program's database, or a corpus of a later version, is left exactly as it is:
    // migrating it would write this version's tables into it.
    if (QString why; !isOwnSchema(&why)) {
        close();
        return fail(u"%1 %2"_s.arg(path, why), QString());
    }
    if (m_readOnly) {
        // Read as it is: an earlier version's corpus cannot be brought up to date here.
        const QStringList applied = appliedMigrations();
        const auto &all = migrations();
        for (int i = 0; i < std::min<int>(steps, int(all.size())); ++i) {
            if (!applied.contains(all.at(i).name)) {
                const QString name = QFileInfo(path).fileName();
                close();
                return fail(u"cannot read the corpus %1"_s.arg(path),
                            u"an earlier version of Parallax made it, and it must be brought up to date, which "
                            "cannot be done where it is (a read-only disk or folder): copy %1 to a folder you can "
                            "write to"_s.arg(name));
            }
        }
        exec(u"PRAGMA temp_store=MEMORY"_s);
        if (QString error; !installWordForms(sqliteHandle(database()), &error)) {
            close();
            return fail(u"cannot read the corpus %1"_s.arg(path), error);
        }
        exec(u"PRAGMA query_only=ON"_s);
        m_deferIndexing = applied.contains(u"search-1"_s);
        return true;
    }
    if (path != u":memory:"_s)
        exec(u"PRAGMA journal_mode=WAL"_s);
    exec(u"PRAGMA synchronous=NORMAL"_s);
    exec(u"PRAGMA foreign_keys=ON"_s);
    // Each article is written inside a savepoint, whose journal of the pages it changes goes to
    // a temporary file past 64 KiB: kept in memory, the import makes no system call per page.
    exec(u"PRAGMA temp_store=MEMORY"_s);
    if (!migrate(steps)) {
        const QString err = m_error;
        close();
        m_error = err;
        return false;
    }
    if (QString error; !installWordForms(sqliteHandle(database()), &error)) {
        close();
        return fail(u"cannot open the corpus %1"_s.arg(path), error);
    }
    m_deferIndexing = appliedMigrations().contains(u"search-1"_s);
    return true;
}

namespace {

enum class Schema { Unreadable, Empty, Ours, Foreign };

// Whose database this is, read without changing it: a new one, a corpus (with the migrations it
// records in `applied`), or another program's.
Schema schemaOf(const QSqlDatabase &db, QStringList *applied, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT coalesce(sum(name = 'schema_migrations'), 0), count(*) FROM sqlite_master "
                "WHERE name NOT LIKE 'sqlite_%'"_s)
        || !q.next()) {
        *error = sqlErrorText(q.lastError());
        return Schema::Unreadable;
    }
    if (q.value(1).toInt() == 0)
        return Schema::Empty;
    if (q.value(0).toInt() == 0)
        return Schema::Foreign;
    if (!q.exec(u"SELECT name FROM schema_migrations"_s)) {
        *error = sqlErrorText(q.lastError());
        return Schema::Unreadable;
    }
    while (q.next())
        applied->append(q.value(0).toString());
    return Schema::Ours;
}

} // namespace

int Store::pendingMigrations(const QString &path)
{
    if (path == u":memory:"_s || !QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return -1;
    const QString connection = u"parallax-pending-%1"_s.arg(s_connectionCounter.fetch_add(1));
    int pending = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s);
        QStringList applied;
        QString error;
        const Schema schema = db.open() ? schemaOf(db, &applied, &error) : Schema::Unreadable;
        if (schema == Schema::Empty || schema == Schema::Ours) {
            pending = 0;
            for (const Migration &m : migrations())
                pending += applied.contains(m.name) ? 0 : 1;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return pending;
}

QSqlQuery &Store::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(database());
        q.prepare(sql);
        it = m_statements.insert(sql, q);
    }
    return *it;
}

void Store::close()
{
    m_entityWriter.reset();
    m_articleWriter.reset();
    m_rank.reset();
    m_trigramRank.reset();
    m_statements.clear(); // every query goes before its connection
    m_readArticle.reset();
    m_readSentences.reset();
    m_readParagraphs.reset();
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool Store::exec(const QString &sql)
{
    QSqlQuery q(database());
    if (!q.exec(sql))
        return fail(u"SQL failed (%1)"_s.arg(sql.simplified().left(80)), sqlErrorText(q.lastError()));
    return true;
}

int Store::schemaVersion() const
{
    QSqlQuery q(database());
    if (q.exec(u"PRAGMA user_version"_s) && q.next())
        return q.value(0).toInt();
    return -1;
}

QString Store::sqliteVersion() const
{
    QSqlQuery q(database());
    if (q.exec(u"SELECT sqlite_version()"_s) && q.next())
        return q.value(0).toString();
    return {};
}

QStringList Store::appliedMigrations() const
{
    QStringList names;
    QSqlQuery q(database());
    if (q.exec(u"SELECT name FROM schema_migrations ORDER BY rowid"_s)) {
        while (q.next())
            names << q.value(0).toString();
    }
    return names;
}

bool Store::isOwnSchema(QString *why)
{
    QStringList applied;
    QString error;
    switch (schemaOf(database(), &applied, &error)) {
    case Schema::Unreadable: *why = u"cannot be read: "_s + error; return false;
    case Schema::Foreign: *why = u"is an SQLite database of another program, not a Parallax corpus"_s; return false;
    case Schema::Empty: return true;
    case Schema::Ours: break;
    }
    QStringList known;
    for (const Migration &m : migrations())
        known << m.name;
    for (const QString &name : std::as_const(applied)) {
        if (!known.contains(name)) {
            *why = u"was made by a later version of Parallax (its schema has '%1'); open it with that version"_s.arg(name);
            return false;
        }
    }
    return true;
}

bool Store::migrate(int steps)
{
    if (!exec(u"CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"_s))
        return false;
    const QStringList applied = appliedMigrations();
    const auto &all = migrations();
    for (int i = 0; i < std::min<int>(steps, int(all.size())); ++i) {
        const Migration &m = all.at(i);
        if (applied.contains(m.name))
            continue;
        if (!beginTransaction())
            return false;
        for (const QString &sql : m.statements) {
            if (!exec(sql)) {
                const QString err = m_error;
                rollbackTransaction();
                return fail(u"schema migration '%1' failed"_s.arg(m.name), err);
            }
        }
        if (QString err; m.fill && !m.fill(database(), &err)) {
            rollbackTransaction();
            return fail(u"schema migration '%1' failed"_s.arg(m.name), err);
        }
        QSqlQuery q(database());
        q.prepare(u"INSERT INTO schema_migrations(name, applied_at) VALUES (?, ?)"_s);
        q.addBindValue(m.name);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!q.exec() || !exec(u"PRAGMA user_version = %1"_s.arg(appliedMigrations().size()))) {
            rollbackTransaction();
            return fail(u"schema migration '%1' could not be recorded"_s.arg(m.name), sqlErrorText(q.lastError()));
        }
        if (!commitTransaction())
            return false;
    }
    return true;
}

int Store::setPageCacheKiB(int kib)
{
    QSqlQuery q(database());
    if (!q.exec(u"PRAGMA cache_size"_s) || !q.next())
        return 0;
    const int pages = q.value(0).toInt();
    int before = -pages; // negative: KiB
    if (pages > 0 && q.exec(u"PRAGMA page_size"_s) && q.next())
        before = pages * q.value(0).toInt() / 1024;
    q.exec(u"PRAGMA cache_size = %1"_s.arg(-kib));
    return before;
}

int Store::setCheckpointPages(int pages)
{
    QSqlQuery q(database());
    if (!q.exec(u"PRAGMA wal_autocheckpoint"_s) || !q.next())
        return 0;
    const int before = q.value(0).toInt();
    q.exec(u"PRAGMA wal_autocheckpoint = %1"_s.arg(pages));
    return before;
}

bool Store::beginTransaction()
{
    if (m_readOnly)
        return fail(u"cannot write"_s, readOnlyReason());
    if (!database().transaction())
        return fail(u"cannot start a transaction"_s, sqlErrorText(database().lastError()));
    m_inTransaction = true;
    // The articles this transaction inserts are indexed for search together when it commits.
    if (m_deferIndexing && !exec(u"INSERT INTO fts_defer(marker) VALUES (1)"_s)) {
        const QString error = m_error;
        rollbackTransaction();
        return fail(u"cannot start a transaction"_s, error);
    }
    if (m_entityWriter)
        m_entityWriter->startBatch();
    return true;
}

bool Store::commitTransaction()
{
    if (m_deferIndexing && m_inTransaction && !indexPending())
        return false;
    if (!database().commit())
        return fail(u"cannot commit"_s, database().lastError().databaseText());
    m_inTransaction = false;
    return true;
}

bool Store::indexPending()
{
    const QString pending = u"FROM fts_pending p JOIN articles a ON a.id = p.id"_s;
    if (!exec(u"INSERT INTO articles_fts(rowid, title, body) SELECT a.id, a.title, a.body "_s + pending)
        || !exec(u"INSERT INTO articles_trigram(rowid, title, body) SELECT a.id, a.title, a.body "_s + pending
                 + u" WHERE a.language IN ('ja', 'zh', 'ko')"_s)
        || !exec(u"DELETE FROM fts_pending"_s) || !exec(u"DELETE FROM fts_defer"_s))
        return fail(u"cannot index the new articles for search"_s, m_error);
    return true;
}

void Store::rollbackTransaction()
{
    database().rollback();
    m_inTransaction = false;
}

QString Store::contentHash(const QString &body)
{
    return QString::fromLatin1(QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Store::InsertOutcome Store::insertArticle(Article &a, const analysis::AnalysisResult &analysis)
{
    if (a.contentHash.isEmpty())
        a.contentHash = contentHash(a.body);
    {
        QSqlQuery &dup = prepared(u"SELECT id FROM articles WHERE content_hash = ?"_s);
        dup.addBindValue(a.contentHash);
        const bool found = dup.exec() && dup.next();
        const qint64 existing = found ? dup.value(0).toLongLong() : 0;
        dup.finish();
        if (found) {
            a.id = existing;
            return InsertOutcome::Duplicate;
        }
    }
    auto run = [this](const QString &sql) {
        QSqlQuery &q = prepared(sql);
        return q.exec() || fail(u"SQL failed (%1)"_s.arg(sql), sqlErrorText(q.lastError()));
    };
    if (!run(u"SAVEPOINT article"_s))
        return InsertOutcome::Failed;
    auto undo = [&run] {
        run(u"ROLLBACK TO article"_s);
        run(u"RELEASE article"_s);
        return InsertOutcome::Failed;
    };
    if (!m_articleWriter)
        m_articleWriter = std::make_unique<ArticleWriter>(database());
    if (!m_articleWriter->insertArticle(a, analysis.wordCount >= 0 ? analysis.wordCount : a.wordCount())) {
        fail(m_articleWriter->lastError(), {});
        return undo();
    }
    // Outside a transaction of ours, other connections may have changed entities since the last
    // article: what the entity writer cached is only good inside one transaction.
    if (!m_inTransaction && m_entityWriter)
        m_entityWriter->startBatch();
    if (!writeAnalysis(a, analysis))
        return undo();
    if (!run(u"RELEASE article"_s))
        return undo();
    return InsertOutcome::Inserted;
}

bool Store::writeAnalysis(const Article &a, const analysis::AnalysisResult &analysis)
{
    // Each analysis area's rows, written with statements prepared once per connection. A failure
    // makes insertArticle roll the whole article back.
    if (!m_articleWriter->insertAnalysis(a, analysis))
        return fail(m_articleWriter->lastError(), {});
    if (!m_entityWriter)
        m_entityWriter = std::make_unique<EntityStore>(database());
    if (!m_entityWriter->insertMentions(a, analysis.entities))
        return fail(u"cannot store the entity mentions of %1"_s.arg(a.source), m_entityWriter->lastError());
    return true;
}

int Store::articleCount() const
{
    QSqlQuery q(database());
    if (q.exec(u"SELECT count(*) FROM articles"_s) && q.next())
        return q.value(0).toInt();
    return 0;
}

namespace {

} // namespace

QString searchIds(const QString &search, QVariantList *values)
{
    if (containsCjk(search))
        return cjkIds(search, values);
    values->append(search);
    return u"SELECT rowid FROM articles_fts WHERE articles_fts MATCH parallax_forms(?)"_s;
}

QString whereClause(const ArticleFilter &f, QVariantList *values)
{
    QStringList parts;
    if (!f.search.isEmpty())
        parts << u"id IN (%1)"_s.arg(searchIds(f.search, values));
    if (f.from.isValid()) {
        parts << u"published >= ?"_s;
        values->append(f.from.toString(Qt::ISODate));
    }
    if (f.to.isValid()) {
        parts << u"published <= ?"_s;
        values->append(f.to.toString(Qt::ISODate));
    }
    if (!f.country.isEmpty()) {
        parts << u"country = ?"_s;
        values->append(storedSource(f.country));
    }
    if (!f.outlet.isEmpty()) {
        parts << u"outlet = ? COLLATE NOCASE"_s;
        values->append(storedSource(f.outlet));
    }
    if (f.ids) {
        QStringList ids;
        for (qint64 id : *f.ids)
            ids << QString::number(id);
        parts << u"id IN (%1)"_s.arg(ids.isEmpty() ? u"NULL"_s : ids.join(u','));
    }
    return parts.isEmpty() ? QString() : u" WHERE "_s + parts.join(u" AND "_s);
}

namespace {

// The columns summaryFrom() reads, in its order: the article's, and the changed version that
// replaced it, if any.
const QString summaryColumns = u"id, source, title, outlet, country, language, published, date_provenance, words, "
                               "(SELECT article_id FROM article_revisions WHERE supersedes = articles.id)"_s;

ArticleSummary summaryFrom(const QSqlQuery &q)
{
    ArticleSummary s;
    s.id = q.value(0).toLongLong();
    s.source = q.value(1).toString();
    s.title = q.value(2).toString();
    s.outlet = q.value(3).toString();
    s.country = q.value(4).toString();
    s.language = q.value(5).toString();
    s.published = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    s.dateProvenance = provenanceFromName(q.value(7).toString());
    s.words = q.value(8).toInt();
    s.supersededBy = q.value(9).toLongLong();
    return s;
}

} // namespace

QList<ArticleSummary> Store::articles(SortKey key, Qt::SortOrder order, int offset, int limit) const
{
    return articles(ArticleFilter{}, key, order, offset, limit).value_or(QList<ArticleSummary>{});
}

namespace {

// A long list of articles (those naming an entity) without a search is not given to SQLite as a
// literal IN list, which it parses and then checks row by row in the table: the ids the other
// conditions select are read from an index instead, in publication order, and looked up in the
// sorted list. Below this length the list's own lookups cost less than reading the index.
constexpr qsizetype longIdList = 2000;

bool walksIndex(const ArticleFilter &filter)
{
    return filter.ids && filter.ids->size() > longIdList && filter.search.isEmpty();
}

} // namespace

bool Store::walkFilteredIds(const ArticleFilter &filter, const QString &order,
                            const std::function<bool(qint64)> &visit) const
{
    std::vector<qint64> ids(filter.ids->cbegin(), filter.ids->cend());
    std::sort(ids.begin(), ids.end());
    ArticleFilter rest = filter;
    rest.ids.reset();
    QVariantList values;
    // By country or outlet, SQLite reads the index by (country or outlet, published); otherwise
    // the one by date.
    const QString where = whereClause(rest, &values);
    SqliteStatement q(database(), u"SELECT id FROM articles"_s
                                      + (rest.country.isEmpty() && rest.outlet.isEmpty()
                                             ? u" INDEXED BY articles_published"_s
                                             : QString())
                                      + where + order);
    if (!q.bind(values))
        return fail(u"cannot read the articles"_s, q.error());
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(q.get(), 0);
        if (std::binary_search(ids.cbegin(), ids.cend(), id) && !visit(id))
            return true;
    }
    return rc == SQLITE_DONE || fail(u"cannot read the articles"_s, q.error());
}

bool Store::filteredIds(const ArticleFilter &filter, std::optional<std::vector<qint64>> *out) const
{
    out->reset();
    const bool wordSearch = !filter.search.isEmpty() && !containsCjk(filter.search);
    const bool longList = filter.ids && filter.ids->size() > longIdList;
    if ((!filter.search.isEmpty() && !wordSearch) || (!wordSearch && !longList))
        return true;
    const auto sorted = [](const QList<qint64> &list) {
        std::vector<qint64> v(list.cbegin(), list.cend());
        std::sort(v.begin(), v.end());
        return v;
    };
    std::vector<qint64> ids;
    if (wordSearch) {
        SqliteStatement q(database(), u"SELECT rowid FROM articles_fts WHERE articles_fts MATCH parallax_forms(?)"_s);
        q.bind({filter.search});
        int rc;
        while ((rc = q.step()) == SQLITE_ROW)
            ids.push_back(sqlite3_column_int64(q.get(), 0));
        if (rc != SQLITE_DONE)
            return fail(explainSearchError(filter.search, q.error()), {});
        if (!std::is_sorted(ids.begin(), ids.end()))
            std::sort(ids.begin(), ids.end());
        if (filter.ids) {
            const std::vector<qint64> listed = sorted(*filter.ids);
            std::vector<qint64> both;
            std::set_intersection(ids.begin(), ids.end(), listed.begin(), listed.end(), std::back_inserter(both));
            ids = std::move(both);
        }
    } else {
        ids = sorted(*filter.ids);
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    }
    ArticleFilter rest = filter;
    rest.search.clear();
    rest.ids.reset();
    QVariantList values;
    const QString where = whereClause(rest, &values);
    if (!where.isEmpty() && ids.size() > size_t(longIdList)) {
        // The dates and the country from their indexes (by date, or by country and date).
        SqliteStatement q(database(), u"SELECT id FROM articles"_s + where);
        if (!q.bind(values))
            return fail(u"cannot read the articles"_s, q.error());
        std::vector<qint64> allowed;
        int rc;
        while ((rc = q.step()) == SQLITE_ROW)
            allowed.push_back(sqlite3_column_int64(q.get(), 0));
        if (rc != SQLITE_DONE)
            return fail(u"cannot read the articles"_s, q.error());
        std::sort(allowed.begin(), allowed.end());
        std::vector<qint64> both;
        std::set_intersection(ids.begin(), ids.end(), allowed.begin(), allowed.end(), std::back_inserter(both));
        ids = std::move(both);
    }
    *out = std::move(ids);
    return true;
}

std::optional<QList<ArticleSummary>> Store::articles(const ArticleFilter &filter, SortKey key, Qt::SortOrder order,
                                                     int offset, int limit) const
{
    if (key == SortKey::Relevance && !filter.search.isEmpty() && (!containsCjk(filter.search) || trigramCanAnswer(filter.search)))
        return rankedArticles(filter, order, offset, limit);
    ArticleFilter narrowed = filter;
    std::optional<std::vector<qint64>> ids;
    if (!filteredIds(filter, &ids))
        return std::nullopt;
    if (ids && ids->size() > longIdList && !sortIndex(key).isEmpty()) {
        // Many articles (a search's matches, those naming an entity): the page's ids from a walk
        // of the sort key's index, then their rows. SQLite given the list (or the search) reads
        // and sorts every row it names: 100-200 ms for 66,000 of 100,000 articles.
        const qsizetype wanted = limit < 0 ? std::numeric_limits<qsizetype>::max() : limit;
        QList<qint64> page;
        int skip = offset;
        SqliteStatement q(database(), u"SELECT id FROM articles INDEXED BY %1 ORDER BY %2"_s.arg(sortIndex(key), orderBy(key, order)));
        int rc = SQLITE_DONE;
        while (page.size() < wanted && (rc = q.step()) == SQLITE_ROW) {
            const qint64 id = sqlite3_column_int64(q.get(), 0);
            if (!std::binary_search(ids->cbegin(), ids->cend(), id))
                continue;
            if (skip > 0)
                --skip;
            else
                page.append(id);
        }
        if (page.size() < wanted && rc != SQLITE_DONE) {
            fail(u"cannot read the articles"_s, q.error());
            return std::nullopt;
        }
        narrowed = ArticleFilter{};
        narrowed.ids = page;
        offset = 0;
    } else if (ids) {
        narrowed.search.clear();
        narrowed.ids = QList<qint64>(ids->cbegin(), ids->cend());
    }
    QVariantList values;
    const QString where = whereClause(narrowed, &values);
    QSqlQuery q(database());
    q.prepare(u"SELECT %1 FROM articles%2 ORDER BY %3 LIMIT ? OFFSET ?"_s.arg(summaryColumns, where, orderBy(key, order)));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec()) {
        fail(explainSearchError(filter.search, q.lastError().databaseText()), {});
        return std::nullopt;
    }
    QList<ArticleSummary> result;
    while (q.next())
        result.append(summaryFrom(q));
    if (key == SortKey::Relevance && containsCjk(filter.search)) {
        // One or two Japanese characters: a scan, newest first, with each match in context as
        // the ranked searches have it.
        QList<qint64> page;
        for (const ArticleSummary &a : std::as_const(result))
            page.append(a.id);
        const QHash<qint64, QString> snippets = scanSnippets(database(), filter.search, page);
        for (ArticleSummary &a : result)
            a.snippet = snippets.value(a.id);
    }
    return result;
}

std::optional<qint64> Store::neighbour(const ArticleFilter &filter, SortKey key, Qt::SortOrder order, qint64 id,
                                      int delta) const
{
    if (key == SortKey::Relevance && !filter.search.isEmpty())
        return std::nullopt;
    std::optional<std::vector<qint64>> ids;
    if (!filteredIds(filter, &ids))
        return std::nullopt;
    QString sql;
    QVariantList values;
    // As a page is read (articles()): a long list's ids, with the dates and the country applied,
    // against a walk of the order's index; a short one by SQL with the rest of the filter.
    const bool walk = ids && ids->size() > longIdList && !sortIndex(key).isEmpty();
    if (walk) {
        sql = u"SELECT id FROM articles INDEXED BY %1 ORDER BY %2"_s.arg(sortIndex(key), orderBy(key, order));
    } else {
        ArticleFilter rest = filter;
        if (ids) {
            rest.search.clear();
            rest.ids = QList<qint64>(ids->cbegin(), ids->cend());
        }
        sql = u"SELECT id FROM articles%1 ORDER BY %2"_s.arg(whereClause(rest, &values), orderBy(key, order));
    }
    SqliteStatement q(database(), sql);
    if (!q.bind(values)) {
        fail(u"cannot read the articles"_s, q.error());
        return std::nullopt;
    }
    qint64 previous = 0;
    bool found = false;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        const qint64 row = sqlite3_column_int64(q.get(), 0);
        if (walk && !std::binary_search(ids->cbegin(), ids->cend(), row))
            continue;
        if (found)
            return row;
        if (row == id) {
            if (delta < 0)
                return previous;
            found = true;
        } else {
            previous = row;
        }
    }
    if (rc != SQLITE_DONE) {
        fail(explainSearchError(filter.search, q.error()), {});
        return std::nullopt;
    }
    return found ? std::optional<qint64>(0) : std::nullopt;
}

std::optional<int> Store::articleCount(const ArticleFilter &filter_) const
{
    ArticleFilter filter = filter_;
    if (filter.ids && filter.ids->size() > longIdList && !filter.search.isEmpty() && !containsCjk(filter.search)) {
        // A search among an entity's articles: the matches and the list compared in memory.
        std::optional<std::vector<qint64>> ids;
        if (!filteredIds(filter, &ids))
            return std::nullopt;
        if (ids->size() > size_t(longIdList))
            return int(ids->size());
        filter.search.clear();
        filter.ids = QList<qint64>(ids->cbegin(), ids->cend());
    }
    // For the 99,557 articles of the most named entity of a 100,000-article corpus: 20-25 ms
    // against about 115 ms for the literal list.
    if (walksIndex(filter)) {
        int count = 0;
        if (!walkFilteredIds(filter, QString(), [&count](qint64) {
                ++count;
                return true;
            }))
            return std::nullopt;
        return count;
    }
    QVariantList values;
    QString sql;
    if (!filter.search.isEmpty() && !containsCjk(filter.search)) {
        // Counted in the full-text index, the rest of the filter joining the articles: reading
        // the matches into a list for "id IN" first took 130 ms for 66,000 of 100,000 articles.
        ArticleFilter rest = filter;
        rest.search.clear();
        values.append(filter.search);
        const QString where = whereClause(rest, &values);
        sql = where.isEmpty()
            ? u"SELECT count(*) FROM articles_fts WHERE articles_fts MATCH parallax_forms(?)"_s
            : u"SELECT count(*) FROM articles_fts JOIN articles ON articles.id = articles_fts.rowid "
              "WHERE articles_fts MATCH parallax_forms(?) AND "_s + where.mid(7);
    } else {
        sql = u"SELECT count(*) FROM articles"_s + whereClause(filter, &values);
    }
    QSqlQuery q(database());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        fail(explainSearchError(filter.search, q.lastError().databaseText()), {});
        return std::nullopt;
    }
    return q.value(0).toInt();
}

std::optional<Article> Store::article(qint64 id) const
{
    QSqlQuery &q = preparedOnce(m_readArticle, database(),
                                u"SELECT source, content_hash, title, title_provenance, dateline, outlet, outlet_provenance, "
                                "country, country_provenance, language, published, date_provenance, date_reason, "
                                "encoding, body FROM articles WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        q.finish();
        return std::nullopt;
    }
    Article a;
    a.id = id;
    a.source = q.value(0).toString();
    a.contentHash = q.value(1).toString();
    a.title = q.value(2).toString();
    a.titleProvenance = provenanceFromName(q.value(3).toString());
    a.dateline = q.value(4).toString();
    a.outlet = q.value(5).toString();
    a.outletProvenance = provenanceFromName(q.value(6).toString());
    a.country = q.value(7).toString();
    a.countryProvenance = provenanceFromName(q.value(8).toString());
    a.language = q.value(9).toString();
    a.published = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    a.dateProvenance = provenanceFromName(q.value(11).toString());
    a.dateReason = q.value(12).toString();
    a.encoding = q.value(13).toString();
    a.body = q.value(14).toString();
    q.finish();
    a.sentences = readSpans(preparedOnce(m_readSentences, database(),
                                         u"SELECT start, end FROM sentences WHERE article_id = ? ORDER BY idx"_s), id);
    a.paragraphs = readSpans(preparedOnce(m_readParagraphs, database(),
                                          u"SELECT start, end FROM paragraphs WHERE article_id = ? ORDER BY idx"_s), id);
    return a;
}

struct Store::Ranking
{
    std::shared_ptr<SearchRank> rank;
    std::vector<SearchRank::Ranked> best;
    bool cjk = false;

    QString snippet(const SearchRank::Ranked &r, QByteArrayView body) const
    {
        return rank->snippets().make(body, r.hits, rank->phraseTokens(), cjk ? 24 : 16, "\x02", "\x03",
                                     "\xe2\x80\xa6");
    }
};

std::optional<QList<SearchHit>> Store::search(const QString &query, int limit)
{
    const bool cjk = containsCjk(query);
    if (cjk && !trigramCanAnswer(query)) {
        QString error;
        auto hits = scanCjk(database(), query, limit, &error);
        if (!hits)
            fail(explainSearchError(query, error), {});
        return hits;
    }
    Ranking found;
    const Ranking *ranking = &found;
    if (!rank(query, ArticleFilter{}, limit, false, &found))
        return std::nullopt;
    QList<SearchHit> hits;
    if (ranking->best.empty())
        return hits;
    QStringList idList;
    for (const SearchRank::Ranked &r : ranking->best)
        idList << QString::number(r.rowid);
    SqliteStatement rows(database(),
                         u"SELECT id, title, published, body FROM articles WHERE id IN (%1)"_s.arg(idList.join(u',')));
    QHash<qint64, SearchHit> byId;
    QHash<qint64, QByteArray> bodies;
    int rc = SQLITE_ROW;
    while ((rc = rows.step()) == SQLITE_ROW) {
        SearchHit h;
        h.id = sqlite3_column_int64(rows.get(), 0);
        h.title = QString::fromUtf8(rows.bytes(1));
        h.published = QDate::fromString(QString::fromUtf8(rows.bytes(2)), Qt::ISODate);
        bodies.insert(h.id, rows.bytes(3).toByteArray());
        byId.insert(h.id, h);
    }
    if (rc != SQLITE_DONE) {
        fail(u"the search cannot read its articles: %1"_s.arg(rows.error()), {});
        return std::nullopt;
    }
    for (const SearchRank::Ranked &r : ranking->best) {
        auto it = byId.find(r.rowid);
        if (it == byId.end())
            continue;
        it->score = ranking->rank->scale(r.value);
        it->snippet = ranking->snippet(r, bodies.value(r.rowid));
        hits.append(*it);
    }
    return hits;
}

bool Store::rank(const QString &query, const ArticleFilter &rest, int keep, bool worstFirst, Ranking *out) const
{
    // Japanese, Chinese and Korean words are found inside compounds by the trigram index.
    const bool cjk = containsCjk(query);
    const QString table = cjk ? u"articles_trigram"_s : u"articles_fts"_s;
    const QString function = cjk ? u"parallax_rank_trigram"_s : u"parallax_rank"_s;
    std::shared_ptr<SearchRank> &rank = cjk ? m_trigramRank : m_rank;
    if (!rank) {
        QString error;
        rank = cjk ? SearchRank::install(database(), table, function, "trigram", {}, &error)
                   : SearchRank::install(database(), table, function, "unicode61", {"remove_diacritics", "2"}, &error);
        if (!rank) {
            fail(u"the search cannot run: %1"_s.arg(error), {});
            return false;
        }
    }
    // One pass of the match: the function ranks every row by BM25 and keeps the best `keep`
    // with where their phrases are; their snippets are then made from their text alone. The
    // rest of a filter joins the articles, and only the rows it lets through are ranked.
    QString lengthsError;
    rank->refresh(&lengthsError); // without the lengths in memory, FTS5 gives each row's
    rank->startQuery(keep, 1, worstFirst);
    QVariantList values{query};
    QString where = whereClause(rest, &values);
    // Plain words find their other forms too; the trigram index matches characters as written.
    const QString match = cjk ? u"?"_s : u"parallax_forms(?)"_s;
    const QString sql = where.isEmpty()
        ? u"SELECT %1(%2, 5.0, 1.0) FROM %2 WHERE %2 MATCH %3"_s.arg(function, table, match)
        : u"SELECT %1(%2, 5.0, 1.0) FROM %2 JOIN articles ON articles.id = %2.rowid WHERE %2 MATCH %3 AND %4"_s
              .arg(function, table, match, where.mid(7)); // without " WHERE "
    SqliteStatement ranking(database(), sql);
    ranking.bind(values);
    int rc = SQLITE_ROW;
    while ((rc = ranking.step()) == SQLITE_ROW) {
    }
    if (rc != SQLITE_DONE) {
        fail(explainSearchError(query, ranking.error()), {});
        return false;
    }
    *out = Ranking{rank, rank->takeBest(), cjk};
    return true;
}

std::optional<QList<ArticleSummary>> Store::rankedArticles(const ArticleFilter &filter, Qt::SortOrder order,
                                                           int offset, int limit) const
{
    ArticleFilter rest = filter;
    rest.search.clear();
    Ranking found;
    const Ranking *ranking = &found;
    if (!rank(filter.search, rest, offset + limit, order == Qt::AscendingOrder, &found))
        return std::nullopt;
    QList<ArticleSummary> page;
    if (int(ranking->best.size()) <= offset)
        return page;
    QStringList idList;
    for (size_t i = size_t(offset); i < ranking->best.size(); ++i)
        idList << QString::number(ranking->best[i].rowid);
    QSqlQuery q(database());
    q.prepare(u"SELECT %1, body FROM articles WHERE id IN (%2)"_s.arg(summaryColumns, idList.join(u',')));
    if (!q.exec()) {
        fail(u"the search cannot read its articles: %1"_s.arg(q.lastError().databaseText()), {});
        return std::nullopt;
    }
    QHash<qint64, std::pair<ArticleSummary, QByteArray>> byId;
    while (q.next()) {
        ArticleSummary a = summaryFrom(q);
        byId.insert(a.id, {a, q.value(10).toString().toUtf8()});
    }
    for (size_t i = size_t(offset); i < ranking->best.size(); ++i) {
        const SearchRank::Ranked &r = ranking->best[i];
        auto it = byId.find(r.rowid);
        if (it == byId.end())
            continue;
        ArticleSummary a = it->first;
        a.score = ranking->rank->scale(r.value);
        a.snippet = ranking->snippet(r, it->second);
        page.append(a);
    }
    return page;
}

std::optional<Store::SourceCounts> Store::sourceCounts() const
{
    // Each from its index ((country, published) and (outlet, published)): no article row is read.
    SourceCounts counts;
    for (auto [sql, list, none] : {std::tuple{u"SELECT country, count(*) FROM articles INDEXED BY articles_country "
                                              "GROUP BY country"_s, &counts.countries, &counts.withoutCountry},
                                   std::tuple{u"SELECT outlet, count(*) FROM articles INDEXED BY articles_outlet "
                                              "GROUP BY outlet COLLATE NOCASE"_s, &counts.outlets, &counts.withoutOutlet}}) {
        SqliteStatement q(database(), sql);
        int rc;
        while ((rc = q.step()) == SQLITE_ROW) {
            const QString name = QString::fromUtf8(q.bytes(0));
            if (name.isEmpty())
                *none = sqlite3_column_int(q.get(), 1);
            else
                list->append({name, sqlite3_column_int(q.get(), 1)});
        }
        if (rc != SQLITE_DONE) {
            fail(u"cannot count the articles by source"_s, q.error());
            return std::nullopt;
        }
    }
    return counts;
}

std::optional<QList<qint64>> Store::articleIds(const ArticleFilter &filter) const
{
    std::optional<std::vector<qint64>> found;
    if (!filteredIds(filter, &found))
        return std::nullopt;
    ArticleFilter rest = filter;
    if (found) {
        // A word search's matches or a long list: past longIdList the rest of the filter is
        // applied already (filteredIds()), below it SQL applies it to the few left.
        if (found->size() > size_t(longIdList))
            return QList<qint64>(found->cbegin(), found->cend());
        rest.search.clear();
        rest.ids = QList<qint64>(found->cbegin(), found->cend());
    }
    QVariantList values;
    SqliteStatement q(database(), u"SELECT id FROM articles%1 ORDER BY id"_s.arg(whereClause(rest, &values)));
    if (!q.bind(values)) {
        fail(u"cannot read the articles"_s, q.error());
        return std::nullopt;
    }
    QList<qint64> ids;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        ids.append(sqlite3_column_int64(q.get(), 0));
    if (rc != SQLITE_DONE) {
        fail(explainSearchError(filter.search, q.error()), {});
        return std::nullopt;
    }
    return ids;
}

QList<qint64> Store::outletArticles(const QString &outlet) const
{
    QList<qint64> ids;
    SqliteStatement q(database(), u"SELECT id FROM articles INDEXED BY articles_outlet WHERE outlet = ? COLLATE NOCASE"_s);
    q.bind({storedSource(outlet)});
    while (q.step() == SQLITE_ROW)
        ids.append(sqlite3_column_int64(q.get(), 0));
    std::sort(ids.begin(), ids.end());
    return ids;
}

QHash<qint64, ArticleSummary> Store::summaries(const QList<qint64> &ids) const
{
    QHash<qint64, ArticleSummary> out;
    if (ids.isEmpty())
        return out;
    ArticleFilter f;
    f.ids = ids;
    for (const ArticleSummary &a : articles(f, SortKey::Published, Qt::AscendingOrder, 0, -1).value_or(QList<ArticleSummary>{}))
        out.insert(a.id, a);
    return out;
}

std::optional<QList<qint64>> Store::matchingIds(const QString &query)
{
    if (containsCjk(query)) {
        QString error;
        auto ids = matchingIdsCjk(database(), query, &error);
        if (!ids)
            fail(explainSearchError(query, error), {});
        return ids;
    }
    QSqlQuery q(database());
    q.prepare(u"SELECT rowid FROM articles_fts WHERE articles_fts MATCH parallax_forms(?)"_s);
    q.addBindValue(query);
    if (!q.exec()) {
        fail(explainSearchError(query, q.lastError().databaseText()), {});
        return std::nullopt;
    }
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<WordForms> Store::wordForms(const QString &query) const
{
    if (containsCjk(query))
        return {};
    return expandWordForms(sqliteHandle(database()), query).words;
}

QString explainSearchError(const QString &query, const QString &driverText)
{
    QString detail = driverText;
    detail.remove(u"fts5: "_s);
    if (query.trimmed().isEmpty())
        return u"the search is empty: type one or more words"_s;
    if (detail.contains(u"unterminated string"_s))
        return u"the search has an opening quote (\") without a closing one"_s;
    if (detail.contains(u"no such column"_s))
        return u"a word followed by ':' is read as a column name; only title: and body: exist (%1)"_s.arg(detail);
    if (detail.contains(u"syntax error"_s) || detail.contains(u"unknown special query"_s))
        return u"the search could not be read (%1); put words with special characters in double quotes, "
               "use AND, OR, NOT in capitals between words, and * only at a word's end"_s.arg(detail);
    return u"the search failed: %1"_s.arg(detail);
}

} // namespace parallax::store
