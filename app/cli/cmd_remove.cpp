// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "store/removalstore.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parallax::cli {

namespace {

const QString usage = u"remove [--json] [--dry-run] (ARTICLE_ID... | --source PATH...)"_s;

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray a;
    for (const qint64 id : ids)
        a.append(id);
    return a;
}

int runRemove(Context &ctx)
{
    const bool json = ctx.takeFlag(u"--json"_s);
    const bool dryRun = ctx.takeFlag(u"--dry-run"_s);
    QStringList sources;
    while (const auto source = ctx.takeOption(u"--source"_s))
        sources.append(*source);
    if (!ctx.rejectUnknownOptions(usage))
        return Usage;
    if (ctx.args.isEmpty() == sources.isEmpty())
        return ctx.usageError(u"remove needs article ids or --source, not both"_s, usage);

    store::RemovalStore removal(ctx.store);
    QList<qint64> asked;
    for (const QString &arg : std::as_const(ctx.args)) {
        bool ok = false;
        const qint64 id = arg.toLongLong(&ok);
        if (!ok || id <= 0)
            return ctx.usageError(u"'%1' is not an article id"_s.arg(arg), usage);
        asked << id;
    }
    for (const QString &source : std::as_const(sources)) {
        const QList<qint64> ids = removal.fromSource(source);
        if (!removal.lastError().isEmpty()) {
            ctx.err << "parallax: " << removal.lastError() << Qt::endl;
            return Failed;
        }
        if (ids.isEmpty()) {
            ctx.err << "parallax: no article in " << ctx.store.path() << " was imported from " << source << Qt::endl;
            return Failed;
        }
        asked << ids;
    }
    const store::RemovalPlan plan = removal.plan(asked);
    if (!removal.lastError().isEmpty()) {
        ctx.err << "parallax: " << removal.lastError() << Qt::endl;
        return Failed;
    }
    // All or nothing: an id that names no article is more likely a typo than a wish.
    if (!plan.unknown.isEmpty()) {
        QStringList ids;
        for (const qint64 id : plan.unknown.mid(0, 10))
            ids << QString::number(id);
        if (plan.unknown.size() > 10)
            ids << u"and %1 more"_s.arg(plan.unknown.size() - 10);
        ctx.err << "parallax: no article with id " << ids.join(u", "_s) << " in " << ctx.store.path()
                << "; nothing removed" << Qt::endl;
        return Failed;
    }
    if (!dryRun && !removal.remove(plan.ids)) {
        ctx.err << "parallax: " << ctx.store.path() << ": " << removal.lastError() << "; nothing removed" << Qt::endl;
        return Failed;
    }
    if (json) {
        ctx.printJson(QJsonObject{{dryRun ? u"would_remove"_s : u"removed"_s, idArray(plan.ids)},
                                  {u"annotations"_s, plan.annotations},
                                  {u"dry_run"_s, dryRun}});
        return Ok;
    }
    const QString articles = QCoreApplication::translate("cli", "%n article(s)", nullptr, int(plan.ids.size()));
    const QString annotations = QCoreApplication::translate("cli", "%n annotation(s)", nullptr, int(plan.annotations));
    const QString with = plan.annotations > 0 ? u" (with %1)"_s.arg(annotations) : QString();
    ctx.out << (dryRun ? u"would remove %1%2"_s : u"%1 removed%2"_s).arg(articles, with) << Qt::endl;
    return Ok;
}

} // namespace

Command removeCommand()
{
    return {u"remove"_s, u"remove ARTICLE_ID... | --source PATH"_s,
            u"remove articles and all that derives from them, with their annotations (--dry-run: say what would go)"_s,
            true, runRemove};
}

} // namespace parallax::cli
