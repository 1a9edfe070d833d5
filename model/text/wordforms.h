// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

/**
 * Word forms for search: a search for остров also finds острова, островов and островах, and
 * one for negotiation also finds negotiations and negotiated. Two words are forms of one word
 * when the Snowball stemmer of their language (Debian libstemmer) gives them the same stem:
 * Russian for words in Cyrillic letters, English for words in Latin letters.
 */
namespace parallax::text {

enum class FormsLanguage { None, English, Russian };

/** The language whose forms a word has: Cyrillic letters only, Latin letters only, or none. */
FormsLanguage formsLanguage(QStringView word);

/**
 * What all forms of a word share, for a case-folded word: its language's Snowball stem (for a
 * Russian stem in -ов or -ев, that stem's stem), with a letter for the language in front (so
 * that no Russian form matches an English one). Empty
 * where word forms do not apply: words under three letters, words with digits or mixed
 * scripts, and function words (и, the), whose forms would only add noise.
 */
QString formKey(QStringView foldedWord);

/**
 * What every form of a word with this key begins with, as the search index writes words (lower
 * case): the stem, less an English stem's final i (cry and cries share cri), and for a Russian
 * stem with е, the same with ё (the stemmer reads учёные as учен; the index keeps the ё).
 */
QStringList formPrefixes(const QString &key);

} // namespace parallax::text
