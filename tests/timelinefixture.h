// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Test fixture: the sample corpus with the dates its articles mention, as the dates analysis
// stores them at import (the time_expressions table of migration "dates-1").
#pragma once

#include "analysis/dates/datetagger.h"
#include "import/importer.h"
#include "query/timeline.h"
#include "store/store.h"

#include <QSqlQuery>
#include <QVariant>

namespace parallax::testing {

/** Imports the sample and stores what the date tagger finds in it (unless import already did). */
inline bool loadSampleWithDates(store::Store &store, const QString &seeds)
{
    using namespace Qt::StringLiterals;
    import::Importer importer(store);
    importer.run({seeds});
    QSqlQuery q(store.database());
    if (!store.appliedMigrations().contains(u"dates-1"_s)) {
        if (!q.exec(uR"(CREATE TABLE time_expressions (
              article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
              idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
              surface TEXT NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL,
              mod TEXT NOT NULL DEFAULT '', anchor TEXT NOT NULL DEFAULT '', sentence INTEGER NOT NULL,
              first_day TEXT, last_day TEXT, PRIMARY KEY (article_id, idx)) WITHOUT ROWID)"_s))
            return false;
    }
    if (q.exec(u"SELECT count(*) FROM time_expressions"_s) && q.next() && q.value(0).toInt() > 0)
        return true; // the import stored them
    q.prepare(u"INSERT INTO time_expressions(article_id, idx, start, end, surface, type, value, mod, anchor, "
              "sentence, first_day, last_day) VALUES (?,?,?,?,?,'DATE',?,?,?,?,?,?)"_s);
    const analysis::DateTagger tagger;
    for (const store::ArticleSummary &s : store.articles()) {
        const auto article = store.article(s.id);
        if (!article)
            return false;
        const QList<analysis::TimeExpression> found = tagger.tag(*article);
        for (int i = 0; i < found.size(); ++i) {
            const analysis::TimeExpression &e = found.at(i);
            const auto [first, last] = query::daysNamed(e.value); // the plain values: 1956, 2019-11, 2019-12-17
            if (e.type != analysis::TimexType::Date || !first.isValid())
                continue;
            for (const QVariant &v : {QVariant(s.id), QVariant(i), QVariant(e.span.start), QVariant(e.span.end),
                                      QVariant(e.surface), QVariant(e.value), QVariant(e.mod.isNull() ? u""_s : e.mod),
                                      QVariant(e.anchor.isNull() ? u""_s : e.anchor), QVariant(e.sentence),
                                      QVariant(first.toString(Qt::ISODate)), QVariant(last.toString(Qt::ISODate))})
                q.addBindValue(v);
            if (!q.exec())
                return false;
        }
    }
    return true;
}

} // namespace parallax::testing
