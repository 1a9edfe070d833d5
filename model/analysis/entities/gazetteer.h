// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entities/entity.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace parallax::entities {

/** One name of a gazetteer entry. */
struct GazetteerAlias
{
    QString name;
    QString language;    ///< "en", "ja", "ru" or empty
    QString usage;       ///< outlet country whose usage this name is, or empty
    bool shortForm = false; ///< a surname: used only when nobody else in the text goes by it
};

/** One entity the gazetteer knows. */
struct GazetteerEntry
{
    QString id;
    EntityType type = EntityType::Other;
    bool demonym = false; ///< a people's name ("Japanese"): recognised, never listed
    QString canonical;
    QString note;
    QList<GazetteerAlias> aliases; ///< the canonical name comes first
};

/** Word lists that drive the rules for names the gazetteer lacks. */
struct NameRules
{
    QStringList titles;       ///< "Foreign Minister", "counterpart", ...
    QSet<QString> givenNames; ///< "Sergey", "Taro", ...
    QSet<QString> givenNameStems; ///< the Cyrillic given names by tokens::nameStem(), for any case form
    QSet<QString> orgHeads;   ///< "Ministry", "Airlines", "Inc.", ...
    QSet<QString> placeHeads; ///< "Island", "Prefecture", ...
    QSet<QString> eventHeads; ///< "Conference", "Olympics", ...
    QSet<QString> actionVerbs; ///< "said", "announced", ... after a name
    QSet<QString> stopWords;  ///< "The", "However", "Monday", ...
    QSet<QString> orgCues;    ///< "company", "airline", ... before a name
    // Japanese text, read without a segmenter: a run of kanji or katakana ending in ...
    QStringList jaTitles;         ///< ... a title or honorific ("外相", "氏") is a person
    QStringList jaPlaceSuffixes;  ///< ... "島", "県", "市" is a place
    QStringList jaOrgSuffixes;    ///< ... "省", "党", "新聞" is an organisation
    QSet<QString> jaStop;         ///< words before such an ending that are not names ("同", "与")
};

/**
 * The gazetteer: entries read from every *.tsv file of a directory (see its README.md) and the
 * rule word lists from its rules/ folder. Problems (bad lines, missing files) are collected in
 * warnings(), never thrown.
 */
class Gazetteer final
{
public:
    /** Reads the directory; the default is the copy built into the application. */
    static Gazetteer load(const QString &directory = defaultDirectory());
    static QString defaultDirectory();

    /** Adds the lines of one TSV text; fileName is used in warnings. */
    void addTsv(const QString &text, const QString &fileName);

    const QList<GazetteerEntry> &entries() const { return m_entries; }
    const GazetteerEntry *find(const QString &id) const;
    const NameRules &rules() const { return m_rules; }
    NameRules &rules() { return m_rules; }
    const QStringList &warnings() const { return m_warnings; }

private:
    QList<GazetteerEntry> m_entries;
    QHash<QString, qsizetype> m_index;
    NameRules m_rules;
    QStringList m_warnings;
};

} // namespace parallax::entities
