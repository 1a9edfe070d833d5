// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "analysis/entities/entity.h"
#include "store/entitystore.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parallax::cli {

namespace {

const QString usage = u"entities [--type person|place|organization|event|other] [--search QUERY] [--from DATE] "
                      "[--to DATE] [--country CC] [--outlet NAME] [--json]"_s;

int runEntities(Context &ctx)
{
    const bool json = ctx.takeFlag(u"--json"_s);
    const QString type = ctx.takeOption(u"--type"_s).value_or(QString());
    // The articles to count in, as the library narrows them (the entity sidebar follows it).
    store::ArticleFilter scope;
    if (!ctx.takeScope(&scope, usage))
        return Usage;
    if (!ctx.rejectUnknownOptions(usage))
        return Usage;
    if (!ctx.args.isEmpty())
        return ctx.usageError(u"entities takes no arguments"_s, usage);
    if (!type.isEmpty() && entities::typeName(entities::typeFromName(type)) != type)
        return ctx.usageError(u"unknown entity type '%1'"_s.arg(type), usage);
    const store::EntityStore es(ctx.store.database());
    QList<store::EntityRow> rows = es.entities(type);
    std::optional<QList<qint64>> inScope;
    if (!scope.isEmpty()) {
        // Each entity's mentions and articles within the scope's articles; the others go.
        inScope = ctx.store.articleIds(scope);
        if (!inScope) {
            ctx.err << "parallax: " << ctx.store.lastError() << Qt::endl;
            return Failed;
        }
        const auto counts = es.countsWithin(*inScope);
        if (!counts) {
            ctx.err << "parallax: " << es.lastError() << Qt::endl;
            return Failed;
        }
        const QSet<qint64> articles(inScope->cbegin(), inScope->cend());
        rows.removeIf([&counts](const store::EntityRow &r) { return !counts->contains(r.id); });
        for (store::EntityRow &r : rows) {
            r.articles.removeIf([&articles](qint64 id) { return !articles.contains(id); });
            r.mentions = counts->value(r.id).mentions;
            r.articleCount = int(r.articles.size());
        }
        store::EntityStore::arrange(rows, store::EntityQuery{}); // most mentioned first, as without a scope
    }
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
    if (inScope) {
        ctx.out << QCoreApplication::translate("cli", "%n entity(s)", nullptr, int(rows.size())) << ' '
                << QCoreApplication::translate("cli", "in %n article(s)", nullptr, int(inScope->size())) << Qt::endl;
    }
    return Ok;
}

} // namespace

Command entitiesCommand()
{
    return {u"entities"_s, usage, u"list the people, places, organisations and events named in the corpus (or in the articles of a search, dates, a country or outlet)"_s, true,
            runEntities};
}

} // namespace parallax::cli
