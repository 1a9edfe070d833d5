// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"
#include "annotations/codebook.h"

#include <QList>
#include <QString>

namespace parallax::annotations {

/**
 * One atomic change to the stored annotations and codebook. Applied in this order: saved tags
 * (parents before children), saved annotations, removed annotations, removed tags.
 * Records with id 0 are new: the repository assigns their ids in place.
 */
struct ChangeSet
{
    QList<Tag> savedTags;
    QList<Annotation> savedAnnotations;
    QList<qint64> removedAnnotations;
    QList<qint64> removedTags;

    bool isEmpty() const
    {
        return savedTags.isEmpty() && savedAnnotations.isEmpty() && removedAnnotations.isEmpty()
            && removedTags.isEmpty();
    }
};

/** Everything stored: the codebook and all annotations. */
struct AnnotationData
{
    Codebook codebook;
    QList<Annotation> annotations;
};

/**
 * Where annotations live between sessions. Every write is one transaction: after a crash the
 * store holds either the state before or after it. Implemented by the store (SQLite).
 */
class AnnotationRepository
{
public:
    virtual ~AnnotationRepository() = default;

    /** Writes the change in one transaction, assigning ids to new records. False on failure. */
    virtual bool save(ChangeSet &change) = 0;
    /** Removes one annotation (a convenience over save()). */
    virtual bool remove(qint64 annotationId) = 0;
    /** Reads everything; false on failure (see lastError()). */
    virtual bool load(AnnotationData &data) = 0;
    /** Why the last call failed. */
    virtual QString lastError() const = 0;
};

} // namespace parallax::annotations
