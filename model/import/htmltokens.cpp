// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltokens.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace parallax::import {

bool HtmlTag::isVoid() const
{
    static const QSet<QString> voids = {u"br"_s, u"img"_s, u"input"_s, u"meta"_s, u"link"_s, u"hr"_s,
                                        u"area"_s, u"base"_s, u"col"_s, u"embed"_s, u"source"_s,
                                        u"track"_s, u"wbr"_s, u"param"_s};
    return voids.contains(name);
}

QString decodeEntities(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    static const QHash<QString, char32_t> named = {
        {u"amp"_s, U'&'}, {u"lt"_s, U'<'}, {u"gt"_s, U'>'}, {u"quot"_s, U'"'}, {u"apos"_s, U'\''},
        {u"nbsp"_s, U'\u00A0'}, {u"mdash"_s, U'—'}, {u"ndash"_s, U'–'}, {u"hellip"_s, U'…'},
        {u"lsquo"_s, U'‘'}, {u"rsquo"_s, U'’'}, {u"ldquo"_s, U'“'}, {u"rdquo"_s, U'”'},
        {u"laquo"_s, U'«'}, {u"raquo"_s, U'»'}, {u"lsaquo"_s, U'‹'}, {u"rsaquo"_s, U'›'},
        {u"middot"_s, U'·'}, {u"bull"_s, U'•'}, {u"copy"_s, U'©'}, {u"reg"_s, U'®'},
        {u"trade"_s, U'™'}, {u"deg"_s, U'°'}, {u"eacute"_s, U'é'}, {u"egrave"_s, U'è'},
        {u"aacute"_s, U'á'}, {u"uuml"_s, U'ü'}, {u"ouml"_s, U'ö'}, {u"auml"_s, U'ä'},
        {u"szlig"_s, U'ß'}, {u"ccedil"_s, U'ç'}, {u"euro"_s, U'€'}, {u"pound"_s, U'£'},
        {u"yen"_s, U'¥'}, {u"times"_s, U'×'}, {u"shy"_s, U'\u00AD'}, {u"thinsp"_s, U'\u2009'},
        {u"ensp"_s, U'\u2002'}, {u"emsp"_s, U'\u2003'}, {u"zwnj"_s, U'\u200C'}, {u"zwj"_s, U'\u200D'}};
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c != u'&') {
            out += c;
            ++i;
            continue;
        }
        const qsizetype semi = text.indexOf(u';', i + 1);
        if (semi < 0 || semi - i > 12) {
            out += c;
            ++i;
            continue;
        }
        const QStringView ref = text.sliced(i + 1, semi - i - 1);
        char32_t cp = 0;
        bool ok = false;
        if (ref.startsWith(u'#')) {
            const bool hex = ref.size() > 1 && (ref[1] == u'x' || ref[1] == u'X');
            cp = char32_t(ref.sliced(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10));
            ok = ok && cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
        } else {
            const auto it = named.constFind(ref.toString());
            ok = it != named.cend();
            if (ok)
                cp = *it;
        }
        if (!ok) {
            out += c;
            ++i;
            continue;
        }
        out += QString::fromUcs4(&cp, 1);
        i = semi + 1;
    }
    return out;
}

bool HtmlTokenizer::next(HtmlToken &token)
{
    token = HtmlToken{};
    const qsizetype n = m_html.size();
    if (!m_rawUntil.isEmpty()) {
        // Raw text runs to the matching end tag, whatever it holds.
        const QString end = u"</"_s + m_rawUntil;
        qsizetype close = m_html.indexOf(end, m_pos, Qt::CaseInsensitive);
        if (close < 0)
            close = n;
        token.kind = HtmlToken::RawText;
        token.tag = m_rawTag;
        token.text = m_html.mid(m_pos, close - m_pos);
        const qsizetype gt = m_html.indexOf(u'>', close);
        m_pos = gt < 0 ? n : gt + 1;
        m_rawUntil.clear();
        return true;
    }
    while (m_pos < n) {
        if (m_html.at(m_pos) != u'<') {
            qsizetype lt = m_html.indexOf(u'<', m_pos);
            if (lt < 0)
                lt = n;
            token.kind = HtmlToken::Text;
            token.text = decodeEntities(QStringView(m_html).sliced(m_pos, lt - m_pos));
            m_pos = lt;
            return true;
        }
        if (QStringView(m_html).sliced(m_pos).startsWith(u"<!--")) {
            const qsizetype end = m_html.indexOf(u"-->"_s, m_pos + 4);
            m_pos = end < 0 ? n : end + 3;
            continue;
        }
        if (m_pos + 1 < n && (m_html.at(m_pos + 1) == u'!' || m_html.at(m_pos + 1) == u'?')) {
            const qsizetype end = m_html.indexOf(u'>', m_pos);
            m_pos = end < 0 ? n : end + 1;
            continue;
        }
        if (readTag(token))
            return true;
    }
    return false;
}

bool HtmlTokenizer::readTag(HtmlToken &token)
{
    const qsizetype n = m_html.size();
    qsizetype i = m_pos + 1;
    const bool end = i < n && m_html.at(i) == u'/';
    if (end)
        ++i;
    const qsizetype nameStart = i;
    while (i < n && (m_html.at(i).isLetterOrNumber() || m_html.at(i) == u'-' || m_html.at(i) == u':'))
        ++i;
    if (i == nameStart) {
        // "<" not starting a tag is text.
        token.kind = HtmlToken::Text;
        token.text = u"<"_s;
        ++m_pos;
        return true;
    }
    token.kind = end ? HtmlToken::EndTag : HtmlToken::StartTag;
    token.tag.name = m_html.mid(nameStart, i - nameStart).toLower();
    // Attributes: name, name=value, name="value", name='value'.
    while (i < n && m_html.at(i) != u'>') {
        const QChar c = m_html.at(i);
        if (c.isSpace() || c == u'/') {
            ++i;
            continue;
        }
        const qsizetype an = i;
        while (i < n && !m_html.at(i).isSpace() && m_html.at(i) != u'=' && m_html.at(i) != u'>')
            ++i;
        const QString attr = m_html.mid(an, i - an).toLower();
        QString value;
        while (i < n && m_html.at(i).isSpace())
            ++i;
        if (i < n && m_html.at(i) == u'=') {
            ++i;
            while (i < n && m_html.at(i).isSpace())
                ++i;
            if (i < n && (m_html.at(i) == u'"' || m_html.at(i) == u'\'')) {
                const QChar q = m_html.at(i);
                const qsizetype close = m_html.indexOf(q, i + 1);
                const qsizetype stop = close < 0 ? n : close;
                value = decodeEntities(QStringView(m_html).sliced(i + 1, stop - i - 1));
                i = close < 0 ? n : close + 1;
            } else {
                const qsizetype vs = i;
                while (i < n && !m_html.at(i).isSpace() && m_html.at(i) != u'>')
                    ++i;
                value = decodeEntities(QStringView(m_html).sliced(vs, i - vs));
            }
        }
        if (!attr.isEmpty() && !token.tag.attributes.contains(attr))
            token.tag.attributes.insert(attr, value);
    }
    m_pos = i < n ? i + 1 : n;
    static const QSet<QString> raw = {u"script"_s, u"style"_s, u"noscript"_s, u"template"_s, u"textarea"_s};
    if (!end && raw.contains(token.tag.name)) {
        m_rawUntil = token.tag.name;
        m_rawTag = token.tag;
        return next(token);
    }
    return true;
}

} // namespace parallax::import
