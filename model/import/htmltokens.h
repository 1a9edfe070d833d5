// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace parallax::import {

/** A start or end tag: lower-case name, attributes with entities decoded. */
struct HtmlTag
{
    QString name;
    QHash<QString, QString> attributes;
    int skips = 0; ///< used by readers that keep a stack of open tags
    bool isVoid() const;
};

/** One token of an HTML page. */
struct HtmlToken
{
    enum Kind { Text, StartTag, EndTag, RawText };
    Kind kind = Text;
    HtmlTag tag;  ///< for tags, and the element a RawText came from (script, style, ...)
    QString text; ///< text with entities decoded; raw content for RawText
};

/**
 * A forgiving HTML tokenizer: comments, doctypes and processing instructions are dropped; the
 * content of script, style, noscript, template and textarea comes as one RawText token.
 */
class HtmlTokenizer final
{
public:
    explicit HtmlTokenizer(const QString &html) : m_html(html) {}
    bool next(HtmlToken &token);

private:
    bool readTag(HtmlToken &token);
    const QString &m_html;
    qsizetype m_pos = 0;
    QString m_rawUntil; // after a raw-text start tag: the element whose end closes it
    HtmlTag m_rawTag;
};

/** Replaces character references (&amp;, &#8212;, &#x2014;, &nbsp;, &mdash;, ...) in text. */
QString decodeEntities(QStringView text);

} // namespace parallax::import
