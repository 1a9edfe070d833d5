// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairing.h"

#include "textfeatures.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace parallax::compare {

namespace {

enum KeyKind : quint8 { WordKey, EntityKey, NumberKey };

struct Interned
{
    std::vector<int> keys;   // sorted, unique
    std::vector<int> counts; // how often each key occurs, parallel to keys
    qint64 id = 0;
    qint64 day = 0; // Julian day
    int country = 0;
    double norm = 0;
};

} // namespace

struct PairingCorpus::Data
{
    std::vector<Interned> docs; // in date order once finalised
    QHash<QString, int> ids[3]; // per KeyKind
    std::vector<QString> names;
    std::vector<KeyKind> kinds;
    QHash<QString, int> countryIds;
    std::vector<QString> countries;
    bool finalised = false;
    std::vector<std::vector<int>> postings;
    std::vector<double> idf;
    QHash<qint64, int> positions;

    void intern(const QStringList &values, KeyKind kind, std::vector<int> &out)
    {
        QHash<QString, int> &known = ids[kind];
        for (const QString &v : values) {
            auto it = known.constFind(v);
            if (it == known.cend()) {
                it = known.insert(v, int(names.size()));
                names.push_back(v);
                kinds.push_back(kind);
            }
            out.push_back(*it);
        }
    }

    void finalise()
    {
        // Records in date order: posting lists are then sorted by date too.
        std::stable_sort(docs.begin(), docs.end(),
                         [](const Interned &a, const Interned &b) { return a.day < b.day; });
        postings.assign(names.size(), {});
        positions.clear();
        positions.reserve(qsizetype(docs.size()));
        for (size_t pos = 0; pos < docs.size(); ++pos) {
            positions.insert(docs[pos].id, int(pos));
            for (int k : docs[pos].keys)
                postings[k].push_back(int(pos));
        }
        const double n = double(docs.size());
        idf.resize(names.size());
        for (size_t k = 0; k < names.size(); ++k)
            idf[k] = postings[k].empty() ? 0.0 : std::log(1.0 + n / double(postings[k].size()));
        for (Interned &d : docs) {
            double sq = 0;
            for (int k : d.keys)
                sq += idf[k] * idf[k];
            d.norm = std::sqrt(sq);
        }
        finalised = true;
    }

    // IDF-weighted cosine of two articles' key sets, times the date factor.
    double score(size_t a, size_t b, const PairingOptions &options, double *overlap = nullptr) const
    {
        const Interned &da = docs[a];
        const Interned &db = docs[b];
        double dot = 0;
        auto i = da.keys.cbegin(), j = db.keys.cbegin();
        while (i != da.keys.cend() && j != db.keys.cend()) {
            if (*i < *j) {
                ++i;
            } else if (*j < *i) {
                ++j;
            } else {
                dot += idf[*i] * idf[*i];
                ++i;
                ++j;
            }
        }
        const double cosine = da.norm > 0 && db.norm > 0 ? dot / (da.norm * db.norm) : 0;
        if (overlap)
            *overlap = cosine;
        const int gap = int(std::abs(db.day - da.day));
        return options.halfLifeDays > 0 ? cosine / (1.0 + gap / options.halfLifeDays) : cosine;
    }

    // The pair with its evidence, left the article whose country sorts first (then smaller id).
    EventPair pair(size_t a, size_t b, const PairingOptions &options) const;
};

namespace {

int countOf(const Interned &d, int key)
{
    const auto it = std::lower_bound(d.keys.cbegin(), d.keys.cend(), key);
    return it != d.keys.cend() && *it == key ? d.counts[size_t(it - d.keys.cbegin())] : 0;
}

// Shared keys, the most telling first: rare in the corpus and often repeated in the two articles.
void addEvidence(const PairingCorpus::Data &c, size_t a, size_t b, int limit, PairEvidence &e)
{
    std::vector<std::pair<double, int>> shared;
    const Interned &da = c.docs[a];
    const Interned &db = c.docs[b];
    for (size_t i = 0; i < da.keys.size(); ++i) {
        const int k = da.keys[i];
        if (const int inB = countOf(db, k); inB > 0)
            shared.push_back({-c.idf[k] * c.idf[k] * std::log1p(double(da.counts[i] + inB)), k});
    }
    std::sort(shared.begin(), shared.end());
    for (const auto &[rank, k] : shared) {
        QStringList &list = c.kinds[k] == EntityKey ? e.sharedEntities
            : c.kinds[k] == NumberKey               ? e.sharedNumbers
                                                    : e.sharedWords;
        if (list.size() < limit && c.idf[k] > 0)
            list.append(c.names[k]);
    }
}

// Whether a's pair with b goes left to right as it stands.
bool inOrder(const PairingCorpus::Data &c, size_t a, size_t b)
{
    const QString &ca = c.countries[c.docs[a].country];
    const QString &cb = c.countries[c.docs[b].country];
    return ca < cb || (ca == cb && c.docs[a].id < c.docs[b].id);
}

// A candidate kept for the final ranking: positions in the corpus, best score first.
struct Scored
{
    double score = 0;
    int a = 0;
    int b = 0;
};

} // namespace

