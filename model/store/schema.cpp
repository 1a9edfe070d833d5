// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "comparestore.h"
#include "annotationstore.h"

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

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        core1(),
        framing1(),
        annotationsMigration(),
    };
    return list;
}

} // namespace parallax::store
