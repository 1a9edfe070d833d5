// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datesstore.h"

#include "analysis/dates/timexinterval.h"
#include "store/store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace parallax::store {

DatesStore::DatesStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Migration DatesStore::migration1()
{
    return {u"dates-1"_s, {
        uR"(CREATE TABLE time_expressions (
              article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
              idx INTEGER NOT NULL,
              start INTEGER NOT NULL,
              end INTEGER NOT NULL,
              surface TEXT NOT NULL,
              type TEXT NOT NULL,
              value TEXT NOT NULL,
              mod TEXT NOT NULL DEFAULT '',
              anchor TEXT NOT NULL DEFAULT '',
              sentence INTEGER NOT NULL,
              first_day TEXT,
              last_day TEXT,
              PRIMARY KEY (article_id, idx)) WITHOUT ROWID)"_s,
        // the timeline asks for the dates mentioned in a range of days
        u"CREATE INDEX time_expressions_days ON time_expressions(first_day, last_day)"_s,
        u"CREATE INDEX time_expressions_value ON time_expressions(value)"_s,
    }};
}

namespace {

const QString columns = u"article_id, start, end, surface, type, value, mod, anchor, sentence, first_day, last_day"_s;

} // namespace

bool DatesStore::select(QSqlQuery &q, std::optional<qint64> article) const
{
    q.setForwardOnly(true);
    if (article) {
        q.prepare(u"SELECT %1 FROM time_expressions WHERE article_id = ? ORDER BY idx"_s.arg(columns));
        q.addBindValue(*article);
    } else {
        q.prepare(u"SELECT %1 FROM time_expressions ORDER BY article_id, idx"_s.arg(columns));
    }
    if (!q.exec()) {
        m_error = sqlErrorText(q.lastError());
        return false;
    }
    return true;
}

namespace {

StoredTimeExpression expressionAt(const QSqlQuery &q)
{
    StoredTimeExpression s;
    s.article = q.value(0).toLongLong();
    analysis::TimeExpression &e = s.expression;
    e.span = {q.value(1).toInt(), q.value(2).toInt()};
    e.surface = q.value(3).toString();
    e.type = analysis::timexTypeFromName(q.value(4).toString()).value_or(analysis::TimexType::Date);
    e.value = q.value(5).toString();
    e.mod = q.value(6).toString();
    e.anchor = q.value(7).toString();
    e.sentence = q.value(8).toInt();
    s.firstDay = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    s.lastDay = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    return s;
}

} // namespace

std::optional<QList<StoredTimeExpression>> DatesStore::expressions(std::optional<qint64> article) const
{
    QList<StoredTimeExpression> out;
    if (!forEachExpression(article, [&out](const StoredTimeExpression &s) {
            out.append(s);
            return true;
        }))
        return std::nullopt;
    return out;
}

bool DatesStore::forEachExpression(std::optional<qint64> article,
                                   const std::function<bool(const StoredTimeExpression &)> &visit) const
{
    QSqlQuery q(m_db);
    if (!select(q, article))
        return false;
    while (q.next()) {
        if (!visit(expressionAt(q)))
            break;
    }
    return true;
}

} // namespace parallax::store
