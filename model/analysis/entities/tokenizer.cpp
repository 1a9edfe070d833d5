// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenizer.h"

using namespace Qt::StringLiterals;

namespace parallax::entities::tokens {

namespace {

bool isCjk(QChar c)
{
    // No Han, kana or Hangul below the Hangul Jamo block: spare the script lookup.
    if (c.unicode() < 0x1100)
        return false;
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
        return true;
    default:
        return c == u'ー' || c == u'々';
    }
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'’';
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isNonAsciiWordChar(QChar c)
{
    // Combining marks start at U+0300.
    return (c.isLetterOrNumber() || (c.unicode() >= 0x300 && c.isMark())) && !isCjk(c);
}

inline bool isWordChar(QChar c)
{
    if (c.unicode() < 0x80)
        return isAsciiLetter(c.unicode()) || (c.unicode() >= u'0' && c.unicode() <= u'9');
    return isNonAsciiWordChar(c);
}

bool isCyrillic(QChar c)
{
    if (c.unicode() < 0x400)
        return false;
    if (c.unicode() <= 0x4FF && c.isLetter())
        return true; // the Cyrillic block: all its letters are of the Cyrillic script
    return c.script() == QChar::Script_Cyrillic;
}

// The keys of one-character ASCII tokens (punctuation, single letters and digits), shared
// without allocation: strings over static data.
QString asciiKey(char16_t c)
{
    static const std::array<char16_t, 128> folded = [] {
        std::array<char16_t, 128> out{};
        for (char16_t k = 0; k < 128; ++k)
            out[k] = (k >= u'A' && k <= u'Z') ? char16_t(k + 32) : k;
        return out;
    }();
    return QString::fromRawData(reinterpret_cast<const QChar *>(&folded[c]), 1);
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == u'‐' || c == u'‑';
}

// "U.S.", "U.N.", "D.C.": single letters each followed by a full stop.
int initialismEnd(QStringView text, int pos)
{
    int i = pos;
    int letters = 0;
    while (i + 1 < text.size() && text.at(i).isLetter() && text.at(i + 1) == u'.'
           && (i + 2 >= text.size() || !text.at(i + 2).isLetter() || i + 3 >= text.size()
               || text.at(i + 3) == u'.')) {
        i += 2;
        ++letters;
    }
    return letters >= 2 ? i : -1;
}

// FNV-1a over the UTF-16 code units: words are short, a string hash with a seed costs more.
quint32 wordHash(QStringView word)
{
    quint32 h = 2166136261u;
    for (QChar c : word)
        h = (h ^ c.unicode()) * 16777619u;
    return h;
}

// ASCII folds to lower case: no need for the full case folding. False when the word is not ASCII.
bool foldAscii(QStringView word, QVarLengthArray<QChar, 64> &out)
{
    out.resize(word.size());
    for (qsizetype k = 0; k < word.size(); ++k) {
        const char16_t c = word[k].unicode();
        if (c >= 0x80)
            return false;
        out[k] = (c >= u'A' && c <= u'Z') ? QChar(char16_t(c + 32)) : QChar(c);
    }
    return true;
}

// Russian letters fold to lower case, ё to е (see foldKey). False when the word has other characters.
bool foldRussian(QStringView word, QVarLengthArray<QChar, 64> &out)
{
    out.resize(word.size());
    for (qsizetype k = 0; k < word.size(); ++k) {
        char16_t c = word[k].unicode();
        if (c == 0x401 || c == 0x451) // Ё ё
            c = 0x435;
        else if (c >= 0x410 && c <= 0x42F) // А-Я
            c += 0x20;
        else if (c < 0x430 || c > 0x44F) // not а-я
            return false;
        out[k] = QChar(c);
    }
    return true;
}

} // namespace

size_t WordTable::slotOf(QStringView word, quint32 hash) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const int id = m_slots[slot];
        if (id < 0 || (m_hashes[size_t(id)] == hash && QStringView(m_words[size_t(id)]) == word))
            return slot;
    }
}

