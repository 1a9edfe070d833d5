// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis.h"

#include "analysis/compare/pairing.h"
#include "analysis/dates/datetagger.h"
#include "analysis/entities/entityrecognizer.h"
#include "analysis/framing/currenttagger.h"
#include "text/segmenter.h"

namespace parallax::analysis {

AnalysisResult analyse(const Article &article, Analysers which)
{
    AnalysisResult r;
    r.wordCount = article.wordCount();
    if (which & Analyser::Dates)
        r.timeExpressions = DateTagger().tag(article);
    if (which & Analyser::Entities) {
        // The article's sentences are the text's own unless a dateline was cut off its first
        // paragraph: then the recogniser need not segment the text again.
        const entities::EntityRecognizer &recognizer = entities::EntityRecognizer::shared();
        r.entities = article.paragraphs == text::paragraphs(article.body)
            ? recognizer.recognize(article.body, article.sentences)
            : recognizer.recognize(article.body);
    }
    if (which & Analyser::Framing)
        r.framingHits = framing::currentTagger()->tag(article.body); // the user's lexicon
    if (which & Analyser::Pairing) {
        compare::PairingRecord keys = compare::pairingRecord(article);
        r.pairingWords = std::move(keys.words);
        r.pairingNumbers = std::move(keys.numbers);
        r.hasPairingKeys = true;
    }
    return r;
}

} // namespace parallax::analysis