EventPair PairingCorpus::Data::pair(size_t a, size_t b, const PairingOptions &options) const
{
    EventPair p;
    p.score = score(a, b, options, &p.evidence.overlap);
    p.evidence.dayGap = int(std::abs(docs[b].day - docs[a].day));
    if (!inOrder(*this, a, b))
        std::swap(a, b);
    p.left = docs[a].id;
    p.right = docs[b].id;
    addEvidence(*this, a, b, options.evidenceLimit, p.evidence);
    return p;
}

PairingCorpus::PairingCorpus()
    : m_data(std::make_unique<Data>())
{
}

PairingCorpus::~PairingCorpus() = default;
PairingCorpus::PairingCorpus(PairingCorpus &&) noexcept = default;
PairingCorpus &PairingCorpus::operator=(PairingCorpus &&) noexcept = default;

void PairingCorpus::add(const PairingRecord &r)
{
    Data &c = *m_data;
    c.finalised = false;
    Interned d;
    d.id = r.id;
    d.day = r.published.toJulianDay();
    auto country = c.countryIds.constFind(r.country);
    if (country == c.countryIds.cend()) {
        country = c.countryIds.insert(r.country, int(c.countries.size()));
        c.countries.push_back(r.country);
    }
    d.country = *country;
    std::vector<int> keys;
    keys.reserve(size_t(r.words.size() + r.entities.size() + r.numbers.size()));
    c.intern(r.words, WordKey, keys);
    c.intern(r.entities, EntityKey, keys);
    c.intern(r.numbers, NumberKey, keys);
    // (key, count) pairs, sorted by key, repeats summed.
    std::vector<std::pair<int, int>> counted(keys.size());
    for (size_t i = 0; i < keys.size(); ++i) {
        const bool word = qsizetype(i) < r.words.size() && qsizetype(i) < r.wordCounts.size();
        counted[i] = {keys[i], word ? std::max(1, r.wordCounts.at(qsizetype(i))) : 1};
    }
    std::sort(counted.begin(), counted.end());
    for (const auto &[k, n] : counted) {
        if (d.keys.empty() || d.keys.back() != k) {
            d.keys.push_back(k);
            d.counts.push_back(n);
        } else {
            d.counts.back() += n;
        }
    }
    d.keys.shrink_to_fit();
    d.counts.shrink_to_fit();
    c.docs.push_back(std::move(d));
}

qsizetype PairingCorpus::size() const
{
    return qsizetype(m_data->docs.size());
}

const PairingCorpus::Data &PairingCorpus::ready() const
{
    if (!m_data->finalised)
        m_data->finalise();
    return *m_data;
}

std::optional<EventPair> PairingCorpus::score(qint64 left, qint64 right, const PairingOptions &options) const
{
    const Data &c = ready();
    const auto l = c.positions.constFind(left);
    const auto r = c.positions.constFind(right);
    if (l == c.positions.cend() || r == c.positions.cend())
        return std::nullopt;
    EventPair p = c.pair(size_t(*l), size_t(*r), options);
    p.left = left;
    p.right = right;
    return p;
}

PairingRecord pairingRecord(const Article &article, const QStringList &entityKeys)
{
    PairingRecord r;
    r.id = article.id;
    r.country = article.country;
    r.published = article.published;
    const QString text = article.title + u"\n\n"_s + article.body;
    const TermFeatures f = extractFeatures(text, {0, int(text.size())});
    r.words = f.words;
    r.numbers = f.numbers;
    r.entities = entityKeys;
    return r;
}

QList<EventPair> findEventPairs(const QList<PairingRecord> &records, const PairingOptions &options)
{
    PairingCorpus corpus;
    for (const PairingRecord &r : records)
        corpus.add(r);
    return findEventPairs(corpus, options);
}

