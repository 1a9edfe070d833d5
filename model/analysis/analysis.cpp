// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis.h"

#include "analysis/dates/datetagger.h"
#include "analysis/entities/entityrecognizer.h"

namespace parallax::analysis {

AnalysisResult analyse(const Article &article)
{
    AnalysisResult r;
    r.wordCount = article.wordCount();
    r.timeExpressions = DateTagger().tag(article);
    r.entities = entities::EntityRecognizer::shared().recognize(article.body);
    static const framing::FramingTagger framingTagger; // built once; tag() is const and thread-safe
    r.framingHits = framingTagger.tag(article.body);
    return r;
}

} // namespace parallax::analysis
