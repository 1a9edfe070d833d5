// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairingstore.h"

#include "entitystore.h"
#include "store.h"
#include "text/segmenter.h"

#include <algorithm>

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace parallax::store {

namespace {

constexpr int keyBatch = 500;

// A version a newer one replaced reports nothing its successor does not: no pairing candidate.
const QString current = u"a.id NOT IN (SELECT supersedes FROM article_revisions)"_s;

} // namespace

// Words are kept with their counts, one "lemma<TAB>count" a line (a lemma may hold spaces).
QString packPairingWords(const QStringList &words)
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
    return out.isNull() ? u""_s : out;
}

namespace {

QString nonNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

// The words once each, their counts beside them.
QStringList unpackWords(const QString &packed, QList<int> &counts)
{
    QStringList words;
    for (QStringView line : QStringView(packed).split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype tab = line.lastIndexOf(u'\t');
        words.append(line.left(tab).toString());
        counts.append(tab < 0 ? 1 : line.mid(tab + 1).toInt());
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
    QList<compare::PairingRecord> result;
    const bool read = forEachRecord([&result](const compare::PairingRecord &r) {
        compare::PairingRecord repeated = r; // words repeated as often as they occur
        if (!r.wordCounts.isEmpty()) {
            repeated.words.clear();
            repeated.wordCounts.clear();
            for (qsizetype i = 0; i < r.words.size(); ++i)
                repeated.words.append(QStringList(r.wordCounts.value(i, 1), r.words.at(i)));
        }
        result.append(repeated);
    });
    if (!read)
        return std::nullopt;
    std::sort(result.begin(), result.end(),
              [](const compare::PairingRecord &x, const compare::PairingRecord &y) { return x.id < y.id; });
    return result;
}

std::optional<compare::PairingCorpus> PairingStore::corpus()
{
    compare::PairingCorpus corpus;
    if (!forEachRecord([&corpus](const compare::PairingRecord &r) { corpus.add(r); }))
        return std::nullopt;
    return corpus;
}

bool PairingStore::forEachRecord(const std::function<void(const compare::PairingRecord &)> &visit)
{
    auto entities = entityKeys();
    if (!entities)
        return false;
    QSet<qint64> visited;
    QList<qint64> missing;
    {
        QSqlQuery q(m_store.database());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT a.id FROM articles a LEFT JOIN pairing_keys k ON k.article_id = a.id "
                    u"WHERE k.article_id IS NULL AND "_s + current))
            return fail(u"cannot read the articles for pairing"_s, sqlErrorText(q.lastError()));
        while (q.next())
            missing.append(q.value(0).toLongLong());
    }
    // Articles seen for the first time: read their bodies once, keep their keys.
    QList<compare::PairingRecord> batch;
    const auto cancelled = [this] { return m_cancel && m_cancel->load(std::memory_order_relaxed); };
    for (qsizetype i = 0; i < missing.size(); ++i) {
        if (i % 256 == 0 && cancelled())
            return fail(u"pairing was cancelled"_s, {});
        if (const auto a = m_store.article(missing.at(i))) {
            batch.append(compare::pairingRecord(*a, entities->take(a->id)));
            visit(batch.last());
            visited.insert(a->id);
        }
        if (batch.size() >= keyBatch || i + 1 == missing.size()) {
            // Keys only spare work next time: a corpus that cannot be written to still pairs.
            writeKeys(batch);
            batch.clear();
        }
    }
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT a.id, a.country, a.published, k.words, k.numbers FROM articles a "
                u"JOIN pairing_keys k ON k.article_id = a.id WHERE "_s + current))
        return fail(u"cannot read the articles for pairing"_s, sqlErrorText(q.lastError()));
    for (int row = 0; q.next(); ++row) {
        if (row % 4096 == 0 && cancelled())
            return fail(u"pairing was cancelled"_s, {});
        compare::PairingRecord r;
        r.id = q.value(0).toLongLong();
        if (visited.contains(r.id))
            continue;
        r.country = q.value(1).toString();
        r.published = QDate::fromString(q.value(2).toString().left(10), Qt::ISODate);
        r.entities = entities->take(r.id);
        r.words = unpackWords(q.value(3).toString(), r.wordCounts);
        r.numbers = q.value(4).toString().split(u' ', Qt::SkipEmptyParts);
        visit(r);
    }
    return true;
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
        // An article without numbers stores an empty text, not NULL (a null QString binds as NULL).
        words << packPairingWords(r.words);
        numbers << nonNull(r.numbers.join(u' '));
    }
    q.addBindValue(ids);
    q.addBindValue(words);
    q.addBindValue(numbers);
    if (!q.execBatch()) {
        const QString why = sqlErrorText(q.lastError());
        q.finish();
        if (own)
            db.rollback();
        return fail(u"cannot store pairing keys"_s, why);
    }
    q.finish();
    if (own && !db.commit())
        return fail(u"cannot store pairing keys"_s, sqlErrorText(db.lastError()));
    return true;
}

std::optional<QHash<qint64, QStringList>> PairingStore::entityKeys()
{
    // Names by entity id once, then the (entity, article) pairs:
    // integers, not a name per mention.
    QHash<qint64, QString> names;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, name FROM entities"_s)) {
        fail(u"cannot read the entities for pairing"_s, sqlErrorText(q.lastError()));
        return std::nullopt;
    }
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    QHash<qint64, QStringList> keys;
    if (!q.exec(u"SELECT entity_id, article_id FROM entity_articles"_s)) {
        fail(u"cannot read the entity mentions for pairing"_s, sqlErrorText(q.lastError()));
        return std::nullopt;
    }
    while (q.next()) {
        const QString name = names.value(q.value(0).toLongLong());
        QStringList &list = keys[q.value(1).toLongLong()];
        if (!name.isEmpty() && !list.contains(name)) // two entities may bear one name
            list.append(name);
    }
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
    return m_store.summaries(ids);
}

int PairingStore::storedKeyCount() const
{
    QSqlQuery q(m_store.database());
    if (q.exec(u"SELECT count(*) FROM pairing_keys"_s) && q.next())
        return q.value(0).toInt();
    return 0;
}

} // namespace parallax::store
