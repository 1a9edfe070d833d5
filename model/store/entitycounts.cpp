// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// How often and in how many articles each entity is mentioned, kept up to date by triggers on the
// mention table, so that the entity sidebar reads counts instead of aggregating millions of rows;
// and which articles name each entity, one row per entity and article (entity_articles).
#include "entitystore.h"

#include "store/store.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace parallax::store {

namespace {

// Counts the mention NEW in: one more mention of its entity in its article, and one more article
// when it is the entity's only mention there.
QString addSql()
{
    return uR"(INSERT INTO entity_articles(entity_id, article_id, mentions) VALUES (NEW.entity_id, NEW.article_id, 1)
          ON CONFLICT(entity_id, article_id) DO UPDATE SET mentions = mentions + 1;
        INSERT INTO entity_counts(entity_id, mentions, articles) VALUES (NEW.entity_id, 1, 1)
          ON CONFLICT(entity_id) DO UPDATE SET mentions = mentions + 1,
            articles = articles + ((SELECT mentions FROM entity_articles WHERE entity_id = NEW.entity_id
                AND article_id = NEW.article_id) = 1);)"_s;
}

// Counts the mention OLD out, after it is gone (deleted or moved).
QString subtractSql()
{
    return uR"(UPDATE entity_articles SET mentions = mentions - 1
          WHERE entity_id = OLD.entity_id AND article_id = OLD.article_id;
        DELETE FROM entity_articles WHERE entity_id = OLD.entity_id AND article_id = OLD.article_id AND mentions <= 0;
        UPDATE entity_counts SET mentions = mentions - 1,
            articles = articles - NOT EXISTS (SELECT 1 FROM entity_articles WHERE entity_id = OLD.entity_id
                AND article_id = OLD.article_id)
          WHERE entity_id = OLD.entity_id;)"_s;
}

// The version of subtractSql() that entities-2 shipped with (counting from the mentions' own index).
QString subtractSql2()
{
    return uR"(UPDATE entity_counts SET mentions = mentions - 1,
            articles = articles - NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = OLD.entity_id
                AND article_id = OLD.article_id)
        WHERE entity_id = OLD.entity_id;)"_s;
}

// The version of addSql() that entities-2 shipped with.
QString addSql2()
{
    return uR"(INSERT INTO entity_counts(entity_id, mentions, articles) VALUES (NEW.entity_id, 1, 1)
        ON CONFLICT(entity_id) DO UPDATE SET mentions = mentions + 1,
            articles = articles + NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = NEW.entity_id
                AND article_id = NEW.article_id AND start <> NEW.start);)"_s;
}

} // namespace

Migration EntityStore::countsMigration()
{
    // Triggers keep the counts through every path that deletes or moves mentions (re-analysis,
    // merge, split, reject, undo, the cascades of deleted articles and entities). Inserted
    // mentions are counted by whoever inserts them, once per article and entity (insertMentions,
    // and restore() recounts): a trigger per inserted row would make each insert of an import a
    // statement with a journal of its own, which costs more than the mention itself.
    return {u"entities-2"_s, {
        uR"(CREATE TABLE entity_counts (
              entity_id INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
              mentions INTEGER NOT NULL,
              articles INTEGER NOT NULL))"_s,
        // The sidebar's order by name within a type, read from an index rather than sorted.
        u"CREATE INDEX entities_type_name ON entities(type, name COLLATE NOCASE, id)"_s,
        uR"(INSERT INTO entity_counts(entity_id, mentions, articles)
              SELECT entity_id, count(*), count(DISTINCT article_id) FROM mentions GROUP BY entity_id)"_s,
        u"CREATE TRIGGER entity_counts_delete AFTER DELETE ON mentions BEGIN %1 END"_s.arg(subtractSql2()),
        u"CREATE TRIGGER entity_counts_update AFTER UPDATE OF entity_id, article_id ON mentions "
        "WHEN OLD.entity_id <> NEW.entity_id OR OLD.article_id <> NEW.article_id BEGIN %1 %2 END"_s
            .arg(subtractSql2(), addSql2()),
    }};
}

