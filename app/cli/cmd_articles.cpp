// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "articlejson.h"
#include "store/store.h"

#include <QCoreApplication>


using namespace Qt::StringLiterals;

namespace parallax::cli {

namespace {

const QString usage = u"articles [--json] [--country CC] [--outlet NAME] (\"-\": those without one)"_s;

int runArticles(Context &ctx)
{
    const bool json = ctx.takeFlag(u"--json"_s);
    store::ArticleFilter filter;
    filter.country = ctx.takeOption(u"--country"_s).value_or(QString()).toUpper();
    filter.outlet = ctx.takeOption(u"--outlet"_s).value_or(QString());
    if (!ctx.rejectUnknownOptions(usage))
        return Usage;
    if (!ctx.args.isEmpty())
        return ctx.usageError(u"articles takes no arguments"_s, usage);
    const auto listed = ctx.store.articles(filter, store::SortKey::Published, Qt::AscendingOrder, 0, -1);
    if (!listed) {
        ctx.err << "parallax: " << ctx.store.lastError() << Qt::endl;
        return Failed;
    }
    const QList<store::ArticleSummary> &list = *listed;
    if (json) {
        JsonArrayWriter arr(ctx.out);
        for (const auto &s : list)
            arr.append(summaryJson(s));
        return Ok;
    }
    QList<QStringList> rows;
    for (const auto &s : list) {
        rows.append({QString::number(s.id), s.published.toString(Qt::ISODate)
                         + (s.dateProvenance == Provenance::Inferred ? u"*"_s : QString()),
                     s.country, s.outlet, s.title});
    }
    printTable(ctx.out, {u"ID"_s, u"PUBLISHED"_s, u"COUNTRY"_s, u"OUTLET"_s, u"TITLE"_s}, rows);
    ctx.out << QCoreApplication::translate("cli", "%n article(s)", nullptr, int(rows.size())) << "; * = date inferred from the text" << Qt::endl;
    return Ok;
}

} // namespace

Command articlesCommand()
{
    return {u"articles"_s, usage, u"list the articles with outlet, country and date (of one country or outlet; - for none recorded)"_s,
            true, runArticles};
}

} // namespace parallax::cli
