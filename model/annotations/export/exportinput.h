// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotationdocument.h"
#include "annotations/export/annotationexport.h"

namespace parallax::store {
class Store;
}

namespace parallax::annotations::exports {

/**
 * The input of an export: the document's annotations (of one article when articleId is not 0)
 * with the codebook and, read from the store, the body and citation of each annotated article.
 */
ExportInput exportInput(const store::Store &store, const AnnotationDocument &document, qint64 articleId = 0);

/** The body of a stored article, for imports; std::nullopt when it is not in the corpus. */
std::optional<QString> storedBody(const store::Store &store, qint64 articleId);

} // namespace parallax::annotations::exports
