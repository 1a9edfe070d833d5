// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "articlejson.h"
#include "store/datesstore.h"
#include "store/store.h"
#include "text/segmenter.h"

#include <QCoreApplication>


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
    // Offsets are printed in code points: each article's body is read once, when its first
    // expression comes (they come by article), and only one is held.
    qint64 bodyOf = 0;
    QString body;
    std::optional<JsonArrayWriter> arr; // opened with the first expression: a failed read prints no array
    QList<QStringList> rows;
    const bool read = dates.forEachExpression(article, [&](const store::StoredTimeExpression &s) {
        const analysis::TimeExpression &e = s.expression;
        if (json) {
            if (s.article != bodyOf) {
                const auto a = ctx.store.article(s.article);
                body = a ? a->body : QString();
                bodyOf = s.article;
            }
            if (!arr)
                arr.emplace(ctx.out);
            arr->append(QJsonObject{{u"article"_s, s.article},
                                     {u"start"_s, text::toCodePoints(body, e.span.start)},
                                     {u"end"_s, text::toCodePoints(body, e.span.end)},
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
        return true;
    });
    if (!read) {
        ctx.err << "parallax: cannot read the time expressions: " << dates.lastError() << Qt::endl;
        return Failed;
    }
    if (json) {
        if (!arr)
            arr.emplace(ctx.out);
        return Ok; // the array closes with its writer
    }
    printTable(ctx.out, {u"ARTICLE"_s, u"SENTENCE"_s, u"TEXT"_s, u"TYPE"_s, u"VALUE"_s, u"MOD"_s, u"ANCHOR"_s}, rows);
    ctx.out << QCoreApplication::translate("cli", "%n time expression(s)", nullptr, int(rows.size())) << Qt::endl;
    return Ok;
}

} // namespace

Command eventsCommand()
{
    return {u"events"_s, usage, u"list the dates, times, durations and sets the articles mention"_s, true, runEvents};
}

} // namespace parallax::cli
