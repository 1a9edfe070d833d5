// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "exportframingcharts.h"

#include "query/comparison.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parallax::cli {

namespace {

const QString usage = u"keyness [--json] [--group-by country|outlet|language] [--a GROUP] [--b GROUP] [--forms] "
                      "[--min-freq N] [--limit N] [--search QUERY] [--from DATE] [--to DATE] [--outlet NAME] "
                      "(a group \"-\": the articles of no known country, outlet or language; --forms: the forms "
                      "of a word counted as one, острова and островов as остров)"_s;

QJsonArray rowsJson(const QList<compare::KeynessRow> &rows, const query::KeynessReport &r, int limit)
{
    QJsonArray arr;
    for (const compare::KeynessRow &k : rows.mid(0, limit)) {
        QJsonObject row{{u"term"_s, k.term},
                        {u"count_a"_s, k.countA},
                        {u"count_b"_s, k.countB},
                        {u"g2"_s, k.g2},
                        {u"log_ratio"_s, k.logRatio},
                        {u"key_for"_s, k.keyForA() ? r.groupA : r.groupB}};
        if (!k.forms.isEmpty())
            row.insert(u"forms"_s, QJsonArray::fromStringList(k.forms));
        arr.append(row);
    }
    return arr;
}

int runKeyness(Context &ctx)
{
    const bool json = ctx.takeFlag(u"--json"_s);
    const QString groupBy = ctx.takeOption(u"--group-by"_s).value_or(u"country"_s);
    const QString a = ctx.takeOption(u"--a"_s).value_or(QString());
    const QString b = ctx.takeOption(u"--b"_s).value_or(QString());
    const bool forms = ctx.takeFlag(u"--forms"_s);
    const auto minFreq = ctx.takeOption(u"--min-freq"_s);
    const auto limitText = ctx.takeOption(u"--limit"_s);
    store::ArticleFilter scope; // the groups are countries: a scope of articles, not of one country
    if (!ctx.takeScope(&scope, usage, false))
        return Usage;
    if (!ctx.rejectUnknownOptions(usage))
        return Usage;
    if (!ctx.args.isEmpty())
        return ctx.usageError(u"keyness takes no arguments"_s, usage);
    const std::optional<query::KeynessGrouping> grouping = query::keynessGroupingNamed(groupBy);
    if (!grouping)
        return ctx.usageError(u"--group-by takes country, outlet or language"_s, usage);
    compare::KeynessOptions options;
    options.joinForms = forms;
    bool ok = true;
    if (minFreq)
        options.minFrequency = minFreq->toLongLong(&ok);
    int limit = 50;
    if (ok && limitText)
        limit = limitText->toInt(&ok);
    if (!ok || limit < 0 || options.minFrequency < 0)
        return ctx.usageError(u"--min-freq and --limit need numbers"_s, usage);

    const query::KeynessReport r = query::keynessBy(ctx.store, *grouping, keynessGroupKey(a, *grouping), keynessGroupKey(b, *grouping),
                                                    options, scope);
    if (!r.error.isEmpty()) {
        ctx.err << "parallax: " << r.error << Qt::endl;
        return Failed;
    }
    if (json) {
        ctx.printJson(QJsonObject{
            {u"group_by"_s, groupBy},
            {u"forms_joined"_s, forms},
            {u"a"_s, QJsonObject{{u"group"_s, r.groupA}, {u"articles"_s, r.articlesA}}},
            {u"b"_s, QJsonObject{{u"group"_s, r.groupB}, {u"articles"_s, r.articlesB}}},
            {u"unigrams"_s, rowsJson(r.unigrams, r, limit)},
            {u"bigrams"_s, rowsJson(r.bigrams, r, limit)}});
        return Ok;
    }
    for (const auto &[title, rows] : {std::pair{u"Words"_s, &r.unigrams}, std::pair{u"Word pairs"_s, &r.bigrams}}) {
        ctx.out << title << ": " << r.groupA << " (" << r.articlesA << " articles) against " << r.groupB
                << " (" << r.articlesB << ")\n";
        QList<QStringList> table;
        for (const compare::KeynessRow &k : rows->mid(0, limit)) {
            QStringList line{k.term, QString::number(k.countA), QString::number(k.countB),
                             QString::number(k.g2, 'f', 2), QString::number(k.logRatio, 'f', 2),
                             k.keyForA() ? r.groupA : r.groupB};
            if (forms)
                line << k.forms.mid(1).join(u", "_s);
            table.append(line);
        }
        QStringList header{u"TERM"_s, r.groupA, r.groupB, u"G2"_s, u"LOG RATIO"_s, u"KEY FOR"_s};
        if (forms)
            header << u"ALSO COUNTED"_s;
        printTable(ctx.out, header, table);
        ctx.out << "\n";
    }
    ctx.out.flush();
    return Ok;
}

} // namespace

Command keynessCommand()
{
    return {u"keyness"_s, usage, u"words one country's, outlet's or language's articles use far more than another's (G2, log ratio)"_s,
            true, runKeyness};
}

} // namespace parallax::cli
