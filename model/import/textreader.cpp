// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textreader.h"

#include "import/yearinference.h"
#include "text/segmenter.h"

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
    return int(months.indexOf(name.left(3).toLower())) + 1;
}

// "MOSCOW, December 19. /TASS/." or "TOKYO —" or "MOSCOW (Sputnik) —" or "TOKYO, Dec. 19 (Kyodo) —"
Dateline findDateline(const QString &body, int from)
{
    static const QRegularExpression re(
        uR"(\G([A-Z][A-Z'.\-]+(?:[ \-][A-Z][A-Z'.\-]+){0,3})(?:,\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2}))?\.?\s*(?:\(([^)\n]{2,40})\)|/([^/\n]{2,40})/\.?)?\s*(?:[—–]|--|-(?=\s))?)"_s);
    Dateline d;
    const auto m = re.match(body, from, QRegularExpression::NormalMatch,
                            QRegularExpression::AnchorAtOffsetMatchOption);
    if (!m.hasMatch())
        return d;
    const QString tail = m.captured(0);
    const bool hasDash = tail.contains(u'—') || tail.contains(u'–') || tail.contains(u"--"_s)
        || tail.trimmed().endsWith(u'-');
    const bool hasSlashOutlet = !m.captured(5).isEmpty();
    if (!hasDash && !hasSlashOutlet)
        return d;
    const QString city = m.captured(1);
    if (city.size() < 3 || city.contains(u'.'))
        return d;
    d.city = city;
    d.outlet = !m.captured(4).isEmpty() ? m.captured(4).trimmed() : m.captured(5).trimmed();
    if (!m.captured(2).isEmpty()) {
        d.month = monthFromName(m.captured(2));
        d.day = m.captured(3).toInt();
    }
    d.span = text::trimmed(body, {int(m.capturedStart(0)), int(m.capturedEnd(0))});
    return d;
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
