// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "comparestore.h"
#include "entitystore.h"
#include "pairingstore.h"
#include "annotationstore.h"
#include "store/articledays.h"
#include "store/datesstore.h"
#include "store/importstore.h"
#include "store/mentiondays.h"
#include "store/reporteddays.h"
#include "store/revisionstore.h"
#include "store/store.h"
#include "text/segmenter.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace parallax::store {

namespace {

Migration core1()
{
    return {u"core-1"_s, {
        uR"(CREATE TABLE articles (
              id INTEGER PRIMARY KEY,
              source TEXT NOT NULL,
              content_hash TEXT NOT NULL UNIQUE,
              title TEXT NOT NULL DEFAULT '',
              title_provenance TEXT NOT NULL DEFAULT 'unknown',
              dateline TEXT NOT NULL DEFAULT '',
              outlet TEXT NOT NULL DEFAULT '',
              outlet_provenance TEXT NOT NULL DEFAULT 'unknown',
              country TEXT NOT NULL DEFAULT '',
              country_provenance TEXT NOT NULL DEFAULT 'unknown',
              language TEXT NOT NULL DEFAULT '',
              published TEXT,
              date_provenance TEXT NOT NULL DEFAULT 'unknown',
              date_reason TEXT NOT NULL DEFAULT '',
              encoding TEXT NOT NULL DEFAULT '',
              body TEXT NOT NULL,
              words INTEGER NOT NULL DEFAULT 0,
              imported_at TEXT NOT NULL))"_s,
        u"CREATE INDEX articles_published ON articles(published)"_s,
        u"CREATE INDEX articles_country ON articles(country, published)"_s,
        uR"(CREATE TABLE sentences (
              article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
              idx INTEGER NOT NULL,
              start INTEGER NOT NULL,
              end INTEGER NOT NULL,
              PRIMARY KEY (article_id, idx)) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE paragraphs (
              article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
              idx INTEGER NOT NULL,
              start INTEGER NOT NULL,
              end INTEGER NOT NULL,
              PRIMARY KEY (article_id, idx)) WITHOUT ROWID)"_s,
        uR"(CREATE VIRTUAL TABLE articles_fts USING fts5(
              title, body, content='articles', content_rowid='id',
              tokenize='unicode61 remove_diacritics 2'))"_s,
        uR"(CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
              INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
            END)"_s,
        uR"(CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
              INSERT INTO articles_fts(articles_fts, rowid, title, body)
                VALUES ('delete', old.id, old.title, old.body);
            END)"_s,
        uR"(CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
              INSERT INTO articles_fts(articles_fts, rowid, title, body)
                VALUES ('delete', old.id, old.title, old.body);
              INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
            END)"_s,
    }};
}

// Import: where an article came from (URL, author), near-duplicate links and the keys that find
// them, and a trigram index that makes Japanese and Chinese words findable inside compounds.
Migration import1()
{
    return {u"import-1"_s, {
        uR"(CREATE TABLE article_sources (
              article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
              url TEXT NOT NULL DEFAULT '',
              author TEXT NOT NULL DEFAULT ''))"_s,
        // An article that repeats another: same outlet, date and title, or the same (wire) text.
        uR"(CREATE TABLE article_duplicates (
              article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
              duplicate_of INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
              kind TEXT NOT NULL,
              similarity REAL NOT NULL))"_s,
        u"CREATE INDEX article_duplicates_of ON article_duplicates(duplicate_of)"_s,
        // The MinHash signature of the body and the outlet|date|title key.
        uR"(CREATE TABLE article_signatures (
              article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
              meta_key TEXT,
              minhash BLOB))"_s,
        u"CREATE INDEX article_signatures_meta ON article_signatures(meta_key) WHERE meta_key IS NOT NULL"_s,
        // Locality-sensitive hashing: articles sharing a band are candidates for comparison.
        uR"(CREATE TABLE article_bands (
              band INTEGER NOT NULL,
              article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
              PRIMARY KEY (band, article_id)) WITHOUT ROWID)"_s,
        // Trigrams only for Japanese, Chinese and Korean articles: unicode61 cannot split them, and
        // indexing every article's trigrams would cost several times the main index.
        uR"(CREATE VIRTUAL TABLE articles_trigram USING fts5(
              title, body, content='articles', content_rowid='id', tokenize='trigram'))"_s,
        uR"(CREATE TRIGGER articles_trigram_insert AFTER INSERT ON articles
              WHEN new.language IN ('ja', 'zh', 'ko') BEGIN
              INSERT INTO articles_trigram(rowid, title, body) VALUES (new.id, new.title, new.body);
            END)"_s,
        uR"(CREATE TRIGGER articles_trigram_delete AFTER DELETE ON articles
              WHEN old.language IN ('ja', 'zh', 'ko') BEGIN
              INSERT INTO articles_trigram(articles_trigram, rowid, title, body)
                VALUES ('delete', old.id, old.title, old.body);
            END)"_s,
        uR"(CREATE TRIGGER articles_trigram_update_old AFTER UPDATE OF title, body, language ON articles
              WHEN old.language IN ('ja', 'zh', 'ko') BEGIN
              INSERT INTO articles_trigram(articles_trigram, rowid, title, body)
                VALUES ('delete', old.id, old.title, old.body);
            END)"_s,
        uR"(CREATE TRIGGER articles_trigram_update_new AFTER UPDATE OF title, body, language ON articles
              WHEN new.language IN ('ja', 'zh', 'ko') BEGIN
              INSERT INTO articles_trigram(rowid, title, body) VALUES (new.id, new.title, new.body);
            END)"_s,
        uR"(INSERT INTO articles_trigram(rowid, title, body)
              SELECT id, title, body FROM articles WHERE language IN ('ja', 'zh', 'ko'))"_s,
    }};
}

