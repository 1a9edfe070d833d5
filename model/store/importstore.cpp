// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importstore.h"

#include "import/neardup.h"
#include "store/rowinserter.h"
#include "store/schema.h"
#include "store/store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace parallax::store {

Migration measuredDuplicatesMigration()
{
    return {u"duplicates-2"_s, {}, [](const QSqlDatabase &db, QString *error) {
        QSqlQuery links(db);
        if (!links.exec(u"SELECT article_id, duplicate_of FROM article_duplicates WHERE kind = 'same-text'"_s)) {
            *error = sqlErrorText(links.lastError());
            return false;
        }
        QList<std::pair<qint64, qint64>> pairs;
        while (links.next())
            pairs.append({links.value(0).toLongLong(), links.value(1).toLongLong()});
        QSqlQuery body(db), update(db), drop(db);
        body.prepare(u"SELECT body, language FROM articles WHERE id = ?"_s);
        update.prepare(u"UPDATE article_duplicates SET similarity = ? WHERE article_id = ?"_s);
        drop.prepare(u"DELETE FROM article_duplicates WHERE article_id = ?"_s);
        const auto read = [&body](qint64 id) {
            Article a;
            body.addBindValue(id);
            if (body.exec() && body.next()) {
                a.body = body.value(0).toString();
                a.language = body.value(1).toString();
            }
            body.finish();
            return a;
        };
        for (const auto &[id, of] : std::as_const(pairs)) {
            const double measured = import::resemblance(read(id), read(of));
            QSqlQuery &q = measured >= nearDuplicateThreshold ? update : drop;
            if (measured >= nearDuplicateThreshold)
                q.addBindValue(measured);
            q.addBindValue(id);
            if (!q.exec()) {
                *error = sqlErrorText(q.lastError());
                return false;
            }
        }
        return true;
    }};
}

namespace {

QByteArray packSignature(const QList<quint32> &sig)
{
    return QByteArray(reinterpret_cast<const char *>(sig.constData()), sig.size() * qsizetype(sizeof(quint32)));
}

double similarity(const QList<quint32> &a, const QByteArray &packed)
{
    const qsizetype n = packed.size() / qsizetype(sizeof(quint32));
    if (n != a.size() || n == 0)
        return 0;
    const auto *b = reinterpret_cast<const quint32 *>(packed.constData());
    qsizetype same = 0;
    for (qsizetype i = 0; i < n; ++i)
        same += a[i] == b[i];
    return double(same) / double(n);
}

} // namespace

ImportStore::ImportStore(const QSqlDatabase &db)
    : m_db(db)
{
}

ImportStore::~ImportStore() = default;

bool ImportStore::fail(const QString &what, const QString &detail)
{
    m_error = u"%1: %2"_s.arg(what, detail);
    return false;
}

QSqlQuery &ImportStore::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.insert(sql, QSqlQuery(m_db));
        it->prepare(sql);
    }
    return *it;
}

bool ImportStore::writeSource(const Article &a)
{
    if (a.url.isEmpty() && a.author.isEmpty())
        return true;
    QSqlQuery &q = prepared(u"INSERT OR REPLACE INTO article_sources(article_id, url, author) VALUES (?, ?, ?)"_s);
    q.addBindValue(a.id);
    q.addBindValue(a.url);
    q.addBindValue(a.author);
    return q.exec() || fail(u"cannot store the URL of %1"_s.arg(a.source), sqlErrorText(q.lastError()));
}

std::pair<QString, QString> ImportStore::source(qint64 articleId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT url, author FROM article_sources WHERE article_id = ?"_s);
    q.addBindValue(articleId);
    if (q.exec() && q.next())
        return {q.value(0).toString(), q.value(1).toString()};
    return {};
}

