// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/export/exportinput.h"

#include "store/store.h"

namespace parallax::annotations::exports {

ExportInput exportInput(const store::Store &store, const AnnotationDocument &document, qint64 articleId)
{
    ExportInput input;
    input.codebook = document.codebook();
    input.annotations = articleId != 0 ? document.annotationsOf(articleId) : document.annotations();
    for (const Annotation &a : std::as_const(input.annotations)) {
        if (input.bodies.contains(a.articleId))
            continue;
        if (const auto article = store.article(a.articleId)) {
            input.bodies.insert(a.articleId, article->body);
            input.citations.insert(a.articleId, Citation{article->outlet, article->published, article->title});
        }
    }
    return input;
}

std::optional<QString> storedBody(const store::Store &store, qint64 articleId)
{
    const auto article = store.article(articleId);
    return article ? std::optional<QString>(article->body) : std::nullopt;
}

} // namespace parallax::annotations::exports
