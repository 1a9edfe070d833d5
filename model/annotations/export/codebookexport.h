// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/codebook.h"

#include <QByteArray>
#include <QStringList>

/** Codebook exchange: CSV and the REFI-QDA codebook (.qdc) read by NVivo, MAXQDA, ATLAS.ti, QualCoder. */
namespace parallax::annotations::exports {

struct CodebookImport
{
    Codebook codebook;    ///< ids numbered 1.. in file order, parents before children
    QStringList problems; ///< what was repaired or skipped
    bool ok = true;       ///< false when the file could not be read at all
};

/** CSV columns guid, path, colour, description; parents before children. */
QByteArray codebookToCsv(const Codebook &book);
/** Reads codebookToCsv() output; a row without a guid gets one derived from its path. */
CodebookImport codebookFromCsv(const QByteArray &bytes);

/** REFI-QDA codebook XML (namespace urn:QDA-XML:codebook:1.0), nested Code elements. */
QByteArray codebookToQdc(const Codebook &book, const QString &origin = {});
/**
 * Reads a REFI-QDA codebook. Names containing '/' get U+2215 instead (paths use '/'), and a
 * name repeated among siblings gets a number; both are reported as problems.
 */
CodebookImport codebookFromQdc(const QByteArray &xml);

} // namespace parallax::annotations::exports