QList<EventPair> findEventPairs(const PairingCorpus &corpus, const PairingOptions &options)
{
    const PairingCorpus::Data &c = corpus.ready();
    const size_t n = c.docs.size();
    // A key in more than 5% of the corpus is not rare anywhere: skip it without a search.
    const size_t commonDf = std::max<size_t>(size_t(options.maxWindowPostings), n / 20);
    const size_t keep = size_t(std::max(0, options.partnersPerArticle));
    const auto better = [](const std::pair<double, int> &x, const std::pair<double, int> &y) {
        return x.first != y.first ? x.first > y.first : x.second < y.second;
    };
    // Per article, its best partners so far as a min-heap (the worst on top); without a bound,
    // every pair in one list.
    std::vector<std::vector<std::pair<double, int>>> best(keep > 0 ? n : 0);
    std::vector<Scored> every;
    const auto offer = [&](int to, int partner, double score) {
        std::vector<std::pair<double, int>> &heap = best[size_t(to)];
        if (heap.size() < keep) {
            heap.push_back({score, partner});
            std::push_heap(heap.begin(), heap.end(), better);
        } else if (better({score, partner}, heap.front())) {
            std::pop_heap(heap.begin(), heap.end(), better);
            heap.back() = {score, partner};
            std::push_heap(heap.begin(), heap.end(), better);
        }
    };

    std::vector<double> acc(n, 0.0);
    std::vector<int> touched;
    std::vector<std::pair<double, int>> candidates;
    for (size_t a = 0; a < n; ++a) {
        if (options.cancel && a % 1024 == 0 && options.cancel->load(std::memory_order_relaxed))
            return {};
        const Interned &da = c.docs[a];
        if (da.day == QDate().toJulianDay() || da.norm <= 0)
            continue;
        const qint64 lastDay = da.day + options.maxDayGap;
        for (int k : da.keys) {
            const std::vector<int> &post = c.postings[k];
            if (post.size() < 2 || post.size() > commonDf)
                continue;
            // This article's place in the posting list, and the end of its date window.
            const auto self = std::lower_bound(post.cbegin(), post.cend(), int(a));
            const auto end = std::upper_bound(self, post.cend(), lastDay,
                                              [&c](qint64 day, int pos) { return day < c.docs[pos].day; });
            if (end - self - 1 > options.maxWindowPostings)
                continue;
            const double w = c.idf[k] * c.idf[k];
            for (auto it = self + 1; it != end; ++it) {
                if (c.docs[*it].country == da.country)
                    continue;
                if (acc[*it] == 0.0)
                    touched.push_back(*it);
                acc[*it] += w;
            }
        }
        // The rare keys alone give a lower bound of the cosine: the most promising are scored.
        for (int b : touched) {
            const double lowerBound = acc[b] / (da.norm * c.docs[b].norm);
            acc[b] = 0.0;
            if (lowerBound >= options.minScore)
                candidates.push_back({lowerBound, b});
        }
        touched.clear();
        const size_t scored = options.candidatesPerArticle > 0
            ? std::min(candidates.size(), size_t(options.candidatesPerArticle)) : candidates.size();
        if (scored < candidates.size())
            std::nth_element(candidates.begin(), candidates.begin() + qsizetype(scored), candidates.end(), better);
        for (size_t i = 0; i < scored; ++i) {
            const int b = candidates[i].second;
            const double s = c.score(a, size_t(b), options);
            if (s < options.minScore)
                continue;
            if (keep == 0) {
                every.push_back({s, int(a), b});
            } else {
                offer(int(a), b, s);
                offer(b, int(a), s);
            }
        }
        candidates.clear();
    }
    // A pair kept by both its articles is listed once, by the earlier.
    for (size_t x = 0; x < best.size(); ++x) {
        for (const auto &[s, y] : best[x]) {
            const auto &other = best[size_t(y)];
            const bool keptByY = std::any_of(other.cbegin(), other.cend(),
                                             [x](const auto &e) { return e.second == int(x); });
            if (int(x) < y || !keptByY)
                every.push_back({s, int(x), y});
        }
    }
    best = {};

    const auto ids = [&c](const Scored &s) {
        const bool order = inOrder(c, size_t(s.a), size_t(s.b));
        return std::pair{c.docs[order ? s.a : s.b].id, c.docs[order ? s.b : s.a].id};
    };
    const auto first = [&ids](const Scored &x, const Scored &y) {
        if (x.score != y.score)
            return x.score > y.score;
        return ids(x) < ids(y);
    };
    const size_t listed = options.limit > 0 ? std::min(every.size(), size_t(options.limit)) : every.size();
    std::partial_sort(every.begin(), every.begin() + qsizetype(listed), every.end(), first);
    QList<EventPair> pairs;
    pairs.reserve(qsizetype(listed));
    for (size_t i = 0; i < listed; ++i)
        pairs.append(c.pair(size_t(every[i].a), size_t(every[i].b), options));
    return pairs;
}

} // namespace parallax::compare