std::optional<DuplicateLink> ImportStore::linkNearDuplicate(qint64 articleId, const DuplicateKeys &keys,
                                                          const Resemblance &measure, double threshold)
{
    std::optional<DuplicateLink> link;
    // The group's first article: what an earlier article itself duplicates, or that article.
    auto root = [this](qint64 id) {
        QSqlQuery &q = prepared(u"SELECT duplicate_of FROM article_duplicates WHERE article_id = ?"_s);
        q.addBindValue(id);
        const qint64 r = q.exec() && q.next() ? q.value(0).toLongLong() : id;
        q.finish();
        return r;
    };
    if (!keys.metaKey.isEmpty()) {
        QSqlQuery &q = prepared(u"SELECT article_id FROM article_signatures WHERE meta_key = ? AND article_id <> ? "
                                "ORDER BY article_id LIMIT 1"_s);
        q.addBindValue(keys.metaKey);
        q.addBindValue(articleId);
        const qint64 found = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        if (found > 0)
            link = DuplicateLink{articleId, root(found), u"same-title"_s, 1.0};
    }
    if (!link && !keys.bands.isEmpty()) {
        // Candidates share at least one band; the best one over the threshold is linked. Bands that
        // boilerplate makes common would make this grow with the corpus: 64 candidates at most.
        QStringList marks;
        for (qsizetype i = 0; i < keys.bands.size(); ++i)
            marks << u"?"_s;
        QSqlQuery &q = prepared(u"SELECT DISTINCT s.article_id, s.minhash FROM article_bands b "
                                "JOIN article_signatures s ON s.article_id = b.article_id "
                                "WHERE b.band IN (%1) AND b.article_id <> ? LIMIT 64"_s.arg(marks.join(u',')));
        for (qint64 band : keys.bands)
            q.addBindValue(band);
        q.addBindValue(articleId);
        if (!q.exec()) {
            fail(u"cannot look for near-duplicates"_s, sqlErrorText(q.lastError()));
            return std::nullopt;
        }
        double best = 0;
        qint64 bestId = 0;
        while (q.next()) {
            const double sim = similarity(keys.minhash, q.value(1).toByteArray());
            if (sim > best || (sim == best && q.value(0).toLongLong() < bestId)) {
                best = sim;
                bestId = q.value(0).toLongLong();
            }
        }
        q.finish();
        // An estimate over the threshold is checked by measuring, when the caller can: articles
        // written from the same phrases share runs that the estimate takes for a copy. Only the
        // best candidate is measured, so an import reads no stored text for most articles.
        if (bestId > 0 && best >= threshold) {
            const double exact = measure ? measure(bestId).value_or(best) : best;
            if (exact >= threshold)
                link = DuplicateLink{articleId, root(bestId), u"same-text"_s, exact};
        }
    }
    if (link) {
        QSqlQuery &q = prepared(u"INSERT OR REPLACE INTO article_duplicates(article_id, duplicate_of, kind, similarity) VALUES (?,?,?,?)"_s);
        q.addBindValue(link->articleId);
        q.addBindValue(link->duplicateOf);
        q.addBindValue(link->kind);
        q.addBindValue(link->similarity);
        if (!q.exec()) {
            fail(u"cannot link a near-duplicate"_s, sqlErrorText(q.lastError()));
            return std::nullopt;
        }
    }
    if (!m_signature) {
        m_signature = std::make_unique<RowInserter>(
            m_db, u"INSERT OR REPLACE INTO article_signatures(article_id, meta_key, minhash) VALUES (?,?,?)"_s);
        m_band = std::make_unique<RowInserter>(m_db, u"INSERT OR IGNORE INTO article_bands(band, article_id) VALUES (?, ?)"_s);
    }
    m_signature->bind(articleId).bind(keys.metaKey.isEmpty() ? QString() : keys.metaKey);
    if (keys.minhash.isEmpty())
        m_signature->bindNull();
    else
        m_signature->bindBlob(packSignature(keys.minhash));
    if (!m_signature->exec()) {
        fail(u"cannot store the duplicate keys"_s, m_signature->lastError());
        return std::nullopt;
    }
    for (qint64 band : keys.bands) {
        if (!m_band->bind(band).bind(articleId).exec()) {
            fail(u"cannot store the duplicate keys"_s, m_band->lastError());
            return std::nullopt;
        }
    }
    m_error.clear();
    return link;
}

QList<DuplicateLink> ImportStore::duplicates(qint64 ofArticle) const
{
    QList<DuplicateLink> links;
    QSqlQuery q(m_db);
    if (ofArticle > 0) {
        q.prepare(u"SELECT article_id, duplicate_of, kind, similarity FROM article_duplicates "
                  "WHERE duplicate_of = (SELECT coalesce((SELECT duplicate_of FROM article_duplicates WHERE article_id = ?), ?)) "
                  "ORDER BY article_id"_s);
        q.addBindValue(ofArticle);
        q.addBindValue(ofArticle);
    } else {
        q.prepare(u"SELECT article_id, duplicate_of, kind, similarity FROM article_duplicates ORDER BY article_id"_s);
    }
    if (!q.exec())
        return links;
    while (q.next())
        links.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toDouble()});
    return links;
}

QList<ArticleCopy> ImportStore::copiesOf(qint64 articleId) const
{
    const QList<DuplicateLink> group = duplicates(articleId);
    QList<ArticleCopy> copies;
    if (group.isEmpty())
        return copies;
    const qint64 first = group.first().duplicateOf;
    for (const DuplicateLink &link : group) {
        if (link.articleId == articleId)
            copies.prepend({first, true, link.kind, link.similarity});
        else
            copies.append({link.articleId, false, link.kind, link.similarity});
    }
    return copies;
}

} // namespace parallax::store
