// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// How often and in how many articles each entity is mentioned, kept up to date by triggers on the
// mention table, so that the entity sidebar reads counts instead of aggregating millions of rows.
#include "entitystore.h"

using namespace Qt::StringLiterals;

namespace parallax::store {

namespace {

// Counts the mention NEW in: one more mention, and one more article when it
// is the entity's only mention in that article.
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
    // Triggers rather than the writer's bookkeeping: every path that changes mentions (import,
    // re-analysis, merge, split, reject, undo, the cascades of deleted articles and entities)
    // keeps the counts exact without knowing about them.
    return {u"entities-2"_s, {
        uR"(CREATE TABLE entity_counts (
              entity_id INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
              mentions INTEGER NOT NULL,
              articles INTEGER NOT NULL))"_s,
        uR"(INSERT INTO entity_counts(entity_id, mentions, articles)
              SELECT entity_id, count(*), count(DISTINCT article_id) FROM mentions GROUP BY entity_id)"_s,
        u"CREATE TRIGGER entity_counts_insert AFTER INSERT ON mentions BEGIN %1 END"_s.arg(addSql()),
        u"CREATE TRIGGER entity_counts_delete AFTER DELETE ON mentions BEGIN %1 END"_s.arg(subtractSql()),
        u"CREATE TRIGGER entity_counts_update AFTER UPDATE OF entity_id, article_id ON mentions "
        "WHEN OLD.entity_id <> NEW.entity_id OR OLD.article_id <> NEW.article_id BEGIN %1 %2 END"_s
            .arg(subtractSql(), addSql()),
    }};
}

} // namespace parallax::store
