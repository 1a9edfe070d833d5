// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "store/entitystore.h"
#include "store/store.h"
#include "text/segmenter.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parallax::cli {

namespace {

const QString usage = u"mentions ARTICLE_ID [--json]"_s;

int runMentions(Context &ctx)
{
    const bool json = ctx.takeFlag(u"--json"_s);
    if (!ctx.rejectUnknownOptions(usage))
        return Usage;
    bool ok = false;
    const qint64 id = ctx.args.size() == 1 ? ctx.args.first().toLongLong(&ok) : 0;
    if (!ok)
        return ctx.usageError(u"mentions needs one article id"_s, usage);
    const auto article = ctx.store.article(id);
    if (!article) {
        ctx.err << "parallax: no article with id " << id << " in " << ctx.store.path() << Qt::endl;
        return Failed;
    }
    const QList<store::MentionRow> rows = store::EntityStore(ctx.store.database()).mentions(id);
    if (json) {
        QJsonArray out;
        for (const store::MentionRow &m : rows) {
            out.append(QJsonObject{{u"entity"_s, m.entityId}, {u"name"_s, m.name}, {u"type"_s, m.type},
                                   {u"start"_s, text::toCodePoints(article->body, m.span.start)},
                                   {u"end"_s, text::toCodePoints(article->body, m.span.end)},
                                   {u"text"_s, m.text}});
        }
        ctx.printJson(out);
        return Ok;
    }
    QList<QStringList> table;
    for (const store::MentionRow &m : rows) {
        table << QStringList{QString::number(text::toCodePoints(article->body, m.span.start)), m.text, m.type,
                             m.name, QString::number(m.entityId)};
    }
    printTable(ctx.out, {u"AT"_s, u"TEXT"_s, u"TYPE"_s, u"ENTITY"_s, u"ID"_s}, table);
    return Ok;
}

} // namespace

Command mentionsCommand()
{
    return {u"mentions"_s, usage, u"list the entity mentions in one article (code-point offsets)"_s, true, runMentions};
}

} // namespace parallax::cli
