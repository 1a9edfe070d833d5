// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmenter.h"

#include <QSet>

#include <unicode/ubrk.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace parallax::text {

namespace {

bool isBlankLine(const QString &text, int from, int to)
{
    for (int i = from; i < to; ++i) {
        if (!text.at(i).isSpace())
            return false;
    }
    return true;
}

// Abbreviations that are followed by a full stop and usually by more of the same sentence.
const QSet<QString> &abbreviations()
{
    static const QSet<QString> set = {
        u"mr"_s, u"mrs"_s, u"ms"_s, u"dr"_s, u"prof"_s, u"sr"_s, u"jr"_s, u"st"_s, u"gen"_s,
        u"lt"_s, u"col"_s, u"capt"_s, u"sgt"_s, u"rep"_s, u"sen"_s, u"gov"_s, u"pres"_s,
        u"rev"_s, u"hon"_s, u"no"_s, u"nos"_s, u"vol"_s, u"fig"_s, u"approx"_s, u"dept"_s,
        u"est"_s, u"inc"_s, u"ltd"_s, u"co"_s, u"corp"_s, u"vs"_s, u"etc"_s, u"al"_s,
        u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"jun"_s, u"jul"_s, u"aug"_s, u"sep"_s,
        u"sept"_s, u"oct"_s, u"nov"_s, u"dec"_s, u"mon"_s, u"tue"_s, u"tues"_s, u"wed"_s,
        u"thu"_s, u"thur"_s, u"thurs"_s, u"fri"_s, u"sat"_s, u"sun"_s, u"e.g"_s, u"i.e"_s,
        u"a.m"_s, u"p.m"_s, u"u.s"_s, u"u.n"_s, u"u.k"_s, u"e.u"_s, u"g"_s,
        // Russian
        u"г"_s, u"гг"_s, u"т"_s, u"д"_s, u"им"_s, u"ул"_s, u"тыс"_s, u"млн"_s, u"млрд"_s, u"руб"_s,
    };
    return set;
}

// Abbreviations after which a new sentence may still start when a capital follows
// (e.g. "... in the U.S. The next day ...") are resolved by looking at the next word.
bool isSentenceStarter(const QString &word)
{
    static const QSet<QString> starters = {
        u"The"_s, u"A"_s, u"An"_s, u"But"_s, u"And"_s, u"He"_s, u"She"_s, u"It"_s, u"They"_s,
        u"We"_s, u"I"_s, u"This"_s, u"That"_s, u"These"_s, u"Those"_s, u"In"_s, u"On"_s,
        u"At"_s, u"However"_s, u"Meanwhile"_s, u"There"_s, u"His"_s, u"Her"_s, u"Their"_s,
        u"Its"_s, u"Our"_s, u"If"_s, u"When"_s, u"While"_s, u"After"_s, u"Before"_s,
    };
    return starters.contains(word);
}

bool isClosing(QChar c)
{
    return c == u'"' || c == u'\'' || c == u')' || c == u']' || c == u'”' || c == u'’'
        || c == u'»' || c == u'」' || c == u'』' || c == u'）';
}

bool isOpening(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'(' || c == u'[' || c == u'“' || c == u'‘'
        || c == u'«' || c == u'「' || c == u'『' || c == u'（' || c == u'—' || c == u'-';
}

// The word (letters and inner dots) that ends right before position `dot`.
QString wordBefore(const QString &text, int dot, int floor)
{
    int i = dot;
    while (i > floor && (text.at(i - 1).isLetterOrNumber() || text.at(i - 1) == u'.'))
        --i;
    return text.mid(i, dot - i);
}

QString wordAfter(const QString &text, int from, int ceiling)
{
    int i = from;
    while (i < ceiling && (text.at(i).isSpace() || isOpening(text.at(i))))
        ++i;
    int j = i;
    while (j < ceiling && text.at(j).isLetterOrNumber())
        ++j;
    return text.mid(i, j - i);
}

// Decides whether the full stop at `dot` ends a sentence.
bool fullStopEnds(const QString &text, int dot, Span para, int next)
{
    const QString before = wordBefore(text, dot, para.start);
    const QString after = wordAfter(text, next, para.end);
    if (after.isEmpty())
        return true;
    const QChar first = after.at(0);
    if (first.isLower())
        return false;
    if (before.isEmpty())
        return true;
    const QString lower = before.toLower();
    // Initials: a single capital letter ("J. Smith"), unless the next word is a clear starter.
    if (before.size() == 1 && before.at(0).isUpper())
        return isSentenceStarter(after);
    // Dotted abbreviations such as U.S. or U.N.: end only before a clear sentence starter.
    if (before.contains(u'.'))
        return isSentenceStarter(after);
    if (abbreviations().contains(lower)) {
        // Month abbreviations before a number ("Dec. 19") or titles before a name never end.
        if (first.isDigit())
            return false;
        return isSentenceStarter(after) && !QStringList{u"mr"_s, u"mrs"_s, u"ms"_s, u"dr"_s,
                                                       u"prof"_s, u"gen"_s, u"st"_s}.contains(lower);
    }
    // "No. 5" style.
    return true;
}

} // namespace

