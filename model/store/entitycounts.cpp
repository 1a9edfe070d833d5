// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// How often and in how many articles each entity is mentioned, kept up to date by triggers on the
// mention table, so that the entity sidebar reads counts instead of aggregating millions of rows.
#include "entitystore.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace parallax::store {

namespace {

// Counts the mention NEW in: one more mention, and one more article when it is the entity's only
// mention in that article.
QString addSql()
{
    return uR"(INSERT INTO entity_counts(entity_id, mentions, articles) VALUES (NEW.entity_id, 1, 1)
        ON CONFLICT(entity_id) DO UPDATE SET mentions = mentions + 1,
            articles = articles + NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = NEW.entity_id
                AND article_id = NEW.article_id AND start <> NEW.start);)"_s;
}

// Counts the mention OLD out, after it is gone (deleted or moved).
QString subtractSql()
{
    return uR"(UPDATE entity_counts SET mentions = mentions - 1,
            articles = articles - NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = OLD.entity_id
                AND article_id = OLD.article_id)
        WHERE entity_id = OLD.entity_id;)"_s;
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
        u"CREATE TRIGGER entity_counts_delete AFTER DELETE ON mentions BEGIN %1 END"_s.arg(subtractSql()),
        u"CREATE TRIGGER entity_counts_update AFTER UPDATE OF entity_id, article_id ON mentions "
        "WHEN OLD.entity_id <> NEW.entity_id OR OLD.article_id <> NEW.article_id BEGIN %1 %2 END"_s
            .arg(subtractSql(), addSql()),
    }};
}

bool EntityStore::recount(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return true;
    QStringList marks(ids.size(), u"?"_s);
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO entity_counts(entity_id, mentions, articles) "
              "SELECT id, (SELECT count(*) FROM mentions WHERE entity_id = id), "
              "(SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = id) "
              "FROM entities WHERE id IN (%1)"_s.arg(marks.join(u", "_s)));
    for (qint64 id : ids)
        q.addBindValue(id);
    return q.exec() || fail(u"entity counts"_s, q.lastError().text());
}

} // namespace parallax::store
