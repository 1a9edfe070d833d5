// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace parallax::annotations {

/**
 * W3C-style text quote selector: the exact annotated text with up to ContextLength UTF-16 units
 * of context on either side, so that the passage can be found again after the text changes.
 */
struct QuoteSelector
{
    static constexpr int ContextLength = 32;

    QString exact;
    QString prefix;
    QString suffix;

    /** The selector of span s in body (the span is clamped to the body). */
    static QuoteSelector fromBody(const QString &body, Span s);

    friend bool operator==(const QuoteSelector &, const QuoteSelector &) = default;
};

/** A passage of an article marked by the user, with tags from the codebook and a note. */
struct Annotation
{
    qint64 id = 0;          ///< 0 until stored
    qint64 articleId = 0;
    Span span;              ///< UTF-16 offsets into the article body
    QuoteSelector quote;
    QList<qint64> tagIds;   ///< in the order the user gave them, no duplicates
    QString note;
    QString author;
    QDateTime created;      ///< UTC, millisecond precision
    QDateTime modified;     ///< UTC, millisecond precision
    bool orphan = false;    ///< the passage could not be found after the text changed

    bool hasTag(qint64 tagId) const { return tagIds.contains(tagId); }

    friend bool operator==(const Annotation &, const Annotation &) = default;
};

/** The current time in UTC truncated to whole milliseconds, as stored. */
QDateTime nowUtc();

/** The user name of the OS account, used as the default author. */
QString defaultAuthor();

} // namespace parallax::annotations
