// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcli.h"

#include "annotations/export/exportinput.h"
#include "annotations/export/w3cimport.h"
#include "store/store.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace parallax::annotations;

namespace parallax::cli {

namespace {

const QString usage = u"annotations [--json | --format csv|json|w3c|markdown] [--article ID] [--out FILE]\n"
                      "       parallax [--db FILE] annotations import FILE"_s;

int runImport(Context &ctx)
{
    int exitCode = Ok;
    const auto bytes = importedFile(ctx, usage, u"W3C JSON-LD file"_s, exitCode);
    if (!bytes)
        return exitCode;
    const exports::W3cImport imported =
        exports::fromW3c(*bytes, [&ctx](qint64 id) { return exports::storedBody(ctx.store, id); });
    if (!reportProblems(ctx, imported.problems, imported.ok))
        return Failed;
    AnnotationSession session(ctx.store);
    if (!session.load(ctx.err))
        return Failed;
    QList<Annotation> list;
    QList<QStringList> paths;
    for (const exports::ImportedAnnotation &a : imported.annotations) {
        list.append(a.annotation);
        paths.append(a.tagPaths);
    }
    const QList<qint64> ids = session.document().importAnnotations(list, paths);
    if (ids.size() != list.size()) {
        ctx.err << "parallax: " << session.document().lastError() << Qt::endl;
        return Failed;
    }
    ctx.out << QCoreApplication::translate("cli", "imported %n annotation(s)", nullptr, int(ids.size())) << Qt::endl;
    return Ok;
}

void printList(Context &ctx, const AnnotationDocument &doc, const QList<Annotation> &list)
{
    QList<QStringList> rows;
    for (const Annotation &a : list) {
        const QString quote = elideToWidth(a.quote.exact.simplified(), 48);
        rows.append({QString::number(a.id), QString::number(a.articleId), doc.tagPaths(a).join(u", "_s),
                     (a.orphan ? u"[orphan] "_s : QString()) + quote});
    }
    printTable(ctx.out, {u"ID"_s, u"ARTICLE"_s, u"TAGS"_s, u"QUOTE"_s}, rows);
    ctx.out << QCoreApplication::translate("cli", "%n annotation(s)", nullptr, int(rows.size())) << Qt::endl;
}

int runAnnotations(Context &ctx)
{
    if (!ctx.args.isEmpty() && ctx.args.first() == u"import"_s)
        return runImport(ctx);
    const bool json = ctx.takeFlag(u"--json"_s);
    const QString format = ctx.takeOption(u"--format"_s).value_or(json ? u"json"_s : QString());
    const auto out = ctx.takeOption(u"--out"_s);
    const auto article = ctx.takeOption(u"--article"_s);
    if (!ctx.rejectUnknownOptions(usage))
        return Usage;
    if (!ctx.args.isEmpty())
        return ctx.usageError(u"unexpected argument '%1'"_s.arg(ctx.args.first()), usage);
    static const QStringList formats{u"csv"_s, u"json"_s, u"w3c"_s, u"markdown"_s};
    if (!format.isEmpty() && !formats.contains(format))
        return ctx.usageError(u"unknown format '%1'"_s.arg(format), usage);
    const qint64 articleId = article ? article->toLongLong() : 0;
    if (article && articleId <= 0)
        return ctx.usageError(u"'%1' is not an article id"_s.arg(*article), usage);

    AnnotationSession session(ctx.store);
    if (!session.load(ctx.err))
        return Failed;
    const exports::ExportInput input = exports::exportInput(ctx.store, session.document(), articleId);
    if (format.isEmpty()) {
        printList(ctx, session.document(), input.annotations);
        return Ok;
    }
    const QByteArray bytes = format == u"csv"_s    ? exports::toCsv(input)
                           : format == u"json"_s   ? exports::toJson(input)
                           : format == u"w3c"_s    ? exports::toW3c(input)
                                                   : exports::toMarkdown(input).toUtf8();
    return writeOutput(ctx, bytes, out);
}

} // namespace

Command annotationsCommand()
{
    return {u"annotations"_s, u"annotations [--json|--format F] [import FILE]"_s,
            u"list or export annotations (csv, json, w3c, markdown), or import W3C JSON-LD"_s, true,
            runAnnotations};
}

} // namespace parallax::cli
