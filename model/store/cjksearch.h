// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace parallax::store {

/** Whether a query holds Han, kana or Hangul characters (which unicode61 cannot split). */
bool containsCjk(QStringView query);

/**
 * Whether the trigram index can answer a CJK query: every run of CJK characters in it is at
 * least three long (trigram FTS5 matches nothing for one- or two-character terms).
 */
bool trigramCanAnswer(const QString &query);

/**
 * Searches for a CJK query the trigram index cannot answer by scanning title and body with
 * instr(), newest first (slower but exact). std::nullopt and *error when the scan fails.
 */
std::optional<QList<SearchHit>> scanCjk(const QSqlDatabase &db, const QString &query, int limit, QString *error);

/**
 * For a CJK query the trigram index cannot answer: each article's first match of its first term
 * in context (between \u0002 and \u0003, "…" where the body goes on), by id, as scanCjk() gives
 * them (the body's start where only the title matches).
 */
QHash<qint64, QString> scanSnippets(const QSqlDatabase &db, const QString &query, const QList<qint64> &ids);

/** The ids of the articles a CJK query matches, by the same rules. */
std::optional<QList<qint64>> matchingIdsCjk(const QSqlDatabase &db, const QString &query, QString *error);

/** A hit from a row (id, title, published, bm25 rank, snippet) of a ranked search query. */
SearchHit searchHitFrom(const QSqlQuery &q);

/**
 * The ids of the articles a search matches, as a SELECT with its bound values: the FTS5 index,
 * or for a Japanese, Chinese or Korean query the trigram index or a scan (what whereClause()
 * tests the articles against).
 */
QString searchIds(const QString &search, QVariantList *values);
/** The ids of the articles a CJK query matches, as a SELECT, with its bound values. */
QString cjkIds(const QString &query, QVariantList *values);
/** An SQL condition on articles.id for a CJK query, with its bound values (for filtered lists). */
QString cjkCondition(const QString &query, QVariantList *values);

} // namespace parallax::store
