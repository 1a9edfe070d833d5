// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcli.h"

#include "store/store.h"
#include "text/segmenter.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parallax::cli {

namespace {

const QString usage = u"annotate ARTICLE_ID --start S --end E [--tag PATH]... [--note TEXT] [--author NAME] [--json]"_s;

std::optional<int> number(const std::optional<QString> &text)
{
    bool ok = false;
    const int n = text ? text->toInt(&ok) : 0;
    return ok && n >= 0 ? std::optional<int>(n) : std::nullopt;
}

int runAnnotate(Context &ctx)
{
    const bool json = ctx.takeFlag(u"--json"_s);
    const auto start = number(ctx.takeOption(u"--start"_s));
    const auto end = number(ctx.takeOption(u"--end"_s));
    const auto note = ctx.takeOption(u"--note"_s);
    const auto author = ctx.takeOption(u"--author"_s);
    QStringList tags;
    while (const auto tag = ctx.takeOption(u"--tag"_s))
        tags.append(*tag);
    if (!ctx.rejectUnknownOptions(usage))
        return Usage;
    if (ctx.args.size() != 1)
        return ctx.usageError(u"annotate needs one article id"_s, usage);
    bool ok = false;
    const qint64 articleId = ctx.args.first().toLongLong(&ok);
    if (!ok)
        return ctx.usageError(u"'%1' is not an article id"_s.arg(ctx.args.first()), usage);
    if (!start || !end || *end <= *start)
        return ctx.usageError(u"--start and --end must be code point offsets with start < end"_s, usage);
    const auto article = ctx.store.article(articleId);
    if (!article) {
        ctx.err << "parallax: no article with id " << articleId << " in " << ctx.store.path() << Qt::endl;
        return Failed;
    }
    const int length = text::toCodePoints(article->body, int(article->body.size()));
    if (*end > length)
        return ctx.usageError(u"--end %1 is past the end of the article (%2 code points)"_s.arg(*end).arg(length),
                              usage);

    AnnotationSession session(ctx.store);
    if (!session.load(ctx.err))
        return Failed;
    annotations::AnnotationDocument &doc = session.document();
    if (author)
        doc.setAuthor(*author);
    QList<qint64> tagIds;
    for (const QString &path : std::as_const(tags)) {
        const qint64 id = doc.ensureTagPath(path);
        if (id == 0) {
            ctx.err << "parallax: tag '" << path << "': " << doc.lastError() << Qt::endl;
            return Failed;
        }
        tagIds.append(id);
    }
    const Span span{text::fromCodePoints(article->body, *start), text::fromCodePoints(article->body, *end)};
    const qint64 id = doc.addAnnotation(articleId, article->body, span, tagIds, note.value_or(QString()));
    if (id == 0) {
        ctx.err << "parallax: " << doc.lastError() << Qt::endl;
        return Failed;
    }
    if (json)
        ctx.printJson(QJsonObject{{u"id"_s, id}, {u"exact"_s, doc.annotation(id)->quote.exact}});
    else
        ctx.out << id << Qt::endl;
    return Ok;
}

} // namespace

Command annotateCommand()
{
    return {u"annotate"_s, u"annotate ARTICLE_ID --start S --end E"_s,
            u"annotate a passage (code points; --tag PATH... --note TEXT); prints the new id"_s, true, runAnnotate};
}

} // namespace parallax::cli
