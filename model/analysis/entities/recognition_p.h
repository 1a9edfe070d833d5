// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entities/entity.h"
#include "analysis/entities/tokenizer.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QVarLengthArray>

namespace parallax::entities {

class EntityRecognizer;
struct NameRules;

/** Lower case, no diacritics, Russian transliteration variants folded ("Sergei" -> "sergey"). */
QString normalizedName(const QString &name);

/** One recognition of one text: the state of the rules while they run. */
class Recognition
{
public:
    /** sentences: text::sentences(text) when the caller has them, else null. */
    Recognition(const EntityRecognizer &recognizer, const QString &text, const QList<Span> *sentences = nullptr);
    QList<EntityMention> run();

private:
    enum class Evidence { None, Default, Weak, Context, GivenName, Head, Title, Known };
    struct Item
    {
        int first = 0;
        int last = 0;                 ///< inclusive token indices
        EntityType type = EntityType::Other;
        Evidence evidence = Evidence::None;
        QVarLengthArray<int, 2> entries; ///< gazetteer entries when known
        int alias = -1;               ///< the alias matched (of entries.first())
        bool shortForm = false;       ///< matched a gazetteer surname only
        bool demonym = false;
        bool product = false;         ///< a model designation such as "A380": not listed
        bool dropped = false;
        int linkTo = -1;              ///< the full name a surname refers to
        QString key;
        QString canonical;
    };

    void markSentenceStarts();
    void matchGazetteer();
    void matchJapanese();
    bool insideKatakanaWord(int first, int last) const;
    void buildRuns(int from, int to);
    void addRun(int first, int last);
    void splitAtTitles(int first, int last);
    void classify(Item &item) const;
    bool titleEndsAt(int tokenIndex) const;
    bool titleBefore(int first) const;
    /** Orders the items by their first token as std::sort on the items would. */
    void sortItems();
    void mergeHeads();
    void applyAcronyms();
    void splitBrandedProducts();
    void linkPeople();
    void dropUncorroborated();
    void unifyTypes();
    void resolveKeys();
    QList<EntityMention> mentions() const;

    QString words(int first, int last) const;
    QString keyOf(int first, int last) const;
    bool isStop(int i) const;
    bool isCap(int i) const;
    bool isGivenName(int i) const;
    bool modelFollows(int last) const;
    bool quantityFollows(int last) const;
    bool russianAdjective(int first, int last) const;

    const EntityRecognizer &m_recognizer;
    const NameRules &m_rules;
    const QString &m_text;
    const QList<Span> *m_sentences;
    QList<tokens::Token> m_tokens;
    QList<Item> m_items;
    bool m_hasCjk = false;                ///< any Han, kana or Hangul token
    QHash<int, int> m_knownPlaceStarts;   ///< first -> last token of places the gazetteer knows
};

} // namespace parallax::entities
