// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis.h"

#include "analysis/dates/datetagger.h"

namespace parallax::analysis {

AnalysisResult analyse(const Article &article)
{
    AnalysisResult r;
    r.sentenceCount = int(article.sentences.size());
    r.timeExpressions = DateTagger().tag(article);
    return r;
}

} // namespace parallax::analysis
