// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteer.h"

#include "analysis/entities/tokenizer.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax::entities {

QString typeName(EntityType type)
{
    switch (type) {
    case EntityType::Person: return u"person"_s;
    case EntityType::Place: return u"place"_s;
    case EntityType::Organization: return u"organization"_s;
    case EntityType::Event: return u"event"_s;
    case EntityType::Other: break;
    }
    return u"other"_s;
}

EntityType typeFromName(const QString &name)
{
    if (name == "person"_L1)
        return EntityType::Person;
    if (name == "place"_L1)
        return EntityType::Place;
    if (name == "organization"_L1)
        return EntityType::Organization;
    if (name == "event"_L1)
        return EntityType::Event;
    return EntityType::Other;
}

namespace {

QString readText(const QString &path, QStringList &warnings)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        warnings << u"%1: %2"_s.arg(path, file.errorString());
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

// Word lists: one entry per line, or several separated by spaces when words are single.
QStringList listLines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(u'\n')) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith(u'#'))
            out << t;
    }
    return out;
}

QSet<QString> wordSet(const QString &text)
{
    QSet<QString> out;
    static const QRegularExpression space(u"\\s+"_s);
    for (const QString &line : listLines(text)) {
        for (const QString &w : line.split(space, Qt::SkipEmptyParts))
            out.insert(w);
    }
    return out;
}

GazetteerAlias parseAlias(QString text)
{
    GazetteerAlias alias;
    text = text.trimmed();
    if (text.startsWith(u'~')) {
        alias.shortForm = true;
        text = text.mid(1);
    }
    const qsizetype hash = text.lastIndexOf(u'#');
    if (hash > 0) {
        alias.usage = text.mid(hash + 1).trimmed();
        text.truncate(hash);
    }
    const qsizetype at = text.lastIndexOf(u'@');
    if (at > 0) {
        alias.language = text.mid(at + 1).trimmed();
        text.truncate(at);
    }
    text = text.trimmed();
    // A lower-case article is not part of a name ("the Kremlin" is named "Kremlin").
    if (text.startsWith("the "_L1))
        text = text.mid(4);
    alias.name = text;
    return alias;
}

// The last word of a Latin-script name, as a surname: "Sergey Lavrov" -> "Lavrov".
QString lastWord(const QString &name)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2)
        return {};
    const QString &last = words.last();
    if (last.size() < 3 || last.contains(u'-') || last.contains(u'.') || !last.at(0).isUpper())
        return {};
    for (QChar c : last) {
        if (c.script() != QChar::Script_Latin)
            return {};
    }
    return last;
}

} // namespace

QString Gazetteer::defaultDirectory()
{
    return u":/gazetteer"_s;
}

const GazetteerEntry *Gazetteer::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_entries.at(*it);
}

void Gazetteer::addTsv(const QString &text, const QString &fileName)
{
    const QStringList lines = text.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cols = line.split(u'\t');
        if (cols.size() < 3 || cols.at(0).isEmpty()) {
            m_warnings << u"%1:%2: expected id, type and name separated by tabs"_s.arg(fileName).arg(n + 1);
            continue;
        }
        const QString &id = cols.at(0);
        const QString typeText = cols.at(1).trimmed();
        const bool demonym = typeText == "demonym"_L1;
        const EntityType type = typeFromName(typeText);
        if (!demonym && type == EntityType::Other && typeText != "other"_L1) {
            m_warnings << u"%1:%2: unknown type '%3'"_s.arg(fileName).arg(n + 1).arg(typeText);
            continue;
        }
        auto it = m_index.constFind(id);
        if (it == m_index.cend()) {
            GazetteerEntry entry;
            entry.id = id;
            entry.type = type;
            entry.demonym = demonym;
            it = m_index.insert(id, m_entries.size());
            m_entries.append(entry);
        }
        GazetteerEntry &entry = m_entries[*it];
        const QString canonical = cols.at(2).trimmed();
        if (!canonical.isEmpty() && canonical != entry.canonical) {
            entry.canonical = canonical;
            GazetteerAlias alias;
            alias.name = canonical;
            alias.language = u"en"_s;
            entry.aliases.prepend(alias);
        }
        if (cols.size() > 3) {
            for (const QString &part : cols.at(3).split(u'|', Qt::SkipEmptyParts)) {
                GazetteerAlias alias = parseAlias(part);
                // A lone "~" says the entry has no short form.
                if (alias.name.isEmpty() && !alias.shortForm)
                    continue;
                entry.aliases.append(alias);
            }
        }
        if (cols.size() > 4 && !cols.at(4).trimmed().isEmpty())
            entry.note = cols.at(4).trimmed();
    }
}

