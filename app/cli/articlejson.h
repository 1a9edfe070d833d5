// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "store/store.h"

#include <QJsonObject>

namespace parallax::cli {

/** The fields of `articles --json`. */
QJsonObject summaryJson(const store::ArticleSummary &s);
/** The fields of `show --json`: the summary fields, provenance, body and code-point spans. */
QJsonObject articleJson(const Article &a);
/** A JSON value for an optional string: null when empty. */
QJsonValue orNull(const QString &s);

} // namespace parallax::cli
