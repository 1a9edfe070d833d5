// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QList>
#include <QString>

/** Text segmentation: paragraphs, sentences and words as spans into the original text. */
namespace parallax::text {

/** Paragraphs: blocks separated by blank lines; a text without blank lines has one per line. */
QList<Span> paragraphs(const QString &text);

/**
 * Sentences inside the given paragraphs (or the whole text when none are given).
 * Abbreviations (U.S., U.N., Dec., Mr., No. 5) and initials do not end a sentence; Japanese
 * 。！？ always do. Leading and trailing white space is not part of a sentence.
 */
QList<Span> sentences(const QString &text, const QList<Span> &paragraphs);
QList<Span> sentences(const QString &text);

/**
 * Word tokens: runs of letters, digits and in-word apostrophes or hyphens. Japanese and Chinese,
 * written without spaces, are cut into words by ICU's dictionary-based word boundaries
 * (北方領土問題の交渉 → 北方領土, 問題, の, 交渉), and digits from the ideographs beside them.
 */
QList<Span> words(const QString &text, Span within);
QList<Span> words(const QString &text);

/** Trims white space at both ends of a span. */
Span trimmed(const QString &text, Span s);

/** The index of the sentence containing pos, or -1. Sentences must be sorted. */
int sentenceAt(const QList<Span> &sentences, int pos);

/** UTF-16 offset to Unicode code point offset (for JSON output), and back. */
int toCodePoints(const QString &text, int utf16Offset);
int fromCodePoints(const QString &text, int codePointOffset);

} // namespace parallax::text
