// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyness.h"

#include "textfeatures.h"
#include "text/segmenter.h"
#include "text/wordforms.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace parallax::compare {

namespace {

bool hasLetter(const QString &w)
{
    return std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter(); });
}

bool isParticle(const QString &w)
{
    static const QSet<QString> particles = {u"over"_s, u"out"_s, u"up"_s, u"down"_s, u"off"_s};
    return particles.contains(w);
}

} // namespace

void FrequencyTable::merge(const FrequencyTable &other)
{
    for (auto it = other.counts.cbegin(); it != other.counts.cend(); ++it)
        counts[it.key()] += it.value();
    total += other.total;
    for (auto it = other.forms.cbegin(); it != other.forms.cend(); ++it) {
        QHash<QString, qint64> &mine = forms[it.key()];
        for (auto f = it->cbegin(); f != it->cend(); ++f)
            mine[f.key()] += f.value();
    }
}

QString FormJoiner::termOf(const QString &word)
{
    auto it = m_terms.constFind(word);
    if (it == m_terms.constEnd()) {
        const QString key = text::formKey(word);
        // A leading control character keeps a key from meeting a word written the same way.
        it = m_terms.insert(word, key.isEmpty() ? word : QChar(1) + key);
    }
    return *it;
}

namespace {

// The words of a sentence, those a name covers replaced by the name once.
QList<Span> wordsWithNames(const QString &text, Span sentence, const QList<Span> &names, qsizetype &nextName)
{
    const QList<Span> words = text::words(text, sentence);
    if (names.isEmpty())
        return words;
    QList<Span> out;
    out.reserve(words.size());
    for (const Span &w : words) {
        while (nextName < names.size() && names.at(nextName).end <= w.start)
            ++nextName;
        if (nextName < names.size() && names.at(nextName).start <= w.start && w.end <= names.at(nextName).end) {
            if (out.isEmpty() || out.last() != names.at(nextName))
                out.append(names.at(nextName));
        } else {
            out.append(w);
        }
    }
    return out;
}

} // namespace

void addTerms(const QString &text, const QList<Span> &sentences, const QSet<QString> &stopwords,
              const QList<Span> &names, FrequencyTable *unigrams, FrequencyTable *bigrams)
{
    const QList<Span> spans = sentences.isEmpty() ? QList<Span>{{0, int(text.size())}} : sentences;
    qsizetype nextName = 0;
    for (const Span &sentence : spans) {
        QString previous;
        for (const Span &w : wordsWithNames(text, sentence, names, nextName)) {
            const QString word = foldWord(QStringView(text).mid(w.start, w.length()));
            if (unigrams) {
                ++unigrams->total;
                if (hasLetter(word) && !stopwords.contains(word))
                    unigrams->add(word);
            }
            if (bigrams && !previous.isEmpty()) {
                ++bigrams->total;
                const bool keep = !stopwords.contains(previous) && hasLetter(previous)
                    && hasLetter(word) && (!stopwords.contains(word) || isParticle(word));
                if (keep)
                    bigrams->add(previous + u' ' + word);
            }
            previous = word;
        }
    }
}

FrequencyTable joinForms(const FrequencyTable &table, FormJoiner &joiner)
{
    FrequencyTable joined;
    joined.total = table.total;
    joined.counts.reserve(table.counts.size());
    for (auto it = table.counts.cbegin(); it != table.counts.cend(); ++it) {
        // A pair's term is the pair of its words' terms.
        QStringList words = it.key().split(u' ');
        for (QString &w : words)
            w = joiner.termOf(w);
        const QString term = words.join(u' ');
        joined.counts[term] += it.value();
        joined.forms[term][it.key()] += it.value();
    }
    return joined;
}

FrequencyTable countTerms(const QString &text, const QList<Span> &sentences, Ngram ngram,
                          const QSet<QString> &stopwords, const QList<Span> &names)
{
    FrequencyTable table;
    addTerms(text, sentences, stopwords, names, ngram == Ngram::Unigram ? &table : nullptr,
             ngram == Ngram::Bigram ? &table : nullptr);
    return table;
}

double logLikelihood(qint64 a, qint64 b, qint64 c, qint64 d)
{
    if (c <= 0 || d <= 0 || a + b <= 0)
        return 0;
    const double e1 = double(c) * double(a + b) / double(c + d);
    const double e2 = double(d) * double(a + b) / double(c + d);
    double sum = 0;
    if (a > 0)
        sum += double(a) * std::log(double(a) / e1);
    if (b > 0)
        sum += double(b) * std::log(double(b) / e2);
    return 2 * sum;
}

double logRatio(qint64 a, qint64 b, qint64 c, qint64 d)
{
    if (c <= 0 || d <= 0)
        return 0;
    const double fa = a > 0 ? double(a) : 0.5;
    const double fb = b > 0 ? double(b) : 0.5;
    return std::log2((fa / double(c)) / (fb / double(d)));
}

QList<KeynessRow> keyness(const FrequencyTable &a, const FrequencyTable &b,
                          const KeynessOptions &options)
{
    QList<KeynessRow> rows;
    auto consider = [&](const QString &term, qint64 ca, qint64 cb) {
        if (ca + cb < options.minFrequency)
            return;
        KeynessRow row{term, ca, cb, logLikelihood(ca, cb, a.total, b.total), logRatio(ca, cb, a.total, b.total), {}};
        if (row.g2 < options.minG2)
            return;
        // A term of joined forms is named by the form found most often in the two groups.
        const auto inA = a.forms.constFind(term);
        const auto inB = b.forms.constFind(term);
        if (inA != a.forms.cend() || inB != b.forms.cend()) {
            QHash<QString, qint64> all = inA != a.forms.cend() ? *inA : QHash<QString, qint64>{};
            if (inB != b.forms.cend()) {
                for (auto f = inB->cbegin(); f != inB->cend(); ++f)
                    all[f.key()] += f.value();
            }
            QList<std::pair<QString, qint64>> byCount;
            for (auto f = all.cbegin(); f != all.cend(); ++f)
                byCount.append({f.key(), f.value()});
            std::sort(byCount.begin(), byCount.end(), [](const auto &x, const auto &y) {
                return x.second != y.second ? x.second > y.second : x.first < y.first;
            });
            row.term = byCount.first().first;
            if (byCount.size() > 1) {
                for (const auto &[form, n] : byCount)
                    row.forms << form;
            }
        }
        rows.append(row);
    };
    for (auto it = a.counts.cbegin(); it != a.counts.cend(); ++it)
        consider(it.key(), it.value(), b.counts.value(it.key()));
    for (auto it = b.counts.cbegin(); it != b.counts.cend(); ++it) {
        if (!a.counts.contains(it.key()))
            consider(it.key(), 0, it.value());
    }
    std::sort(rows.begin(), rows.end(), [](const KeynessRow &x, const KeynessRow &y) {
        return x.g2 != y.g2 ? x.g2 > y.g2 : x.term < y.term;
    });
    return rows;
}

} // namespace parallax::compare