QList<Span> paragraphs(const QString &text)
{
    QList<Span> lines;
    int start = 0;
    const int n = int(text.size());
    while (start <= n) {
        int end = int(text.indexOf(u'\n', start));
        if (end < 0)
            end = n;
        lines.append({start, end});
        start = end + 1;
    }
    bool hasBlank = false;
    for (const Span &l : lines) {
        if (isBlankLine(text, l.start, l.end)) {
            hasBlank = true;
            break;
        }
    }
    QList<Span> result;
    if (!hasBlank) {
        for (const Span &l : lines) {
            Span t = trimmed(text, l);
            if (t.length() > 0)
                result.append(t);
        }
        return result;
    }
    Span current{-1, -1};
    for (const Span &l : lines) {
        if (isBlankLine(text, l.start, l.end)) {
            if (current.start >= 0)
                result.append(trimmed(text, current));
            current = {-1, -1};
        } else if (current.start < 0) {
            current = l;
        } else {
            current.end = l.end;
        }
    }
    if (current.start >= 0)
        result.append(trimmed(text, current));
    return result;
}

QList<Span> sentences(const QString &text, const QList<Span> &paras)
{
    QList<Span> result;
    for (const Span &para : paras) {
        int start = para.start;
        int i = para.start;
        while (i < para.end) {
            const QChar c = text.at(i);
            bool ends = false;
            int next = i + 1;
            if (c == u'。' || c == u'！' || c == u'？' || c == u'!' || c == u'?' || c == u'…') {
                while (next < para.end && (isClosing(text.at(next)) || text.at(next) == u'!'
                                           || text.at(next) == u'?'))
                    ++next;
                ends = c == u'。' || c == u'！' || c == u'？'
                    || next >= para.end || text.at(next).isSpace();
                if (ends && next < para.end && (c == u'!' || c == u'?' || c == u'…')) {
                    const QString after = wordAfter(text, next, para.end);
                    ends = after.isEmpty() || !after.at(0).isLower();
                }
            } else if (c == u'.') {
                // Part of a number ("6.5") or of a dotted abbreviation inside a word ("U.S").
                if (next < para.end && !text.at(next).isSpace() && !isClosing(text.at(next))) {
                    ++i;
                    continue;
                }
                while (next < para.end && isClosing(text.at(next)))
                    ++next;
                ends = next >= para.end || (text.at(next).isSpace() && fullStopEnds(text, i, para, next));
            } else if (c == u'\n') {
                // A line break inside a paragraph ends a sentence only after a line without
                // terminal punctuation when the next line starts with a capital (headlines).
                ends = false;
            }
            if (ends) {
                Span s = trimmed(text, {start, next});
                if (s.length() > 0)
                    result.append(s);
                start = next;
            }
            i = next;
        }
        Span s = trimmed(text, {start, para.end});
        if (s.length() > 0)
            result.append(s);
    }
    return result;
}

QList<Span> sentences(const QString &text)
{
    return sentences(text, paragraphs(text));
}

namespace {

// Japanese and Chinese write words without spaces between them: such a run is cut into words
// by ICU's dictionary-based word boundaries (each thread has its own iterator).
bool isIdeographicScript(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return true;
    default:
        return c == u'ー' || c == u'々'; // the long-vowel and repetition marks
    }
}

