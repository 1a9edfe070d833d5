// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "store/entitystore.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parallax::cli {

namespace {

const QString usage = u"cooccur ENTITY_ID [--limit N] [--json]"_s;

int runCooccur(Context &ctx)
{
    const bool json = ctx.takeFlag(u"--json"_s);
    const QString limitText = ctx.takeOption(u"--limit"_s).value_or(u"50"_s);
    if (!ctx.rejectUnknownOptions(usage))
        return Usage;
    bool ok = false, limitOk = false;
    const qint64 id = ctx.args.size() == 1 ? ctx.args.first().toLongLong(&ok) : 0;
    const int limit = limitText.toInt(&limitOk);
    if (!ok || !limitOk || limit <= 0)
        return ctx.usageError(u"cooccur needs one entity id (and a positive --limit)"_s, usage);
    const store::EntityStore es(ctx.store.database());
    if (!es.entity(id)) {
        ctx.err << "parallax: no entity with id " << id << " in " << ctx.store.path() << Qt::endl;
        return Failed;
    }
    const QList<store::CooccurrenceRow> rows = es.cooccurring(id, limit);
    if (json) {
        QJsonArray out;
        for (const store::CooccurrenceRow &r : rows)
            out.append(QJsonObject{{u"entity"_s, r.entityId}, {u"name"_s, r.name}, {u"type"_s, r.type}, {u"articles"_s, r.articles}});
        ctx.printJson(out);
        return Ok;
    }
    QList<QStringList> table;
    for (const store::CooccurrenceRow &r : rows)
        table << QStringList{QString::number(r.entityId), r.type, r.name, QString::number(r.articles)};
    printTable(ctx.out, {u"ID"_s, u"TYPE"_s, u"NAME"_s, u"ARTICLES"_s}, table);
    return Ok;
}

} // namespace

Command cooccurCommand()
{
    return {u"cooccur"_s, usage, u"list the entities named in the same articles as one entity"_s, true, runCooccur};
}

} // namespace parallax::cli
