// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entities/entity.h"
#include "core/article.h"

#include "store/rowinserter.h"
#include "store/schema.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>
#include <QString>

namespace parallax::store {

/** An entity with how often and where it is mentioned. */
struct EntityRow
{
    qint64 id = 0;
    QString key;        ///< the recogniser's key (gazetteer id or normalised name)
    QString name;
    QString type;       ///< entities::typeName()
    int mentions = 0;
    int articleCount = 0;
    QList<qint64> articles; ///< filled by entities() and entityByKey(), not by page()
    QStringList aliases; ///< every name it is called by, the user's additions included
};

/** One mention in an article (UTF-16 offsets into the body). */
struct MentionRow
{
    qint64 entityId = 0;
    qint64 articleId = 0;
    QString name;
    QString type;
    Span span;
    QString text;
    QString usage;
};

/** An entity named in the same articles as another. */
struct CooccurrenceRow
{
    qint64 entityId = 0;
    QString name;
    QString type;
    int articles = 0;
};

/** Which entities a list shows, and in which order. */
struct EntityQuery
{
    QString type;          ///< empty: every type
    QString filter;        ///< part of the name, any case
    bool byCount = true;   ///< most mentioned first; otherwise by name
};

/** How an entity is named within some articles. */
struct ScopedCount
{
    int mentions = 0;
    int articles = 0;
};

/** A name of an entity as used by the outlets of one country. */
struct NameUse
{
    QString name;
    QString country;
    int mentions = 0;
};

/**
 * What some entities look like in the store at one moment: their rows, the mentions a decision
 * about them can move, and the decisions recorded under their keys. Taken before and after a
 * decision, it lets the decision be undone and redone with the same ids.
 */
struct EntitySnapshot
{
    QList<qint64> ids;
    QStringList keys;
    QList<QSqlRecord> entities;
    QList<QSqlRecord> mentions;
    QList<QSqlRecord> decisions;
};

/**
 * Entities and their mentions, and the user's decisions about them. Decisions (rename, retype,
 * merge, split, add or remove an alias, reject) are stored by the recogniser's key and applied
 * over every later analysis, so they survive re-import and re-analysis.
 */
class EntityStore final
{
public:
    explicit EntityStore(QSqlDatabase db);
    ~EntityStore();
    Q_DISABLE_COPY_MOVE(EntityStore)

    /** The per-entity mention and article counts, kept by triggers (filled for existing corpora). */
    static Migration countsMigration();
    /** One row per entity and article (entity_articles), and mentions without a second index. */
    static Migration articlesMigration();

    /**
     * Replaces an article's mentions with these, mapped through the user's decisions (a
     * re-analysis). Inside a transaction.
     */
    bool writeMentions(const Article &article, const QList<entities::EntityMention> &mentions);
    /**
     * Adds the mentions of an article that has none yet (the import), with what startBatch()
     * allows to be cached since the transaction began.
     */
    bool insertMentions(const Article &article, const QList<entities::EntityMention> &mentions);

    /** Entities with mention and article counts, most mentioned first; type filters when given. */
    QList<EntityRow> entities(const QString &type = {}) const;
    std::optional<EntityRow> entity(qint64 id) const;
    std::optional<EntityRow> entityByKey(const QString &key) const;
    /** The name of the entity with this key (empty when there is none), without its articles. */
    QString nameOfKey(const QString &key) const;
    /** A page of a filtered, sorted list (for lazy item models), without article ids. */
    QList<EntityRow> page(const EntityQuery &query, int offset, int limit) const;
    int count(const EntityQuery &query) const;
    /** How many entities each type has that the query shows (its type is ignored); one query. */
    QHash<QString, int> countByType(const EntityQuery &query) const;
    /**
     * The articles the details below keep to (sorted ids, as an ArticleFilter selects them);
     * nullptr: every article.
     */
    using Within = const std::vector<qint64> *;
    /** The mentions of one entity across the corpus (or within some articles), by article. */
    QList<MentionRow> mentionsOf(qint64 entityId, int limit = 500, Within within = nullptr) const;
    QList<MentionRow> mentions(qint64 articleId) const;
    /** Where entities are named in one article, by start: spans only (a statement prepared once). */
    QList<Span> mentionSpans(qint64 articleId) const;
    QList<CooccurrenceRow> cooccurring(qint64 entityId, int limit = 50, Within within = nullptr) const;
    QList<NameUse> namesByCountry(qint64 entityId, Within within = nullptr) const;