struct BreakIteratorClose
{
    void operator()(UBreakIterator *b) const { ubrk_close(b); }
};

UBreakIterator *wordBreaks()
{
    thread_local std::unique_ptr<UBreakIterator, BreakIteratorClose> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        UBreakIterator *b = ubrk_open(UBRK_WORD, "ja", nullptr, 0, &status);
        return std::unique_ptr<UBreakIterator, BreakIteratorClose>(U_SUCCESS(status) ? b : nullptr);
    }();
    return iterator.get();
}

// Appends the words of text[from, to), a run of ideographic script.
void appendIdeographicWords(const QString &text, int from, int to, QList<Span> &out)
{
    UBreakIterator *breaks = wordBreaks();
    UErrorCode status = U_ZERO_ERROR;
    if (breaks)
        ubrk_setText(breaks, reinterpret_cast<const UChar *>(text.utf16()) + from, to - from, &status);
    if (!breaks || U_FAILURE(status)) {
        out.append({from, to}); // no dictionary: the run as one word, as before
        return;
    }
    int start = ubrk_first(breaks);
    for (int end = ubrk_next(breaks); end != UBRK_DONE; start = end, end = ubrk_next(breaks)) {
        if (ubrk_getRuleStatus(breaks) != UBRK_WORD_NONE)
            out.append({from + start, from + end});
    }
    ubrk_setText(breaks, nullptr, 0, &status); // holds no pointer into the text
}

// Appends the word text[from, to): as it is, or, where it holds Japanese or Chinese, cut where
// the script changes ("2019年12月" → 2019, 年, 12, 月) and into the words of each ideographic run.
void appendWord(const QString &text, int from, int to, QList<Span> &out)
{
    int i = from;
    while (i < to && !isIdeographicScript(text.at(i)))
        ++i;
    if (i == to) {
        out.append({from, to});
        return;
    }
    int k = from;
    while (k < to) {
        const bool ideographic = isIdeographicScript(text.at(k));
        int j = k + 1;
        while (j < to && (isIdeographicScript(text.at(j)) == ideographic || text.at(j).isMark()))
            ++j;
        if (ideographic)
            appendIdeographicWords(text, k, j, out);
        else
            out.append({k, j});
        k = j;
    }
}

} // namespace

QList<Span> words(const QString &text, Span within)
{
    QList<Span> result;
    int i = within.start;
    while (i < within.end) {
        if (!text.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        int j = i + 1;
        while (j < within.end) {
            const QChar c = text.at(j);
            if (c.isLetterOrNumber() || c.isMark()) {
                ++j;
            } else if ((c == u'\'' || c == u'’' || c == u'-') && j + 1 < within.end
                       && text.at(j + 1).isLetterOrNumber()) {
                // Keep "don't" and "Russia-held" together.
                j += 2;
            } else if ((c == u'.' || c == u',') && j + 1 < within.end && text.at(j - 1).isDigit()
                       && text.at(j + 1).isDigit()) {
                // Keep "6.5" and "1,000" together.
                j += 2;
            } else {
                break;
            }
        }
        appendWord(text, i, j, result);
        i = j;
    }
    return result;
}

QList<Span> words(const QString &text)
{
    return words(text, {0, int(text.size())});
}

Span trimmed(const QString &text, Span s)
{
    while (s.start < s.end && text.at(s.start).isSpace())
        ++s.start;
    while (s.end > s.start && text.at(s.end - 1).isSpace())
        --s.end;
    return s;
}

int sentenceAt(const QList<Span> &sentences, int pos)
{
    auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), pos,
                               [](int p, const Span &s) { return p < s.start; });
    if (it == sentences.cbegin())
        return -1;
    --it;
    return it->contains(pos) ? int(it - sentences.cbegin()) : -1;
}

int toCodePoints(const QString &text, int utf16Offset)
{
    int cp = 0;
    const int n = std::min(utf16Offset, int(text.size()));
    for (int i = 0; i < n; ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++cp;
    }
    return cp;
}

int fromCodePoints(const QString &text, int codePointOffset)
{
    int cp = 0;
    int i = 0;
    const int n = int(text.size());
    while (i < n && cp < codePointOffset) {
        i += (text.at(i).isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) ? 2 : 1;
        ++cp;
    }
    return i;
}

} // namespace parallax::text
