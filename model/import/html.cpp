// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "html.h"

#include "import/dates.h"
#include "import/htmltokens.h"
#include "import/textreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace parallax::import {

namespace {

// One run of text between block boundaries.
struct Block
{
    QString text;
    int linkChars = 0;
    bool inArticle = false; // inside <article>, <main> or an articleBody element
    bool heading = false;
};

struct PageMeta
{
    QHash<QString, QString> meta; // property or name (lower case) → content
    QString titleTag;
    QString h1;
    QString lang;
    QString canonical;
    QList<QJsonObject> jsonLd;
};

bool isBlockTag(const QString &t)
{
    static const QSet<QString> blocks = {u"p"_s, u"div"_s, u"li"_s, u"ul"_s, u"ol"_s, u"h1"_s, u"h2"_s, u"h3"_s,
                                         u"h4"_s, u"h5"_s, u"h6"_s, u"td"_s, u"tr"_s, u"table"_s, u"blockquote"_s,
                                         u"pre"_s, u"section"_s, u"article"_s, u"main"_s, u"br"_s, u"dd"_s, u"dt"_s,
                                         u"figure"_s, u"body"_s, u"center"_s};
    return blocks.contains(t);
}

// Elements whose content is never article text.
bool isSkippedTag(const QString &t)
{
    static const QSet<QString> skipped = {u"nav"_s, u"header"_s, u"footer"_s, u"aside"_s, u"form"_s,
                                          u"button"_s, u"select"_s, u"figcaption"_s, u"menu"_s, u"svg"_s,
                                          u"iframe"_s, u"object"_s, u"head"_s};
    return skipped.contains(t);
}

// Class and id words that mark page furniture.
bool isBoilerplate(const HtmlTag &tag)
{
    static const QSet<QString> words = {
        u"nav"_s, u"navbar"_s, u"navigation"_s, u"menu"_s, u"footer"_s, u"share"_s, u"sharing"_s,
        u"social"_s, u"related"_s, u"newsletter"_s, u"comments"_s, u"comment"_s, u"breadcrumb"_s,
        u"breadcrumbs"_s, u"ad"_s, u"ads"_s, u"advert"_s, u"advertisement"_s, u"promo"_s, u"sidebar"_s,
        u"subscribe"_s, u"cookie"_s, u"cookies"_s, u"banner"_s, u"byline"_s, u"masthead"_s, u"toolbar"_s,
        u"recommended"_s, u"popular"_s, u"tags"_s, u"copyright"_s, u"pagination"_s};
    for (const QString &attr : {u"class"_s, u"id"_s, u"role"_s}) {
        const QString v = tag.attributes.value(attr).toLower();
        if (v.isEmpty())
            continue;
        QString word;
        for (QChar c : v + u' ') {
            if (c.isLetterOrNumber()) {
                word += c;
            } else {
                if (words.contains(word))
                    return true;
                word.clear();
            }
        }
    }
    return false;
}

// Japanese and Chinese say in one character what English says in about three.
int weightedLength(const QString &s)
{
    int n = 0;
    for (QChar c : s) {
        const auto script = c.script();
        n += (script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana) ? 3 : 1;
    }
    return n;
}

void collectJsonLd(const QJsonValue &v, QList<QJsonObject> &out)
{
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            collectJsonLd(e, out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.contains(u"@graph"_s))
            collectJsonLd(o.value(u"@graph"_s), out);
        QStringList types;
        const QJsonValue t = o.value(u"@type"_s);
        if (t.isArray()) {
            for (const QJsonValue &e : t.toArray())
                types << e.toString();
        } else {
            types << t.toString();
        }
        for (const QString &type : types) {
            if (type.endsWith(u"NewsArticle"_s) || type == u"Article"_s || type == u"BlogPosting"_s
                || type == u"Report"_s) {
                out.append(o);
                break;
            }
        }
    }
}

QString jsonName(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return v.toObject().value(u"name"_s).toString();
    if (v.isArray() && !v.toArray().isEmpty())
        return jsonName(v.toArray().first());
    return {};
}

