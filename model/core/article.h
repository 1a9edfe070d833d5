// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace parallax {

/** Where a metadata field's value came from. */
enum class Provenance {
    Explicit, ///< read from the text itself
    Inferred, ///< reasoned from the text (the reason is kept beside the value)
    Manifest, ///< from a sidecar manifest shipped with the files
    User,     ///< edited by the user
    Derived,  ///< made up from the text when the text has none (e.g. a title from the first sentence)
    Unknown   ///< nothing known
};

QString provenanceName(Provenance p);
Provenance provenanceFromName(const QString &name);

/** A half-open range [start, end) of UTF-16 offsets into an article's body. */
struct Span
{
    int start = 0;
    int end = 0;
    int length() const { return end - start; }
    bool contains(int pos) const { return pos >= start && pos < end; }
    friend bool operator==(const Span &, const Span &) = default;
};

/**
 * An article as read from a file, before or after it is stored.
 * The body is kept exactly as decoded; every span in the system is an offset range into it.
 */
struct Article
{
    qint64 id = 0;               ///< 0 until stored
    QString source;              ///< path or URL as imported
    QString contentHash;         ///< SHA-256 of the body, hex
    QString title;
    Provenance titleProvenance = Provenance::Unknown;
    QString dateline;            ///< dateline city, e.g. "MOSCOW"
    QString outlet;
    Provenance outletProvenance = Provenance::Unknown;
    QString country;             ///< ISO 3166 alpha-2 of the outlet
    Provenance countryProvenance = Provenance::Unknown;
    QString language;            ///< BCP 47
    QDate published;
    Provenance dateProvenance = Provenance::Unknown;
    QString dateReason;          ///< why an inferred date is what it is, e.g. "weekday 'on Thursday'"
    QString encoding;            ///< the encoding the bytes were decoded from
    QString url;                 ///< where the article was published, when the import says
    QString author;              ///< byline, when the import says
    QString body;
    QList<Span> paragraphs;
    QList<Span> sentences;

    QString text(Span s) const { return body.mid(s.start, s.length()); }
    int wordCount() const;
};

} // namespace parallax
