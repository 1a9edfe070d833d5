// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pattern.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace parallax::framing {

bool isCjkChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3040 && u <= 0x30ff)    // Hiragana, Katakana
        || (u >= 0x3400 && u <= 0x4dbf)    // CJK extension A
        || (u >= 0x4e00 && u <= 0x9fff)    // CJK unified ideographs
        || (u >= 0xf900 && u <= 0xfaff)    // compatibility ideographs
        || (u >= 0xff66 && u <= 0xff9f)    // half-width Katakana
        || u == 0x3005;                    // 々
}

QString normalisedTerm(const QString &term)
{
    QString t = term.simplified().toCaseFolded();
    t.replace(u'’', u'\'');
    return t;
}

bool parsePattern(const QString &term, Pattern *pattern, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString t = normalisedTerm(term);
    if (t.isEmpty())
        return fail(u"the term is empty"_s);
    Pattern p;
    bool hasCjk = false;
    for (QChar c : t)
        hasCjk = hasCjk || isCjkChar(c);
    if (hasCjk) {
        if (t.contains(u'*') || t.contains(u"..."_s))
            return fail(u"a term in Japanese or Chinese script cannot use * or ..."_s);
        p.cjk = QString(t).remove(u' ');
        *pattern = p;
        return true;
    }
    const QStringList parts = t.split(u' ', Qt::SkipEmptyParts);
    bool gap = false;
    for (const QString &part : parts) {
        if (part == u"..."_s || part == u"…"_s) {
            if (p.words.isEmpty())
                return fail(u"the term starts with ..."_s);
            if (gap)
                return fail(u"the term has two ... in a row"_s);
            gap = true;
            continue;
        }
        PatternWord w;
        w.gapBefore = gap;
        gap = false;
        w.text = part;
        if (w.text.endsWith(u'*')) {
            w.text.chop(1);
            w.prefix = true;
        }
        if (w.text.isEmpty())
            return fail(u"a lone * matches every word"_s);
        if (w.text.contains(u'*'))
            return fail(u"* may only end a word (in \"%1\")"_s.arg(part));
        bool hasLetter = false;
        for (QChar c : w.text)
            hasLetter = hasLetter || c.isLetterOrNumber();
        if (!hasLetter)
            return fail(u"\"%1\" has no letters"_s.arg(part));
        p.words.append(w);
    }
    if (gap)
        return fail(u"the term ends with ..."_s);
    *pattern = p;
    return true;
}

} // namespace parallax::framing
