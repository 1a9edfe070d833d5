// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

/** Readers for corpora with gold TIMEX3 annotation: TimeBank 1.2 (.tml) and MEANTIME (CAT XML). */
namespace parallax::timexscore {

/** A gold TIMEX3: its span in the document's plain text, type and value. */
struct GoldTimex
{
    Span span;
    QString type; ///< DATE, TIME, DURATION, SET
    QString value;
};

/** A document rebuilt as plain text with its gold expressions and creation time. */
struct GoldDocument
{
    QString name;
    QString text;
    QDate created;          ///< the document creation time (DCT)
    QList<Span> sentences;  ///< empty when the format gives none
    QList<GoldTimex> timexes;
    int annotatedEnd = -1;  ///< gold annotation covers text before this offset (-1: all of it)
};

/** Reads one TimeBank .tml file: the TEXT element with tags stripped, DCT from the DCT element. */
std::optional<GoldDocument> readTimeML(const QString &path, QString *error = nullptr);

/**
 * Reads one MEANTIME CAT XML file: tokens joined by spaces, one line per sentence; gold
 * TIMEX3 over token anchors; DCT from the TIMEX3 whose functionInDocument is CREATION_TIME
 * (or, in the few files without one, the full date annotated in the date line, sentence 1).
 * MEANTIME annotates the title and the first five sentences only (sentences 0..5): the rest is
 * outside `annotatedEnd`.
 */
std::optional<GoldDocument> readMeantime(const QString &path, QString *error = nullptr);

/** Reads a file by its extension (.tml or .xml). */
std::optional<GoldDocument> readDocument(const QString &path, QString *error = nullptr);

/** All .tml and .xml files under the given files and directories, sorted by path. */
QStringList collectFiles(const QStringList &paths);

} // namespace parallax::timexscore
