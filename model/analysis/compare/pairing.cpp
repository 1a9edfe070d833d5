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
    std::vector<int> keys; // sorted, unique
    std::vector<int> counts; // how often each key occurs, parallel to keys
    qint64 day = 0;        // Julian day
    int country = 0;
    double norm = 0;
};

class Corpus
{
public:
    explicit Corpus(const QList<PairingRecord> &records)
    {
        // Records in date order: posting lists are then sorted by date too.
        m_order.resize(records.size());
        std::iota(m_order.begin(), m_order.end(), 0);
        std::stable_sort(m_order.begin(), m_order.end(), [&records](int a, int b) {
            return records.at(a).published < records.at(b).published;
        });
        QHash<QString, int> countries;
        m_docs.resize(records.size());
        for (size_t pos = 0; pos < m_order.size(); ++pos) {
            const PairingRecord &r = records.at(m_order[pos]);
            Interned &d = m_docs[pos];
            d.day = r.published.toJulianDay();
            auto country = countries.constFind(r.country);
            if (country == countries.cend())
                country = countries.insert(r.country, int(countries.size()));
            d.country = *country;
            intern(r.words, WordKey, d.keys);
            intern(r.entities, EntityKey, d.keys);
            intern(r.numbers, NumberKey, d.keys);
            std::sort(d.keys.begin(), d.keys.end());
            std::vector<int> unique;
            for (int k : d.keys) {
                if (unique.empty() || unique.back() != k) {
                    unique.push_back(k);
                    d.counts.push_back(1);
                } else {
                    ++d.counts.back();
                }
            }
            d.keys = std::move(unique);
        }
        m_postings.resize(m_names.size());
        for (size_t pos = 0; pos < m_docs.size(); ++pos) {
            for (int k : m_docs[pos].keys)
                m_postings[k].push_back(int(pos));
        }
        const double n = double(m_docs.size());
        m_idf.resize(m_names.size());
        for (size_t k = 0; k < m_names.size(); ++k)
            m_idf[k] = std::log(1.0 + n / double(m_postings[k].size()));
        for (Interned &d : m_docs) {
            double sq = 0;
            for (int k : d.keys)
                sq += m_idf[k] * m_idf[k];
            d.norm = std::sqrt(sq);
        }
    }

    size_t size() const { return m_docs.size(); }
    const Interned &doc(size_t pos) const { return m_docs[pos]; }
    int recordIndex(size_t pos) const { return m_order[pos]; }
    const std::vector<int> &postings(int key) const { return m_postings[key]; }
    double idf(int key) const { return m_idf[key]; }
    KeyKind kind(int key) const { return m_kinds[key]; }
    const QString &name(int key) const { return m_names[key]; }

private:
    void intern(const QStringList &values, KeyKind kind, std::vector<int> &out)
    {
        QHash<QString, int> &ids = m_ids[kind];
        for (const QString &v : values) {
            auto it = ids.constFind(v);
            if (it == ids.cend()) {
                it = ids.insert(v, int(m_names.size()));
                m_names.push_back(v);
                m_kinds.push_back(kind);
            }
            out.push_back(*it);
        }
    }

    std::vector<int> m_order;
    std::vector<Interned> m_docs;
    QHash<QString, int> m_ids[3]; // per KeyKind
    std::vector<QString> m_names;
    std::vector<KeyKind> m_kinds;
    std::vector<std::vector<int>> m_postings;
    std::vector<double> m_idf;
};

