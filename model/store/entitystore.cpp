// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitystore.h"

#include "store/sqlitestatement.h"
#include "store/store.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <span>


using namespace Qt::StringLiterals;

namespace parallax::store {

namespace {

// Qt binds a null QString as SQL NULL; the text columns here are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// An entity row from "id, key, name, type, mention count, article ids or count" columns.
EntityRow readRow(const QSqlQuery &q, bool articleIds)
{
    EntityRow r;
    r.id = q.value(0).toLongLong();
    r.key = q.value(1).toString();
    r.name = q.value(2).toString();
    r.type = q.value(3).toString();
    r.mentions = q.value(4).toInt();
    if (articleIds) {
        for (const QString &a : q.value(5).toString().split(u',', Qt::SkipEmptyParts))
            r.articles << a.toLongLong();
        std::sort(r.articles.begin(), r.articles.end());
        r.articleCount = int(r.articles.size());
    } else {
        r.articleCount = q.value(5).toInt();
    }
    return r;
}

} // namespace

EntityStore::EntityStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

EntityStore::~EntityStore() = default;

bool EntityStore::fail(const QString &what, const QString &detail) const
{
    m_error = what + u": "_s + detail;
    return false;
}

// Follows the user's decisions from the recogniser's key to the entity a mention belongs to.
EntityStore::Resolved EntityStore::resolve(const QString &machineKey, const QString &surface) const
{
    Resolved r{machineKey, false};
    QSqlQuery q(m_db);
    q.prepare(u"SELECT kind, value, extra FROM entity_decisions WHERE key = ? AND kind IN "
              "('merge', 'split', 'reject') ORDER BY id"_s);
    for (int hops = 0; hops < 16; ++hops) {
        q.addBindValue(r.key);
        if (!q.exec())
            return r;
        QString next;
        while (q.next() && next.isEmpty()) {
            const QString kind = q.value(0).toString();
            if (kind == "reject"_L1) {
                r.rejected = true;
                return r;
            }
            if (kind == "merge"_L1)
                next = q.value(1).toString();
            else if (kind == "split"_L1 && q.value(1).toString() == surface)
                next = q.value(2).toString();
        }
        if (next.isEmpty() || next == r.key)
            return r;
        r.key = next;
    }
    return r;
}

qint64 EntityStore::ensureEntity(const QString &key, const QString &name, const QString &type, bool known,
                                 bool decisions)
{
    // Prepared once per store object: an import looks up every entity of every article.
    if (!m_findEntity) {
        m_findEntity = std::make_unique<QSqlQuery>(m_db);
        m_findEntity->prepare(u"SELECT id FROM entities WHERE key = ?"_s);
        m_insertEntity = std::make_unique<QSqlQuery>(m_db);
        m_insertEntity->prepare(u"INSERT INTO entities (key, name, type, known) VALUES (?, ?, ?, ?)"_s);
    }
    QSqlQuery &q = *m_findEntity;
    q.addBindValue(key);
    if (q.exec() && q.next()) {
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        return id;
    }
    q.finish();
    QString finalName = name;
    QString finalType = type;
    if (decisions) {
        QSqlQuery d(m_db);
        d.prepare(u"SELECT kind, value FROM entity_decisions WHERE key = ? AND kind IN ('rename', 'retype') ORDER BY id"_s);
        d.addBindValue(key);
        if (d.exec()) {
            while (d.next())
                (d.value(0).toString() == "rename"_L1 ? finalName : finalType) = d.value(1).toString();
        }
    }
    QSqlQuery &ins = *m_insertEntity;
    ins.addBindValue(key);
    ins.addBindValue(finalName);
    ins.addBindValue(finalType);
    ins.addBindValue(known ? 1 : 0);
    if (!ins.exec()) {
        fail(u"entity"_s, sqlErrorText(ins.lastError()));
        return 0;
    }
    const qint64 id = ins.lastInsertId().toLongLong();
    ins.finish();
    return id;
}

void EntityStore::startBatch()
{
    m_entityIds.clear();
    m_hasDecisions.reset();
}

bool EntityStore::writeMentions(const Article &article, const QList<entities::EntityMention> &mentions)
{
    startBatch(); // a re-analysis may follow any change of entities or decisions
    QSqlQuery del(m_db);
    del.prepare(u"DELETE FROM mentions WHERE article_id = ?"_s);
    del.addBindValue(article.id);
    if (!del.exec())
        return fail(u"mentions"_s, sqlErrorText(del.lastError()));
    return insertMentions(article, mentions);
}

bool EntityStore::insertMentions(const Article &article, const QList<entities::EntityMention> &mentions)
{
    if (mentions.isEmpty())
        return true;
    if (!m_addCounts)
        m_addCounts = std::make_unique<RowInserter>(
            m_db, u"INSERT INTO entity_counts (entity_id, mentions, articles) VALUES (?, ?, 1) "
                  "ON CONFLICT(entity_id) DO UPDATE SET mentions = mentions + excluded.mentions, "
                  "articles = articles + 1"_s);
    if (!m_addArticles)
        m_addArticles = std::make_unique<RowInserter>(
            m_db, u"INSERT INTO entity_articles (entity_id, article_id, mentions) VALUES (?, ?, ?)"_s);
    QHash<qint64, int> counts; // entity id -> mentions in this article, for entity_counts
    // Without any decision (the usual case at import) a mention's entity is the recogniser's.
    if (!m_hasDecisions) {
        QSqlQuery any(m_db);
        m_hasDecisions = any.exec(u"SELECT 1 FROM entity_decisions LIMIT 1"_s) && any.next();
    }
    const bool decisions = *m_hasDecisions;
    QHash<QString, Resolved> resolved; // machine key and surface -> resolved key
    struct Row
    {
        const entities::EntityMention *mention;
        qint64 entity;
        bool moved; ///< a decision sent it to another entity than the recogniser's
    };
    std::vector<Row> rows;
    rows.reserve(size_t(mentions.size()));
    for (const entities::EntityMention &m : mentions) {
        Resolved r{m.key, false};
        if (decisions) {
            const QString cacheKey = m.key + u'\n' + m.surface;
            auto it = resolved.constFind(cacheKey);
            if (it == resolved.cend())
                it = resolved.insert(cacheKey, resolve(m.key, m.surface));
            r = *it;
        }
        if (r.rejected)
            continue;
        qint64 id = m_entityIds.value(r.key);
        if (!id) {
            id = ensureEntity(r.key, r.key == m.key ? m.canonical : m.surface, entities::typeName(m.type), m.known,
                              decisions);
            if (!id)
                return false;
            m_entityIds.insert(r.key, id);
        }
        rows.push_back({&m, id, r.key != m.key});
        ++counts[id];
    }
    // Many rows to a statement: each statement run has a cost of its own, as large as a row's.
    for (size_t i = 0; i < rows.size();) {
        const int n = rows.size() - i >= 32 ? 32 : rows.size() - i >= 8 ? 8 : 1;
        RowInserter &ins = mentionInserter(n);
        for (const Row &row : std::span(rows).subspan(i, size_t(n))) {
            const entities::EntityMention &m = *row.mention;
            // The recogniser's key only where a decision sent the mention to another entity:
            // otherwise it is the entity's own key, and writing it again for every mention was a
            // third of the row.
            ins.bind(article.id).bind(m.span.start).bind(m.span.end).bind(row.entity)
                .bind(row.moved ? text(m.key) : QStringLiteral("")).bind(text(m.surface)).bind(text(m.usage));
        }
        if (!ins.exec())
            return fail(u"mentions"_s, ins.lastError());
        i += size_t(n);
    }
    // The article had no mentions before: each of its entities gains one article.
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!m_addArticles->bind(it.key()).bind(article.id).bind(it.value()).exec())
            return fail(u"entity articles"_s, m_addArticles->lastError());
        if (!m_addCounts->bind(it.key()).bind(it.value()).exec())
            return fail(u"entity counts"_s, m_addCounts->lastError());
    }
    return true;
}

