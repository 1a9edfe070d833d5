// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace parallax::framing {

/**
 * One word of a lexicon pattern. Pattern syntax (a lexicon term):
 * - words separated by spaces, matched on word boundaries, case-insensitively;
 * - a word ending in `*` matches any word starting with it ("seiz*": seize, seized, seizure);
 * - `...` between two words allows up to PatternWord::maxGap other words in between;
 * - a term written in Japanese or Chinese script is matched anywhere in the text.
 */
struct PatternWord
{
    static constexpr int maxGap = 6;
    QString text;          ///< case-folded, without the `*`
    bool prefix = false;   ///< ended in `*`
    bool gapBefore = false; ///< preceded by `...`
};

struct Pattern
{
    QList<PatternWord> words; ///< empty for a CJK pattern
    QString cjk;              ///< case-folded literal for a Japanese/Chinese pattern
    bool isCjk() const { return !cjk.isEmpty(); }
};

/** True for Han, Hiragana, Katakana and CJK punctuation-free ideographic characters. */
bool isCjkChar(QChar c);

/**
 * Parses a lexicon term. Returns false and sets `error` (a sentence naming the problem) when the
 * term is empty, starts or ends with `...`, has two `...` in a row, a `*` not at the end of a
 * word or a lone `*`, or mixes Japanese/Chinese script with `*` or `...`.
 */
bool parsePattern(const QString &term, Pattern *pattern, QString *error);

/** The canonical form of a term used to find duplicates: case-folded, spaces collapsed. */
QString normalisedTerm(const QString &term);

} // namespace parallax::framing