// Walks the tokens once: page metadata, and the text blocks outside skipped elements.
QList<Block> walk(const QString &html, PageMeta &meta)
{
    QList<Block> blocks;
    Block current;
    QList<HtmlTag> stack;
    int skipDepth = 0;
    int articleDepth = 0;
    int linkDepth = 0;
    int headingDepth = 0;
    bool inTitle = false, inH1 = false;

    auto flush = [&] {
        current.text = current.text.simplified();
        if (!current.text.isEmpty())
            blocks.append(current);
        current = Block{};
    };
    auto opens = [](const HtmlTag &t) {
        return t.name == u"article"_s || t.name == u"main"_s
            || t.attributes.value(u"itemprop"_s) == u"articleBody"_s;
    };

    HtmlTokenizer tokens(html);
    HtmlToken tok;
    while (tokens.next(tok)) {
        if (tok.kind == HtmlToken::Text) {
            if (inTitle)
                meta.titleTag += tok.text;
            if (inH1)
                meta.h1 += tok.text;
            if (skipDepth == 0) {
                current.text += tok.text;
                if (linkDepth > 0)
                    current.linkChars += int(tok.text.simplified().size());
                current.inArticle = current.inArticle || articleDepth > 0;
                current.heading = current.heading || headingDepth > 0;
            }
            continue;
        }
        if (tok.kind == HtmlToken::RawText) {
            if (tok.tag.name == u"script"_s && tok.tag.attributes.value(u"type"_s).toLower() == u"application/ld+json"_s) {
                const QJsonDocument d = QJsonDocument::fromJson(tok.text.toUtf8());
                collectJsonLd(d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object()), meta.jsonLd);
            }
            continue;
        }
        const HtmlTag &t = tok.tag;
        if (tok.kind == HtmlToken::StartTag) {
            if (t.name == u"meta"_s) {
                const QString key = (t.attributes.value(u"property"_s) + t.attributes.value(u"name"_s)
                                     + t.attributes.value(u"itemprop"_s)).toLower();
                if (!key.isEmpty() && !meta.meta.contains(key))
                    meta.meta.insert(key, t.attributes.value(u"content"_s).trimmed());
            } else if (t.name == u"html"_s) {
                meta.lang = t.attributes.value(u"lang"_s);
            } else if (t.name == u"link"_s && t.attributes.value(u"rel"_s).toLower() == u"canonical"_s) {
                meta.canonical = t.attributes.value(u"href"_s);
            } else if (t.name == u"time"_s && t.attributes.contains(u"datetime"_s)
                       && !meta.meta.contains(u"time"_s)) {
                meta.meta.insert(u"time"_s, t.attributes.value(u"datetime"_s));
            }
            if (t.name == u"title"_s)
                inTitle = true;
            if (t.name == u"h1"_s && meta.h1.isEmpty())
                inH1 = true;
            if (isBlockTag(t.name))
                flush();
            if (t.isVoid())
                continue;
            const bool skip = isSkippedTag(t.name) || isBoilerplate(t);
            // An unclosed <p> ends where the next block starts.
            if ((t.name == u"p"_s || t.name == u"li"_s) && !stack.isEmpty() && stack.last().name == t.name) {
                const HtmlTag closed = stack.takeLast();
                skipDepth -= closed.skips;
            }
            HtmlTag pushed = t;
            pushed.skips = skip ? 1 : 0;
            skipDepth += pushed.skips;
            articleDepth += opens(t) ? 1 : 0;
            linkDepth += t.name == u"a"_s ? 1 : 0;
            headingDepth += (t.name.size() == 2 && t.name.at(0) == u'h' && t.name.at(1).isDigit()) ? 1 : 0;
            stack.append(pushed);
        } else if (tok.kind == HtmlToken::EndTag) {
            if (t.name == u"title"_s)
                inTitle = false;
            if (t.name == u"h1"_s)
                inH1 = false;
            if (isBlockTag(t.name))
                flush();
            qsizetype at = stack.size() - 1;
            while (at >= 0 && stack.at(at).name != t.name)
                --at;
            if (at < 0)
                continue; // a stray end tag
            while (stack.size() > at) {
                const HtmlTag closed = stack.takeLast();
                skipDepth -= closed.skips;
                articleDepth -= opens(closed) ? 1 : 0;
                linkDepth -= closed.name == u"a"_s ? 1 : 0;
                headingDepth -= (closed.name.size() == 2 && closed.name.at(0) == u'h' && closed.name.at(1).isDigit()) ? 1 : 0;
            }
        }
    }
    flush();
    return blocks;
}

