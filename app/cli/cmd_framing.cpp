// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "exportframingcharts.h"

#include "query/comparison.h"
#include "store/store.h"
#include "text/segmenter.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parallax::cli {

namespace {

const QString usage = u"framing [--json] [--lexicon FILE] [--search QUERY] [--from DATE] [--to DATE] [--outlet NAME]"_s;

int runFraming(Context &ctx)
{
    const bool json = ctx.takeFlag(u"--json"_s);
    const auto lexiconPath = ctx.takeOption(u"--lexicon"_s);
    // Countries are what the table compares: a scope of articles, not of one country.
    store::ArticleFilter scope;
    if (!ctx.takeScope(&scope, usage, false))
        return Usage;
    if (!ctx.rejectUnknownOptions(usage))
        return Usage;
    if (!ctx.args.isEmpty())
        return ctx.usageError(u"framing takes no arguments"_s, usage);
    // The stored hits (tagged again first if the user's lexicon changed since), or a fresh
    // tagging, not stored, with the lexicon file given.
    std::optional<framing::FramingTagger> tagger;
    if (lexiconPath) {
        framing::Lexicon lexicon;
        const QList<framing::LexiconProblem> problems = lexicon.load(*lexiconPath);
        for (const framing::LexiconProblem &p : problems)
            ctx.err << "parallax: " << *lexiconPath << ": " << p.toString() << Qt::endl;
        if (lexicon.size() == 0)
            return Failed;
        tagger.emplace(lexicon);
    } else if (!ensureUserFraming(ctx)) {
        return Failed;
    }
    const std::optional<query::FramingReport> read = query::framingReport(ctx.store, tagger ? &*tagger : nullptr, scope);
    if (!read) {
        ctx.err << "parallax: " << ctx.store.lastError() << Qt::endl;
        return Failed;
    }
    const query::FramingReport &report = *read;
    if (json) {
        QJsonArray hits;
        for (int i = 0; i < report.articles.size(); ++i) {
            const Article &a = report.bodies.at(i);
            for (const framing::FramingHit &h : report.hits.at(i)) {
                hits.append(QJsonObject{{u"article"_s, report.articles.at(i)},
                                        {u"term"_s, h.term},
                                        {u"text"_s, a.text(h.span)},
                                        {u"concept"_s, h.conceptName},
                                        {u"side"_s, h.side},
                                        {u"start"_s, text::toCodePoints(a.body, h.span.start)},
                                        {u"end"_s, text::toCodePoints(a.body, h.span.end)}});
            }
        }
        QJsonObject byCountry;
        for (const framing::FramingCell &c : report.table.cells) {
            QJsonObject terms = byCountry.value(c.country).toObject();
            terms.insert(c.term, terms.value(c.term).toInt() + c.count);
            byCountry.insert(c.country, terms);
        }
        QJsonArray table;
        for (const framing::FramingCell &c : report.table.cells) {
            table.append(QJsonObject{{u"concept"_s, c.conceptName}, {u"term"_s, c.term},
                                     {u"side"_s, c.side}, {u"country"_s, c.country},
                                     {u"count"_s, c.count}, {u"articles"_s, c.articles},
                                     {u"per_1000_words"_s, c.perThousandWords}});
        }
        ctx.printJson(QJsonObject{{u"hits"_s, hits},
                                  {u"by_country"_s, byCountry},
                                  {u"table"_s, table},
                                  {u"warnings"_s, QJsonArray::fromStringList(report.table.warnings)}});
        return Ok;
    }
    QList<QStringList> rows;
    for (const framing::FramingCell &c : report.table.cells) {
        rows.append({c.conceptName, c.term, c.side, c.country, QString::number(c.count),
                     QString::number(c.perThousandWords, 'f', 2)});
    }
    printTable(ctx.out, {u"CONCEPT"_s, u"TERM"_s, u"SIDE"_s, u"COUNTRY"_s, u"HITS"_s, u"PER 1000 WORDS"_s}, rows);
    for (const QString &w : report.table.warnings)
        ctx.out << "note: " << w << "\n";
    ctx.out.flush();
    return Ok;
}

} // namespace

Command framingCommand()
{
    return {u"framing"_s, usage, u"contested terms per article and how often each country uses them"_s,
            true, runFraming};
}

} // namespace parallax::cli
