// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datetagger.h"

#include "dateresolver.h"
#include "text/segmenter.h"

namespace parallax::analysis {

QList<TimeExpression> DateTagger::tag(const QString &body, const QList<Span> &sentences, QDate published) const
{
    const QList<Span> spans = sentences.isEmpty() ? text::sentences(body) : sentences;
    QList<TimeExpression> out;
    dates::DocumentContext context;
    for (int s = 0; s < spans.size(); ++s) {
        const Span span = spans[s];
        if (span.start < 0 || span.end > body.size() || span.start >= span.end)
            continue;
        const QList<dates::Token> tokens = dates::tokenize(body, span.start, span.end);
        const QList<dates::Candidate> candidates = dates::matchSentence(tokens);
        if (candidates.isEmpty())
            continue;
        out += dates::resolveSentence(body, tokens, candidates, published, s, context);
    }
    return out;
}

QList<TimeExpression> DateTagger::tag(const Article &article) const
{
    return tag(article.body, article.sentences, article.published);
}

} // namespace parallax::analysis
