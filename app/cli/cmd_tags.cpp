// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcli.h"

#include "annotations/export/codebookexport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace parallax::annotations;

namespace parallax::cli {

namespace {

const QString usage = u"tags [--json | --format csv|qdc] [--out FILE]\n"
                      "       parallax [--db FILE] tags import FILE.qdc|FILE.csv"_s;

int runImport(Context &ctx)
{
    int exitCode = Ok;
    const auto bytes = importedFile(ctx, usage, u".qdc or .csv file"_s, exitCode);
    if (!bytes)
        return exitCode;
    const exports::CodebookImport imported = ctx.args.at(1).endsWith(u".csv"_s, Qt::CaseInsensitive)
                                                 ? exports::codebookFromCsv(*bytes)
                                                 : exports::codebookFromQdc(*bytes);
    if (!reportProblems(ctx, imported.problems, imported.ok))
        return Failed;
    AnnotationSession session(ctx.store);
    if (!session.load(ctx.err))
        return Failed;
    const int changes = session.document().importCodebook(imported.codebook);
    ctx.out << QCoreApplication::translate("cli", "%n change(s) to the codebook", nullptr, int(changes)) << Qt::endl;
    return Ok;
}

QJsonArray tagsJson(const AnnotationDocument &doc)
{
    QHash<qint64, int> uses;
    for (const Annotation &a : doc.annotations()) {
        for (qint64 id : a.tagIds)
            ++uses[id];
    }
    const Codebook &book = doc.codebook();
    QJsonArray array;
    for (const Tag &t : book.tags()) {
        array.append(QJsonObject{
            {u"id"_s, t.id},
            {u"path"_s, book.path(t.id)},
            {u"name"_s, t.name},
            {u"parent"_s, t.parentId == 0 ? QJsonValue() : QJsonValue(t.parentId)},
            {u"colour"_s, t.colour.isValid() ? QJsonValue(t.colour.name()) : QJsonValue()},
            {u"description"_s, t.description},
            {u"codable"_s, t.codable},
            {u"guid"_s, t.guid.toString(QUuid::WithoutBraces).toUpper()},
            {u"annotations"_s, uses.value(t.id)},
        });
    }
    return array;
}

int runTags(Context &ctx)
{
    if (!ctx.args.isEmpty() && ctx.args.first() == u"import"_s)
        return runImport(ctx);
    const bool json = ctx.takeFlag(u"--json"_s);
    const QString format = ctx.takeOption(u"--format"_s).value_or(QString());
    const auto out = ctx.takeOption(u"--out"_s);
    if (!ctx.rejectUnknownOptions(usage))
        return Usage;
    if (!ctx.args.isEmpty())
        return ctx.usageError(u"unexpected argument '%1'"_s.arg(ctx.args.first()), usage);
    if (!format.isEmpty() && format != u"csv"_s && format != u"qdc"_s)
        return ctx.usageError(u"unknown format '%1'"_s.arg(format), usage);
    AnnotationSession session(ctx.store);
    if (!session.load(ctx.err))
        return Failed;
    const Codebook &book = session.document().codebook();
    if (json) {
        ctx.printJson(tagsJson(session.document()));
        return Ok;
    }
    if (!format.isEmpty()) {
        const QString origin = u"Parallax %1"_s.arg(QStringLiteral(PARALLAX_VERSION));
        return writeOutput(ctx, format == u"csv"_s ? exports::codebookToCsv(book) : exports::codebookToQdc(book, origin),
                           out);
    }
    const QJsonArray tags = tagsJson(session.document());
    QList<QStringList> rows;
    for (const QJsonValue &v : tags) {
        const QJsonObject t = v.toObject();
        rows.append({QString::number(t[u"id"_s].toInteger()), t[u"path"_s].toString(),
                     t[u"colour"_s].toString(), QString::number(t[u"annotations"_s].toInt())});
    }
    printTable(ctx.out, {u"ID"_s, u"PATH"_s, u"COLOUR"_s, u"ANNOTATIONS"_s}, rows);
    return Ok;
}

} // namespace

Command tagsCommand()
{
    return {u"tags"_s, u"tags [--json|--format csv|qdc] [import FILE]"_s,
            u"list or export the codebook (csv, REFI-QDA qdc), or import one"_s, true, runTags};
}

} // namespace parallax::cli
