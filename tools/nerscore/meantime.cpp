// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "meantime.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;
using parallax::entities::EntityType;

namespace parallax::nerscore {

namespace {

struct Token
{
    QString text;
    int sentence = 0;
    Span span;
};

struct RawMention
{
    QString id;
    QString syntacticType;
    QList<QString> tokenIds;
};

bool noSpaceBefore(const QString &t)
{
    static const QSet<QString> set = {u","_s, u"."_s, u":"_s, u";"_s, u"!"_s, u"?"_s, u")"_s,
                                      u"'s"_s, u"'"_s, u"%"_s, u"n't"_s, u"'re"_s, u"'ve"_s,
                                      u"'ll"_s, u"'d"_s, u"'m"_s, u"-"_s};
    return set.contains(t);
}

bool noSpaceAfter(const QString &t)
{
    return t == "("_L1 || t == "$"_L1 || t == "-"_L1;
}

// The words of an annotated name that are capitalised, or the particles between them.
bool isNameToken(const QString &t)
{
    return !t.isEmpty() && (t.at(0).isUpper() || t.at(0).isDigit());
}

bool isHonorific(const QString &t)
{
    static const QSet<QString> set = {u"Mr"_s, u"Mr."_s, u"Mrs"_s, u"Mrs."_s, u"Ms"_s, u"Ms."_s,
                                      u"Dr"_s, u"Dr."_s};
    return set.contains(t);
}

} // namespace

QStringList documentFiles(const QString &directory)
{
    QStringList out;
    QDirIterator it(directory, {u"*.xml"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    std::sort(out.begin(), out.end());
    return out;
}

bool readDocument(const QString &path, GoldDocument &doc, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QList<Token> tokens;
    QHash<QString, int> tokenIndex;
    QList<RawMention> mentions;
    QHash<QString, QString> entityType;       // ENTITY m_id -> PER/ORG/LOC/...
    QHash<QString, QString> entityName;       // ENTITY m_id -> descriptor
    QHash<QString, QString> refersTo;         // mention m_id -> ENTITY m_id
    QString section;
    QStringList sources;
    QStringList anchored; // every token any markable covers
    bool inMention = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            const QXmlStreamAttributes a = xml.attributes();
            if (name == "token"_L1) {
                Token t;
                t.sentence = a.value("sentence"_L1).toInt();
                const QString id = a.value("t_id"_L1).toString();
                t.text = xml.readElementText();
                tokenIndex.insert(id, int(tokens.size()));
                tokens.append(t);
            } else if (name == "Markables"_L1 || name == "Relations"_L1) {
                section = name.toString();
            } else if (name == "ENTITY_MENTION"_L1) {
                mentions.append(RawMention{a.value("m_id"_L1).toString(), a.value("syntactic_type"_L1).toString(), {}});
                inMention = true;
            } else if (name == "token_anchor"_L1 && section == "Markables"_L1) {
                anchored << a.value("t_id"_L1).toString();
                if (inMention && !mentions.isEmpty())
                    mentions.last().tokenIds.append(a.value("t_id"_L1).toString());
            } else if (name == "ENTITY"_L1) {
                entityType.insert(a.value("m_id"_L1).toString(), a.value("ent_type"_L1).toString());
                entityName.insert(a.value("m_id"_L1).toString(), a.value("TAG_DESCRIPTOR"_L1).toString());
            } else if (name == "REFERS_TO"_L1) {
                sources.clear();
            } else if (name == "source"_L1) {
                sources << a.value("m_id"_L1).toString();
            } else if (name == "target"_L1) {
                for (const QString &s : std::as_const(sources))
                    refersTo.insert(s, a.value("m_id"_L1).toString());
            }
        } else if (xml.isEndElement() && xml.name() == "ENTITY_MENTION"_L1) {
            inMention = false;
        }
    }
    if (xml.hasError()) {
        if (error)
            *error = xml.errorString();
        return false;
    }

    // The text: the title and the date line each a paragraph, then the body as one paragraph.
    QString text;
    for (int i = 0; i < tokens.size(); ++i) {
        Token &t = tokens[i];
        if (i > 0) {
            const Token &prev = tokens.at(i - 1);
            if (t.sentence != prev.sentence && prev.sentence <= 1)
                text += "\n\n"_L1;
            else if (!noSpaceBefore(t.text) && !noSpaceAfter(prev.text)
                     && !(prev.text.size() == 2 && prev.text.at(1) == u'\'' && prev.text.at(0).isUpper()))
                text += u' ';
        }
        t.span.start = int(text.size());
        text += t.text;
        t.span.end = int(text.size());
    }
    int lastSentence = 0;
    for (const QString &id : std::as_const(anchored)) {
        if (tokenIndex.contains(id))
            lastSentence = std::max(lastSentence, tokens.at(tokenIndex.value(id)).sentence);
    }
    doc.annotatedEnd = 0;
    for (const Token &t : std::as_const(tokens)) {
        if (t.sentence <= lastSentence)
            doc.annotatedEnd = t.span.end;
    }
    doc.name = QFileInfo(path).completeBaseName();
    doc.text = text;
    doc.mentions.clear();

    for (const RawMention &m : std::as_const(mentions)) {
        if (m.syntacticType != "NAM"_L1 && m.syntacticType != "PRE.NAM"_L1)
            continue;
        const QString target = refersTo.value(m.id);
        const QString type = entityType.value(target);
        EntityType t;
        if (type == "PER"_L1)
            t = EntityType::Person;
        else if (type == "ORG"_L1)
            t = EntityType::Organization;
        else if (type == "LOC"_L1)
            t = EntityType::Place;
        else
            continue;
        QList<int> idx;
        for (const QString &id : m.tokenIds) {
            if (tokenIndex.contains(id))
                idx << tokenIndex.value(id);
        }
        if (idx.isEmpty())
            continue;
        std::sort(idx.begin(), idx.end());
        GoldMention g;
        g.type = t;
        g.instance = target;
        g.span = Span{tokens.at(idx.first()).span.start, tokens.at(idx.last()).span.end};

        // The name inside the annotated extent: the capitalised stretch that shares the most
        // words with the annotated entity's name, without honorifics and, for people, without
        // a leading title ("Senator John McCain" -> "John McCain").
        const QString descriptor = entityName.value(target).toCaseFolded();
        QList<QPair<int, int>> stretches;
        for (int k = 0; k < idx.size(); ++k) {
            const QString &w = tokens.at(idx.at(k)).text;
            const bool joins = !stretches.isEmpty() && stretches.last().second == k - 1
                && (isNameToken(w) || w == "-"_L1 || w == "'s"_L1 || w == "."_L1
                    || ((w == "of"_L1 || w == "de"_L1 || w == "and"_L1) && k + 1 < idx.size()
                        && isNameToken(tokens.at(idx.at(k + 1)).text)));
            if (joins)
                stretches.last().second = k;
            else if (isNameToken(w) && !isHonorific(w))
                stretches.append({k, k});
        }
        int best = -1, bestScore = -1;
        for (int s = 0; s < stretches.size(); ++s) {
            int score = 0;
            for (int k = stretches.at(s).first; k <= stretches.at(s).second; ++k) {
                const QString w = tokens.at(idx.at(k)).text.toCaseFolded();
                if (w.size() > 1 && descriptor.contains(w))
                    ++score;
            }
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        g.core = g.span;
        if (best >= 0) {
            int a = stretches.at(best).first;
            int b = stretches.at(best).second;
            while (b > a && (tokens.at(idx.at(b)).text == "'s"_L1 || tokens.at(idx.at(b)).text == "-"_L1))
                --b;
            if (t == EntityType::Person) {
                while (a < b && !descriptor.contains(tokens.at(idx.at(a)).text.toCaseFolded()))
                    ++a;
            }
            // An article is not part of a name: "The Government Accountability Office".
            if (a < b && tokens.at(idx.at(a)).text == "The"_L1)
                ++a;
            g.core = Span{tokens.at(idx.at(a)).span.start, tokens.at(idx.at(b)).span.end};
            // Punctuation glued to the last token ("Inc.,") is not part of the name.
            while (g.core.end > g.core.start && QStringView(u",;:").contains(text.at(g.core.end - 1)))
                --g.core.end;
        }
        doc.mentions.append(g);
    }
    return true;
}

} // namespace parallax::nerscore
