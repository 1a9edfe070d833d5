// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "neardup.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace parallax::import {

namespace {

constexpr int kHashes = kBands * kRows;
constexpr int kMinShingles = 8;

quint64 mix(quint64 x)
{
    // splitmix64's finaliser: a cheap, well-spread 64-bit permutation.
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

quint64 fnv(const char16_t *p, qsizetype n, quint64 h = 0xCBF29CE484222325ULL)
{
    for (qsizetype i = 0; i < n; ++i) {
        h ^= p[i];
        h *= 0x100000001B3ULL;
    }
    return h;
}

QString normalisedWords(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = true;
    for (QChar c : text) {
        if (c.isLetterOrNumber()) {
            out += c.toLower();
            space = false;
        } else if (!space) {
            out += u' ';
            space = true;
        }
    }
    return out.trimmed();
}

bool isCjkLanguage(const QString &lang)
{
    return lang == u"ja"_s || lang == u"zh"_s || lang == u"ko"_s;
}

QList<quint64> shingles(const Article &a)
{
    QList<quint64> out;
    const QString norm = normalisedWords(a.body);
    if (isCjkLanguage(a.language)) {
        QString chars = norm;
        chars.remove(u' ');
        const auto *p = reinterpret_cast<const char16_t *>(chars.constData());
        for (qsizetype i = 0; i + 4 <= chars.size(); ++i)
            out.append(fnv(p + i, 4));
        return out;
    }
    const QList<QStringView> words = QStringView(norm).split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 3 <= words.size(); ++i) {
        quint64 h = 0xCBF29CE484222325ULL;
        for (qsizetype k = 0; k < 3; ++k)
            h = fnv(reinterpret_cast<const char16_t *>(words[i + k].data()), words[i + k].size(), h ^ 0x20);
        out.append(h);
    }
    return out;
}

} // namespace

store::DuplicateKeys duplicateKeys(const Article &a)
{
    store::DuplicateKeys keys;
    if (!a.outlet.isEmpty() && a.published.isValid() && !a.title.isEmpty() && a.titleProvenance != Provenance::Derived)
        keys.metaKey = u"%1|%2|%3"_s.arg(normalisedWords(a.outlet), a.published.toString(Qt::ISODate),
                                          normalisedWords(a.title));

    const QList<quint64> sh = shingles(a);
    if (sh.size() < kMinShingles)
        return keys;
    std::array<quint32, kHashes> mins;
    mins.fill(0xFFFFFFFFu);
    for (quint64 s : sh) {
        for (int i = 0; i < kHashes; ++i) {
            const auto h = quint32(mix(s ^ (quint64(i + 1) * 0xD6E8FEB86659FD93ULL)));
            if (h < mins[i])
                mins[i] = h;
        }
    }
    keys.minhash = QList<quint32>(mins.begin(), mins.end());
    for (int b = 0; b < kBands; ++b) {
        quint64 h = mix(quint64(b) + 1);
        for (int r = 0; r < kRows; ++r)
            h = mix(h ^ mins[b * kRows + r]);
        keys.bands.append(qint64(h >> 1)); // SQLite integers are signed
    }
    return keys;
}

double resemblance(const Article &a, const Article &b)
{
    QList<quint64> x = shingles(a), y = shingles(b);
    if (x.size() < kMinShingles || y.size() < kMinShingles)
        return 0;
    for (QList<quint64> *s : {&x, &y}) {
        std::sort(s->begin(), s->end());
        s->erase(std::unique(s->begin(), s->end()), s->end());
    }
    qsizetype common = 0;
    for (auto i = x.cbegin(), j = y.cbegin(); i != x.cend() && j != y.cend();) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return double(common) / double(x.size() + y.size() - common);
}

} // namespace parallax::import