RowInserter &EntityStore::mentionInserter(int rows)
{
    std::unique_ptr<RowInserter> &ins = m_insertMentions[rows];
    if (!ins) {
        QStringList values(rows, u"(?, ?, ?, ?, ?, ?, ?)"_s);
        ins = std::make_unique<RowInserter>(
            m_db, u"INSERT INTO mentions (article_id, start, end, entity_id, machine_key, surface, usage) VALUES %1"_s
                      .arg(values.join(u", "_s)));
    }
    return *ins;
}

QList<EntityRow> EntityStore::entities(const QString &type) const
{
    QList<EntityRow> out;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT e.id, e.key, e.name, e.type, sum(a.mentions) AS n, group_concat(a.article_id) "
              "FROM entities e JOIN entity_articles a ON a.entity_id = e.id "
              "WHERE (:type = '' OR e.type = :type) GROUP BY e.id ORDER BY n DESC, e.name"_s);
    q.bindValue(u":type"_s, text(type));
    if (!q.exec()) {
        fail(u"entities"_s, sqlErrorText(q.lastError()));
        return out;
    }
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        const EntityRow r = readRow(q, true);
        index.insert(r.id, out.size());
        out << r;
    }
    // Names: every surface used, plus and minus the user's alias decisions.
    QSqlQuery names(m_db);
    if (names.exec(u"SELECT entity_id, surface FROM mentions GROUP BY entity_id, surface ORDER BY entity_id, surface"_s)) {
        while (names.next()) {
            const auto it = index.constFind(names.value(0).toLongLong());
            if (it != index.cend())
                out[*it].aliases << names.value(1).toString();
        }
    }
    applyAliasDecisions(u""_s, {}, [&](qint64 id) -> QStringList * {
        const auto it = index.constFind(id);
        return it == index.cend() ? nullptr : &out[*it].aliases;
    });
    return out;
}

