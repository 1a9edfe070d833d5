// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/anchoring.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <vector>

namespace parallax::annotations {

namespace {

/** Stop collecting copies of a very common quote after this many (bounded cost). */
constexpr std::size_t MaxExactCandidates = 4096;
/** Copies of the quote whose context is weighed by edit distance (the best by exact agreement). */
constexpr std::size_t MaxWeighedCopies = 16;
/** Head and tail length used to place a long quote. */
constexpr int LongQuoteEdge = 64;
/** Approximate matches weighed against the context, nearest the old position first. */
constexpr std::size_t MaxFuzzyCandidates = 256;

struct Match
{
    int start = 0;
    int end = 0;
    int distance = 0;
};

int distanceFrom(int a, int b)
{
    return std::abs(a - b);
}

/** How well the text around [start, end) agrees with the selector's prefix and suffix, 0..1. */
double contextScore(const QuoteSelector &q, QStringView body, int start, int end)
{
    const int total = int(q.prefix.size() + q.suffix.size());
    if (total == 0)
        return 1.0;
    const int beforeStart = std::max(0, start - int(q.prefix.size()));
    const QStringView before = body.mid(beforeStart, start - beforeStart);
    const QStringView after = body.mid(end, std::min(int(q.suffix.size()), int(body.size()) - end));
    const int d = editDistance(q.prefix, before) + editDistance(q.suffix, after);
    return 1.0 - double(std::min(d, total)) / total;
}

/** Characters of context that agree exactly, counted outwards from the quote (cheap). */
int contextAgreement(const QuoteSelector &q, QStringView body, int start, int end)
{
    int n = 0;
    for (qsizetype i = 1; i <= q.prefix.size() && start - i >= 0 && q.prefix[q.prefix.size() - i] == body[start - i]; ++i)
        ++n;
    for (qsizetype i = 0; i < q.suffix.size() && end + i < body.size() && q.suffix[i] == body[end + i]; ++i)
        ++n;
    return n;
}

std::optional<Span> exactMatch(const QuoteSelector &q, QStringView body, Span old)
{
    if (q.exact.isEmpty())
        return std::nullopt;
    if (old.start >= 0 && old.end <= body.size() && body.mid(old.start, old.length()) == q.exact
        && contextScore(q, body, old.start, old.end) == 1.0)
        return old;
    // Rank the copies by exact context agreement, then weigh the best few by edit distance.
    struct Copy
    {
        int start;
        int agreement;
    };
    std::vector<Copy> copies;
    for (qsizetype pos = body.indexOf(q.exact); pos >= 0 && copies.size() < MaxExactCandidates;
         pos = body.indexOf(q.exact, pos + 1))
        copies.push_back({int(pos), contextAgreement(q, body, int(pos), int(pos + q.exact.size()))});
    if (copies.empty())
        return std::nullopt;
    const auto better = [&](const Copy &a, const Copy &b) {
        return a.agreement != b.agreement ? a.agreement > b.agreement
                                          : distanceFrom(a.start, old.start) < distanceFrom(b.start, old.start);
    };
    const std::size_t shortlist = std::min(copies.size(), MaxWeighedCopies);
    std::partial_sort(copies.begin(), copies.begin() + shortlist, copies.end(), better);
    std::optional<Span> best;
    double bestScore = -1.0;
    for (std::size_t i = 0; i < shortlist; ++i) {
        const int start = copies[i].start;
        const int end = start + int(q.exact.size());
        const double score = contextScore(q, body, start, end);
        if (score > bestScore) { // the shortlist is already ordered by nearness on ties
            best = Span{start, end};
            bestScore = score;
        }
    }
    return best;
}

/** Cost of a candidate's surroundings: edits between the selector's context and the text. */
struct ContextCost
{
    QStringView prefix;
    QStringView suffix;
    int before(QStringView text, int start) const
    {
        const int from = std::max(0, start - int(prefix.size()));
        return prefix.isEmpty() ? 0 : editDistance(prefix, text.mid(from, start - from));
    }
    int after(QStringView text, int end) const
    {
        return suffix.isEmpty() ? 0 : editDistance(suffix, text.mid(end, std::min(suffix.size(), text.size() - end)));
    }
};

/**
 * Approximate match of pattern in text with at most k edits (Sellers' algorithm with Ukkonen's
 * cut-off, O(k·n) on typical text). Among the ends with the fewest edits in each run of
 * matching ends, the one whose edits plus suffix disagreement are smallest wins, then the one
 * nearest preferredEnd. The start is found by aligning the pattern backwards from that end,
 * choosing among equally good starts by prefix agreement.
 */
std::optional<Match> approximateMatch(QStringView pattern, QStringView text, int k, int preferredEnd,
                                      const ContextCost &context)
{
    const int m = int(pattern.size());
    const int n = int(text.size());
    if (m == 0 || k < 0)
        return std::nullopt;
    std::vector<int> col(m + 1);
    for (int i = 0; i <= m; ++i)
        col[i] = i;
    int lastActive = std::min(k, m);
    std::vector<Match> candidates;  // the best ends of each run of consecutive matching ends
    std::vector<Match> run;
    const auto closeRun = [&] {
        int best = k + 1;
        for (const Match &c : run)
            best = std::min(best, c.distance);
        for (const Match &c : run) {
            if (c.distance == best)
                candidates.push_back(c);
        }
        run.clear();
    };
    for (int j = 0; j < n; ++j) {
        const QChar c = text[j];
        const int top = std::min(lastActive + 1, m);
        int diagonal = 0; // col_old[i - 1], starting with col_old[0] = 0 (free start)
        for (int i = 1; i <= top; ++i) {
            const int up = std::min(col[i], k + 1);
            const int value = std::min({diagonal + (pattern[i - 1] == c ? 0 : 1), up + 1, col[i - 1] + 1});
            diagonal = up;
            col[i] = std::min(value, k + 1);
        }
        lastActive = top;
        while (lastActive > 0 && col[lastActive] > k)
            --lastActive;
        if (lastActive == m)
            run.push_back(Match{0, j + 1, col[m]});
        else if (!run.empty())
            closeRun();
    }
    if (!run.empty())
        closeRun();
    if (candidates.empty())
        return std::nullopt;
    if (candidates.size() > MaxFuzzyCandidates) {
        std::nth_element(candidates.begin(), candidates.begin() + MaxFuzzyCandidates, candidates.end(),
                         [&](const Match &a, const Match &b) {
                             return distanceFrom(a.end, preferredEnd) < distanceFrom(b.end, preferredEnd);
                         });
        candidates.resize(MaxFuzzyCandidates);
    }
    Match best = candidates.front();
    int bestCost = best.distance + context.after(text, best.end);
    for (const Match &c : candidates) {
        const int cost = c.distance + context.after(text, c.end);
        if (cost < bestCost
            || (cost == bestCost && distanceFrom(c.end, preferredEnd) < distanceFrom(best.end, preferredEnd))) {
            best = c;
            bestCost = cost;
        }
    }
    // Align backwards from the end: row over pattern suffixes, columns over text lengths.
    const int maxLen = std::min(best.end, m + k);
    std::vector<int> prev(maxLen + 1), cur(maxLen + 1);
    for (int len = 0; len <= maxLen; ++len)
        prev[len] = len;
    for (int i = 1; i <= m; ++i) {
        cur[0] = i;
        const QChar pc = pattern[m - i];
        for (int len = 1; len <= maxLen; ++len) {
            const QChar tc = text[best.end - len];
            cur[len] = std::min({prev[len - 1] + (pc == tc ? 0 : 1), prev[len] + 1, cur[len - 1] + 1});
        }
        std::swap(prev, cur);
    }
    int bestLen = -1;
    int bestStartCost = 0;
    for (int len = 1; len <= maxLen; ++len) {
        if (prev[len] > k)
            continue;
        const int cost = prev[len] + context.before(text, best.end - len);
        if (bestLen < 0 || cost < bestStartCost
            || (cost == bestStartCost && std::abs(len - m) < std::abs(bestLen - m))) {
            bestLen = len;
            bestStartCost = cost;
        }
    }
    if (bestLen < 0)
        return std::nullopt;
    best.start = best.end - bestLen;
    best.distance = prev[bestLen];
    return best;
}

std::optional<Match> fuzzyMatch(const QuoteSelector &q, QStringView body, Span old,
                                const AnchorOptions &options)
{
    const int m = int(q.exact.size());
    if (m == 0)
        return std::nullopt;
    const auto allowed = [&](int length) { return int((1.0 - options.threshold) * length); };
    if (m <= options.maxFuzzyPattern)
        return approximateMatch(q.exact, body, allowed(m), old.end, ContextCost{q.prefix, q.suffix});

    // A long quote: place its head and tail, then measure the whole passage between them.
    const QStringView head = QStringView(q.exact).left(LongQuoteEdge);
    const QStringView tail = QStringView(q.exact).right(LongQuoteEdge);
    const auto h = approximateMatch(head, body, allowed(LongQuoteEdge), old.start + LongQuoteEdge,
                                    ContextCost{q.prefix, {}});
    if (!h)
        return std::nullopt;
    const QStringView rest = body.mid(h->start);
    const auto t = approximateMatch(tail, rest, allowed(LongQuoteEdge), m, ContextCost{{}, q.suffix});
    if (!t)
        return std::nullopt;
    Match whole{h->start, h->start + t->end, 0};
    whole.distance = editDistance(q.exact, body.mid(whole.start, whole.end - whole.start));
    return whole;
}

} // namespace

int editDistance(QStringView a, QStringView b)
{
    if (a.size() < b.size())
        std::swap(a, b);
    std::vector<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            row[j] = std::min({diagonal + (a[i - 1] == b[j - 1] ? 0 : 1), up + 1, row[j - 1] + 1});
            diagonal = up;
        }
    }
    return row[b.size()];
}

