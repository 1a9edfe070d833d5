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
    for (const store::WordForms &w : ctx.store.wordForms(query))
        ctx.out << u"%1 also finds %2"_s.arg(w.word, w.forms.mid(1).join(u", "_s)) << Qt::endl;
    return Ok;
}

const QString formsUsage = u"forms QUERY [--json]"_s;

// The forms of each word of a search that the search finds too: what `search` and the
// window's library look for.
int runForms(Context &ctx)
{
    const bool json = ctx.takeFlag(u"--json"_s);
    if (!ctx.rejectUnknownOptions(formsUsage))
        return Usage;
    if (ctx.args.isEmpty())
        return ctx.usageError(u"forms needs a query"_s, formsUsage);
    const QString query = ctx.args.join(u' ');
    const QList<store::WordForms> words = ctx.store.wordForms(query);
    if (json) {
        QJsonArray arr;
        for (const store::WordForms &w : words)
            arr.append(QJsonObject{{u"word"_s, w.word}, {u"forms"_s, QJsonArray::fromStringList(w.forms)}});
        ctx.printJson(QJsonObject{{u"query"_s, query}, {u"words"_s, arr}});
        return Ok;
    }
    if (words.isEmpty()) {
        ctx.out << u"No word of %1 has other forms in this corpus; it is searched as written."_s.arg(query)
                << Qt::endl;
        return Ok;
    }
    QList<QStringList> rows;
    for (const store::WordForms &w : words)
        rows.append({w.word, w.forms.join(u", "_s)});
    printTable(ctx.out, {u"WORD"_s, u"FORMS SEARCHED"_s}, rows);
    return Ok;
}

} // namespace

Command searchCommand()
{
    return {u"search"_s, usage,
            u"full-text search (FTS5 syntax: words, \"phrases\", prefix*, AND/OR/NOT, title:); a word finds its "
            "other forms too (остров: острова), a word in quotes only itself"_s,
            true, runSearch};
}

Command formsCommand()
{
    return {u"forms"_s, formsUsage, u"the forms of each word of a search that the search finds too"_s, true,
            runForms};
}

} // namespace parallax::cli
