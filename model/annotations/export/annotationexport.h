// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"
#include "annotations/codebook.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

/** Annotation exports: CSV, JSON, W3C Web Annotation JSON-LD and a Markdown report. */
namespace parallax::annotations::exports {

/** How an article is cited next to a quote; filled by the caller from the store. */
struct Citation
{
    QString outlet;
    QDate date;
    QString title;

    /** "Outlet, 2019-12-19, “Title”" (missing parts left out). */
    QString text() const;
};

/**
 * What an export needs besides the annotations: the codebook for tag paths, and for each
 * annotated article its body (positions are written in Unicode code points, which needs the
 * text) and its citation. Articles missing here are exported without positions or citation.
 */
struct ExportInput
{
    QList<Annotation> annotations;
    Codebook codebook;
    QHash<qint64, QString> bodies;
    QHash<qint64, Citation> citations;
};

/** The IRIs used for Parallax records in JSON-LD. */
QString annotationIri(qint64 id);
QString articleIri(qint64 id);
/** The id in an IRI made by the functions above, or 0. */
qint64 annotationIdFromIri(const QString &iri);
qint64 articleIdFromIri(const QString &iri);

/** Time as written in every export: ISO 8601 UTC with milliseconds. */
QString isoTime(const QDateTime &t);
QDateTime timeFromIso(const QString &text);

/** CSV (RFC 4180, UTF-8 with BOM), one row per annotation, tags joined by "; ". */
QByteArray toCsv(const ExportInput &input);
/** The columns of toCsv(). */
QStringList csvHeader();
/** A JSON array of annotation objects with code point offsets and tag paths. */
QByteArray toJson(const ExportInput &input);
/** One annotation as a W3C Web Annotation (without @context). */
QJsonObject toW3cAnnotation(const Annotation &a, const ExportInput &input);
/** A W3C AnnotationCollection with all annotations in its first page. */
QByteArray toW3c(const ExportInput &input);
/** A Markdown report: quotes grouped by tag path, each with its citation and note. */
QString toMarkdown(const ExportInput &input, const QString &title = {});

} // namespace parallax::annotations::exports
