// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchsnippet.h"

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax::store {

fts5_api *fts5ApiOf(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (db && sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    return api;
}

struct SnippetMaker::Api
{
    fts5_tokenizer functions{};
    Fts5Tokenizer *tokenizer = nullptr;
};

std::unique_ptr<SnippetMaker> SnippetMaker::create(sqlite3 *db, const QByteArray &name, const QList<QByteArray> &args,
                                                   QString *error)
{
    fts5_api *fts = fts5ApiOf(db);
    auto maker = std::unique_ptr<SnippetMaker>(new SnippetMaker);
    maker->m_api = std::make_unique<Api>();
    void *context = nullptr;
    if (!fts || fts->xFindTokenizer(fts, name.constData(), &context, &maker->m_api->functions) != SQLITE_OK) {
        *error = u"the full-text tokenizer %1 is not available"_s.arg(QString::fromUtf8(name));
        return {};
    }
    std::vector<const char *> argv;
    for (const QByteArray &a : args)
        argv.push_back(a.constData());
    if (maker->m_api->functions.xCreate(context, argv.data(), int(argv.size()), &maker->m_api->tokenizer)
        != SQLITE_OK) {
        maker->m_api->tokenizer = nullptr;
        *error = u"cannot start the full-text tokenizer %1"_s.arg(QString::fromUtf8(name));
        return {};
    }
    return maker;
}

SnippetMaker::~SnippetMaker()
{
    if (m_api && m_api->tokenizer)
        m_api->functions.xDelete(m_api->tokenizer);
}

std::vector<std::pair<int, int>> SnippetMaker::tokens(QByteArrayView text) const
{
    std::vector<std::pair<int, int>> out;
    auto onToken = [](void *context, int flags, const char *, int, int start, int end) {
        if (!(flags & FTS5_TOKEN_COLOCATED)) // another form of the token before: not a position of its own
            static_cast<std::vector<std::pair<int, int>> *>(context)->emplace_back(start, end);
        return SQLITE_OK;
    };
    m_api->functions.xTokenize(m_api->tokenizer, &out, FTS5_TOKENIZE_DOCUMENT, text.data(), int(text.size()),
                               onToken);
    return out;
}

namespace {

// The score of the window of `window` tokens from `start`: 1000 for each phrase it shows first,
// 1 for each repeat. Also where to start the window to centre the hits it shows.
int windowScore(const std::vector<PhraseHit> &hits, const std::vector<int> &phraseTokens, int start, int window,
                int documentTokens, int *centred)
{
    std::vector<bool> seen(phraseTokens.size(), false);
    int score = 0;
    int first = -1;
    int last = 0;
    const qint64 end = qint64(start) + window;
    for (const PhraseHit &h : hits) {
        if (h.offset < start || h.offset >= end)
            continue;
        const size_t p = size_t(h.phrase);
        score += p < seen.size() && seen[p] ? 1 : 1000;
        if (p < seen.size())
            seen[p] = true;
        if (first < 0)
            first = h.offset;
        last = h.offset + (p < phraseTokens.size() ? phraseTokens[p] : 1);
    }
    if (centred) {
        qint64 adjusted = first - (window - (last - first)) / 2;
        if (adjusted + window > documentTokens)
            adjusted = documentTokens - window;
        *centred = int(std::max<qint64>(adjusted, 0));
    }
    return score;
}

// The tokens that begin a sentence: the first, and each after a full stop or colon and space.
std::vector<int> sentenceStarts(QByteArrayView text, const std::vector<std::pair<int, int>> &tokens)
{
    std::vector<int> starts;
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (i == 0) {
            starts.push_back(0);
            continue;
        }
        int k = tokens[i].first - 1;
        while (k >= 0 && (text[k] == ' ' || text[k] == '\t' || text[k] == '\n' || text[k] == '\r'))
            --k;
        if (k != tokens[i].first - 1 && k >= 0 && (text[k] == '.' || text[k] == ':'))
            starts.push_back(int(i));
    }
    return starts;
}

} // namespace

QString SnippetMaker::make(QByteArrayView text, const std::vector<PhraseHit> &hits, const std::vector<int> &phraseTokens,
                           int window, QByteArrayView open, QByteArrayView close, QByteArrayView ellipsis) const
{
    const std::vector<std::pair<int, int>> tok = tokens(text);
    const int count = int(tok.size());
    if (count == 0)
        return QString::fromUtf8(text);
    std::vector<PhraseHit> sorted = hits;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const PhraseHit &a, const PhraseHit &b) { return a.offset < b.offset; });

    // The window: the best-scoring one centred on a hit, or from a sentence's start before it.
    int best = 0;
    int start = 0;
    const std::vector<int> sentences = count > window ? sentenceStarts(text, tok) : std::vector<int>{};
    for (const PhraseHit &h : sorted) {
        if (h.offset >= count)
            continue;
        int centred = 0;
        int score = windowScore(sorted, phraseTokens, h.offset, window, count, &centred);
        if (score > best) {
            best = score;
            start = centred;
        }
        if (sentences.empty())
            continue;
        const auto after = std::upper_bound(sentences.begin(), sentences.end(), h.offset);
        const int sentence = after == sentences.begin() ? sentences.front() : *(after - 1);
        if (sentence < h.offset) {
            score = windowScore(sorted, phraseTokens, sentence, window, count, nullptr) + (sentence == 0 ? 120 : 100);
            if (score > best) {
                best = score;
                start = sentence;
            }
        }
    }
    const int last = std::min(count - 1, start + window - 1);

    // The hits in the window as token ranges, overlapping ones joined.
    std::vector<std::pair<int, int>> marks;
    for (const PhraseHit &h : sorted) {
        const int length = size_t(h.phrase) < phraseTokens.size() ? std::max(1, phraseTokens[size_t(h.phrase)]) : 1;
        const int from = std::max(h.offset, start);
        const int to = std::min(h.offset + length - 1, last);
        if (from > to)
            continue;
        if (!marks.empty() && from <= marks.back().second)
            marks.back().second = std::max(marks.back().second, to);
        else
            marks.emplace_back(from, to);
    }

    QByteArray out;
    out.reserve(window * 12 + 16);
    int at = 0; // the next byte of text to copy
    if (start > 0) {
        out += ellipsis;
        at = tok[size_t(start)].first;
    }
    auto copyTo = [&](int byte) {
        if (byte > at) {
            out += text.sliced(at, byte - at);
            at = byte;
        }
    };
    for (const auto &[from, to] : marks) {
        copyTo(tok[size_t(from)].first);
        out += open;
        copyTo(tok[size_t(to)].second);
        out += close;
    }
    if (last >= count - 1) {
        copyTo(int(text.size()));
    } else {
        copyTo(tok[size_t(last)].second);
        out += ellipsis;
    }
    return QString::fromUtf8(out);
}

} // namespace parallax::store
