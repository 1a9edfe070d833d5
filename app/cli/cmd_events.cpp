// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "articlejson.h"
#include "store/datesstore.h"
#include "store/store.h"
#include "text/segmenter.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace parallax::cli {

namespace {

const QString usage = u"events [--json] [--article ID]"_s;

int runEvents(Context &ctx)
{
    const bool json = ctx.takeFlag(u"--json"_s);
    std::optional<qint64> article;
    if (const auto id = ctx.takeOption(u"--article"_s)) {
        bool ok = false;
        article = id->toLongLong(&ok);
        if (!ok)
            return ctx.usageError(u"'%1' is not an article id"_s.arg(*id), usage);
        if (!ctx.store.article(*article)) {
            ctx.err << "parallax: no article with id " << *article << " in " << ctx.store.path() << Qt::endl;
            return Failed;
        }
    }
    if (!ctx.rejectUnknownOptions(usage))
        return Usage;
    if (!ctx.args.isEmpty())
        return ctx.usageError(u"events takes no arguments"_s, usage);
    const store::DatesStore dates(ctx.store.database());
    const auto list = dates.expressions(article);
    if (!list) {
        ctx.err << "parallax: cannot read the time expressions: " << dates.lastError() << Qt::endl;
        return Failed;
    }
    // Offsets are printed in code points: each article's body is read once.
    QHash<qint64, QString> bodies;
    auto body = [&](qint64 id) -> const QString & {
        auto it = bodies.find(id);
        if (it == bodies.end()) {
            const auto a = ctx.store.article(id);
            it = bodies.insert(id, a ? a->body : QString());
        }
        return *it;
    };
    QJsonArray arr;
    QList<QStringList> rows;
    for (const store::StoredTimeExpression &s : *list) {
        const analysis::TimeExpression &e = s.expression;
        const QString &text = body(s.article);
        if (json) {
            arr.append(QJsonObject{{u"article"_s, s.article},
                                   {u"start"_s, text::toCodePoints(text, e.span.start)},
                                   {u"end"_s, text::toCodePoints(text, e.span.end)},
                                   {u"text"_s, e.surface},
                                   {u"type"_s, analysis::timexTypeName(e.type)},
                                   {u"value"_s, e.value},
                                   {u"mod"_s, orNull(e.mod)},
                                   {u"anchor"_s, orNull(e.anchor)},
                                   {u"sentence"_s, e.sentence}});
        } else {
            rows.append({QString::number(s.article), QString::number(e.sentence), e.surface,
                         analysis::timexTypeName(e.type), e.value, e.mod, e.anchor});
        }
    }
    if (json) {
        ctx.printJson(arr);
        return Ok;
    }
    printTable(ctx.out, {u"ARTICLE"_s, u"SENTENCE"_s, u"TEXT"_s, u"TYPE"_s, u"VALUE"_s, u"MOD"_s, u"ANCHOR"_s}, rows);
    ctx.out << rows.size() << " time expression(s)" << Qt::endl;
    return Ok;
}

} // namespace

Command eventsCommand()
{
    return {u"events"_s, usage, u"list the dates, times, durations and sets the articles mention"_s, true, runEvents};
}

} // namespace parallax::cli
