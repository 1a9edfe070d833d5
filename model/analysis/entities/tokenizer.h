// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <array>

/** Word tokens for name matching: Latin and Cyrillic words, CJK characters, punctuation. */
namespace parallax::entities::tokens {

enum class Kind { Word, Number, Cjk, Possessive, Hyphen, Punct };

struct Token
{
    int start = 0;
    int end = 0;
    Kind kind = Kind::Punct;
    QString key;              ///< folded form used for matching
    bool upper = false;       ///< starts with an upper-case letter
    bool allCaps = false;     ///< two or more letters, all upper case
    bool hasDigit = false;
    bool cyrillic = false;
    bool spaceBefore = false; ///< white space between this token and the previous one
    bool sentenceStart = false; ///< first word of a sentence, a line or a quotation
    /// Ids of the key (and for Cyrillic words of its shortened forms) in a phrase vocabulary,
    /// -1 where unknown; set by PhraseMatcher::prepare().
    std::array<int, 4> words{-1, -1, -1, -1};
};

/** Splits text into tokens. "Japan's" gives Japan + 's; "U.S." stays one token; "Japan-U.S." three. */
QList<Token> tokenize(QStringView text);

/** The matching key of a word: case-folded, apostrophes unified, Latin diacritics and ё folded. */
QString foldKey(QStringView word);

/**
 * Keys a Russian word may be stored under: the word itself and its forms without one to three
 * final letters, so that "Лаврова" and "Москве" find "Лавров" and "Москв(а)".
 */
QVarLengthArray<QStringView, 4> cyrillicStems(QStringView key);

/**
 * A Russian name without its case ending, so that the forms of one name meet: Лавров, Лаврова,
 * Лавровым -> лавров; Сергей, Сергея, Сергеем -> серг; Мария, Марии -> мар. Other words unchanged.
 */
QString nameStem(const QString &key);

/** The stem under which a Cyrillic gazetteer word is stored (its final vowel or soft sign dropped). */
QString cyrillicStem(const QString &key);

} // namespace parallax::entities::tokens

Q_DECLARE_TYPEINFO(parallax::entities::tokens::Token, Q_RELOCATABLE_TYPE);
