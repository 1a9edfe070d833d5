// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entities/entity.h"
#include "analysis/entities/gazetteer.h"
#include "analysis/entities/phrasematcher.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace parallax::entities {

/**
 * Finds the people, places, organisations and events named in a text: names the gazetteer knows
 * (one word trie over all aliases), and names it does not know by rules (titles, given names,
 * organisation and place head words, acronyms defined in the text). Within a text a surname links
 * to the full name introduced before it; keys are stable across texts, so the same person found in
 * two articles has the same key.
 *
 * Built once; recognize() is const and may be called from several threads at the same time.
 */
class EntityRecognizer final
{
public:
    explicit EntityRecognizer(Gazetteer gazetteer);
    Q_DISABLE_COPY_MOVE(EntityRecognizer)

    /** The recogniser over the gazetteer built into the application, made on first use. */
    static const EntityRecognizer &shared();

    /** The mentions in a text, in text order, none overlapping. Demonyms are not listed. */
    QList<EntityMention> recognize(const QString &text) const;
    /** The same, for a text whose sentences (text::sentences(text)) the caller already has. */
    QList<EntityMention> recognize(const QString &text, const QList<Span> &sentences) const;

    const Gazetteer &gazetteer() const { return m_gazetteer; }

    /** The key an unknown name gets: its type and its normalised name ("person:sergey ivanov"). */
    static QString unknownKey(EntityType type, const QString &name);

    // Used by the rules in recognition.cpp.
    struct AliasRef
    {
        int entry = 0;
        int alias = 0;
    };
    const PhraseMatcher &names() const { return m_names; }
    const PhraseMatcher &titles() const { return m_titles; }
    const AliasRef &aliasRef(int value) const { return m_aliasRefs[size_t(value)]; }
    /** The folded, stemmed keys of an entry's surname aliases (short forms; see tokens::nameStem). */
    const QStringList &shortFormKeys(int entry) const { return m_shortFormKeys[size_t(entry)]; }

private:
    Gazetteer m_gazetteer;
    PhraseMatcher m_names;
    PhraseMatcher m_titles;
    std::vector<AliasRef> m_aliasRefs;
    std::vector<QStringList> m_shortFormKeys; ///< by entry
};

} // namespace parallax::entities
