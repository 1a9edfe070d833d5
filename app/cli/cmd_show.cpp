// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "articlejson.h"
#include "store/importstore.h"
#include "store/revisionstore.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parallax::cli {

namespace {

const QString usage = u"show ID [--json]"_s;

// How a copy and the article it repeats are linked, in words.
QString linkDescription(const store::ArticleCopy &c)
{
    return c.kind == u"same-title"_s ? u"the same outlet, date and title"_s
                                     : u"the same text, %1% alike"_s.arg(qRound(c.similarity * 100));
}

int runShow(Context &ctx)
{
    const bool json = ctx.takeFlag(u"--json"_s);
    if (!ctx.rejectUnknownOptions(usage))
        return Usage;
    if (ctx.args.size() != 1)
        return ctx.usageError(u"show needs one article id"_s, usage);
    bool ok = false;
    const qint64 id = ctx.args.first().toLongLong(&ok);
    if (!ok)
        return ctx.usageError(u"'%1' is not an article id"_s.arg(ctx.args.first()), usage);
    const auto a = ctx.store.article(id);
    if (!a) {
        ctx.err << "parallax: no article with id " << id << " in " << ctx.store.path() << Qt::endl;
        return Failed;
    }
    // A re-imported, changed article supersedes its earlier version (annotations moved to it).
    const store::RevisionStore revisions(ctx.store.database());
    const auto newer = revisions.supersededBy(id);
    const auto older = revisions.revisionOf(id);
    // The near-duplicates it was linked with at import (wire copy, the same story again).
    const QList<store::ArticleCopy> copies = store::ImportStore(ctx.store.database()).copiesOf(id);
    QList<qint64> copyIds;
    for (const store::ArticleCopy &c : copies)
        copyIds.append(c.id);
    const QHash<qint64, store::ArticleSummary> summaries = ctx.store.summaries(copyIds);
    if (json) {
        QJsonObject o = articleJson(*a);
        if (newer)
            o.insert(u"supersededBy"_s, newer->articleId);
        if (older)
            o.insert(u"supersedes"_s, older->supersedes);
        QJsonArray list;
        for (const store::ArticleCopy &c : copies) {
            QJsonObject copy = summaryJson(summaries.value(c.id));
            copy.insert(u"id"_s, c.id);
            copy.insert(u"first"_s, c.first);
            copy.insert(u"link"_s, c.kind);
            copy.insert(u"similarity"_s, c.similarity);
            list.append(copy);
        }
        o.insert(u"copies"_s, list);
        ctx.printJson(o);
        return Ok;
    }
    if (newer)
        ctx.out << "[superseded by article " << newer->articleId << ", a changed version imported later]\n";
    const bool isCopy = !copies.isEmpty() && copies.first().first;
    for (const store::ArticleCopy &c : copies) {
        const store::ArticleSummary sum = summaries.value(c.id);
        const QString which = u"article %1 (%2, %3)"_s.arg(c.id)
                                  .arg(sum.outlet.isEmpty() ? u"outlet unknown"_s : sum.outlet,
                                       sum.published.isValid() ? sum.published.toString(Qt::ISODate) : u"date unknown"_s);
        if (c.first)
            ctx.out << "[repeats " << which << ": " << linkDescription(c) << "]\n";
        else if (isCopy)
            ctx.out << "[" << which << " repeats it too: " << linkDescription(c) << "]\n";
        else
            ctx.out << "[repeated by " << which << ": " << linkDescription(c) << "]\n";
    }
    ctx.out << a->title << "\n";
    ctx.out << (a->outlet.isEmpty() ? u"outlet unknown"_s : a->outlet) << " · "
            << (a->country.isEmpty() ? u"country unknown"_s : a->country) << " · "
            << a->published.toString(Qt::ISODate) << " (" << provenanceName(a->dateProvenance)
            << (a->dateReason.isEmpty() ? QString() : u": "_s + a->dateReason) << ")\n\n";
    ctx.out << a->body << Qt::endl;
    return Ok;
}

} // namespace

Command showCommand()
{
    return {u"show"_s, usage, u"print one article with its metadata, body and sentences, its other versions and the near-duplicates linked with it"_s, true, runShow};
}

} // namespace parallax::cli
