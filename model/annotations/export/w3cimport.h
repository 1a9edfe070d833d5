// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace parallax::annotations::exports {

/** An annotation read from W3C JSON-LD; its tags are paths for the caller to resolve. */
struct ImportedAnnotation
{
    Annotation annotation; ///< id from a Parallax IRI (0 otherwise); tagIds empty
    QStringList tagPaths;
};

struct W3cImport
{
    QList<ImportedAnnotation> annotations;
    QStringList problems; ///< annotations skipped or re-anchored, with the reason
    bool ok = true;       ///< false when the document is not JSON or holds no annotations
};

/**
 * Reads W3C Web Annotations: an AnnotationCollection (its embedded first page), an
 * AnnotationPage, a JSON array or a single Annotation. Targets must be Parallax articles
 * (urn:parallax:article:N). Positions are code points and are converted with the article's
 * body (bodyOf returns std::nullopt for an article not in the corpus); when the quote is not at
 * that position it is re-anchored by its selector.
 */
W3cImport fromW3c(const QByteArray &json, const std::function<std::optional<QString>(qint64)> &bodyOf);
W3cImport fromW3c(const QByteArray &json, const QHash<qint64, QString> &bodies);

} // namespace parallax::annotations::exports
