// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datetokens.h"

namespace parallax::analysis::dates {

namespace {

bool isCjk(char16_t c)
{
    return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff)
        || (c >= 0xf900 && c <= 0xfaff);
}

bool isWordChar(QChar c)
{
    return (c.isLetter() || c.isMark()) && !isCjk(c.unicode());
}

} // namespace

QList<Token> tokenize(const QString &text, int start, int end)
{
    QList<Token> out;
    out.reserve((end - start) / 4 + 4);
    bool space = true;
    int i = start;
    while (i < end) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            space = true;
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        t.spaceBefore = space;
        space = false;
        if (c.isDigit()) {
            t.kind = Token::Number;
            int v = 0;
            while (i < end && text.at(i).isDigit()) {
                if (v < 100000000)
                    v = v * 10 + text.at(i).digitValue();
                ++t.digits;
                ++i;
            }
            t.value = v;
            t.lower = QString::number(v);
        } else if (isWordChar(c)) {
            t.kind = Token::Word;
            t.capital = c.isUpper();
            while (i < end && isWordChar(text.at(i)))
                ++i;
            t.lower = text.mid(t.start, i - t.start).toLower();
        } else if (isCjk(c.unicode())) {
            t.kind = Token::Cjk;
            ++i;
            t.lower = QString(c);
        } else {
            t.kind = Token::Punct;
            ++i;
            t.lower = (c == u'\u2019' || c == u'\u2018' || c == u'`') ? QStringLiteral("'") : QString(c);
        }
        t.end = i;
        if (t.kind == Token::Word)
            t.info = lookupWord(t.lower);
        out.append(t);
    }
    return out;
}

} // namespace parallax::analysis::dates
