// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cjksearch.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace parallax::store {

namespace {

bool isCjk(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
        return true;
    default:
        return false;
    }
}

// The words of a query for the scan: operators and quotes dropped, AND between all of them.
QStringList scanTerms(const QString &query)
{
    QStringList terms;
    QString q = query;
    q.replace(u'"', u' ').replace(u'*', u' ').replace(u'(', u' ').replace(u')', u' ');
    for (const QString &w : q.split(u' ', Qt::SkipEmptyParts)) {
        if (w != u"AND"_s && w != u"OR"_s && w != u"NOT"_s)
            terms << w;
    }
    return terms;
}

QString scanCondition(const QStringList &terms)
{
    QStringList parts;
    for (qsizetype i = 0; i < terms.size(); ++i)
        parts << u"(instr(a.title, ?) > 0 OR instr(a.body, ?) > 0)"_s;
    return parts.join(u" AND "_s);
}

} // namespace

SearchHit searchHitFrom(const QSqlQuery &q)
{
    SearchHit h;
    h.id = q.value(0).toLongLong();
    h.title = q.value(1).toString();
    h.published = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    h.score = -q.value(3).toDouble();
    h.snippet = q.value(4).toString();
    return h;
}

bool containsCjk(QStringView query)
{
    for (QChar c : query) {
        if (isCjk(c))
            return true;
    }
    return false;
}

bool trigramCanAnswer(const QString &query)
{
    int run = 0;
    for (QChar c : query + u' ') {
        if (isCjk(c)) {
            ++run;
        } else {
            if (run > 0 && run < 3)
                return false;
            run = 0;
        }
    }
    return true;
}

QString cjkIds(const QString &query, QVariantList *values)
{
    if (trigramCanAnswer(query)) {
        values->append(query);
        return u"SELECT rowid FROM articles_trigram WHERE articles_trigram MATCH ?"_s;
    }
    const QStringList terms = scanTerms(query);
    for (const QString &t : terms)
        *values << t << t;
    return u"SELECT a.id FROM articles a WHERE %1"_s.arg(terms.isEmpty() ? u"0"_s : scanCondition(terms));
}

QString cjkCondition(const QString &query, QVariantList *values)
{
    return u"id IN (%1)"_s.arg(cjkIds(query, values));
}

namespace {

// A scan's snippet, as three columns of a row over "articles a" (binding the first term twice):
// 60 characters around the first term's first match in the body (its start for a match in the
// title only), where they start, and the body's length.
const QString snippetColumns =
    u"substr(a.body, max(1, instr(a.body, ?) - 20), 60), max(1, instr(a.body, ?) - 20), length(a.body)"_s;

// The snippet of the row whose snippetColumns start at `column`: the terms marked, and "…" where
// the body goes on.
QString scanSnippet(const QSqlQuery &q, int column, const QStringList &terms)
{
    QString snippet = q.value(column).toString();
    const int from = q.value(column + 1).toInt();
    for (const QString &t : terms)
        snippet.replace(t, QChar(2) + t + QChar(3));
    if (from > 1)
        snippet.prepend(u'…');
    if (from + 60 <= q.value(column + 2).toInt())
        snippet += u'…';
    return snippet;
}

} // namespace

QHash<qint64, QString> scanSnippets(const QSqlDatabase &db, const QString &query, const QList<qint64> &ids)
{
    QHash<qint64, QString> out;
    const QStringList terms = scanTerms(query);
    if (terms.isEmpty() || ids.isEmpty())
        return out;
    QStringList marks;
    for (qsizetype i = 0; i < ids.size(); ++i)
        marks << u"?"_s;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.id, %1 FROM articles a WHERE a.id IN (%2)"_s.arg(snippetColumns, marks.join(u',')));
    q.addBindValue(terms.first());
    q.addBindValue(terms.first());
    for (qint64 id : ids)
        q.addBindValue(id);
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), scanSnippet(q, 1, terms));
    return out;
}

std::optional<QList<SearchHit>> scanCjk(const QSqlDatabase &db, const QString &query, int limit, QString *error)
{
    QSqlQuery q(db);
    const QStringList terms = scanTerms(query);
    if (terms.isEmpty())
        return QList<SearchHit>{};
    // Short CJK terms: a scan, newest first, the snippet around the first term's first hit.
    q.prepare(u"SELECT a.id, a.title, a.published, 0, %1 FROM articles a WHERE %2 ORDER BY a.published DESC, a.id LIMIT ?"_s
                  .arg(snippetColumns, scanCondition(terms)));
    q.addBindValue(terms.first());
    q.addBindValue(terms.first());
    for (const QString &t : terms) {
        q.addBindValue(t);
        q.addBindValue(t);
    }
    q.addBindValue(limit);
    if (!q.exec()) {
        *error = q.lastError().databaseText();
        return std::nullopt;
    }
    QList<SearchHit> hits;
    while (q.next()) {
        SearchHit h = searchHitFrom(q);
        h.snippet = scanSnippet(q, 4, terms);
        hits.append(h);
    }
    return hits;
}

std::optional<QList<qint64>> matchingIdsCjk(const QSqlDatabase &db, const QString &query, QString *error)
{
    QVariantList values;
    QSqlQuery q(db);
    q.prepare(u"SELECT id FROM articles WHERE "_s + cjkCondition(query, &values));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().databaseText();
        return std::nullopt;
    }
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace parallax::store
