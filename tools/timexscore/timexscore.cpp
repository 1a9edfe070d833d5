// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timexscore.h"

#include "analysis/dates/datetagger.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax::timexscore {

namespace {

double ratio(int a, int b)
{
    return b > 0 ? double(a) / b : 0.0;
}

double f1(double p, double r)
{
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

struct Item
{
    Span span;
    QString type;
    QString value;
    QString text;
};

int overlap(Span a, Span b)
{
    return std::min(a.end, b.end) - std::max(a.start, b.start);
}

QString contextOf(const QString &text, Span s)
{
    const int from = std::max(0, s.start - 50);
    const int to = std::min(int(text.size()), s.end + 50);
    QString c = text.mid(from, s.start - from) + u"[["_s + text.mid(s.start, s.length()) + u"]]"_s
        + text.mid(s.end, to - s.end);
    return c.simplified();
}

Counts compare(const GoldDocument &doc, const QList<Item> &gold, const QList<Item> &system,
               QList<ScoreError> *errors)
{
    Counts c;
    c.gold = int(gold.size());
    c.system = int(system.size());
    QList<bool> used(system.size(), false);
    for (const Item &g : gold) {
        int best = -1;
        int bestOverlap = 0;
        for (int k = 0; k < system.size(); ++k) {
            if (used[k])
                continue;
            const int o = overlap(g.span, system[k].span);
            if (o > bestOverlap) {
                best = k;
                bestOverlap = o;
            }
        }
        if (best < 0) {
            if (errors)
                errors->append({doc.name, u"missed"_s, g.text, g.type, g.value, {}, {}, {}, contextOf(doc.text, g.span)});
            continue;
        }
        used[best] = true;
        const Item &s = system[best];
        ++c.relaxed;
        if (s.span == g.span)
            ++c.strict;
        if (s.value == g.value)
            ++c.value;
        else if (errors)
            errors->append({doc.name, u"value"_s, g.text, g.type, g.value, s.text, s.type, s.value, contextOf(doc.text, g.span)});
    }
    for (int k = 0; k < system.size(); ++k) {
        if (!used[k] && errors) {
            const Item &s = system[k];
            errors->append({doc.name, u"spurious"_s, {}, {}, {}, s.text, s.type, s.value, contextOf(doc.text, s.span)});
        }
    }
    return c;
}

} // namespace

Counts &Counts::operator+=(const Counts &o)
{
    system += o.system;
    gold += o.gold;
    strict += o.strict;
    relaxed += o.relaxed;
    value += o.value;
    return *this;
}

Measures measures(const Counts &c)
{
    Measures m;
    m.strictP = ratio(c.strict, c.system);
    m.strictR = ratio(c.strict, c.gold);
    m.strictF1 = f1(m.strictP, m.strictR);
    m.relaxedP = ratio(c.relaxed, c.system);
    m.relaxedR = ratio(c.relaxed, c.gold);
    m.relaxedF1 = f1(m.relaxedP, m.relaxedR);
    m.valueAccuracy = ratio(c.value, c.relaxed);
    m.valueP = ratio(c.value, c.system);
    m.valueR = ratio(c.value, c.gold);
    m.valueF1 = f1(m.valueP, m.valueR);
    return m;
}

void scoreDocument(const GoldDocument &doc, const QList<analysis::TimeExpression> &system, Report &report)
{
    QList<Item> gold, goldDates, sys, sysDates;
    for (const GoldTimex &g : doc.timexes) {
        const Item item{g.span, g.type, g.value, doc.text.mid(g.span.start, g.span.length())};
        gold.append(item);
        if (g.type == u"DATE"_s)
            goldDates.append(item);
    }
    for (const analysis::TimeExpression &e : system) {
        if (doc.annotatedEnd >= 0 && e.span.start >= doc.annotatedEnd)
            continue;
        const Item item{e.span, analysis::timexTypeName(e.type), e.value, e.surface};
        sys.append(item);
        if (e.type == analysis::TimexType::Date)
            sysDates.append(item);
    }
    ++report.documents;
    report.all += compare(doc, gold, sys, &report.errors);
    report.date += compare(doc, goldDates, sysDates, nullptr);
}

Report scoreFiles(const QStringList &files, QStringList *problems)
{
    Report report;
    const analysis::DateTagger tagger;
    for (const QString &file : files) {
        QString error;
        const auto doc = readDocument(file, &error);
        if (!doc) {
            if (problems)
                problems->append(error);
            continue;
        }
        scoreDocument(*doc, tagger.tag(doc->text, doc->sentences, doc->created), report);
    }
    return report;
}

QJsonObject toJson(const Report &report)
{
    auto block = [](const Counts &c) {
        const Measures m = measures(c);
        return QJsonObject{{u"system"_s, c.system}, {u"gold"_s, c.gold},
                           {u"strictMatches"_s, c.strict}, {u"relaxedMatches"_s, c.relaxed},
                           {u"correctValues"_s, c.value},
                           {u"strictP"_s, m.strictP}, {u"strictR"_s, m.strictR}, {u"strictF1"_s, m.strictF1},
                           {u"relaxedP"_s, m.relaxedP}, {u"relaxedR"_s, m.relaxedR}, {u"relaxedF1"_s, m.relaxedF1},
                           {u"valueAccuracy"_s, m.valueAccuracy}, {u"valueP"_s, m.valueP},
                           {u"valueR"_s, m.valueR}, {u"valueF1"_s, m.valueF1}};
    };
    return {{u"documents"_s, report.documents}, {u"all"_s, block(report.all)}, {u"date"_s, block(report.date)}};
}

QString toTable(const Report &report)
{
    QString out = u"%1 documents\n"_s.arg(report.documents);
    out += u"%1 %2 %3 %4 %5 %6 %7 %8 %9\n"_s.arg(u"subset"_s, -10)
               .arg(u"gold"_s, 6).arg(u"system"_s, 7).arg(u"strictF1"_s, 9).arg(u"relaxP"_s, 7)
               .arg(u"relaxR"_s, 7).arg(u"relaxF1"_s, 8).arg(u"valueAcc"_s, 9).arg(u"valueF1"_s, 8);
    for (const auto &[name, c] : {std::pair{u"all"_s, report.all}, std::pair{u"DATE"_s, report.date}}) {
        const Measures m = measures(c);
        out += u"%1 %2 %3 %4 %5 %6 %7 %8 %9\n"_s.arg(name, -10).arg(c.gold, 6).arg(c.system, 7)
                   .arg(m.strictF1, 9, 'f', 3).arg(m.relaxedP, 7, 'f', 3).arg(m.relaxedR, 7, 'f', 3)
                   .arg(m.relaxedF1, 8, 'f', 3).arg(m.valueAccuracy, 9, 'f', 3).arg(m.valueF1, 8, 'f', 3);
    }
    return out;
}

} // namespace parallax::timexscore
