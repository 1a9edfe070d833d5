// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QList>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace parallax::store {

class RowInserter;

/** What finds an article's near-duplicates: computed at import (see import/neardup.h). */
struct DuplicateKeys
{
    QString metaKey;        ///< normalised "outlet|date|title", empty when one of them is unknown
    QList<quint32> minhash; ///< MinHash signature of the body's shingles; empty for very short bodies
    QList<qint64> bands;    ///< one hash per band of the signature (locality-sensitive hashing)
};

/** A stored near-duplicate link. */
struct DuplicateLink
{
    qint64 articleId = 0;
    qint64 duplicateOf = 0; ///< the earliest stored article of the group
    QString kind;           ///< "same-title" (outlet, date, title) or "same-text" (the body, e.g. wire copy)
    double similarity = 0;  ///< Jaccard similarity of the bodies' shingles (measured when the import could); 1 for same-title
};

/** How alike two bodies must be, measured, for the second to be linked as a copy of the first. */
inline constexpr double nearDuplicateThreshold = 0.7;

/**
 * The "duplicates-2" migration: same-text links stored before imports measured them carry
 * MinHash's estimate (off by up to about 0.15). Each is measured now, against the article it
 * names; one under the threshold was a false match and is dropped.
 */
struct Migration;
Migration measuredDuplicatesMigration();

/** The exact resemblance (0–1) of the article being linked to a stored one, when it can be measured. */
using Resemblance = std::function<std::optional<double>(qint64 storedId)>;

/** Another article of an article's near-duplicate group, as the reader and `show` list them. */
struct ArticleCopy
{
    qint64 id = 0;
    bool first = false;    ///< the group's first stored article, which the others repeat
    QString kind;          ///< how the two are linked: "same-title" or "same-text" (DuplicateLink::kind)
    double similarity = 0; ///< of the later one's body to the first one's
};

/**
 * The import area's tables: where an article came from, and near-duplicate links. Works on the
 * caller's connection, inside the caller's transaction (the article's own).
 */
class ImportStore final
{
public:
    explicit ImportStore(const QSqlDatabase &db);
    ~ImportStore();
    Q_DISABLE_COPY_MOVE(ImportStore)

    /** Stores URL and author when the import knew them. */
    bool writeSource(const Article &a);
    /** The URL and author of a stored article (empty when unknown). */
    std::pair<QString, QString> source(qint64 articleId) const;

    /**
     * Links a just-stored article to an earlier one it repeats (same outlet, date and title, or a
     * body at least `threshold` similar), then records its keys so later articles can find it.
     * Returns the link made, if any. The signatures find the candidates and estimate their
     * similarity; `measure`, when given, measures the best one exactly when its estimate reaches
     * the threshold, and the measure decides and is stored (a reprint with a line added reads
     * 97%, not the estimate's 100%).
     */
    std::optional<DuplicateLink> linkNearDuplicate(qint64 articleId, const DuplicateKeys &keys,
                                                   const Resemblance &measure = {},
                                                   double threshold = nearDuplicateThreshold);

    /** All links, or those of one group (the article and everything linked to it). */
    QList<DuplicateLink> duplicates(qint64 ofArticle = 0) const;
    /**
     * The other articles of an article's group: for the first of a group, every later copy with its
     * own link; for a copy, the first (linked by the copy's own link) and then the other copies.
     */
    QList<ArticleCopy> copiesOf(qint64 articleId) const;

    QString lastError() const { return m_error; }

private:
    bool fail(const QString &what, const QString &detail);
    /** A statement prepared once per ImportStore (an import writes thousands of articles). */
    QSqlQuery &prepared(const QString &sql);
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    // The keys every imported article writes (a signature and 12 bands), bound directly.
    std::unique_ptr<RowInserter> m_signature;
    std::unique_ptr<RowInserter> m_band;
    QString m_error;
};

} // namespace parallax::store
