// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/framing/tagger.h"

#include <QString>

#include <functional>

namespace parallax::store {
class Store;
}

namespace parallax::query {

struct RetagResult
{
    bool ok = true;
    bool cancelled = false;
    int articles = 0; ///< articles tagged again
    QString error;
};

/**
 * Tags every stored article again and replaces its stored framing hits, one transaction per
 * batch of articles, then records which lexicon the hits come from. `cancelled` is asked
 * between batches; a cancelled run leaves the record as it was, so the hits count as stale.
 */
RetagResult retagFraming(store::Store &store, const framing::FramingTagger &tagger,
                         const std::function<bool()> &cancelled = {}, int batch = 200);

/** Whether the stored hits come from a lexicon other than this one. */
bool framingIsStale(store::Store &store, const framing::Lexicon &lexicon);

/** Tags the corpus again when its stored hits are stale for the tagger's lexicon. */
RetagResult ensureFramingCurrent(store::Store &store, const framing::FramingTagger &tagger);

} // namespace parallax::query
