// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "lexicon.h"
#include "pattern.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace parallax::framing {

/** A lexicon term found in a text. */
struct FramingHit
{
    Span span;       ///< UTF-16 offsets into the text, from the first to the last matched word
    int entry = -1;  ///< row in the lexicon the tagger was built from
    QString term;    ///< the entry's term (pattern) as written in the lexicon
    QString conceptName;
    QString side;
};

/**
 * Finds lexicon terms in texts. Built once from a lexicon (the entries are compiled into hash
 * tables keyed by their first word), then used for any number of texts from any thread.
 * Matching is case-insensitive on word boundaries; where matches overlap the longest wins
 * (then the earliest). A `...` gap never crosses a sentence end.
 */
class FramingTagger final
{
public:
    explicit FramingTagger(const Lexicon &lexicon = Lexicon::standard());

    QList<FramingHit> tag(const QString &text) const;
    const Lexicon &lexicon() const { return m_lexicon; }

private:
    struct Candidate
    {
        int start;
        int end;
        int entry;
    };
    void matchWords(const QString &text, const QList<Span> &words, const QStringList &folded,
                    QList<Candidate> &out) const;
    void matchCjk(const QString &folded, QList<Candidate> &out) const;

    Lexicon m_lexicon;
    QList<Pattern> m_patterns;
    QHash<QString, QList<int>> m_byFirstWord;   ///< exact first word → entries
    QHash<QString, QList<int>> m_byFirstPrefix; ///< first word prefix (pattern "x*") → entries
    QList<int> m_prefixLengths;                 ///< the distinct lengths of those prefixes
    QHash<QChar, QList<int>> m_cjkByFirstChar;
};

} // namespace parallax::framing