// Text density: keep blocks that are mostly prose (long, few link characters), restricted to the
// article element when the page marks one that holds enough prose.
QStringList mainText(const QList<Block> &blocks, const QString &title)
{
    auto isProse = [](const Block &b) {
        const int len = weightedLength(b.text);
        return !b.heading && len >= 60 && b.linkChars * 3 < int(b.text.size());
    };
    int articleProse = 0;
    for (const Block &b : blocks) {
        if (b.inArticle && isProse(b))
            articleProse += weightedLength(b.text);
    }
    const bool useArticle = articleProse >= 200;
    QStringList kept;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &b = blocks.at(i);
        if (useArticle && !b.inArticle)
            continue;
        if (b.text == title)
            continue;
        const bool prose = isProse(b);
        // A short paragraph ending a sentence belongs to the text when prose stands next to it.
        const bool shortSentence = !b.heading && weightedLength(b.text) >= 20 && b.linkChars == 0
            && QStringLiteral(".!?。」\"”").contains(b.text.back())
            && ((i > 0 && isProse(blocks.at(i - 1))) || (i + 1 < blocks.size() && isProse(blocks.at(i + 1))));
        if (prose || shortSentence)
            kept << b.text;
    }
    return kept;
}

QString stripSiteSuffix(QString title, const QString &site)
{
    for (const QString &sep : {u" | "_s, u" - "_s, u" – "_s, u" — "_s, u" :: "_s}) {
        const qsizetype at = title.lastIndexOf(sep);
        if (at > 0 && (site.isEmpty() || title.mid(at + sep.size()).trimmed() == site))
            return title.left(at).trimmed();
    }
    return title;
}

} // namespace

bool looksLikeHtml(QStringView text)
{
    const QString head = text.first(std::min<qsizetype>(text.size(), 2048)).toString().toLower();
    if (!head.trimmed().startsWith(u'<'))
        return false;
    return head.contains(u"<html"_s) || head.contains(u"<!doctype html"_s) || head.contains(u"<head"_s)
        || head.contains(u"<body"_s) || head.contains(u"<meta"_s) || head.contains(u"<p>"_s)
        || head.contains(u"<article"_s);
}

Article readHtml(const QString &html, const QString &source)
{
    PageMeta meta;
    const QList<Block> blocks = walk(html, meta);
    const QJsonObject ld = meta.jsonLd.isEmpty() ? QJsonObject() : meta.jsonLd.first();

    QString outlet = meta.meta.value(u"og:site_name"_s);
    if (outlet.isEmpty())
        outlet = jsonName(ld.value(u"publisher"_s));
    QString title = meta.meta.value(u"og:title"_s);
    if (title.isEmpty())
        title = ld.value(u"headline"_s).toString();
    if (title.isEmpty())
        title = meta.h1.simplified();
    if (title.isEmpty())
        title = stripSiteSuffix(meta.titleTag.simplified(), outlet);
    title = title.simplified();

    Article a = readArticleBody(mainText(blocks, title).join(u"\n\n"_s), source);
    if (!title.isEmpty()) {
        a.title = title;
        a.titleProvenance = Provenance::Explicit;
    }
    if (!outlet.isEmpty()) {
        a.outlet = outlet;
        a.outletProvenance = Provenance::Explicit;
    }
    const std::pair<QString, QString> dateSources[] = {
        {u"meta article:published_time"_s, meta.meta.value(u"article:published_time"_s)},
        {u"JSON-LD datePublished"_s, ld.value(u"datePublished"_s).toString()},
        {u"meta datePublished"_s, meta.meta.value(u"datepublished"_s)},
        {u"meta pubdate"_s, meta.meta.value(u"pubdate"_s)},
        {u"meta date"_s, meta.meta.value(u"date"_s)},
        {u"meta dc.date.issued"_s, meta.meta.value(u"dc.date.issued"_s)},
        {u"<time datetime>"_s, meta.meta.value(u"time"_s)},
    };
    for (const auto &[where, value] : dateSources) {
        const ParsedDate d = parseDate(value);
        if (d.isValid()) {
            a.published = d.date;
            a.dateProvenance = Provenance::Explicit;
            a.dateReason = u"%1 (%2)"_s.arg(where, d.form);
            break;
        }
    }
    a.author = meta.meta.value(u"author"_s);
    if (a.author.isEmpty())
        a.author = jsonName(ld.value(u"author"_s));
    a.url = !meta.canonical.isEmpty() ? meta.canonical : meta.meta.value(u"og:url"_s);
    if (!meta.lang.isEmpty() && !a.body.isEmpty())
        a.language = meta.lang.section(u'-', 0, 0).toLower();
    return a;
}

} // namespace parallax::import
