// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parallax::cli {

namespace {

const QString usage = u"search QUERY [--json] [--limit N]"_s;

QString markSnippet(QString s)
{
    return s.replace(QChar(2), u'[').replace(QChar(3), u']').simplified();
}

int runSearch(Context &ctx)
{
    const bool json = ctx.takeFlag(u"--json"_s);
    int limit = 20;
    if (const auto l = ctx.takeOption(u"--limit"_s)) {
        bool ok = false;
        limit = l->toInt(&ok);
        if (!ok || limit <= 0)
            return ctx.usageError(u"--limit needs a positive number, not '%1'"_s.arg(*l), usage);
    }
    if (!ctx.rejectUnknownOptions(usage))
        return Usage;
    if (ctx.args.isEmpty())
        return ctx.usageError(u"search needs a query"_s, usage);
    const QString query = ctx.args.join(u' ');
    const auto hits = ctx.store.search(query, limit);
    if (!hits) {
        ctx.err << "parallax: " << ctx.store.lastError() << Qt::endl;
        return Usage;
    }
    if (json) {
        QJsonArray arr;
        for (const auto &h : *hits) {
            arr.append(QJsonObject{{u"id"_s, h.id},
                                   {u"title"_s, h.title},
                                   {u"published"_s, h.published.isValid() ? QJsonValue(h.published.toString(Qt::ISODate))
                                                                          : QJsonValue()},
                                   {u"score"_s, h.score},
                                   {u"snippet"_s, markSnippet(h.snippet)}});
        }
        ctx.printJson(arr);
        return Ok;
    }
    QList<QStringList> rows;
    for (const auto &h : *hits)
        rows.append({QString::number(h.id), QString::number(h.score, 'g', 3), h.title, markSnippet(h.snippet)});
    printTable(ctx.out, {u"ID"_s, u"SCORE"_s, u"TITLE"_s, u"SNIPPET"_s}, rows);
    ctx.out << QCoreApplication::translate("cli", "%n hit(s)", nullptr, int(hits->size())) << Qt::endl;
    return Ok;
}

} // namespace

Command searchCommand()
{
    return {u"search"_s, usage,
            u"full-text search (FTS5 syntax: words, \"phrases\", prefix*, AND/OR/NOT, title:)"_s, true, runSearch};
}

} // namespace parallax::cli
