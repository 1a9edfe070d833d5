// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importer.h"

#include <QJsonObject>

namespace parallax::import {

/**
 * The per-file report of an import as JSON: {"files", "imported", "duplicates",
 * "near_duplicates", "failed", "cancelled", "stopped" (why the corpus could not be written, or
 * null), "problems": [{"path", "reason", "warning",
 * "byte_offset"?, "line"?, "record"?}]}. Offsets count bytes of the file as stored on disk
 * (or of the archive member); lines and records start at 1.
 */
QJsonObject reportJson(const ImportReport &report);

/** Writes reportJson() to a file (as for `--report FILE`); false and *error when it cannot. */
bool writeReport(const ImportReport &report, const QString &path, QString *error);

} // namespace parallax::import