// Entities (issue 3): what the recogniser found, and the user's decisions about it, kept by the
// recogniser's key so that they apply again after re-analysis.
Migration entities1()
{
    return {u"entities-1"_s, {
        uR"(CREATE TABLE entities (
              id INTEGER PRIMARY KEY,
              key TEXT NOT NULL UNIQUE,
              name TEXT NOT NULL,
              type TEXT NOT NULL,
              known INTEGER NOT NULL DEFAULT 0))"_s,
        u"CREATE INDEX entities_type ON entities(type, name)"_s,
        uR"(CREATE TABLE mentions (
              article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
              start INTEGER NOT NULL,
              end INTEGER NOT NULL,
              entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
              machine_key TEXT NOT NULL,
              surface TEXT NOT NULL,
              usage TEXT NOT NULL DEFAULT '',
              PRIMARY KEY (article_id, start)) WITHOUT ROWID)"_s,
        u"CREATE INDEX mentions_entity ON mentions(entity_id, article_id)"_s,
        uR"(CREATE TABLE entity_decisions (
              id INTEGER PRIMARY KEY,
              kind TEXT NOT NULL,
              key TEXT NOT NULL,
              value TEXT NOT NULL DEFAULT '',
              extra TEXT NOT NULL DEFAULT '',
              made_at TEXT NOT NULL))"_s,
        u"CREATE INDEX entity_decisions_key ON entity_decisions(key, kind)"_s,
    }};
}

// Full-text indexing at the end of a write transaction: a writer that inserts many articles in
// one transaction (an import's batch) marks it in fts_defer; the articles it inserts are listed
// in fts_pending instead of going into the two full-text indexes one by one, and are indexed
// together before the commit (Store::commitTransaction). Each statement that follows a write to
// an FTS5 table in a transaction makes FTS5 flush what it holds in memory as a new segment, so
// article by article the indexes were written in hundreds of tiny segments, merged again and
// again. Other connections never see the marker (it is not committed), and a rollback or a
// crash takes it away with the articles.
Migration search1()
{
    const QString cjk = u"('ja', 'zh', 'ko')"_s;
    const QString pendingOld = u"NOT EXISTS (SELECT 1 FROM fts_pending WHERE id = old.id)"_s;
    const QString pendingNew = u"NOT EXISTS (SELECT 1 FROM fts_pending WHERE id = new.id)"_s;
    return {u"search-1"_s, {
        u"CREATE TABLE fts_defer (marker INTEGER)"_s,
        u"CREATE TABLE fts_pending (id INTEGER PRIMARY KEY)"_s,
        u"DROP TRIGGER articles_fts_insert"_s,
        u"DROP TRIGGER articles_fts_delete"_s,
        u"DROP TRIGGER articles_fts_update"_s,
        u"DROP TRIGGER articles_trigram_insert"_s,
        u"DROP TRIGGER articles_trigram_delete"_s,
        u"DROP TRIGGER articles_trigram_update_old"_s,
        u"DROP TRIGGER articles_trigram_update_new"_s,
        uR"(CREATE TRIGGER articles_fts_defer AFTER INSERT ON articles
              WHEN EXISTS (SELECT 1 FROM fts_defer) BEGIN
              INSERT OR IGNORE INTO fts_pending(id) VALUES (new.id);
            END)"_s,
        uR"(CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles
              WHEN NOT EXISTS (SELECT 1 FROM fts_defer) BEGIN
              INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
            END)"_s,
        uR"(CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles WHEN %1 BEGIN
              INSERT INTO articles_fts(articles_fts, rowid, title, body)
                VALUES ('delete', old.id, old.title, old.body);
            END)"_s.arg(pendingOld),
        uR"(CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles WHEN %1 BEGIN
              INSERT INTO articles_fts(articles_fts, rowid, title, body)
                VALUES ('delete', old.id, old.title, old.body);
              INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
            END)"_s.arg(pendingOld),
        uR"(CREATE TRIGGER articles_trigram_insert AFTER INSERT ON articles
              WHEN new.language IN %1 AND NOT EXISTS (SELECT 1 FROM fts_defer) BEGIN
              INSERT INTO articles_trigram(rowid, title, body) VALUES (new.id, new.title, new.body);
            END)"_s.arg(cjk),
        uR"(CREATE TRIGGER articles_trigram_delete AFTER DELETE ON articles
              WHEN old.language IN %1 AND %2 BEGIN
              INSERT INTO articles_trigram(articles_trigram, rowid, title, body)
                VALUES ('delete', old.id, old.title, old.body);
            END)"_s.arg(cjk, pendingOld),
        uR"(CREATE TRIGGER articles_trigram_update_old AFTER UPDATE OF title, body, language ON articles
              WHEN old.language IN %1 AND %2 BEGIN
              INSERT INTO articles_trigram(articles_trigram, rowid, title, body)
                VALUES ('delete', old.id, old.title, old.body);
            END)"_s.arg(cjk, pendingOld),
        uR"(CREATE TRIGGER articles_trigram_update_new AFTER UPDATE OF title, body, language ON articles
              WHEN new.language IN %1 AND %2 BEGIN
              INSERT INTO articles_trigram(rowid, title, body) VALUES (new.id, new.title, new.body);
            END)"_s.arg(cjk, pendingNew),
    }};
}

