// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "analysis/entities/entity.h"
#include "store/entitystore.h"
#include "store/store.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parallax::cli {

namespace {

const QString usage = u"entity-edit rename ID NAME | retype ID TYPE | merge ID INTO_ID | split ID NAME | "
                      "alias add|remove ID NAME | reject ID"_s;

qint64 idArg(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok ? id : 0;
}

int runEntityEdit(Context &ctx)
{
    const bool json = ctx.takeFlag(u"--json"_s);
    if (!ctx.rejectUnknownOptions(usage))
        return Usage;
    QStringList a = ctx.args;
    if (a.isEmpty())
        return ctx.usageError(u"entity-edit needs a subcommand"_s, usage);
    const QString sub = a.takeFirst();
    QString aliasAction;
    if (sub == "alias"_L1 && !a.isEmpty())
        aliasAction = a.takeFirst();
    const int wanted = sub == "reject"_L1 ? 1 : 2;
    if (a.size() != wanted || !idArg(a.first()))
        return ctx.usageError(u"wrong arguments for entity-edit %1"_s.arg(sub), usage);
    const qint64 id = idArg(a.first());
    const QString value = a.value(1);
    store::EntityStore es(ctx.store.database());
    bool ok = false;
    qint64 result = id;
    if (sub == "rename"_L1) {
        ok = es.rename(id, value);
    } else if (sub == "retype"_L1) {
        if (entities::typeName(entities::typeFromName(value)) != value)
            return ctx.usageError(u"unknown entity type '%1'"_s.arg(value), usage);
        ok = es.retype(id, entities::typeFromName(value));
    } else if (sub == "merge"_L1) {
        if (!idArg(value))
            return ctx.usageError(u"merge needs two entity ids"_s, usage);
        ok = es.merge(id, idArg(value));
        result = idArg(value);
    } else if (sub == "split"_L1) {
        result = es.split(id, value);
        ok = result != 0;
    } else if (sub == "alias"_L1 && aliasAction == "add"_L1) {
        ok = es.addAlias(id, value);
    } else if (sub == "alias"_L1 && aliasAction == "remove"_L1) {
        ok = es.removeAlias(id, value);
    } else if (sub == "reject"_L1) {
        ok = es.reject(id);
        result = 0;
    } else {
        return ctx.usageError(u"unknown entity-edit subcommand '%1'"_s.arg(sub), usage);
    }
    if (!ok) {
        ctx.err << "parallax: " << es.lastError() << Qt::endl;
        return Failed;
    }
    if (json)
        ctx.printJson(QJsonObject{{u"ok"_s, true}, {u"entity"_s, result}});
    else
        ctx.out << "entity-edit " << sub << ": done" << (result ? u" (entity %1)"_s.arg(result) : QString()) << Qt::endl;
    return Ok;
}

} // namespace

Command entityEditCommand()
{
    return {u"entity-edit"_s, usage, u"correct the entities: rename, retype, merge, split, aliases, not an entity"_s,
            true, runEntityEdit};
}

} // namespace parallax::cli
