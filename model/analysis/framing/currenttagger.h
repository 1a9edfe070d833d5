// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tagger.h"

#include <memory>

namespace parallax::framing {

/**
 * The user's lexicon: the file the GUI's lexicon editor saves in the data folder
 * (LexiconDocument::userLexiconPath()), when it exists and holds entries; else the shipped one.
 */
Lexicon userLexicon();

/** What a lexicon tags, as a short hex string: its terms, concepts and sides in order. */
QString lexiconFingerprint(const Lexicon &lexicon);

/**
 * The tagger the analysis at import uses, shared by every thread: built from userLexicon() when
 * first asked for, replaced by setCurrentLexicon() after an edit. Thread-safe.
 */
std::shared_ptr<const FramingTagger> currentTagger();
void setCurrentLexicon(const Lexicon &lexicon);

} // namespace parallax::framing