// Indexes for the library's orders by title and by outlet (then date), so that a page of a long
// list is a walk of an index instead of a sort of every article.
Migration sort1()
{
    return {u"sort-1"_s, {
        u"CREATE INDEX articles_title ON articles(title COLLATE NOCASE)"_s,
        u"CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE, published)"_s,
    }};
}

// Removing articles: their near-duplicate band rows are found by article, not by a scan of every
// band row for each article removed (the foreign key's cascade looks them up this way).
Migration remove1()
{
    return {u"remove-1"_s, {
        u"CREATE INDEX article_bands_article ON article_bands(article_id)"_s,
    }};
}

// Japanese and Chinese are counted in words since text::words cuts them by dictionary (before,
// each run between punctuation counted as one word, so that their rates per 1,000 words came out
// several times too high). The stored counts of such articles are made again, and their pairing
// keys, made of their words, are dropped: the next pairing makes them again.
Migration words1()
{
    return {u"words-1"_s, {}, [](const QSqlDatabase &db, QString *error) {
        QSqlQuery read(db);
        read.setForwardOnly(true);
        // English and Russian articles hold no run of ideographs worth counting again.
        if (!read.exec(u"SELECT id, body, words FROM articles WHERE language NOT IN ('en', 'ru')"_s)) {
            *error = sqlErrorText(read.lastError());
            return false;
        }
        QList<std::pair<qint64, int>> recounted;
        while (read.next()) {
            const int words = int(text::words(read.value(1).toString()).size());
            if (words != read.value(2).toInt())
                recounted.append({read.value(0).toLongLong(), words});
        }
        read.finish();
        QSqlQuery update(db), drop(db);
        update.prepare(u"UPDATE articles SET words = ? WHERE id = ?"_s);
        drop.prepare(u"DELETE FROM pairing_keys WHERE article_id = ?"_s);
        for (const auto &[id, words] : std::as_const(recounted)) {
            update.addBindValue(words);
            update.addBindValue(id);
            drop.addBindValue(id);
            if (!update.exec() || !drop.exec()) {
                *error = sqlErrorText(update.lastError().isValid() ? update.lastError() : drop.lastError());
                return false;
            }
        }
        return true;
    }};
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        core1(),
        framing1(),
        annotationsMigration(),
        import1(),
        DatesStore::migration1(),
        entities1(),
        revisionsMigration(),
        codableMigration(),
        pairing1(),
        framing2(),
        MentionDaysWriter::migration(),
        EntityStore::countsMigration(),
        reportedDaysMigration(),
        ArticleDaysWriter::migration(),
        EntityStore::articlesMigration(),
        search1(),
        sort1(),
        remove1(),
        measuredDuplicatesMigration(),
        words1(),
    };
    return list;
}

} // namespace parallax::store