Migration EntityStore::articlesMigration()
{
    // Storing a mention cost two B-tree inserts (the mention and its index by entity) and two
    // foreign-key lookups; recognition's share of an import was mostly that. Now a mention is one
    // row, and which articles name an entity is one row per entity and article, written by the
    // importer with the article's counts. The mention table loses its foreign keys (SQLite cannot
    // drop them in place): the cascades become triggers, which find an entity's mentions through
    // entity_articles instead of scanning the table.
    return {u"entities-3"_s, {
        uR"(CREATE TABLE entity_articles (
              entity_id INTEGER NOT NULL,
              article_id INTEGER NOT NULL,
              mentions INTEGER NOT NULL,
              PRIMARY KEY (entity_id, article_id)) WITHOUT ROWID)"_s,
        uR"(INSERT INTO entity_articles(entity_id, article_id, mentions)
              SELECT entity_id, article_id, count(*) FROM mentions GROUP BY entity_id, article_id)"_s,
        u"DROP TRIGGER entity_counts_delete"_s,
        u"DROP TRIGGER entity_counts_update"_s,
        uR"(CREATE TABLE mentions_new (
              article_id INTEGER NOT NULL,
              start INTEGER NOT NULL,
              end INTEGER NOT NULL,
              entity_id INTEGER NOT NULL,
              machine_key TEXT NOT NULL,
              surface TEXT NOT NULL,
              usage TEXT NOT NULL DEFAULT '',
              PRIMARY KEY (article_id, start)) WITHOUT ROWID)"_s,
        uR"(INSERT INTO mentions_new (article_id, start, end, entity_id, machine_key, surface, usage)
              SELECT article_id, start, end, entity_id, machine_key, surface, usage FROM mentions)"_s,
        u"DROP TABLE mentions"_s,
        u"ALTER TABLE mentions_new RENAME TO mentions"_s,
        u"CREATE TRIGGER entity_counts_delete AFTER DELETE ON mentions BEGIN %1 END"_s.arg(subtractSql()),
        u"CREATE TRIGGER entity_counts_update AFTER UPDATE OF entity_id, article_id ON mentions "
        "WHEN OLD.entity_id <> NEW.entity_id OR OLD.article_id <> NEW.article_id BEGIN %1 %2 END"_s
            .arg(subtractSql(), addSql()),
        // The foreign keys' cascades.
        uR"(CREATE TRIGGER mentions_article_delete AFTER DELETE ON articles BEGIN
              DELETE FROM mentions WHERE article_id = OLD.id;
            END)"_s,
        uR"(CREATE TRIGGER mentions_entity_delete AFTER DELETE ON entities BEGIN
              DELETE FROM mentions WHERE entity_id = OLD.id
                AND article_id IN (SELECT article_id FROM entity_articles WHERE entity_id = OLD.id);
              DELETE FROM entity_articles WHERE entity_id = OLD.id;
            END)"_s,
    }};
}

bool EntityStore::recount(const QList<qint64> &ids, const QList<std::pair<qint64, qint64>> &pairs)
{
    if (!pairs.isEmpty()) {
        QSqlQuery drop(m_db);
        drop.prepare(u"DELETE FROM entity_articles WHERE entity_id = ? AND article_id = ?"_s);
        QSqlQuery add(m_db);
        add.prepare(u"INSERT INTO entity_articles(entity_id, article_id, mentions) "
                    "SELECT entity_id, article_id, count(*) FROM mentions WHERE entity_id = ? AND article_id = ? "
                    "GROUP BY entity_id, article_id"_s);
        for (const auto &[entity, article] : pairs) {
            drop.addBindValue(entity);
            drop.addBindValue(article);
            add.addBindValue(entity);
            add.addBindValue(article);
            if (!drop.exec())
                return fail(u"entity articles"_s, sqlErrorText(drop.lastError()));
            if (!add.exec())
                return fail(u"entity articles"_s, sqlErrorText(add.lastError()));
        }
    }
    if (ids.isEmpty())
        return true;
    QStringList marks(ids.size(), u"?"_s);
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO entity_counts(entity_id, mentions, articles) "
              "SELECT id, (SELECT coalesce(sum(mentions), 0) FROM entity_articles WHERE entity_id = id), "
              "(SELECT count(*) FROM entity_articles WHERE entity_id = id) "
              "FROM entities WHERE id IN (%1)"_s.arg(marks.join(u", "_s)));
    for (qint64 id : ids)
        q.addBindValue(id);
    return q.exec() || fail(u"entity counts"_s, sqlErrorText(q.lastError()));
}

} // namespace parallax::store
