// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

/** Light word features shared by sentence alignment, event pairing and keyness. */
namespace parallax::compare {

/** Case-folded word with typographic apostrophes made plain ("Crimea’s" → "crimea's"). */
QString foldWord(QStringView word);

/**
 * A light English lemma: lower case, possessive, plural, -ed and -ing endings and a final e
 * stripped ("seized", "seize", "seizes" → "seiz"; "activities" → "activity"; "ships" → "ship").
 * Not a real lemmatiser: it only has to map forms of one word to the same key. Words in other
 * scripts are only case-folded.
 */
QString lemma(QStringView word);

/**
 * The value of a number word or numeral as a canonical string ("five", "5" → "5";
 * "1,000" → "1000"; "twenty-five" → "25"), or an empty string when the word is not a number.
 */
QString numberValue(QStringView word);

/** Month number 1-12 for an English month name or abbreviation, else 0. */
int monthNumber(QStringView word);

/** Reads a word list: one entry a line, case-folded; # starts a comment line. */
QSet<QString> readWordList(const QString &path);

/** The shipped English stop-word list (resources/framing/stopwords-en.txt). */
const QSet<QString> &englishStopwords();
/**
 * The stop words keyness leaves out: the English list with the Russian and Japanese ones
 * (resources/framing/stopwords-ru.txt, stopwords-ja.txt), since a corpus mixes the three.
 */
const QSet<QString> &keynessStopwords();

/**
 * Groups of words and phrases that count as the same (resources/framing/synonyms.tsv):
 * one group a line, members separated by tabs, the first member names the group.
 */
class SynonymTable final
{
public:
    /** The shipped table. */
    static const SynonymTable &standard();

    /** Parses TSV text; returns the problems found as "line N: ..." strings. */
    QStringList parse(const QString &text);
    bool load(const QString &path, QString *error = nullptr);
    void addGroup(const QStringList &members);

    /** The group name for a phrase given as lemmas joined by single spaces, or an empty string. */
    QString groupOf(const QString &lemmaPhrase) const { return m_phraseToGroup.value(lemmaPhrase); }
    /** Whether a phrase of two words or more starts with this lemma. */
    bool startsPhrase(const QString &lemma) const { return m_phraseStarts.contains(lemma); }
    int maxPhraseWords() const { return m_maxWords; }
    int size() const { return int(m_phraseToGroup.size()); }

private:
    QHash<QString, QString> m_phraseToGroup;
    QSet<QString> m_phraseStarts; ///< the first lemma of each phrase of two words or more
    int m_maxWords = 1;
};

/** What a sentence or article says, reduced to comparable keys. */
struct TermFeatures
{
    QStringList words;   ///< content lemmas after synonym grouping, in text order (repeats kept)
    QStringList numbers; ///< canonical number values ("5", "1956")
    QStringList dates;   ///< month-day keys such as "12-19" (years are numbers)
    QStringList quantities; ///< a number with each of the next content words: "5 field"
};

/** Extracts the features of the text inside `within` (stop words out, synonyms grouped). */
TermFeatures extractFeatures(const QString &text, Span within,
                             const SynonymTable &synonyms = SynonymTable::standard(),
                             const QSet<QString> &stopwords = englishStopwords());

} // namespace parallax::compare
