// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "concordance.h"

#include "query/searchterms.h"
#include "store/cjksearch.h"
#include "text/segmenter.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax::query {

namespace {

// The text of a span on one line: line breaks and runs of spaces as one space.
QString oneLine(QStringView text)
{
    return text.toString().simplified();
}

// Context that begins or ends inside a word is cut back to the word's edge (not in Japanese or
// Chinese, which have no spaces).
QString leftContext(const QString &body, int start, int width)
{
    const int from = std::max(0, start - width);
    QStringView left = QStringView(body).mid(from, start - from);
    if (from > 0 && !store::containsCjk(left)) {
        const qsizetype space = left.indexOf(QRegularExpression(u"\\s"_s));
        if (space >= 0 && space + 1 < left.size())
            left = left.mid(space + 1);
    }
    return (from > 0 ? u"…"_s : QString()) + oneLine(left);
}

QString rightContext(const QString &body, int end, int width)
{
    const int to = std::min(int(body.size()), end + width);
    QStringView right = QStringView(body).mid(end, to - end);
    if (to < body.size() && !store::containsCjk(right)) {
        const qsizetype space = right.lastIndexOf(QRegularExpression(u"\\s"_s));
        if (space > 0)
            right = right.left(space);
    }
    return oneLine(right) + (to < body.size() ? u"…"_s : QString());
}

// The words of a context, folded, nearest the match first.
QStringList contextWords(const QString &context, bool nearestLast)
{
    QStringList words;
    for (const Span &w : text::words(context))
        words << context.mid(w.start, w.length()).toCaseFolded();
    if (nearestLast)
        std::reverse(words.begin(), words.end());
    return words;
}

int compareWords(const QStringList &a, const QStringList &b)
{
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        if (const int c = a.at(i).localeAwareCompare(b.at(i)); c != 0)
            return c;
    }
    return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

} // namespace

std::optional<ConcordanceOrder> concordanceOrderNamed(const QString &name)
{
    for (const ConcordanceOrder o : {ConcordanceOrder::Text, ConcordanceOrder::Left, ConcordanceOrder::Right,
                                     ConcordanceOrder::Match, ConcordanceOrder::Outlet}) {
        if (concordanceOrderName(o) == name.toLower())
            return o;
    }
    return std::nullopt;
}

QString concordanceOrderName(ConcordanceOrder order)
{
    switch (order) {
    case ConcordanceOrder::Text: return u"text"_s;
    case ConcordanceOrder::Left: return u"left"_s;
    case ConcordanceOrder::Right: return u"right"_s;
    case ConcordanceOrder::Match: return u"match"_s;
    case ConcordanceOrder::Outlet: return u"outlet"_s;
    }
    return {};
}

Concordance concordance(const store::Store &store, const store::ArticleFilter &filter, const ConcordanceOptions &options)
{
    Concordance out;
    out.query = filter.search;
    if (filter.search.trimmed().isEmpty()) {
        out.error = u"a concordance needs a search"_s;
        return out;
    }
    const std::optional<int> total = store.articleCount(filter);
    if (!total) {
        out.error = store.lastError();
        return out;
    }
    out.articles = *total;
    const QList<SearchTerm> terms = searchTerms(filter.search);
    constexpr int page = 256;
    for (int offset = 0; offset < out.articles && !out.truncated; offset += page) {
        const auto rows = store.articles(filter, store::SortKey::Published, Qt::AscendingOrder, offset, page);
        if (!rows) {
            out.error = store.lastError();
            return out;
        }
        if (rows->isEmpty())
            break;
        for (const store::ArticleSummary &s : *rows) {
            if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
                out.error = u"the concordance was cancelled"_s;
                return out;
            }
            if (out.lines.size() >= options.maxLines) {
                out.truncated = true;
                break;
            }
            const std::optional<Article> a = store.article(s.id);
            if (!a)
                continue;
            ++out.articlesRead;
            for (const Span &hit : findTerms(a->body, terms)) {
                ConcordanceLine line;
                line.articleId = s.id;
                line.title = s.title;
                line.outlet = s.outlet;
                line.country = s.country;
                line.published = s.published;
                line.start = hit.start;
                line.end = hit.end;
                line.left = leftContext(a->body, hit.start, options.context);
                line.match = oneLine(QStringView(a->body).mid(hit.start, hit.length()));
                line.right = rightContext(a->body, hit.end, options.context);
                out.lines.append(line);
            }
        }
    }
    return out;
}

void sortConcordance(QList<ConcordanceLine> &lines, ConcordanceOrder order)
{
    const auto byText = [](const ConcordanceLine &a, const ConcordanceLine &b) {
        if (a.published != b.published)
            return a.published < b.published;
        if (a.articleId != b.articleId)
            return a.articleId < b.articleId;
        return a.start < b.start;
    };
    switch (order) {
    case ConcordanceOrder::Text:
        std::stable_sort(lines.begin(), lines.end(), byText);
        return;
    case ConcordanceOrder::Outlet:
        std::stable_sort(lines.begin(), lines.end(), [&](const ConcordanceLine &a, const ConcordanceLine &b) {
            if (const int c = a.outlet.localeAwareCompare(b.outlet); c != 0)
                return c < 0;
            return byText(a, b);
        });
        return;
    case ConcordanceOrder::Left:
    case ConcordanceOrder::Right:
    case ConcordanceOrder::Match: {
        // Each line's words once, not once per comparison.
        struct Keyed
        {
            QStringList first;
            QStringList second;
            ConcordanceLine line;
        };
        QList<Keyed> keyed;
        keyed.reserve(lines.size());
        for (ConcordanceLine &l : lines) {
            Keyed k;
            if (order == ConcordanceOrder::Left) {
                k.first = contextWords(l.left, true);
            } else if (order == ConcordanceOrder::Right) {
                k.first = contextWords(l.right, false);
            } else {
                k.first = QStringList{l.match.toCaseFolded()};
                k.second = contextWords(l.right, false);
            }
            k.line = std::move(l);
            keyed.append(std::move(k));
        }
        std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
            if (const int c = compareWords(a.first, b.first); c != 0)
                return c < 0;
            return compareWords(a.second, b.second) < 0;
        });
        lines.clear();
        for (Keyed &k : keyed)
            lines.append(std::move(k.line));
        return;
    }
    }
}

} // namespace parallax::query
