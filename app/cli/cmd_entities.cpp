// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "analysis/entities/entity.h"
#include "store/entitystore.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parallax::cli {

namespace {

const QString usage = u"entities [--type person|place|organization|event|other] [--json]"_s;

int runEntities(Context &ctx)
{
    const bool json = ctx.takeFlag(u"--json"_s);
    const QString type = ctx.takeOption(u"--type"_s).value_or(QString());
    if (!ctx.rejectUnknownOptions(usage))
        return Usage;
    if (!ctx.args.isEmpty())
        return ctx.usageError(u"entities takes no arguments"_s, usage);
    if (!type.isEmpty() && entities::typeName(entities::typeFromName(type)) != type)
        return ctx.usageError(u"unknown entity type '%1'"_s.arg(type), usage);
    const store::EntityStore es(ctx.store.database());
    const QList<store::EntityRow> rows = es.entities(type);
    if (json) {
        JsonArrayWriter out(ctx.out);
        for (const store::EntityRow &r : rows) {
            QJsonArray articles;
            for (qint64 id : r.articles)
                articles.append(id);
            out.append(QJsonObject{{u"id"_s, r.id}, {u"key"_s, r.key}, {u"name"_s, r.name}, {u"type"_s, r.type},
                                   {u"aliases"_s, QJsonArray::fromStringList(r.aliases)},
                                   {u"mentions"_s, r.mentions}, {u"articles"_s, articles}});
        }
        return Ok;
    }
    QList<QStringList> table;
    for (const store::EntityRow &r : rows)
        table << QStringList{QString::number(r.id), r.type, r.name, QString::number(r.mentions), QString::number(r.articles.size())};
    printTable(ctx.out, {u"ID"_s, u"TYPE"_s, u"NAME"_s, u"MENTIONS"_s, u"ARTICLES"_s}, table);
    return Ok;
}

} // namespace

Command entitiesCommand()
{
    return {u"entities"_s, usage, u"list the people, places, organisations and events named in the corpus"_s, true,
            runEntities};
}

} // namespace parallax::cli