Gazetteer Gazetteer::load(const QString &directory)
{
    Gazetteer g;
    const QDir dir(directory);
    const QStringList files = dir.entryList({u"*.tsv"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        g.m_warnings << u"%1: no gazetteer files"_s.arg(directory);
    // countries.tsv is generated; hand-made files that add to its ids are read after it.
    QStringList ordered = files;
    if (ordered.removeOne(u"countries.tsv"_s))
        ordered.prepend(u"countries.tsv"_s);
    for (const QString &name : std::as_const(ordered))
        g.addTsv(readText(dir.filePath(name), g.m_warnings), name);

    // People without a listed short form are known by the last word of their names.
    for (GazetteerEntry &entry : g.m_entries) {
        if (entry.type != EntityType::Person)
            continue;
        // A lone "~" says the person has no short form; a listed Latin one replaces the derived.
        bool listed = false;
        for (const GazetteerAlias &a : std::as_const(entry.aliases)) {
            if (a.shortForm && (a.name.isEmpty() || a.name.at(0).script() == QChar::Script_Latin))
                listed = true;
        }
        entry.aliases.removeIf([](const GazetteerAlias &a) { return a.shortForm && a.name.isEmpty(); });
        if (listed)
            continue;
        QSet<QString> surnames;
        for (const GazetteerAlias &a : std::as_const(entry.aliases)) {
            const QString s = lastWord(a.name);
            if (!s.isEmpty())
                surnames.insert(s);
        }
        for (const QString &s : std::as_const(surnames)) {
            GazetteerAlias alias;
            alias.name = s;
            alias.language = u"en"_s;
            alias.shortForm = true;
            entry.aliases.append(alias);
        }
    }

    // The same name listed twice (the canonical name and a tagged alias) is kept once, tagged.
    for (GazetteerEntry &entry : g.m_entries) {
        QList<GazetteerAlias> unique;
        for (const GazetteerAlias &a : std::as_const(entry.aliases)) {
            auto same = std::find_if(unique.begin(), unique.end(), [&a](const GazetteerAlias &u) {
                return u.name == a.name && u.shortForm == a.shortForm;
            });
            if (same == unique.end())
                unique.append(a);
            else if (same->usage.isEmpty())
                same->usage = a.usage;
        }
        entry.aliases = unique;
    }

    const QString rules = dir.filePath(u"rules"_s);
    g.m_rules.titles = listLines(readText(rules + "/titles.txt"_L1, g.m_warnings));
    g.m_rules.givenNames = wordSet(readText(rules + "/given-names.txt"_L1, g.m_warnings));
    for (const QString &name : std::as_const(g.m_rules.givenNames)) {
        if (name.front().script() == QChar::Script_Cyrillic)
            g.m_rules.givenNameStems.insert(tokens::nameStem(tokens::foldKey(name)));
    }
    g.m_rules.orgHeads = wordSet(readText(rules + "/org-heads.txt"_L1, g.m_warnings));
    g.m_rules.placeHeads = wordSet(readText(rules + "/place-heads.txt"_L1, g.m_warnings));
    g.m_rules.eventHeads = wordSet(readText(rules + "/event-heads.txt"_L1, g.m_warnings));
    g.m_rules.actionVerbs = wordSet(readText(rules + "/action-verbs.txt"_L1, g.m_warnings));
    g.m_rules.stopWords = wordSet(readText(rules + "/stopwords.txt"_L1, g.m_warnings));
    g.m_rules.orgCues = wordSet(readText(rules + "/org-cues.txt"_L1, g.m_warnings));
    // Longest first, so that "官房長官" wins over "長官" and "諸島" over "島".
    auto longestFirst = [](const QSet<QString> &words) {
        QStringList list(words.cbegin(), words.cend());
        std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
            return a.size() != b.size() ? a.size() > b.size() : a < b;
        });
        return list;
    };
    g.m_rules.jaTitles = longestFirst(wordSet(readText(rules + "/ja-titles.txt"_L1, g.m_warnings)));
    g.m_rules.jaPlaceSuffixes = longestFirst(wordSet(readText(rules + "/ja-places.txt"_L1, g.m_warnings)));
    g.m_rules.jaOrgSuffixes = longestFirst(wordSet(readText(rules + "/ja-orgs.txt"_L1, g.m_warnings)));
    g.m_rules.jaStop = wordSet(readText(rules + "/ja-stop.txt"_L1, g.m_warnings));
    // Given names of the people the gazetteer knows count as given names.
    for (const GazetteerEntry &entry : std::as_const(g.m_entries)) {
        if (entry.type != EntityType::Person)
            continue;
        for (const GazetteerAlias &a : entry.aliases) {
            const QStringList words = a.name.split(u' ', Qt::SkipEmptyParts);
            if (words.size() >= 2 && words.first().at(0).isUpper() && words.first().at(0).script() == QChar::Script_Latin
                && !g.m_rules.titles.contains(words.first()))
                g.m_rules.givenNames.insert(words.first());
        }
    }
    return g;
}

} // namespace parallax::entities
