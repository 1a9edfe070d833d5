// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retag.h"

#include "analysis/framing/currenttagger.h"
#include "store/comparestore.h"
#include "store/store.h"

using namespace Qt::StringLiterals;

namespace parallax::query {

RetagResult retagFraming(store::Store &store, const framing::FramingTagger &tagger,
                         const std::function<bool()> &cancelled, int batch)
{
    RetagResult result;
    store::CompareStore cs(store);
    const auto failed = [&](const QString &why) {
        store.rollbackTransaction();
        result.ok = false;
        result.error = why;
        return result;
    };
    qint64 last = 0;
    for (;;) {
        if (cancelled && cancelled()) {
            result.cancelled = true;
            return result;
        }
        const QList<QPair<qint64, QString>> bodies = cs.bodies(last, batch);
        if (!cs.lastError().isEmpty())
            return failed(cs.lastError());
        if (bodies.isEmpty())
            break;
        // Tagged before the transaction, so that the write lock is held only for the writes; and
        // the window's own writes (an annotation, an edit) go first between two batches.
        QList<QList<framing::FramingHit>> hits;
        hits.reserve(bodies.size());
        for (const auto &[id, body] : bodies)
            hits << tagger.tag(body);
        if (!store.beginTransaction())
            return failed(store.lastError());
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            if (!cs.replaceFramingHits(bodies.at(i).first, hits.at(i)))
                return failed(cs.lastError());
        }
        if (!store.commitTransaction())
            return failed(store.lastError());
        last = bodies.last().first;
        result.articles += int(bodies.size());
        store::yieldToWindow();
    }
    if (!cs.setFramingLexicon(framing::lexiconFingerprint(tagger.lexicon())))
        return failed(cs.lastError());
    return result;
}

bool framingIsStale(store::Store &store, const framing::Lexicon &lexicon)
{
    QString stored = store::CompareStore(store).framingLexicon();
    if (stored.isEmpty()) // tagged at import before any re-tagging: the shipped lexicon
        stored = framing::lexiconFingerprint(framing::Lexicon::standard());
    return stored != framing::lexiconFingerprint(lexicon);
}

RetagResult ensureFramingCurrent(store::Store &store, const framing::FramingTagger &tagger)
{
    if (!framingIsStale(store, tagger.lexicon()))
        return {};
    return retagFraming(store, tagger);
}

} // namespace parallax::query
