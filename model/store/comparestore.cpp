// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparestore.h"

#include "store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace parallax::store {

Migration framing1()
{
    return {u"framing-1"_s, {
        uR"(CREATE TABLE framing_hits (
              article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
              start INTEGER NOT NULL,
              end INTEGER NOT NULL,
              entry INTEGER NOT NULL,
              term TEXT NOT NULL,
              concept TEXT NOT NULL,
              side TEXT NOT NULL,
              PRIMARY KEY (article_id, start)) WITHOUT ROWID)"_s,
        u"CREATE INDEX framing_hits_term ON framing_hits(term)"_s,
        uR"(CREATE TABLE pair_decisions (
              left_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
              right_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
              decision TEXT NOT NULL CHECK (decision IN ('confirmed', 'rejected')),
              decided_at TEXT NOT NULL,
              PRIMARY KEY (left_id, right_id)) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE alignment_fixes (
              left_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
              right_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
              left_sentence INTEGER NOT NULL,
              right_sentence INTEGER NOT NULL,
              link INTEGER NOT NULL,
              PRIMARY KEY (left_id, right_id, left_sentence, right_sentence)) WITHOUT ROWID)"_s,
    }};
}

Migration framing2()
{
    return {u"framing-2"_s, {
        uR"(CREATE TABLE framing_state (
              id INTEGER PRIMARY KEY CHECK (id = 1),
              lexicon TEXT NOT NULL))"_s,
    }};
}

CompareStore::CompareStore(Store &store)
    : m_store(store)
{
}

bool CompareStore::fail(const QString &what, const QString &detail) const
{
    m_error = u"%1: %2"_s.arg(what, detail);
    return false;
}

bool CompareStore::replaceFramingHits(qint64 article, const QList<framing::FramingHit> &hits)
{
    const QSqlDatabase db = m_store.database();
    {
        QSqlQuery del(db);
        del.prepare(u"DELETE FROM framing_hits WHERE article_id = ?"_s);
        del.addBindValue(article);
        if (!del.exec())
            return fail(u"cannot replace framing hits"_s, sqlErrorText(del.lastError()));
    }
    if (hits.isEmpty())
        return true;
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO framing_hits (article_id, start, end, entry, term, concept, side) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    QVariantList ids, starts, ends, entries, terms, concepts, sides;
    for (const framing::FramingHit &h : hits) {
        ids << article;
        starts << h.span.start;
        ends << h.span.end;
        entries << h.entry;
        terms << h.term;
        concepts << h.conceptName;
        sides << h.side;
    }
    for (const QVariantList &column : {ids, starts, ends, entries, terms, concepts, sides})
        q.addBindValue(column);
    if (!q.execBatch())
        return fail(u"cannot store framing hits"_s, sqlErrorText(q.lastError()));
    return true;
}

bool CompareStore::framingCounts(QHash<QString, int> *articles, QHash<QString, qint64> *words,
                                 QList<framing::FramingCell> *cells, const std::optional<QList<qint64>> &ids) const
{
    // Some articles: their ids as one JSON array, which SQLite reads as a table (json_each).
    QString listed;
    if (ids) {
        QStringList numbers;
        numbers.reserve(ids->size());
        for (qint64 id : *ids)
            numbers << QString::number(id);
        listed = u'[' + numbers.join(u',') + u']';
    }
    const auto restrict = [&](const QString &column) {
        return ids ? u" WHERE %1 IN (SELECT value FROM json_each(:ids))"_s.arg(column) : QString();
    };
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT CASE WHEN country = '' THEN '\?\?' ELSE country END, count(*), sum(words) "
              "FROM articles%1 GROUP BY 1"_s.arg(restrict(u"id"_s)));
    if (ids)
        q.bindValue(u":ids"_s, listed);
    if (!q.exec())
        return fail(u"cannot count the articles per country"_s, sqlErrorText(q.lastError()));
    while (q.next()) {
        articles->insert(q.value(0).toString(), q.value(1).toInt());
        words->insert(q.value(0).toString(), q.value(2).toLongLong());
    }
    q.prepare(u"SELECT h.concept, h.term, min(h.side), CASE WHEN a.country = '' THEN '\?\?' ELSE a.country END, "
              "count(*), count(DISTINCT h.article_id) FROM framing_hits h JOIN articles a ON a.id = h.article_id%1 "
              "GROUP BY h.concept, h.term, 4"_s.arg(restrict(u"h.article_id"_s)));
    if (ids)
        q.bindValue(u":ids"_s, listed);
    if (!q.exec())
        return fail(u"cannot count the framing hits"_s, sqlErrorText(q.lastError()));
    while (q.next()) {
        framing::FramingCell cell;
        cell.conceptName = q.value(0).toString();
        cell.term = q.value(1).toString();
        cell.side = q.value(2).toString();
        cell.country = q.value(3).toString();
        cell.count = q.value(4).toInt();
        cell.articles = q.value(5).toInt();
        cells->append(cell);
    }
    return true;
}