AnchorResult anchor(const QuoteSelector &selector, const QString &newBody, Span oldSpan,
                    const AnchorOptions &options)
{
    if (const auto exact = exactMatch(selector, newBody, oldSpan))
        return {*exact, AnchorMethod::Exact, 1.0};
    if (const auto fuzzy = fuzzyMatch(selector, newBody, oldSpan, options)) {
        const int length = int(selector.exact.size());
        const double similarity = 1.0 - double(fuzzy->distance) / std::max(length, fuzzy->end - fuzzy->start);
        if (similarity >= options.threshold && fuzzy->end > fuzzy->start)
            return {Span{fuzzy->start, fuzzy->end}, AnchorMethod::Fuzzy, similarity};
    }
    const int size = int(newBody.size());
    const int start = std::clamp(oldSpan.start, 0, size);
    return {Span{start, std::clamp(oldSpan.end, start, size)}, AnchorMethod::Orphan, 0.0};
}

AnchorResult reanchor(Annotation &annotation, const QString &newBody, const AnchorOptions &options)
{
    const AnchorResult result = anchor(annotation.quote, newBody, annotation.span, options);
    annotation.orphan = result.orphan();
    if (!result.orphan()) {
        annotation.span = result.span;
        annotation.quote = QuoteSelector::fromBody(newBody, result.span);
    }
    return result;
}

QList<Annotation> reanchoredIn(const QList<Annotation> &annotations, const QString &newBody, qint64 newArticleId)
{
    QList<Annotation> changed;
    for (const Annotation &a : annotations) {
        Annotation moved = a;
        reanchor(moved, newBody);
        if (newArticleId != 0)
            moved.articleId = newArticleId;
        if (moved != a)
            changed.append(moved);
    }
    return changed;
}

} // namespace parallax::annotations
