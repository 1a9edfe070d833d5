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

bool isWordChar(QChar c)
{
    // Combining marks start at U+0300.
    return (c.isLetterOrNumber() || (c.unicode() >= 0x300 && c.isMark())) && !isCjk(c);
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

} // namespace

QString foldKey(QStringView word)
{
    // ASCII folds to lower case: no need for the full case folding.
    bool ascii = true;
    for (QChar c : word)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) {
        if (word.size() == 1)
            return asciiKey(word.front().unicode());
        QString key(word.size(), Qt::Uninitialized);
        QChar *out = key.data();
        for (QChar c : word)
            *out++ = (c.unicode() >= u'A' && c.unicode() <= u'Z') ? QChar(c.unicode() + 32) : c;
        return key;
    }
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
            for (int k = t.start; k < t.end; ++k) {
                const QChar ch = text.at(k);
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
        if (t.kind == Kind::Hyphen)
            t.key = asciiKey(u'-');
        else if (t.kind == Kind::Cjk)
            t.key = QString(c); // Han, kana and Hangul have no case and no accents to fold
        else
            t.key = foldKey(text.mid(t.start, t.end - t.start));
        out.append(std::move(t));
        i = t.end;
    }
    return out;
}

} // namespace parallax::entities::tokens
