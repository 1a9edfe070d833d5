// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli.h"

#include "annotations/annotationdocument.h"
#include "store/annotationstore.h"

namespace parallax::cli {

/** The corpus's annotations and codebook, loaded for one command. */
class AnnotationSession final
{
public:
    explicit AnnotationSession(store::Store &store);
    Q_DISABLE_COPY_MOVE(AnnotationSession)

    /** Loads everything; prints the reason and returns false on failure. */
    bool load(QTextStream &err);
    annotations::AnnotationDocument &document() { return m_document; }

private:
    store::AnnotationStore m_repository;
    annotations::AnnotationDocument m_document;
};

/** Writes bytes to the file given by --out, or to standard output (without a UTF-8 BOM). */
int writeOutput(Context &ctx, const QByteArray &bytes, const std::optional<QString> &outPath);

/**
 * The content of the file named by "COMMAND import FILE" (args holds "import FILE"); prints a
 * usage error or the reason it cannot be read and returns std::nullopt. exitCode tells which.
 */
std::optional<QByteArray> importedFile(Context &ctx, const QString &usage, const QString &what, int &exitCode);

/** Prints an import's problems; returns false when the import failed as a whole. */
bool reportProblems(Context &ctx, const QStringList &problems, bool ok);

} // namespace parallax::cli
