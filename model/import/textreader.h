// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QString>

namespace parallax::import {

/**
 * Reads one news article from plain text. Understands
 *  - the wire layout: a first line " date YYYY-MM-DD", then an optional dateline
 *    ("TOKYO —", "MOSCOW (Sputnik) —") and the text;
 *  - the TASS layout: "All news", a headline, a standfirst, a dateline
 *    "MOSCOW, December 19. /TASS/." without a year, subheadings;
 *  - plain text whose first line is a title followed by a blank line.
 * Fills title (derived from the first sentence when the text has none), dateline city, outlet,
 * language, publication date (with a year inferred from the text when the dateline lacks one),
 * paragraphs and sentences. Country is left to the caller (manifest or outlet table).
 */
Article readPlainText(const QString &text, const QString &source);

/**
 * Reads an article body whose title and metadata come from elsewhere (a record, an HTML page):
 * dateline, outlet, inferred date, paragraphs, sentences and language, with a derived title.
 */
Article readArticleBody(const QString &body, const QString &source);

/** A language tag guessed from the script of the text: "ja", "ru", "zh", "ko" or "en". */
QString guessLanguage(const QString &text);

/** A title made from the first sentence of a body, cut at a word boundary. */
QString deriveTitle(const QString &sentence);

} // namespace parallax::import
