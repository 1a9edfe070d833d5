// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "store/importstore.h"

namespace parallax::import {

/** Signature size: kBands bands of kRows rows. Candidates need one equal band (Jaccard ≳ 0.6). */
constexpr int kBands = 12;
constexpr int kRows = 5;

/**
 * The keys that find an article's near-duplicates: the outlet|date|title key (when all three are
 * known and the title is not derived), and a MinHash signature over the body's shingles (three-word
 * runs; four-character runs for Japanese, Chinese and Korean), with its band hashes. Case, punctuation
 * and spacing do not count. Pure and thread-safe: computed in the reading threads.
 */
store::DuplicateKeys duplicateKeys(const Article &a);

/**
 * The Jaccard similarity of two bodies' shingles (the runs the signature is made of), measured
 * exactly: 1 for the same text up to case, punctuation and spacing. 0 when either body is too
 * short to compare.
 */
double resemblance(const Article &a, const Article &b);

} // namespace parallax::import
