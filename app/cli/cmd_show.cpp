// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "articlejson.h"
#include "store/revisionstore.h"
#include "store/store.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parallax::cli {

namespace {

const QString usage = u"show ID [--json]"_s;

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
    if (json) {
        QJsonObject o = articleJson(*a);
        if (newer)
            o.insert(u"supersededBy"_s, newer->articleId);
        if (older)
            o.insert(u"supersedes"_s, older->supersedes);
        ctx.printJson(o);
        return Ok;
    }
    if (newer)
        ctx.out << "[superseded by article " << newer->articleId << ", a changed version imported later]\n";
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
    return {u"show"_s, usage, u"print one article with its metadata, body and sentences"_s, true, runShow};
}

} // namespace parallax::cli
