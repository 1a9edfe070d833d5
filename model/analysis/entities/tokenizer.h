// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <array>
#include <vector>

/** Word tokens for name matching: Latin and Cyrillic words, CJK characters, punctuation. */
namespace parallax::entities::tokens {

enum class Kind { Word, Number, Cjk, Possessive, Hyphen, Punct };

struct Token
{
    int start = 0;
    int end = 0;
    Kind kind = Kind::Punct;
    /// The key's number among the distinct keys of the text (equal keys, equal numbers), or -1
    /// for a key that tokenize() does not number (punctuation, single characters, other scripts).
    int keyId = -1;
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

/**
 * Words numbered: an open-addressing table over a plain FNV hash, looked up by views. Every token
 * of every text goes through one, so it is cheaper than a QHash with its seeded string hash.
 */
class WordTable final
{
public:
    /** The word's id, or -1. */
    int id(QStringView word) const;
    /** The word's id, adding (a copy of) it when new. */
    int insert(QStringView word);
    const QString &word(int id) const { return m_words[size_t(id)]; }

private:
    size_t slotOf(QStringView word, quint32 hash) const;
    void grow();

    std::vector<QString> m_words;  ///< by id
    std::vector<quint32> m_hashes; ///< by id
    std::vector<int> m_slots = std::vector<int>(64, -1); ///< ids; a power of two, at most half full
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