int WordTable::id(QStringView word) const
{
    return m_slots[slotOf(word, wordHash(word))];
}

int WordTable::insert(QStringView word)
{
    const quint32 hash = wordHash(word);
    const size_t slot = slotOf(word, hash);
    if (m_slots[slot] >= 0)
        return m_slots[slot];
    const int id = int(m_words.size());
    m_words.push_back(word.toString());
    m_hashes.push_back(hash);
    m_slots[slot] = id;
    if (m_words.size() * 2 > m_slots.size())
        grow();
    return id;
}

void WordTable::grow()
{
    m_slots.assign(m_slots.size() * 2, -1);
    const size_t mask = m_slots.size() - 1;
    for (size_t id = 0; id < m_words.size(); ++id) {
        size_t slot = m_hashes[id] & mask;
        while (m_slots[slot] >= 0)
            slot = (slot + 1) & mask;
        m_slots[slot] = int(id);
    }
}

QString foldKey(QStringView word)
{
    QVarLengthArray<QChar, 64> ascii;
    if (foldAscii(word, ascii))
        return word.size() == 1 ? asciiKey(word.front().unicode()) : QString(ascii.constData(), ascii.size());
    QString key = word.toString().toCaseFolded();
    bool plain = true;
    for (QChar c : std::as_const(key))
        plain = plain && c.unicode() < 0x80;
    if (plain)
        return key;
    key.replace(u'’', u'\'');
    key.replace(u'ё', u'е');
    bool latinAccents = false;
    for (QChar c : std::as_const(key))
        latinAccents = latinAccents || (c.unicode() >= 0xC0 && c.unicode() < 0x250);
    if (latinAccents) {
        QString d = key.normalized(QString::NormalizationForm_D);
        d.removeIf([](QChar c) { return c.isMark(); });
        key = d.normalized(QString::NormalizationForm_C);
    }
    return key;
}

QString cyrillicStem(const QString &key)
{
    static const QString endings = u"аяеиоуыьйю"_s;
    if (key.size() > 4 && endings.contains(key.back()))
        return key.left(key.size() - 1);
    return key;
}

QString nameStem(const QString &key)
{
    if (key.isEmpty() || key.front().script() != QChar::Script_Cyrillic)
        return key;
    // Longest endings first; a stem keeps at least three letters.
    static const QStringList endings = {u"ыми"_s, u"ого"_s, u"ому"_s, u"еем"_s, u"ией"_s, u"ой"_s, u"ей"_s,
                                        u"ым"_s,  u"им"_s,  u"ом"_s,  u"ем"_s,  u"ею"_s,  u"ея"_s, u"ия"_s,
                                        u"ии"_s,  u"ию"_s,  u"ую"_s,  u"а"_s,   u"у"_s,   u"е"_s,  u"ы"_s,
                                        u"я"_s,   u"ю"_s,   u"и"_s,   u"й"_s,   u"ь"_s,   u"о"_s};
    for (const QString &e : endings) {
        if (key.endsWith(e) && key.size() - e.size() >= 3)
            return key.left(key.size() - e.size());
    }
    return key;
}

QVarLengthArray<QStringView, 4> cyrillicStems(QStringView key)
{
    QVarLengthArray<QStringView, 4> out{key};
    for (int cut = 1; cut <= 3 && key.size() - cut >= 4; ++cut)
        out.append(key.first(key.size() - cut));
    return out;
}