// Applies the user's alias decisions, in the order they were made, to the lists `target` gives
// for entity ids (null: not wanted); `where` narrows the decisions read.
void EntityStore::applyAliasDecisions(const QString &where, const QVariantList &values,
                                      const std::function<QStringList *(qint64)> &target) const
{
    QSqlQuery decisions(m_db);
    decisions.prepare(u"SELECT e.id, d.kind, d.value FROM entity_decisions d JOIN entities e ON e.key = d.key "
                      "WHERE d.kind IN ('alias-add', 'alias-remove') "_s + where + u" ORDER BY d.id"_s);
    for (const QVariant &v : values)
        decisions.addBindValue(v);
    if (!decisions.exec())
        return;
    while (decisions.next()) {
        QStringList *aliases = target(decisions.value(0).toLongLong());
        if (!aliases)
            continue;
        const QString alias = decisions.value(2).toString();
        aliases->removeAll(alias);
        if (decisions.value(1).toString() == "alias-add"_L1)
            *aliases << alias;
    }
}

QStringList EntityStore::aliases(qint64 entityId) const
{
    QStringList out;
    QSqlQuery names(m_db);
    names.prepare(u"SELECT DISTINCT m.surface FROM entity_articles a "
                  "JOIN mentions m ON m.article_id = a.article_id AND m.entity_id = a.entity_id "
                  "WHERE a.entity_id = ? ORDER BY m.surface"_s);
    names.addBindValue(entityId);
    if (names.exec()) {
        while (names.next())
            out << names.value(0).toString();
    }
    applyAliasDecisions(u"AND e.id = ?"_s, {entityId}, [&out](qint64) { return &out; });
    return out;
}

std::optional<EntityRow> EntityStore::entity(qint64 id) const
{
    const QString key = keyOf(id);
    std::optional<EntityRow> r = key.isEmpty() ? std::nullopt : entityByKey(key);
    if (r)
        r->aliases = aliases(id);
    return r;
}

