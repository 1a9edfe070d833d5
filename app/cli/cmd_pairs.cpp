// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "query/comparison.h"
#include "store/comparestore.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parallax::cli {

namespace {

const QString usage = u"pairs [--json] [--days N] [--min-score X] [--limit N] [--all] "
                      u"[--confirm L,R | --reject L,R | --forget L,R]"_s;

constexpr int defaultLimit = 100;

std::optional<std::pair<qint64, qint64>> parsePair(const QString &text)
{
    const QStringList parts = text.split(u',');
    bool okL = false, okR = false;
    if (parts.size() != 2)
        return std::nullopt;
    const qint64 l = parts.at(0).trimmed().toLongLong(&okL);
    const qint64 r = parts.at(1).trimmed().toLongLong(&okR);
    if (!okL || !okR || l == r)
        return std::nullopt;
    return std::pair{l, r};
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

int decide(Context &ctx, const QString &value, std::optional<store::PairDecision> decision)
{
    const auto pair = parsePair(value);
    if (!pair)
        return ctx.usageError(u"'%1' is not a pair of two article ids like 1,3"_s.arg(value), usage);
    for (qint64 id : {pair->first, pair->second}) {
        if (!ctx.store.article(id)) {
            ctx.err << "parallax: no article with id " << id << Qt::endl;
            return Failed;
        }
    }
    store::CompareStore cs(ctx.store);
    if (!cs.setPairDecision(pair->first, pair->second, decision)) {
        ctx.err << "parallax: " << cs.lastError() << Qt::endl;
        return Failed;
    }
    ctx.out << "pair " << pair->first << "," << pair->second << ": "
            << (!decision ? u"decision forgotten"_s
                          : *decision == store::PairDecision::Confirmed ? u"confirmed"_s : u"rejected"_s)
            << Qt::endl;
    return Ok;
}

int runPairs(Context &ctx)
{
    const bool json = ctx.takeFlag(u"--json"_s);
    const bool all = ctx.takeFlag(u"--all"_s);
    const auto days = ctx.takeOption(u"--days"_s);
    const auto minScore = ctx.takeOption(u"--min-score"_s);
    const auto limit = ctx.takeOption(u"--limit"_s);
    const auto confirm = ctx.takeOption(u"--confirm"_s);
    const auto reject = ctx.takeOption(u"--reject"_s);
    const auto forget = ctx.takeOption(u"--forget"_s);
    if (!ctx.rejectUnknownOptions(usage))
        return Usage;
    if (!ctx.args.isEmpty())
        return ctx.usageError(u"pairs takes no arguments"_s, usage);
    if (confirm)
        return decide(ctx, *confirm, store::PairDecision::Confirmed);
    if (reject)
        return decide(ctx, *reject, store::PairDecision::Rejected);
    if (forget)
        return decide(ctx, *forget, std::nullopt);

    compare::PairingOptions options;
    bool ok = true;
    if (days)
        options.maxDayGap = days->toInt(&ok);
    if (!ok || options.maxDayGap < 0)
        return ctx.usageError(u"--days needs a number of days"_s, usage);
    if (minScore)
        options.minScore = minScore->toDouble(&ok);
    if (!ok)
        return ctx.usageError(u"--min-score needs a number"_s, usage);
    // The best pairs only, unless asked: pairs the user decided on are listed besides.
    options.limit = limit ? limit->toInt(&ok) : defaultLimit;
    if (!ok || options.limit < 0)
        return ctx.usageError(u"--limit needs a number of pairs (0: every pair)"_s, usage);

    const QList<query::PairRow> rows = query::eventPairs(ctx.store, options, all);
    if (json) {
        JsonArrayWriter arr(ctx.out);
        for (const query::PairRow &r : rows) {
            const compare::PairEvidence &e = r.pair.evidence;
            QJsonObject evidence{{u"day_gap"_s, e.dayGap},
                                 {u"overlap"_s, e.overlap},
                                 {u"shared_entities"_s, strings(e.sharedEntities)},
                                 {u"shared_words"_s, strings(e.sharedWords)},
                                 {u"shared_numbers"_s, strings(e.sharedNumbers)}};
            QJsonObject o{{u"left"_s, r.pair.left},
                          {u"right"_s, r.pair.right},
                          {u"score"_s, r.pair.score},
                          {u"evidence"_s, evidence}};
            if (!r.decision.isEmpty())
                o.insert(u"decision"_s, r.decision);
            arr.append(o);
        }
        return Ok;
    }
    QList<QStringList> table;
    for (const query::PairRow &r : rows) {
        const compare::PairEvidence &e = r.pair.evidence;
        table.append({QString::number(r.pair.left), QString::number(r.pair.right),
                      QString::number(r.pair.score, 'f', 3), QString::number(e.dayGap), r.decision,
                      (e.sharedEntities + e.sharedWords.mid(0, 5) + e.sharedNumbers.mid(0, 3)).join(u", "_s)});
    }
    printTable(ctx.out, {u"LEFT"_s, u"RIGHT"_s, u"SCORE"_s, u"DAYS"_s, u"DECISION"_s, u"SHARED"_s}, table);
    ctx.out << QCoreApplication::translate("cli", "%n pair(s)", nullptr, int(rows.size())) << Qt::endl;
    return Ok;
}

} // namespace

Command pairsCommand()
{
    return {u"pairs"_s, usage, u"articles from different countries that report the same event"_s,
            true, runPairs};
}

} // namespace parallax::cli
