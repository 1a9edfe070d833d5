// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring.h"

#include "analysis/entities/entityrecognizer.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;
using parallax::entities::EntityType;

namespace parallax::nerscore {

namespace {

int slot(EntityType t)
{
    switch (t) {
    case EntityType::Person: return 0;
    case EntityType::Place: return 1;
    case EntityType::Organization: return 2;
    default: return -1;
    }
}

const EntityType kTypes[3] = {EntityType::Person, EntityType::Place, EntityType::Organization};

QJsonObject countsJson(const Counts &c)
{
    return QJsonObject{{u"tp"_s, c.tp}, {u"fp"_s, c.fp}, {u"fn"_s, c.fn},
                       {u"precision"_s, c.precision()}, {u"recall"_s, c.recall()}, {u"f1"_s, c.f1()}};
}

} // namespace

Counts Scores::sum(const Counts (&c)[3])
{
    Counts out;
    for (const Counts &x : c)
        out += x;
    return out;
}

QString comparableName(const QString &name)
{
    QString n = name.simplified();
    n.replace(u'’', u'\'');
    if (n.startsWith("the "_L1, Qt::CaseInsensitive))
        n = n.mid(4);
    if (n.endsWith("'s"_L1))
        n.chop(2);
    n.replace(" - "_L1, "-"_L1);
    return n.toCaseFolded();
}

Scores score(const QList<GoldDocument> &documents, const entities::EntityRecognizer &recognizer)
{
    Scores s;
    s.documents = int(documents.size());
    for (const GoldDocument &doc : documents) {
        // One gold mention per name: "Airbus" annotated alone and inside an apposition is one.
        QList<GoldMention> gold;
        QSet<QPair<int, int>> seenCores;
        for (const GoldMention &g : doc.mentions) {
            if (!seenCores.contains({g.core.start, slot(g.type)})) {
                seenCores.insert({g.core.start, slot(g.type)});
                gold.append(g);
            }
        }
        const QList<entities::EntityMention> found = recognizer.recognize(doc.text);
        QList<bool> goldUsed(gold.size(), false);
        QSet<QString> goldNames[3], foundNames[3];
        for (const GoldMention &g : std::as_const(gold))
            goldNames[slot(g.type)].insert(comparableName(doc.text.mid(g.core.start, g.core.length())));
        for (const entities::EntityMention &m : found) {
            const int t = slot(m.type);
            if (t < 0 || m.span.end > doc.annotatedEnd)
                continue;
            foundNames[t].insert(comparableName(m.surface));
            bool hit = false;
            for (int k = 0; k < gold.size() && !hit; ++k) {
                if (!goldUsed[k] && slot(gold[k].type) == t && (gold[k].span == m.span || gold[k].core == m.span)) {
                    goldUsed[k] = true;
                    hit = true;
                }
            }
            if (hit) {
                ++s.mention[t].tp;
            } else {
                ++s.mention[t].fp;
                s.errors << u"%1: FP %2 '%3' in '%4'"_s.arg(doc.name, entities::typeName(m.type), m.surface,
                                                            doc.text.mid(std::max(0, m.span.start - 30), m.span.length() + 60)
                                                                .replace(u'\n', u' '));
            }
        }
        for (int k = 0; k < gold.size(); ++k) {
            if (goldUsed[k])
                continue;
            const int t = slot(gold[k].type);
            ++s.mention[t].fn;
            s.errors << u"%1: FN %2 '%3' in '%4'"_s.arg(doc.name, entities::typeName(gold[k].type),
                                                        doc.text.mid(gold[k].core.start, gold[k].core.length()),
                                                        doc.text.mid(gold[k].span.start, gold[k].span.length()));
        }
        for (int t = 0; t < 3; ++t) {
            for (const QString &n : std::as_const(foundNames[t])) {
                if (goldNames[t].contains(n)) {
                    ++s.document[t].tp;
                } else {
                    ++s.document[t].fp;
                    s.errors << u"%1: document FP %2 '%3'"_s.arg(doc.name, entities::typeName(kTypes[t]), n);
                }
            }
            for (const QString &n : std::as_const(goldNames[t])) {
                if (!foundNames[t].contains(n)) {
                    ++s.document[t].fn;
                    s.errors << u"%1: document FN %2 '%3'"_s.arg(doc.name, entities::typeName(kTypes[t]), n);
                }
            }
        }
    }
    return s;
}

QJsonObject Scores::toJson() const
{
    QJsonObject mentionJson, documentJson;
    for (int t = 0; t < 3; ++t) {
        mentionJson.insert(entities::typeName(kTypes[t]), countsJson(mention[t]));
        documentJson.insert(entities::typeName(kTypes[t]), countsJson(document[t]));
    }
    mentionJson.insert(u"all"_s, countsJson(mentionAll()));
    documentJson.insert(u"all"_s, countsJson(documentAll()));
    return QJsonObject{{u"documents"_s, documents}, {u"mention"_s, mentionJson}, {u"document"_s, documentJson}};
}

QString Scores::table() const
{
    QString out = u"%1 documents\n"_s.arg(documents);
    out += u"level     type           P      R      F1     tp   fp   fn\n"_s;
    auto row = [&out](const QString &level, const QString &type, const Counts &c) {
        out += u"%1 %2 %3  %4  %5  %6 %7 %8\n"_s.arg(level, -9).arg(type, -12)
                   .arg(c.precision(), 5, 'f', 3).arg(c.recall(), 5, 'f', 3).arg(c.f1(), 5, 'f', 3)
                   .arg(c.tp, 4).arg(c.fp, 4).arg(c.fn, 4);
    };
    for (int t = 0; t < 3; ++t)
        row(u"mention"_s, entities::typeName(kTypes[t]), mention[t]);
    row(u"mention"_s, u"all"_s, mentionAll());
    for (int t = 0; t < 3; ++t)
        row(u"document"_s, entities::typeName(kTypes[t]), document[t]);
    row(u"document"_s, u"all"_s, documentAll());
    return out;
}

} // namespace parallax::nerscore