std::optional<EntityRow> EntityStore::entityByKey(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, key, name, type FROM entities WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    EntityRow r;
    r.id = q.value(0).toLongLong();
    r.key = q.value(1).toString();
    r.name = q.value(2).toString();
    r.type = q.value(3).toString();
    // Its articles in order, from the one row per article that names it. Read on the SQLite
    // handle: the most named entity of a large corpus is in close to every article, too many to
    // carry through QVariant or a concatenated string.
    SqliteStatement articles(m_db, u"SELECT article_id, mentions FROM entity_articles WHERE entity_id = ? "
                                   "ORDER BY article_id"_s);
    if (!articles.bind({r.id}))
        return std::nullopt;
    int rc;
    while ((rc = articles.step()) == SQLITE_ROW) {
        r.articles << sqlite3_column_int64(articles.get(), 0);
        r.mentions += sqlite3_column_int(articles.get(), 1);
    }
    if (rc != SQLITE_DONE || r.mentions == 0)
        return std::nullopt; // as an entity nothing names
    r.articleCount = int(r.articles.size());
    return r;
}

QString EntityStore::nameOfKey(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT name FROM entities WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

namespace {

// Only the conditions the query needs, so that SQLite can read a type's entities from an index.
QString whereClause(const EntityQuery &query)
{
    return u"WHERE c.mentions > 0 "_s + (query.type.isEmpty() ? QString() : u"AND e.type = :type "_s)
        + (query.filter.isEmpty() ? QString() : u"AND e.name LIKE '%' || :filter || '%' "_s);
}

void bindQuery(QSqlQuery &q, const EntityQuery &query)
{
    if (!query.type.isEmpty())
        q.bindValue(u":type"_s, query.type);
    if (!query.filter.isEmpty())
        q.bindValue(u":filter"_s, query.filter);
}

} // namespace

// Pages and counts read the per-entity counters (see countsMigration()), not the mentions.
QList<EntityRow> EntityStore::page(const EntityQuery &query, int offset, int limit) const
{
    QList<EntityRow> out;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT e.id, e.key, e.name, e.type, c.mentions, c.articles "
              "FROM entity_counts c JOIN entities e ON e.id = c.entity_id "_s
              + whereClause(query) + u"ORDER BY "_s
              + (query.byCount ? u"c.mentions DESC, e.name"_s : u"e.name COLLATE NOCASE, e.id"_s) + u" LIMIT :limit OFFSET :offset"_s);
    bindQuery(q, query);
    q.bindValue(u":limit"_s, limit);
    q.bindValue(u":offset"_s, offset);
    if (!q.exec()) {
        fail(u"entities"_s, sqlErrorText(q.lastError()));
        return out;
    }
    while (q.next())
        out << readRow(q, false);
    return out;
}

int EntityStore::count(const EntityQuery &query) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM entity_counts c JOIN entities e ON e.id = c.entity_id "_s + whereClause(query));
    bindQuery(q, query);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    fail(u"entities"_s, sqlErrorText(q.lastError()));
    return 0;
}

