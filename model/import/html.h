// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QString>

namespace parallax::import {

/** Whether decoded text is an HTML page (by content, not by file name). */
bool looksLikeHtml(QStringView text);

/**
 * Reads a saved news page: the main text, with scripts, styles, navigation, header and footer,
 * forms, comments, asides and boilerplate blocks (share bars, related links, bylines, newsletter
 * boxes) removed, kept by a text-density rule over blocks; the title, publication date, outlet,
 * author, language and URL from meta tags (og:*, article:published_time) and JSON-LD NewsArticle.
 * Nothing is fetched or executed. An article with an empty body means no main text was found.
 */
Article readHtml(const QString &html, const QString &source);

} // namespace parallax::import
