// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/annotationstore.h"

#include "store/store.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace parallax::annotations;

namespace parallax::store {

namespace {

const QString TimeFormat = u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s;

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(TimeFormat);
}

QDateTime timeFrom(const QString &text)
{
    // The stored form is ISO 8601; the ISO parser is many times faster than a format string.
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

/** Text bound as '' rather than NULL when empty (the columns are NOT NULL). */
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(u""_s) : QVariant(s);
}

QVariant nullableId(qint64 id)
{
    return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
}

} // namespace

Migration annotationsMigration()
{
    return {u"annotations-1"_s, {
        uR"(CREATE TABLE tags (
              id INTEGER PRIMARY KEY,
              parent_id INTEGER REFERENCES tags(id) ON DELETE CASCADE,
              name TEXT NOT NULL,
              colour TEXT NOT NULL DEFAULT '',
              description TEXT NOT NULL DEFAULT '',
              guid TEXT NOT NULL UNIQUE))"_s,
        u"CREATE INDEX tags_parent ON tags(parent_id)"_s,
        // No foreign key to articles: annotations outlive a re-import of their article (as orphans at worst).
        uR"(CREATE TABLE annotations (
              id INTEGER PRIMARY KEY,
              article_id INTEGER NOT NULL,
              span_start INTEGER NOT NULL,
              span_end INTEGER NOT NULL,
              exact TEXT NOT NULL,
              prefix TEXT NOT NULL DEFAULT '',
              suffix TEXT NOT NULL DEFAULT '',
              note TEXT NOT NULL DEFAULT '',
              author TEXT NOT NULL DEFAULT '',
              created TEXT NOT NULL,
              modified TEXT NOT NULL,
              orphan INTEGER NOT NULL DEFAULT 0))"_s,
        u"CREATE INDEX annotations_article ON annotations(article_id, span_start)"_s,
        uR"(CREATE TABLE annotation_tags (
              annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
              tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
              position INTEGER NOT NULL,
              PRIMARY KEY (annotation_id, tag_id)) WITHOUT ROWID)"_s,
        u"CREATE INDEX annotation_tags_tag ON annotation_tags(tag_id)"_s,
    }};
}

Migration codableMigration()
{
    // REFI-QDA isCodable: a tag that is only a folder of tags cannot be applied to text.
    return {u"annotations-3"_s, {u"ALTER TABLE tags ADD COLUMN codable INTEGER NOT NULL DEFAULT 1"_s}};
}

AnnotationStore::AnnotationStore(const QSqlDatabase &db)
    : m_connection(db.connectionName())
{
}

QSqlDatabase AnnotationStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool AnnotationStore::fail(const QString &what, const QString &detail)
{
    m_lastError = what + u": "_s + detail;
    return false;
}

bool AnnotationStore::saveTag(Tag &tag)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT INTO tags (id, parent_id, name, colour, description, guid, codable) VALUES (?, ?, ?, ?, ?, ?, ?) "
              "ON CONFLICT(id) DO UPDATE SET parent_id = excluded.parent_id, name = excluded.name, "
              "colour = excluded.colour, description = excluded.description, guid = excluded.guid, "
              "codable = excluded.codable"_s);
    q.addBindValue(nullableId(tag.id));
    q.addBindValue(nullableId(tag.parentId));
    q.addBindValue(text(tag.name));
    q.addBindValue(text(tag.colour.isValid() ? tag.colour.name() : QString()));
    q.addBindValue(text(tag.description));
    q.addBindValue(tag.guid.toString(QUuid::WithoutBraces));
    q.addBindValue(tag.codable ? 1 : 0);
    if (!q.exec())
        return fail(u"Could not save tag “%1”"_s.arg(tag.name), sqlErrorText(q.lastError()));
    if (tag.id == 0)
        tag.id = q.lastInsertId().toLongLong();
    return true;
}

bool AnnotationStore::saveAnnotations(QList<Annotation> &annotations)
{
    if (annotations.isEmpty())
        return true;
    // Prepared once per change: a re-anchoring saves every annotation of an article at once.
    QSqlQuery upsert(db());
    upsert.prepare(u"INSERT INTO annotations (id, article_id, span_start, span_end, exact, prefix, suffix, note, "
                   "author, created, modified, orphan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT(id) DO UPDATE SET article_id = excluded.article_id, span_start = excluded.span_start, "
                   "span_end = excluded.span_end, exact = excluded.exact, prefix = excluded.prefix, "
                   "suffix = excluded.suffix, note = excluded.note, author = excluded.author, "
                   "created = excluded.created, modified = excluded.modified, orphan = excluded.orphan"_s);
    QSqlQuery clear(db());
    clear.prepare(u"DELETE FROM annotation_tags WHERE annotation_id = ?"_s);
    QSqlQuery insert(db());
    insert.prepare(u"INSERT INTO annotation_tags (annotation_id, tag_id, position) VALUES (?, ?, ?)"_s);
    for (Annotation &a : annotations) {
        for (const QVariant &v : {nullableId(a.id), QVariant(a.articleId), QVariant(a.span.start),
                                  QVariant(a.span.end), text(a.quote.exact), text(a.quote.prefix),
                                  text(a.quote.suffix), text(a.note), text(a.author), QVariant(timeText(a.created)),
                                  QVariant(timeText(a.modified)), QVariant(a.orphan ? 1 : 0)})
            upsert.addBindValue(v);
        if (!upsert.exec())
            return fail(u"Could not save annotation"_s, sqlErrorText(upsert.lastError()));
        if (a.id == 0)
            a.id = upsert.lastInsertId().toLongLong();
        clear.addBindValue(a.id);
        if (!clear.exec())
            return fail(u"Could not save annotation tags"_s, sqlErrorText(clear.lastError()));
        for (qsizetype i = 0; i < a.tagIds.size(); ++i) {
            insert.addBindValue(a.id);
            insert.addBindValue(a.tagIds.at(i));
            insert.addBindValue(int(i));
            if (!insert.exec())
                return fail(u"Could not save annotation tags"_s, sqlErrorText(insert.lastError()));
        }
    }
    return true;
}

