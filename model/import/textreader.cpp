// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textreader.h"

#include "import/yearinference.h"
#include "text/segmenter.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace parallax::import {

namespace {

struct Dateline
{
    Span span{-1, -1};   // the dateline text inside the body, including its trailing dash or stop
    QString city;
    QString outlet;
    int month = 0;
    int day = 0;
};

int monthFromName(const QString &name)
{
    static const QStringList months = {u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                       u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    // Russian month names in the genitive, as datelines write them ("19 декабря").
    static const QStringList russian = {u"янв"_s, u"фев"_s, u"мар"_s, u"апр"_s, u"мая"_s, u"июн"_s,
                                        u"июл"_s, u"авг"_s, u"сен"_s, u"окт"_s, u"ноя"_s, u"дек"_s};
    const QString key = name.left(3).toLower();
    const int en = int(months.indexOf(key));
    return en >= 0 ? en + 1 : int(russian.indexOf(key)) + 1;
}

// "MOSCOW, December 19. /TASS/." or "TOKYO —" or "MOSCOW (Sputnik) —" or "TOKYO, Dec. 19 (Kyodo) —"
Dateline findDateline(const QString &body, int from)
{
    // City in capitals (Latin or Cyrillic), then optionally ", December 19" or ", 19 декабря",
    // then optionally "(Outlet)" or "/Outlet/.", then a dash (or the slashed outlet alone).
    static const QRegularExpression re(
        uR"(\G(?<city>\p{Lu}[\p{Lu}'.\-]+(?:[ \-]\p{Lu}[\p{Lu}'.\-]+){0,3})(?:,\s+(?:(?<mname>\p{Lu}\p{Ll}{2,8})\.?\s+(?<mday>\d{1,2})|(?<dday>\d{1,2})\s+(?<dname>\p{Ll}{3,9})))?\.?\s*(?:\((?<paren>[^)\n]{2,40})\)|/(?<slash>[^/\n]{2,40})/\.?)?\s*(?:[—–]|--|-(?=\s))?)"_s);
    Dateline d;
    const auto m = re.match(body, from, QRegularExpression::NormalMatch,
                            QRegularExpression::AnchorAtOffsetMatchOption);
    if (!m.hasMatch())
        return d;
    const QString tail = m.captured(0);
    const bool hasDash = tail.contains(u'—') || tail.contains(u'–') || tail.contains(u"--"_s)
        || tail.trimmed().endsWith(u'-');
    const bool hasSlashOutlet = !m.captured(u"slash"_s).isEmpty();
    if (!hasDash && !hasSlashOutlet)
        return d;
    const QString city = m.captured(u"city"_s);
    if (city.size() < 3 || city.contains(u'.'))
        return d;
    d.city = city;
    d.outlet = !m.captured(u"paren"_s).isEmpty() ? m.captured(u"paren"_s).trimmed() : m.captured(u"slash"_s).trimmed();
    if (!m.captured(u"mname"_s).isEmpty()) {
        d.month = monthFromName(m.captured(u"mname"_s));
        d.day = m.captured(u"mday"_s).toInt();
    } else if (!m.captured(u"dname"_s).isEmpty()) {
        d.month = monthFromName(m.captured(u"dname"_s));
        d.day = m.captured(u"dday"_s).toInt();
    }
    if (d.month <= 0)
        d.day = 0;
    d.span = text::trimmed(body, {int(m.capturedStart(0)), int(m.capturedEnd(0))});
    return d;
}

// The country of well-known outlets, for articles whose text names the outlet but not its country.
QString countryOfOutlet(const QString &outlet)
{
    static const QHash<QString, QString> known = {
        {u"tass"_s, u"RU"_s}, {u"тасс"_s, u"RU"_s}, {u"sputnik"_s, u"RU"_s}, {u"спутник"_s, u"RU"_s},
        {u"ria novosti"_s, u"RU"_s}, {u"риа новости"_s, u"RU"_s}, {u"interfax"_s, u"RU"_s},
        {u"интерфакс"_s, u"RU"_s}, {u"rt"_s, u"RU"_s}, {u"kyodo"_s, u"JP"_s}, {u"共同"_s, u"JP"_s},
        {u"jiji"_s, u"JP"_s}, {u"時事"_s, u"JP"_s}, {u"nhk"_s, u"JP"_s}, {u"xinhua"_s, u"CN"_s},
        {u"yonhap"_s, u"KR"_s}, {u"ap"_s, u"US"_s}, {u"afp"_s, u"FR"_s}, {u"reuters"_s, u"GB"_s},
    };
    return known.value(outlet.trimmed().toLower());
}

bool endsLikeSentence(const QString &line)
{
    const QString t = line.trimmed();
    return t.endsWith(u'.') || t.endsWith(u'!') || t.endsWith(u'?') || t.endsWith(u'。')
        || t.endsWith(u'”') || t.endsWith(u'"');
}

bool isSingleLine(const QString &body, Span s)
{
    return !body.mid(s.start, s.length()).contains(u'\n');
}

} // namespace

QString guessLanguage(const QString &text)
{
    int latin = 0, cyrillic = 0, kana = 0, han = 0, hangul = 0;
    const int n = std::min<int>(int(text.size()), 20000);
    for (int i = 0; i < n; ++i) {
        const QChar::Script s = text.at(i).script();
        switch (s) {
        case QChar::Script_Latin: ++latin; break;
        case QChar::Script_Cyrillic: ++cyrillic; break;
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana: ++kana; break;
        case QChar::Script_Han: ++han; break;
        case QChar::Script_Hangul: ++hangul; break;
        default: break;
        }
    }
    if (kana > 0 && kana + han > latin)
        return u"ja"_s;
    if (hangul > latin && hangul > han)
        return u"ko"_s;
    if (han > latin)
        return u"zh"_s;
    if (cyrillic > latin)
        return u"ru"_s;
    return u"en"_s;
}

QString deriveTitle(const QString &sentence)
{
    QString t = sentence.simplified();
    const int limit = 90;
    if (t.size() <= limit)
        return t;
    int cut = int(t.lastIndexOf(u' ', limit));
    if (cut < limit / 2)
        cut = limit;
    t.truncate(cut);
    while (!t.isEmpty() && (t.back().isPunct() || t.back().isSpace()))
        t.chop(1);
    return t + u"…"_s;
}

namespace {

// The body from bodyStart on: dateline, outlet, inferred date, paragraphs, sentences, language,
// and a title derived from the first sentence when none is known.
void fillBody(Article &a, const QString &text, int bodyStart)
{
    const Span bodySpan = text::trimmed(text, {bodyStart, int(text.size())});
    a.body = text.mid(bodySpan.start, bodySpan.length());

    // The dateline: at the start of the body, or of one of its first paragraphs (after a standfirst).
    QList<Span> paras = text::paragraphs(a.body);
    Dateline dl;
    for (int i = 0; i < std::min<int>(4, int(paras.size())) && dl.span.start < 0; ++i)
        dl = findDateline(a.body, paras[i].start);
    if (dl.span.start >= 0) {
        a.dateline = dl.city;
        if (!dl.outlet.isEmpty()) {
            a.outlet = dl.outlet;
            a.outletProvenance = Provenance::Explicit;
            const QString country = countryOfOutlet(dl.outlet);
            if (!country.isEmpty() && a.country.isEmpty()) {
                a.country = country;
                a.countryProvenance = Provenance::Inferred;
            }
        }
        if (!a.published.isValid() && dl.month > 0) {
            const YearInference y = inferYear(dl.month, dl.day, a.body);
            if (y.date.isValid()) {
                a.published = y.date;
                a.dateProvenance = Provenance::Inferred;
                a.dateReason = y.reason;
            }
        }
        // Sentences start after the dateline.
        for (Span &p : paras) {
            if (p.contains(dl.span.start)) {
                p = text::trimmed(a.body, {dl.span.end, p.end});
                break;
            }
        }
        paras.removeIf([](const Span &p) { return p.length() <= 0; });
    }
    a.paragraphs = paras;
    a.sentences = text::sentences(a.body, paras);
    a.language = guessLanguage(a.body);

    if (a.title.isEmpty() && !a.sentences.isEmpty()) {
        a.title = deriveTitle(a.text(a.sentences.first()));
        a.titleProvenance = Provenance::Derived;
    }
}

} // namespace

Article readArticleBody(const QString &body, const QString &source)
{
    Article a;
    a.source = source;
    fillBody(a, body, 0);
    return a;
}

Article readPlainText(const QString &text, const QString &source)
{
    Article a;
    a.source = source;

    static const QRegularExpression dateLine(uR"(\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*)"_s);
    int bodyStart = 0;
    const auto dm = dateLine.match(text);
    if (dm.hasMatch()) {
        const QDate d = QDate::fromString(dm.captured(1), Qt::ISODate);
        if (d.isValid()) {
            a.published = d;
            a.dateProvenance = Provenance::Explicit;
        }
        bodyStart = int(dm.capturedEnd(0));
    }

    // Navigation chrome copied with the article.
    static const QRegularExpression chrome(uR"(\A\s*(?:All news|Top news|Latest news)[ \t]*\r?\n)"_s);
    const auto cm = chrome.match(text.mid(bodyStart));
    if (cm.hasMatch())
        bodyStart += int(cm.capturedEnd(0));

    // A title line: a single short line without final punctuation, followed by a blank line.
    if (!dm.hasMatch()) {
        const QList<Span> paras = text::paragraphs(text.mid(bodyStart));
        if (paras.size() >= 2) {
            const QString first = text.mid(bodyStart + paras[0].start, paras[0].length());
            const QString rest = text.mid(bodyStart);
            const bool blankAfter = rest.mid(paras[0].end, paras[1].start - paras[0].end).count(u'\n') >= 2;
            if (isSingleLine(rest, paras[0]) && first.size() <= 250 && !endsLikeSentence(first)
                && blankAfter && findDateline(rest, paras[0].start).span.start < 0) {
                a.title = first.trimmed();
                a.titleProvenance = Provenance::Explicit;
                bodyStart += paras[1].start;
            }
        }
    }

    fillBody(a, text, bodyStart);
    return a;
}

} // namespace parallax::import
