// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairingstore.h"

#include "entitystore.h"
#include "store.h"
#include "text/segmenter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace parallax::store {

namespace {

constexpr int keyBatch = 500;

// Words are kept with their counts, one "lemma<TAB>count" a line (a lemma may hold spaces).
QString packWords(const QStringList &words)
{
    QHash<QString, int> counts;
    QStringList order;
    for (const QString &w : words) {
        if (counts[w]++ == 0)
            order.append(w);
    }
    QString out;
    for (const QString &w : std::as_const(order))
        out += w + u'\t' + QString::number(counts.value(w)) + u'\n';
    return out;
}

QStringList unpackWords(const QString &packed)
{
    QStringList words;
    for (QStringView line : QStringView(packed).split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype tab = line.lastIndexOf(u'\t');
        const QString word = line.left(tab).toString();
        for (int n = tab < 0 ? 1 : line.mid(tab + 1).toInt(); n > 0; --n)
            words.append(word);
    }
    return words;
}

} // namespace

Migration pairing1()
{
    return {u"pairing-1"_s, {
        uR"(CREATE TABLE pairing_keys (
              article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
              words TEXT NOT NULL,
              numbers TEXT NOT NULL))"_s,
    }};
}

PairingStore::PairingStore(Store &store)
    : m_store(store)
{
}

bool PairingStore::fail(const QString &what, const QString &detail) const
{
    m_error = u"%1: %2"_s.arg(what, detail);
    return false;
}

std::optional<QList<compare::PairingRecord>> PairingStore::records()
{
    const auto entities = entityKeys();
    if (!entities)
        return std::nullopt;
    QList<compare::PairingRecord> result;
    QList<qint64> missing;
    {
        QSqlQuery q(m_store.database());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT a.id, a.country, a.published, k.words, k.numbers FROM articles a "
                    u"LEFT JOIN pairing_keys k ON k.article_id = a.id ORDER BY a.id"_s)) {
            fail(u"cannot read the articles for pairing"_s, q.lastError().text());
            return std::nullopt;
        }
        while (q.next()) {
            compare::PairingRecord r;
            r.id = q.value(0).toLongLong();
            r.country = q.value(1).toString();
            r.published = QDate::fromString(q.value(2).toString().left(10), Qt::ISODate);
            r.entities = entities->value(r.id);
            if (q.value(3).isNull()) {
                missing.append(r.id);
            } else {
                r.words = unpackWords(q.value(3).toString());
                r.numbers = q.value(4).toString().split(u' ', Qt::SkipEmptyParts);
            }
            result.append(r);
        }
    }
    if (missing.isEmpty())
        return result;
    // Articles seen for the first time: read their bodies once, keep their keys.
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < result.size(); ++i)
        at.insert(result.at(i).id, i);
    QList<compare::PairingRecord> batch;
    for (qsizetype i = 0; i < missing.size(); ++i) {
        if (const auto a = m_store.article(missing.at(i))) {
            compare::PairingRecord &r = result[at.value(a->id)];
            const compare::PairingRecord fresh = compare::pairingRecord(*a);
            r.words = fresh.words;
            r.numbers = fresh.numbers;
            batch.append(r);
        }
        if (batch.size() >= keyBatch || i + 1 == missing.size()) {
            // Keys only spare work next time: a corpus that cannot be written to still pairs.
            writeKeys(batch);
            batch.clear();
        }
    }
    return result;
}

bool PairingStore::writeKeys(const QList<compare::PairingRecord> &records)
{
    if (records.isEmpty())
        return true;
    QSqlDatabase db = m_store.database();
    const bool own = db.transaction();
    QSqlQuery q(db);
    q.prepare(u"INSERT OR REPLACE INTO pairing_keys (article_id, words, numbers) VALUES (?, ?, ?)"_s);
    QVariantList ids, words, numbers;
    for (const compare::PairingRecord &r : records) {
        ids << r.id;
        words << packWords(r.words);
        numbers << r.numbers.join(u' ');
    }
    q.addBindValue(ids);
    q.addBindValue(words);
    q.addBindValue(numbers);
    if (!q.execBatch()) {
        const QString why = q.lastError().text();
        q.finish();
        if (own)
            db.rollback();
        return fail(u"cannot store pairing keys"_s, why);
    }
    q.finish();
    if (own && !db.commit())
        return fail(u"cannot store pairing keys"_s, db.lastError().text());
    return true;
}

std::optional<QHash<qint64, QStringList>> PairingStore::entityKeys()
{
    QHash<qint64, QStringList> keys;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT DISTINCT m.article_id, e.name FROM mentions m "
                u"JOIN entities e ON e.id = m.entity_id ORDER BY m.article_id"_s)) {
        fail(u"cannot read the entity mentions for pairing"_s, q.lastError().text());
        return std::nullopt;
    }
    while (q.next())
        keys[q.value(0).toLongLong()].append(q.value(1).toString());
    return keys;
}

QList<QStringList> PairingStore::sentenceEntityKeys(qint64 article, const QList<Span> &sentences)
{
    QList<QStringList> keys(sentences.size());
    const EntityStore entities(m_store.database());
    for (const MentionRow &m : entities.mentions(article)) {
        const int sentence = text::sentenceAt(sentences, m.span.start);
        if (sentence >= 0 && sentence < keys.size() && !keys.at(sentence).contains(m.name))
            keys[sentence].append(m.name);
    }
    if (!entities.lastError().isEmpty())
        fail(u"cannot read the entity mentions"_s, entities.lastError());
    return keys;
}

QHash<qint64, ArticleSummary> PairingStore::summaries(const QList<qint64> &ids)
{
    QHash<qint64, ArticleSummary> out;
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT title, outlet, country FROM articles WHERE id = ?"_s);
    for (qint64 id : ids) {
        if (out.contains(id))
            continue;
        q.addBindValue(id);
        if (q.exec() && q.next()) {
            ArticleSummary a;
            a.id = id;
            a.title = q.value(0).toString();
            a.outlet = q.value(1).toString();
            a.country = q.value(2).toString();
            out.insert(id, a);
        }
    }
    return out;
}

int PairingStore::storedKeyCount() const
{
    QSqlQuery q(m_store.database());
    if (q.exec(u"SELECT count(*) FROM pairing_keys"_s) && q.next())
        return q.value(0).toInt();
    return 0;
}

} // namespace parallax::store
