// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "query/concordance.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parallax::cli {

namespace {

const QString usage = u"concordance QUERY|--entity ID|KEY [--json] [--sort text|left|right|match|outlet] [--context N] "
                      "[--limit N] [--collocates [--span N]] [--from DATE] [--to DATE] [--country CC] [--outlet NAME]"_s;

int runConcordance(Context &ctx)
{
    const bool json = ctx.takeFlag(u"--json"_s);
    const QString sortName = ctx.takeOption(u"--sort"_s).value_or(u"text"_s);
    const auto contextText = ctx.takeOption(u"--context"_s);
    const auto limitText = ctx.takeOption(u"--limit"_s);
    const QString entity = ctx.takeOption(u"--entity"_s).value_or(QString());
    const bool withCollocates = ctx.takeFlag(u"--collocates"_s);
    const auto spanText = ctx.takeOption(u"--span"_s);
    store::ArticleFilter filter;
    if (!ctx.takeScope(&filter, usage))
        return Usage;
    if (!ctx.rejectUnknownOptions(usage))
        return Usage;
    if (!ctx.args.isEmpty())
        filter.search = ctx.args.join(u' ');
    if (filter.search.isEmpty() == entity.isEmpty())
        return ctx.usageError(u"concordance needs a query or --entity, not both"_s, usage);
    const std::optional<query::ConcordanceOrder> order = query::concordanceOrderNamed(sortName);
    if (!order)
        return ctx.usageError(u"--sort takes text, left, right, match or outlet, not '%1'"_s.arg(sortName), usage);
    query::ConcordanceOptions options;
    bool ok = true;
    if (contextText)
        options.context = contextText->toInt(&ok);
    if (ok && limitText)
        options.maxLines = limitText->toInt(&ok);
    if (ok && withCollocates)
        options.collocateSpan = spanText ? spanText->toInt(&ok) : 5;
    if (!ok || options.context <= 0 || options.maxLines <= 0 || (withCollocates && options.collocateSpan <= 0))
        return ctx.usageError(u"--context, --limit and --span need positive numbers"_s, usage);
    if (spanText && !withCollocates)
        return ctx.usageError(u"--span goes with --collocates"_s, usage);

    query::Concordance c = entity.isEmpty() ? query::concordance(ctx.store, filter, options)
                                            : query::concordanceOfEntity(ctx.store, entity, filter, options);
    if (!c.error.isEmpty()) {
        ctx.err << "parallax: " << c.error << Qt::endl;
        return Usage;
    }
    query::sortConcordance(c.lines, *order);
    if (json) {
        QJsonArray lines;
        for (const query::ConcordanceLine &l : std::as_const(c.lines)) {
            lines.append(QJsonObject{
                {u"article"_s, l.articleId},
                {u"title"_s, l.title},
                {u"outlet"_s, l.outlet},
                {u"country"_s, l.country},
                {u"published"_s, l.published.isValid() ? QJsonValue(l.published.toString(Qt::ISODate)) : QJsonValue()},
                {u"start"_s, l.startCodePoint},
                {u"end"_s, l.endCodePoint},
                {u"left"_s, l.left},
                {u"match"_s, l.match},
                {u"right"_s, l.right}});
        }
        QJsonObject answer{{u"query"_s, c.query},
                           {u"entity"_s, c.entity},
                           {u"sort"_s, query::concordanceOrderName(*order)},
                           {u"articles"_s, c.articles},
                           {u"articles_read"_s, c.articlesRead},
                           {u"truncated"_s, c.truncated},
                           {u"lines"_s, lines}};
        if (withCollocates) {
            QJsonArray words;
            for (const query::Collocate &k : query::collocates(c))
                words.append(QJsonObject{{u"word"_s, k.word},
                                         {u"near"_s, k.near()},
                                         {u"before"_s, k.before},
                                         {u"after"_s, k.after},
                                         {u"in_articles"_s, k.inArticles},
                                         {u"g2"_s, k.g2},
                                         {u"log_ratio"_s, k.logRatio}});
            answer.insert(u"span"_s, options.collocateSpan);
            answer.insert(u"collocates"_s, words);
        }
        ctx.printJson(answer);
        return Ok;
    }
    if (withCollocates) {
        // The words near the matches, instead of the lines.
        QList<QStringList> rows;
        for (const query::Collocate &k : query::collocates(c))
            rows.append({k.word, QString::number(k.near()), QString::number(k.before), QString::number(k.after),
                         QString::number(k.inArticles), QString::number(k.g2, 'f', 2),
                         QString::number(k.logRatio, 'f', 2)});
        printTable(ctx.out, {u"WORD"_s, u"NEAR"_s, u"BEFORE"_s, u"AFTER"_s, u"IN ARTICLES"_s, u"G2"_s, u"LOG RATIO"_s},
                   rows);
        ctx.out << u"within %1 words of %2 matches in %3 articles"_s.arg(options.collocateSpan)
                       .arg(c.lines.size())
                       .arg(c.articlesRead)
                << Qt::endl;
        return Ok;
    }
    QList<QStringList> rows;
    for (const query::ConcordanceLine &l : std::as_const(c.lines))
        rows.append({l.published.toString(Qt::ISODate), l.outlet.isEmpty() ? u"—"_s : l.outlet, l.left,
                     u'[' + l.match + u']', l.right});
    printTable(ctx.out, {u"PUBLISHED"_s, u"OUTLET"_s, u"LEFT"_s, u"MATCH"_s, u"RIGHT"_s}, rows);
    ctx.out << QCoreApplication::translate("cli", "%n line(s)", nullptr, int(c.lines.size()))
            << QCoreApplication::translate("cli", " in %n article(s)", nullptr, c.articlesRead);
    if (c.truncated)
        ctx.out << u" (the first %1 of %2 matching articles; --limit shows more)"_s.arg(c.articlesRead).arg(c.articles);
    ctx.out << Qt::endl;
    return Ok;
}

} // namespace

Command concordanceCommand()
{
    return {u"concordance"_s, usage,
            u"every match of a search, or every mention of an entity under any of its names, in its context, one "
            "line each (key word in context), sortable by the words before or after it"_s,
            true, runConcordance};
}

} // namespace parallax::cli