QList<StoredFramingHit> CompareStore::framingHits(qint64 article) const
{
    QList<StoredFramingHit> result;
    QSqlQuery q(m_store.database());
    q.prepare(article > 0
                  ? u"SELECT article_id, start, end, entry, term, concept, side FROM framing_hits "
                    u"WHERE article_id = ? ORDER BY start"_s
                  : u"SELECT article_id, start, end, entry, term, concept, side FROM framing_hits "
                    u"ORDER BY article_id, start"_s);
    if (article > 0)
        q.addBindValue(article);
    if (!q.exec()) {
        fail(u"cannot read framing hits"_s, sqlErrorText(q.lastError()));
        return result;
    }
    while (q.next()) {
        StoredFramingHit s;
        s.article = q.value(0).toLongLong();
        s.hit.span = {q.value(1).toInt(), q.value(2).toInt()};
        s.hit.entry = q.value(3).toInt();
        s.hit.term = q.value(4).toString();
        s.hit.conceptName = q.value(5).toString();
        s.hit.side = q.value(6).toString();
        result.append(s);
    }
    return result;
}

QString CompareStore::framingLexicon() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(u"SELECT lexicon FROM framing_state WHERE id = 1"_s)) {
        fail(u"cannot read the framing state"_s, sqlErrorText(q.lastError()));
        return {};
    }
    return q.next() ? q.value(0).toString() : QString();
}

bool CompareStore::setFramingLexicon(const QString &fingerprint)
{
    QSqlQuery q(m_store.database());
    q.prepare(u"INSERT OR REPLACE INTO framing_state (id, lexicon) VALUES (1, ?)"_s);
    q.addBindValue(fingerprint);
    if (!q.exec())
        return fail(u"cannot store the framing state"_s, sqlErrorText(q.lastError()));
    return true;
}

QList<QPair<qint64, QString>> CompareStore::bodies(qint64 afterId, int limit) const
{
    QList<QPair<qint64, QString>> out;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, body FROM articles WHERE id > ? ORDER BY id LIMIT ?"_s);
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (!q.exec()) {
        fail(u"cannot read article bodies"_s, sqlErrorText(q.lastError()));
        return out;
    }
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

bool CompareStore::setPairDecision(qint64 left, qint64 right, std::optional<PairDecision> decision)
{
    QSqlQuery q(m_store.database());
    if (!decision) {
        q.prepare(u"DELETE FROM pair_decisions WHERE left_id = ? AND right_id = ?"_s);
        q.addBindValue(left);
        q.addBindValue(right);
    } else {
        q.prepare(u"INSERT OR REPLACE INTO pair_decisions (left_id, right_id, decision, decided_at) "
                  u"VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"_s);
        q.addBindValue(left);
        q.addBindValue(right);
        q.addBindValue(*decision == PairDecision::Confirmed ? u"confirmed"_s : u"rejected"_s);
    }
    if (!q.exec())
        return fail(u"cannot store the pair decision"_s, sqlErrorText(q.lastError()));
    return true;
}

QList<PairDecisionRow> CompareStore::pairDecisions() const
{
    QList<PairDecisionRow> rows;
    QSqlQuery q(m_store.database());
    if (!q.exec(u"SELECT left_id, right_id, decision FROM pair_decisions ORDER BY left_id, right_id"_s)) {
        fail(u"cannot read pair decisions"_s, sqlErrorText(q.lastError()));
        return rows;
    }
    while (q.next()) {
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                     q.value(2).toString() == u"rejected"_s ? PairDecision::Rejected
                                                            : PairDecision::Confirmed});
    }
    return rows;
}

bool CompareStore::addAlignmentFix(qint64 left, qint64 right, const AlignmentFix &fix)
{
    QSqlQuery q(m_store.database());
    q.prepare(u"INSERT OR REPLACE INTO alignment_fixes (left_id, right_id, left_sentence, "
              u"right_sentence, link) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(left);
    q.addBindValue(right);
    q.addBindValue(fix.leftSentence);
    q.addBindValue(fix.rightSentence);
    q.addBindValue(fix.link ? 1 : 0);
    if (!q.exec())
        return fail(u"cannot store the alignment fix"_s, sqlErrorText(q.lastError()));
    return true;
}

bool CompareStore::removeAlignmentFix(qint64 left, qint64 right, int leftSentence, int rightSentence)
{
    QSqlQuery q(m_store.database());
    q.prepare(u"DELETE FROM alignment_fixes WHERE left_id = ? AND right_id = ? AND left_sentence = ? "
              u"AND right_sentence = ?"_s);
    q.addBindValue(left);
    q.addBindValue(right);
    q.addBindValue(leftSentence);
    q.addBindValue(rightSentence);
    if (!q.exec())
        return fail(u"cannot remove the alignment fix"_s, sqlErrorText(q.lastError()));
    return true;
}

QList<AlignmentFix> CompareStore::alignmentFixes(qint64 left, qint64 right) const
{
    QList<AlignmentFix> fixes;
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT left_sentence, right_sentence, link FROM alignment_fixes "
              u"WHERE left_id = ? AND right_id = ? ORDER BY left_sentence, right_sentence"_s);
    q.addBindValue(left);
    q.addBindValue(right);
    if (!q.exec()) {
        fail(u"cannot read alignment fixes"_s, sqlErrorText(q.lastError()));
        return fixes;
    }
    while (q.next())
        fixes.append({q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt() != 0});
    return fixes;
}

} // namespace parallax::store
