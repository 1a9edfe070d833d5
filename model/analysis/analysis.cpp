// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis.h"

#include "analysis/dates/datetagger.h"
#include "analysis/entities/entityrecognizer.h"
#include "analysis/framing/currenttagger.h"

namespace parallax::analysis {

AnalysisResult analyse(const Article &article, Analysers which)
{
    AnalysisResult r;
    r.wordCount = article.wordCount();
    if (which & Analyser::Dates)
        r.timeExpressions = DateTagger().tag(article);
    if (which & Analyser::Entities)
        r.entities = entities::EntityRecognizer::shared().recognize(article.body);
    if (which & Analyser::Framing)
        r.framingHits = framing::currentTagger()->tag(article.body); // the user's lexicon
    return r;
}

} // namespace parallax::analysis