QHash<QString, int> EntityStore::countByType(const EntityQuery &query) const
{
    QHash<QString, int> out;
    EntityQuery all = query;
    all.type.clear();
    QSqlQuery q(m_db);
    q.prepare(u"SELECT e.type, count(*) FROM entity_counts c JOIN entities e ON e.id = c.entity_id "_s + whereClause(all)
              + u"GROUP BY e.type"_s);
    bindQuery(q, all);
    if (!q.exec()) {
        fail(u"entities"_s, sqlErrorText(q.lastError()));
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

namespace {

bool isWithin(EntityStore::Within within, qint64 article)
{
    return !within || std::binary_search(within->cbegin(), within->cend(), article);
}

} // namespace

QList<MentionRow> EntityStore::mentionsOf(qint64 entityId, int limit, Within within) const
{
    QList<MentionRow> out;
    // Within some articles the others are skipped here, so the limit counts only the kept ones.
    SqliteStatement q(m_db, u"SELECT m.article_id, e.name, e.type, m.start, m.end, m.surface, m.usage FROM entity_articles a "
                            "JOIN mentions m ON m.article_id = a.article_id AND m.entity_id = a.entity_id "
                            "JOIN entities e ON e.id = a.entity_id WHERE a.entity_id = ? ORDER BY a.article_id, m.start%1"_s
                                .arg(within ? QString() : u" LIMIT ?"_s));
    if (!q.bind(within ? QVariantList{entityId} : QVariantList{entityId, limit})) {
        fail(u"mentions"_s, q.error());
        return out;
    }
    int rc = SQLITE_DONE;
    while ((out.size() < limit || limit < 0) && (rc = q.step()) == SQLITE_ROW) {
        const qint64 article = sqlite3_column_int64(q.get(), 0);
        if (!isWithin(within, article))
            continue;
        out << MentionRow{entityId, article, QString::fromUtf8(q.bytes(1)), QString::fromUtf8(q.bytes(2)),
                          Span{sqlite3_column_int(q.get(), 3), sqlite3_column_int(q.get(), 4)},
                          QString::fromUtf8(q.bytes(5)), QString::fromUtf8(q.bytes(6))};
    }
    if (out.size() < limit && limit >= 0 && rc != SQLITE_DONE)
        fail(u"mentions"_s, q.error());
    return out;
}

QList<MentionRow> EntityStore::mentions(qint64 articleId) const
{
    QList<MentionRow> out;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT m.entity_id, e.name, e.type, m.start, m.end, m.surface, m.usage FROM mentions m "
              "JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? ORDER BY m.start"_s);
    q.addBindValue(articleId);
    if (!q.exec()) {
        fail(u"mentions"_s, sqlErrorText(q.lastError()));
        return out;
    }
    while (q.next()) {
        out << MentionRow{q.value(0).toLongLong(), articleId, q.value(1).toString(), q.value(2).toString(),
                          Span{q.value(3).toInt(), q.value(4).toInt()}, q.value(5).toString(), q.value(6).toString()};
    }
    return out;
}

QList<Span> EntityStore::mentionSpans(qint64 articleId) const
{
    QList<Span> out;
    if (!m_mentionSpans) {
        m_mentionSpans = std::make_unique<QSqlQuery>(m_db);
        m_mentionSpans->setForwardOnly(true);
        m_mentionSpans->prepare(u"SELECT start, end FROM mentions WHERE article_id = ? ORDER BY start"_s);
    }
    QSqlQuery &q = *m_mentionSpans;
    q.addBindValue(articleId);
    if (!q.exec()) {
        fail(u"mentions"_s, sqlErrorText(q.lastError()));
        return out;
    }
    while (q.next())
        out.append(Span{q.value(0).toInt(), q.value(1).toInt()});
    q.finish();
    return out;
}

// Counted here rather than by GROUP BY with count(DISTINCT …): one walk of the entity's articles
// and their mentions, which come article by article. For an entity named in nearly every article
// of a 100,000-article corpus that is a few million rows, and the SQL's temporary B-trees took
// several times as long as the walk.
QList<CooccurrenceRow> EntityStore::cooccurring(qint64 entityId, int limit, Within within) const
{
    QList<CooccurrenceRow> out;
    if (limit == 0)
        return out;
    SqliteStatement walk(m_db, u"SELECT o.article_id, o.entity_id FROM entity_articles a "
                               "JOIN mentions o ON o.article_id = a.article_id WHERE a.entity_id = ?"_s);
    if (!walk.bind({entityId})) {
        fail(u"cooccur"_s, walk.error());
        return out;
    }
    struct Shared
    {
        int articles = 0; ///< articles shared with this entity
        qint64 last = -1; ///< the last of them, counted
    };
    QHash<qint64, Shared> shared; // by entity
    int rc;
    while ((rc = walk.step()) == SQLITE_ROW) {
        const qint64 article = sqlite3_column_int64(walk.get(), 0);
        const qint64 other = sqlite3_column_int64(walk.get(), 1);
        if (other == entityId || !isWithin(within, article))
            continue;
        Shared &with = shared[other];
        if (with.last != article) {
            with.last = article;
            ++with.articles;
        }
    }
    if (rc != SQLITE_DONE) {
        fail(u"cooccur"_s, walk.error());
        return out;
    }
    // The most shared first; names break ties, so every entity tied with the last one kept is read.
    QList<std::pair<int, qint64>> ranked;
    ranked.reserve(shared.size());
    for (auto it = shared.cbegin(); it != shared.cend(); ++it)
        ranked.append({it->articles, it.key()});
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    if (limit >= 0 && ranked.size() > limit) {
        const int last = ranked.at(limit - 1).first;
        qsizetype keep = limit;
        while (keep < ranked.size() && ranked.at(keep).first == last)
            ++keep;
        ranked.resize(keep);
    }
    SqliteStatement entity(m_db, u"SELECT name, type FROM entities WHERE id = ?"_s);
    if (!entity.get()) {
        fail(u"cooccur"_s, entity.error());
        return out;
    }
    struct Named
    {
        CooccurrenceRow row;
        QByteArray name; ///< UTF-8, ordered as SQLite orders text
    };
    QList<Named> named;
    for (const auto &[count, id] : std::as_const(ranked)) {
        sqlite3_bind_int64(entity.get(), 1, id);
        if (entity.step() == SQLITE_ROW) {
            const QByteArray name = entity.bytes(0).toByteArray();
            named.append({CooccurrenceRow{id, QString::fromUtf8(name), QString::fromUtf8(entity.bytes(1)), count}, name});
        }
        sqlite3_reset(entity.get());
    }
    std::sort(named.begin(), named.end(), [](const Named &a, const Named &b) {
        return a.row.articles != b.row.articles ? a.row.articles > b.row.articles : a.name < b.name;
    });
    for (const Named &n : std::as_const(named)) {
        if (limit >= 0 && out.size() == limit)
            break;
        out << n.row;
    }
    return out;
}

// Grouped here rather than by SQL, like cooccurring(): the names of a much-named entity's
// mentions repeat, and hashing them costs less than SQL's sort.
QList<NameUse> EntityStore::namesByCountry(qint64 entityId, Within within) const
{
    QList<NameUse> out;
    SqliteStatement walk(m_db, u"SELECT a.country, m.surface, ea.article_id FROM entity_articles ea "
                               "JOIN articles a ON a.id = ea.article_id "
                               "JOIN mentions m ON m.article_id = ea.article_id AND m.entity_id = ea.entity_id "
                               "WHERE ea.entity_id = ?"_s);
    if (!walk.bind({entityId})) {
        fail(u"names"_s, walk.error());
        return out;
    }
    QHash<std::pair<QByteArray, QByteArray>, int> uses; // (country, name) in UTF-8 -> mentions
    std::pair<QByteArray, QByteArray> key;
    int *count = nullptr; // of `key`, the previous row's: consecutive mentions mostly share it
    int rc;
    while ((rc = walk.step()) == SQLITE_ROW) {
        if (within && !isWithin(within, sqlite3_column_int64(walk.get(), 2)))
            continue;
        const QByteArrayView country = walk.bytes(0);
        const QByteArrayView name = walk.bytes(1);
        if (!count || country != key.first || name != key.second) {
            key = {country.toByteArray(), name.toByteArray()};
            count = &uses[key]; // valid until the next insert, which takes it again
        }
        ++*count;
    }
    if (rc != SQLITE_DONE) {
        fail(u"names"_s, walk.error());
        return out;
    }
    // By country, then most used, then name; UTF-8 bytes order as SQLite's text does.
    QList<std::pair<std::pair<QByteArray, QByteArray>, int>> sorted;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it)
        sorted.append({it.key(), it.value()});
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        if (a.first.first != b.first.first)
            return a.first.first < b.first.first;
        if (a.second != b.second)
            return a.second > b.second;
        return a.first.second < b.first.second;
    });
    for (const auto &[use, mentions] : std::as_const(sorted))
        out << NameUse{QString::fromUtf8(use.second), QString::fromUtf8(use.first), mentions};
    return out;
}

QString EntityStore::keyOf(qint64 entityId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT key FROM entities WHERE id = ?"_s);
    q.addBindValue(entityId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool EntityStore::record(const QString &kind, const QString &key, const QString &value, const QString &extra)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO entity_decisions (kind, key, value, extra, made_at) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(kind);
    q.addBindValue(key);
    q.addBindValue(text(value));
    q.addBindValue(text(extra));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return q.exec() || fail(kind, sqlErrorText(q.lastError()));
}

} // namespace parallax::store
