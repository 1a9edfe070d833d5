// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "concordance.h"

#include "analysis/compare/textfeatures.h"
#include "query/searchterms.h"
#include "store/cjksearch.h"
#include "store/entitystore.h"
#include "text/segmenter.h"

#include <QHash>
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

ConcordanceLine lineAt(const Article &a, const store::ArticleSummary &s, Span match, int context)
{
    ConcordanceLine line;
    line.articleId = s.id;
    line.title = s.title;
    line.outlet = s.outlet;
    line.country = s.country;
    line.published = s.published;
    line.start = match.start;
    line.end = match.end;
    line.startCodePoint = text::toCodePoints(a.body, match.start);
    line.endCodePoint = text::toCodePoints(a.body, match.end);
    line.left = leftContext(a.body, match.start, context);
    line.match = oneLine(QStringView(a.body).mid(match.start, match.length()));
    line.right = rightContext(a.body, match.end, context);
    return line;
}

bool hasLetter(const QString &w)
{
    return std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter(); });
}

// Counts an article's words, and those within `span` words before and after each match.
void countNear(const QString &body, const QList<Span> &matches, int span, Concordance &out)
{
    const QList<Span> words = text::words(body);
    const QSet<QString> &stop = compare::keynessStopwords();
    QStringList folded;
    folded.reserve(words.size());
    for (const Span &w : words) {
        folded << compare::foldWord(QStringView(body).mid(w.start, w.length()));
        ++out.words.total;
        if (hasLetter(folded.last()) && !stop.contains(folded.last()))
            out.words.add(folded.last());
    }
    const auto counted = [&](qsizetype i, bool before) {
        ++out.nearTotal;
        const QString &w = folded.at(i);
        if (hasLetter(w) && !stop.contains(w))
            ++(before ? out.near[w].first : out.near[w].second);
    };
    for (const Span &m : matches) {
        // The first word that ends after the match begins, and the first that begins after it ends.
        const auto firstOver = std::lower_bound(words.cbegin(), words.cend(), m.start,
                                                [](const Span &w, int at) { return w.end <= at; });
        const auto firstAfter = std::lower_bound(words.cbegin(), words.cend(), m.end,
                                                 [](const Span &w, int at) { return w.start < at; });
        const qsizetype left = firstOver - words.cbegin();
        const qsizetype right = firstAfter - words.cbegin();
        for (qsizetype i = left - 1; i >= 0 && i >= left - span; --i)
            counted(i, true);
        for (qsizetype i = right; i < words.size() && i < right + span; ++i)
            counted(i, false);
    }
}

// Adds the lines of one article, at the spans `spansOf` finds in it; false once the
// concordance is full (truncated) or was cancelled (error).
template <typename SpansOf>
bool addArticle(const store::Store &store, const store::ArticleSummary &s, const ConcordanceOptions &options,
                Concordance &out, SpansOf spansOf)
{
    if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
        out.error = u"the concordance was cancelled"_s;
        return false;
    }
    if (out.lines.size() >= options.maxLines) {
        out.truncated = true;
        return false;
    }
    const std::optional<Article> a = store.article(s.id);
    if (!a)
        return true;
    ++out.articlesRead;
    QList<Span> matches;
    for (const Span &m : spansOf(*a)) {
        if (m.start >= 0 && m.end <= a->body.size() && m.start < m.end) {
            out.lines.append(lineAt(*a, s, m, options.context));
            matches.append(m);
        }
    }
    if (options.collocateSpan > 0)
        countNear(a->body, matches, options.collocateSpan, out);
    return true;
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
            if (!addArticle(store, s, options, out, [&terms](const Article &a) { return findTerms(a.body, terms); }))
                break;
        }
        if (!out.error.isEmpty())
            return out;
    }
    return out;
}

Concordance concordanceOfEntity(const store::Store &store, const QString &entity, const store::ArticleFilter &scope,
                                const ConcordanceOptions &options)
{
    Concordance out;
    const store::EntityStore entities(store.database());
    bool isId = false;
    const qint64 id = entity.toLongLong(&isId);
    const std::optional<store::EntityRow> row = isId ? entities.entity(id) : entities.entityByKey(entity);
    if (!row) {
        out.error = u"there is no entity %1"_s.arg(entity);
        return out;
    }
    out.entity = row->name;
    std::optional<std::vector<qint64>> within;
    if (!scope.isEmpty()) {
        const std::optional<QList<qint64>> ids = store.articleIds(scope);
        if (!ids) {
            out.error = store.lastError();
            return out;
        }
        within.emplace(ids->cbegin(), ids->cend());
        std::sort(within->begin(), within->end());
    }
    const QList<store::MentionRow> mentions = entities.mentionsOf(row->id, -1, within ? &*within : nullptr);
    // The articles in date order, each one's mentions in the order of the text.
    QHash<qint64, QList<Span>> byArticle;
    for (const store::MentionRow &m : mentions)
        byArticle[m.articleId].append(m.span);
    out.articles = int(byArticle.size());
    QList<store::ArticleSummary> summaries;
    {
        store::ArticleFilter f = scope;
        f.ids = QList<qint64>(byArticle.keyBegin(), byArticle.keyEnd());
        for (int offset = 0; offset < out.articles; offset += 1024) {
            const auto page = store.articles(f, store::SortKey::Published, Qt::AscendingOrder, offset, 1024);
            if (!page) {
                out.error = store.lastError();
                return out;
            }
            summaries += *page;
            if (page->isEmpty())
                break;
        }
    }
    for (const store::ArticleSummary &s : std::as_const(summaries)) {
        const auto mentionsHere = [&byArticle](const Article &a) {
            QList<Span> spans = byArticle.value(a.id);
            std::sort(spans.begin(), spans.end(), [](const Span &x, const Span &y) { return x.start < y.start; });
            return spans;
        };
        if (!addArticle(store, s, options, out, mentionsHere))
            break;
    }
    return out;
}

bool isNear(const ConcordanceLine &line, const QString &word, int span)
{
    const auto within = [&](const QString &context, bool fromEnd) {
        const QList<Span> words = text::words(context);
        for (qsizetype k = 0; k < std::min<qsizetype>(span, words.size()); ++k) {
            const Span &w = words.at(fromEnd ? words.size() - 1 - k : k);
            if (compare::foldWord(QStringView(context).mid(w.start, w.length())) == word)
                return true;
        }
        return false;
    };
    return within(line.left, true) || within(line.right, false);
}

QList<Collocate> collocates(const Concordance &c, qint64 minNear)
{
    QList<Collocate> out;
    const qint64 elsewhereTotal = std::max<qint64>(1, c.words.total - c.nearTotal);
    for (auto it = c.near.cbegin(); it != c.near.cend(); ++it) {
        Collocate k;
        k.word = it.key();
        k.before = it->first;
        k.after = it->second;
        const qint64 nearHere = k.near();
        if (nearHere < minNear)
            continue;
        k.inArticles = c.words.counts.value(k.word);
        // Spans of matches close together overlap: a word between them counts for both.
        const qint64 elsewhere = std::max<qint64>(0, k.inArticles - nearHere);
        k.g2 = compare::logLikelihood(nearHere, elsewhere, c.nearTotal, elsewhereTotal);
        k.logRatio = compare::logRatio(nearHere, elsewhere, c.nearTotal, elsewhereTotal);
        if (k.logRatio > 0)
            out.append(k);
    }
    std::sort(out.begin(), out.end(), [](const Collocate &a, const Collocate &b) {
        return a.g2 != b.g2 ? a.g2 > b.g2 : a.word < b.word;
    });
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