bool AnnotationStore::removeRows(const QString &sql, const QList<qint64> &ids)
{
    QSqlQuery q(db());
    q.prepare(sql);
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec())
            return fail(u"Could not delete"_s, sqlErrorText(q.lastError()));
    }
    return true;
}

bool AnnotationStore::write(ChangeSet &change)
{
    for (Tag &t : change.savedTags) {
        if (!saveTag(t))
            return false;
    }
    return saveAnnotations(change.savedAnnotations)
        && removeRows(u"DELETE FROM annotations WHERE id = ?"_s, change.removedAnnotations)
        && removeRows(u"DELETE FROM tags WHERE id = ?"_s, change.removedTags);
}

bool AnnotationStore::save(ChangeSet &change)
{
    QSqlDatabase database = db();
    if (!database.transaction())
        return fail(u"Could not start a transaction"_s, sqlErrorText(database.lastError()));
    // New records get their ids from the database; keep the originals to retry cleanly.
    ChangeSet attempt = change;
    if (!write(attempt)) {
        database.rollback();
        return false;
    }
    if (!database.commit()) {
        const QString detail = sqlErrorText(database.lastError());
        database.rollback();
        return fail(u"Could not commit"_s, detail);
    }
    change = attempt;
    return true;
}

bool AnnotationStore::remove(qint64 annotationId)
{
    ChangeSet change;
    change.removedAnnotations = {annotationId};
    return save(change);
}

bool AnnotationStore::readAnnotations(const QString &where, const QVariantList &values, QList<Annotation> &out)
{
    QHash<qint64, QList<qint64>> tagsOf;
    QSqlQuery links(db());
    links.prepare(where.isEmpty() ? u"SELECT annotation_id, tag_id FROM annotation_tags ORDER BY annotation_id, position"_s
                                  : u"SELECT annotation_id, tag_id FROM annotation_tags WHERE annotation_id IN "
                                    "(SELECT id FROM annotations%1) ORDER BY annotation_id, position"_s.arg(where));
    for (const QVariant &v : values)
        links.addBindValue(v);
    if (!links.exec())
        return fail(u"Could not read annotation tags"_s, sqlErrorText(links.lastError()));
    while (links.next())
        tagsOf[links.value(0).toLongLong()].append(links.value(1).toLongLong());
    QSqlQuery q(db());
    q.prepare(u"SELECT id, article_id, span_start, span_end, exact, prefix, suffix, note, author, created, "
              "modified, orphan FROM annotations%1 ORDER BY id"_s.arg(where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return fail(u"Could not read annotations"_s, sqlErrorText(q.lastError()));
    while (q.next()) {
        Annotation a;
        a.id = q.value(0).toLongLong();
        a.articleId = q.value(1).toLongLong();
        a.span = Span{q.value(2).toInt(), q.value(3).toInt()};
        a.quote = QuoteSelector{q.value(4).toString(), q.value(5).toString(), q.value(6).toString()};
        a.note = q.value(7).toString();
        a.author = q.value(8).toString();
        a.created = timeFrom(q.value(9).toString());
        a.modified = timeFrom(q.value(10).toString());
        a.orphan = q.value(11).toInt() != 0;
        a.tagIds = tagsOf.value(a.id);
        out.append(a);
    }
    return true;
}

bool AnnotationStore::load(AnnotationData &data)
{
    data = {};
    QSqlQuery tags(db());
    if (!tags.exec(u"SELECT id, parent_id, name, colour, description, guid, codable FROM tags"_s))
        return fail(u"Could not read tags"_s, sqlErrorText(tags.lastError()));
    while (tags.next()) {
        const QString colour = tags.value(3).toString();
        data.codebook.insert(Tag{tags.value(0).toLongLong(), tags.value(1).toLongLong(), tags.value(2).toString(),
                                 colour.isEmpty() ? QColor() : QColor::fromString(colour),
                                 tags.value(4).toString(), QUuid::fromString(tags.value(5).toString()),
                                 tags.value(6).toInt() != 0});
    }
    return readAnnotations({}, {}, data.annotations);
}

bool AnnotationStore::loadArticle(qint64 articleId, QList<Annotation> &annotations)
{
    annotations.clear();
    return readAnnotations(u" WHERE article_id = ?"_s, {articleId}, annotations);
}

bool AnnotationStore::writeInTransaction(ChangeSet &change)
{
    return write(change);
}

} // namespace parallax::store