EventPair scorePair(const Corpus &c, size_t a, size_t b, const QList<PairingRecord> &records,
                    const PairingOptions &options)
{
    const Interned &da = c.doc(a);
    const Interned &db = c.doc(b);
    std::vector<int> shared;
    std::set_intersection(da.keys.cbegin(), da.keys.cend(), db.keys.cbegin(), db.keys.cend(),
                          std::back_inserter(shared));
    double dot = 0;
    for (int k : shared)
        dot += c.idf(k) * c.idf(k);
    EventPair p;
    p.evidence.dayGap = int(std::abs(db.day - da.day));
    p.evidence.overlap = da.norm > 0 && db.norm > 0 ? dot / (da.norm * db.norm) : 0;
    const double dateFactor = options.halfLifeDays > 0
        ? 1.0 / (1.0 + p.evidence.dayGap / options.halfLifeDays) : 1.0;
    p.score = p.evidence.overlap * dateFactor;
    const PairingRecord &ra = records.at(c.recordIndex(a));
    const PairingRecord &rb = records.at(c.recordIndex(b));
    const bool swap = ra.country > rb.country || (ra.country == rb.country && ra.id > rb.id);
    p.left = swap ? rb.id : ra.id;
    p.right = swap ? ra.id : rb.id;
    return p;
}

int countOf(const Interned &d, int key)
{
    const auto it = std::lower_bound(d.keys.cbegin(), d.keys.cend(), key);
    return it != d.keys.cend() && *it == key ? d.counts[size_t(it - d.keys.cbegin())] : 0;
}

// Shared keys, the most telling first: rare in the corpus and often repeated in the two articles.
void addEvidence(const Corpus &c, size_t a, size_t b, int limit, PairEvidence &e)
{
    std::vector<std::pair<double, int>> shared;
    const Interned &da = c.doc(a);
    const Interned &db = c.doc(b);
    for (size_t i = 0; i < da.keys.size(); ++i) {
        const int k = da.keys[i];
        if (const int inB = countOf(db, k); inB > 0)
            shared.push_back({-c.idf(k) * c.idf(k) * std::log1p(double(da.counts[i] + inB)), k});
    }
    std::sort(shared.begin(), shared.end());
    for (const auto &[rank, k] : shared) {
        QStringList &list = c.kind(k) == EntityKey ? e.sharedEntities
            : c.kind(k) == NumberKey               ? e.sharedNumbers
                                                   : e.sharedWords;
        if (list.size() < limit && c.idf(k) > 0)
            list.append(c.name(k));
    }
}

} // namespace

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
    const Corpus c(records);
    const size_t n = c.size();
    // A key in more than 5% of the corpus is not rare anywhere: skip it without a search.
    const size_t commonDf = std::max<size_t>(size_t(options.maxWindowPostings), n / 20);
    std::vector<double> acc(n, 0.0);
    std::vector<int> touched;
    QList<EventPair> pairs;
    for (size_t a = 0; a < n; ++a) {
        const Interned &da = c.doc(a);
        if (da.day == QDate().toJulianDay() || da.norm <= 0)
            continue;
        const qint64 lastDay = da.day + options.maxDayGap;
        for (int k : da.keys) {
            const std::vector<int> &post = c.postings(k);
            if (post.size() < 2 || post.size() > commonDf)
                continue;
            // This article's place in the posting list, and the end of its date window.
            const auto self = std::lower_bound(post.cbegin(), post.cend(), int(a));
            const auto end = std::upper_bound(self, post.cend(), lastDay,
                                              [&c](qint64 day, int pos) { return day < c.doc(pos).day; });
            if (end - self - 1 > options.maxWindowPostings)
                continue;
            const double w = c.idf(k) * c.idf(k);
            for (auto it = self + 1; it != end; ++it) {
                if (c.doc(*it).country == da.country)
                    continue;
                if (acc[*it] == 0.0)
                    touched.push_back(*it);
                acc[*it] += w;
            }
        }
        for (int b : touched) {
            const double lowerBound = acc[b] / (da.norm * c.doc(b).norm);
            acc[b] = 0.0;
            if (lowerBound < options.minScore)
                continue;
            EventPair p = scorePair(c, a, size_t(b), records, options);
            if (p.score >= options.minScore) {
                addEvidence(c, a, size_t(b), options.evidenceLimit, p.evidence);
                pairs.append(p);
            }
        }
        touched.clear();
    }
    std::sort(pairs.begin(), pairs.end(), [](const EventPair &x, const EventPair &y) {
        if (x.score != y.score)
            return x.score > y.score;
        return x.left != y.left ? x.left < y.left : x.right < y.right;
    });
    return pairs;
}

} // namespace parallax::compare