QList<Token> tokenize(QStringView text)
{
    QList<Token> out;
    out.reserve(text.size() / 3);
    // The text's keys, each allocated once and shared by the tokens that repeat it.
    WordTable keys;
    QVarLengthArray<QChar, 64> folded;
    const int n = int(text.size());
    bool space = true;
    bool lineStart = true;
    int i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            space = true;
            if (c == u'\n')
                lineStart = true;
            ++i;
            continue;
        }
        Token t;
        bool asciiWord = false; // a word of ASCII characters, already folded
        t.start = i;
        t.spaceBefore = space;
        t.sentenceStart = lineStart;
        space = false;
        lineStart = false;
        if (isCjk(c)) {
            t.kind = Kind::Cjk;
            t.end = i + 1;
        } else if (isWordChar(c)) {
            const int init = c.isUpper() ? initialismEnd(text, i) : -1;
            if (init > 0) {
                t.end = init;
            } else {
                int j = i;
                while (j < n) {
                    if (isWordChar(text.at(j))) {
                        ++j;
                    } else if (isApostrophe(text.at(j)) && j + 1 < n && text.at(j + 1).isLetter()
                               && !((text.at(j + 1) == u's' || text.at(j + 1) == u'S')
                                    && (j + 2 >= n || !text.at(j + 2).isLetter()))) {
                        j += 2; // O'Leary, d'Ivoire
                    } else {
                        break;
                    }
                }
                t.end = j;
            }
            int letters = 0, uppers = 0;
            // An ASCII word is folded on the way (to lower case, all case folding does to ASCII).
            asciiWord = true;
            folded.resize(t.end - t.start);
            for (int k = t.start; k < t.end; ++k) {
                const QChar ch = text.at(k);
                if (ch.unicode() < 0x80) {
                    const char16_t u = ch.unicode();
                    folded[k - t.start] = QChar(u);
                    if (u >= u'0' && u <= u'9') {
                        t.hasDigit = true;
                    } else if (isAsciiLetter(u)) {
                        ++letters;
                        if (u <= u'Z') {
                            ++uppers;
                            folded[k - t.start] = QChar(char16_t(u + 32));
                        }
                    }
                    continue;
                }
                asciiWord = false;
                if (ch.isDigit())
                    t.hasDigit = true;
                if (ch.isLetter()) {
                    ++letters;
                    if (ch.isUpper())
                        ++uppers;
                    if (isCyrillic(ch))
                        t.cyrillic = true;
                }
            }
            t.kind = letters == 0 ? Kind::Number : Kind::Word;
            t.upper = text.at(t.start).isUpper();
            t.allCaps = letters >= 2 && uppers == letters;
        } else if (isApostrophe(c) && i + 1 < n && (text.at(i + 1) == u's' || text.at(i + 1) == u'S')
                   && (i + 2 >= n || !text.at(i + 2).isLetter()) && !out.isEmpty() && out.last().end == i) {
            t.kind = Kind::Possessive;
            t.end = i + 2;
        } else if (isApostrophe(c) && !out.isEmpty() && out.last().end == i && out.last().kind == Kind::Word
                   && text.at(i - 1) == u's' && (i + 1 >= n || !text.at(i + 1).isLetterOrNumber())) {
            t.kind = Kind::Possessive; // "the Beatles' label"
            t.end = i + 1;
        } else if (isHyphen(c)) {
            t.kind = Kind::Hyphen;
            t.end = i + 1;
        } else {
            t.kind = Kind::Punct;
            t.end = i + 1;
        }
        const QStringView word = text.mid(t.start, t.end - t.start);
        if (t.kind == Kind::Hyphen)
            t.key = asciiKey(u'-');
        else if (t.kind == Kind::Cjk)
            t.key = keys.word(t.keyId = keys.insert(word)); // Han, kana and Hangul have no case and no accents to fold
        else if (word.size() > 1 && (asciiWord || foldAscii(word, folded) || (t.cyrillic && foldRussian(word, folded))))
            t.key = keys.word(t.keyId = keys.insert(QStringView(folded.constData(), folded.size())));
        else
            t.key = foldKey(word);
        out.append(std::move(t));
        i = t.end;
    }
    return out;
}

} // namespace parallax::entities::tokens
