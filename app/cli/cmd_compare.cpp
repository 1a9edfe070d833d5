// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "query/comparison.h"
#include "store/comparestore.h"
#include "store/store.h"
#include "text/segmenter.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parallax::cli {

namespace {

const QString usage = u"compare LEFT RIGHT [--json] [--link I,J | --unlink I,J | --reset I,J]"_s;

QJsonObject sentenceJson(const Article &a, int index)
{
    const Span s = a.sentences.at(index);
    return {{u"index"_s, index},
            {u"start"_s, text::toCodePoints(a.body, s.start)},
            {u"end"_s, text::toCodePoints(a.body, s.end)},
            {u"text"_s, a.text(s)}};
}

QJsonObject articleHead(const Article &a)
{
    return {{u"id"_s, a.id},
            {u"title"_s, a.title},
            {u"outlet"_s, a.outlet},
            {u"country"_s, a.country},
            {u"published"_s, a.published.toString(Qt::ISODate)}};
}

int fix(Context &ctx, qint64 left, qint64 right, const QString &value, int kind)
{
    const QStringList parts = value.split(u',');
    bool okI = false, okJ = false;
    const int i = parts.value(0).toInt(&okI);
    const int j = parts.value(1).toInt(&okJ);
    if (parts.size() != 2 || !okI || !okJ || i < 0 || j < 0)
        return ctx.usageError(u"'%1' is not two sentence indexes like 4,7"_s.arg(value), usage);
    store::CompareStore cs(ctx.store);
    const bool ok = kind == 2 ? cs.removeAlignmentFix(left, right, i, j)
                              : cs.addAlignmentFix(left, right, {i, j, kind == 0});
    if (!ok) {
        ctx.err << "parallax: " << cs.lastError() << Qt::endl;
        return Failed;
    }
    ctx.out << "sentences " << i << " and " << j << ": "
            << (kind == 0 ? "linked" : kind == 1 ? "unlinked" : "left to the aligner") << Qt::endl;
    return Ok;
}

int runCompare(Context &ctx)
{
    const bool json = ctx.takeFlag(u"--json"_s);
    const auto link = ctx.takeOption(u"--link"_s);
    const auto unlink = ctx.takeOption(u"--unlink"_s);
    const auto reset = ctx.takeOption(u"--reset"_s);
    if (!ctx.rejectUnknownOptions(usage))
        return Usage;
    if (ctx.args.size() != 2)
        return ctx.usageError(u"compare needs two article ids"_s, usage);
    bool okL = false, okR = false;
    const qint64 left = ctx.args.at(0).toLongLong(&okL);
    const qint64 right = ctx.args.at(1).toLongLong(&okR);
    if (!okL || !okR)
        return ctx.usageError(u"article ids are numbers"_s, usage);
    QString error;
    const auto c = query::compareArticles(ctx.store, left, right, &error);
    if (!c) {
        ctx.err << "parallax: " << error << Qt::endl;
        return Failed;
    }
    if (link || unlink || reset)
        return fix(ctx, left, right, link ? *link : unlink ? *unlink : *reset, link ? 0 : unlink ? 1 : 2);

    const compare::Alignment &a = c->alignment;
    if (json) {
        QJsonArray pairs;
        for (const compare::SentencePair &p : a.pairs) {
            pairs.append(QJsonObject{{u"left"_s, sentenceJson(c->left, p.left)},
                                     {u"right"_s, sentenceJson(c->right, p.right)},
                                     {u"score"_s, p.score},
                                     {u"manual"_s, p.manual},
                                     {u"shared_entities"_s, QJsonArray::fromStringList(p.sharedEntities)},
                                     {u"shared_numbers"_s, QJsonArray::fromStringList(p.sharedNumbers)},
                                     {u"left_numbers"_s, QJsonArray::fromStringList(p.leftNumbers)},
                                     {u"right_numbers"_s, QJsonArray::fromStringList(p.rightNumbers)}});
        }
        QJsonArray onlyLeft, onlyRight;
        for (int i : a.onlyLeft)
            onlyLeft.append(sentenceJson(c->left, i));
        for (int j : a.onlyRight)
            onlyRight.append(sentenceJson(c->right, j));
        ctx.printJson(QJsonObject{{u"left"_s, articleHead(c->left)},
                                  {u"right"_s, articleHead(c->right)},
                                  {u"pairs"_s, pairs},
                                  {u"only_left"_s, onlyLeft},
                                  {u"only_right"_s, onlyRight}});
        return Ok;
    }
    for (const compare::SentencePair &p : a.pairs) {
        ctx.out << "= " << QString::number(p.score, 'f', 2) << (p.manual ? " (by hand)" : "") << "\n  < "
                << c->left.text(c->left.sentences.at(p.left)) << "\n  > "
                << c->right.text(c->right.sentences.at(p.right)) << "\n";
    }
    for (int i : a.onlyLeft)
        ctx.out << "< only " << left << ": " << c->left.text(c->left.sentences.at(i)) << "\n";
    for (int j : a.onlyRight)
        ctx.out << "> only " << right << ": " << c->right.text(c->right.sentences.at(j)) << "\n";
    ctx.out.flush();
    return Ok;
}

} // namespace

Command compareCommand()
{
    return {u"compare"_s, usage, u"align two articles sentence by sentence; what only one reports"_s,
            true, runCompare};
}

} // namespace parallax::cli