    /** How countsWithin() reads: each article's mentions, or the whole table of (entity, article). */
    enum class ScopeRead { Auto, ByArticle, WholeTable };
    /**
     * The mentions and articles of each entity named in these articles, by entity
     * id; entities they do not name are absent. Auto reads article by article when the articles
     * are a small part of the corpus. nullopt and lastError() when the store cannot be read.
     */
    std::optional<QHash<qint64, ScopedCount>> countsWithin(const QList<qint64> &articles,
                                                           ScopeRead how = ScopeRead::Auto) const;
    /**
     * The entities named in these articles, every type, with their mentions and
     * articles there, unsorted and without article ids or aliases; see arrange().
     */
    std::optional<QList<EntityRow>> within(const QList<qint64> &articles, ScopeRead how = ScopeRead::Auto) const;
    /**
     * Keeps the rows that a query shows (its type; its filter as part of the name, any case) in
     * its order: most mentioned first, then by name; or by name regardless of case, then by id.
     */
    static void arrange(QList<EntityRow> &rows, const EntityQuery &query);
    /** The positions of rows in arrange()'s order, most mentioned first or by name. */
    static QList<qsizetype> order(const QList<EntityRow> &rows, bool byCount);
    /** Every name an entity is called by: the names its mentions use, with the user's alias decisions. */
    QStringList aliases(qint64 entityId) const;

    // User decisions. Each is stored and applied at once; false and lastError() on failure.
    bool rename(qint64 entityId, const QString &name);
    bool retype(qint64 entityId, entities::EntityType type);
    bool merge(qint64 entityId, qint64 intoEntityId);
    /** Moves the mentions written as `surface` to a new entity; returns its id, or 0. */
    qint64 split(qint64 entityId, const QString &surface);
    bool addAlias(qint64 entityId, const QString &alias);
    bool removeAlias(qint64 entityId, const QString &alias);
    /** Marks an entity as not an entity: its mentions go and do not come back. */
    bool reject(qint64 entityId);

    /**
     * Forgets the entity ids and the "any decisions?" answer cached by writeMentions. The store
     * calls it at the start of each write transaction: nothing else can write while it holds one.
     */
    void startBatch();
    /**
     * The state of some entities and the decisions under these and any further keys, with the
     * mentions of `mentionsOf` (the entity whose mentions the decision moves; 0: none moves).
     */
    EntitySnapshot snapshot(const QList<qint64> &ids, const QStringList &keys = {}, qint64 mentionsOf = 0) const;
    /** The same entities (and any made since) after a decision, with the same mentions wherever they are now. */
    EntitySnapshot snapshotAfter(const EntitySnapshot &before, const QList<qint64> &ids) const;
    /**
     * Puts the entities back as they were in `state`: what `other` (the snapshot of the same
     * entities at another moment) holds and `state` does not goes. One transaction.
     */
    bool restore(const EntitySnapshot &state, const EntitySnapshot &other);

    QString lastError() const { return m_error; }
    /** The recogniser's key of an entity (what the SelectionHub carries), or empty. */
    QString keyOf(qint64 entityId) const;

private:
    struct Resolved
    {
        QString key;
        bool rejected = false;
    };
    Resolved resolve(const QString &machineKey, const QString &surface) const;
    qint64 ensureEntity(const QString &key, const QString &name, const QString &type, bool known, bool decisions = true);
    void applyAliasDecisions(const QString &where, const QVariantList &values,
                             const std::function<QStringList *(qint64)> &target) const;
    bool record(const QString &kind, const QString &key, const QString &value, const QString &extra = {});
    bool fail(const QString &what, const QString &detail) const;
    /**
     * Counts the mentions of these entities again (after rows were put back as they were); the
     * (entity, article) pairs given are counted again from the mentions first.
     */
    bool recount(const QList<qint64> &ids, const QList<std::pair<qint64, qint64>> &pairs = {});
    /** The INSERT of that many mentions at once, prepared when first asked for. */
    RowInserter &mentionInserter(int rows);

    QSqlDatabase m_db;
    mutable QString m_error;
    std::unique_ptr<QSqlQuery> m_findEntity;
    mutable std::unique_ptr<QSqlQuery> m_mentionSpans;
    std::unique_ptr<QSqlQuery> m_insertEntity;
    std::map<int, std::unique_ptr<RowInserter>> m_insertMentions; ///< by rows per statement (mentionInserter())
    std::unique_ptr<RowInserter> m_addCounts;
    std::unique_ptr<RowInserter> m_addArticles; ///< an article's row in entity_articles
    // What writeMentions learnt during one write transaction (see startBatch()).
    QHash<QString, qint64> m_entityIds; ///< resolved key -> entity id
    std::optional<bool> m_hasDecisions;
};

} // namespace parallax::store
