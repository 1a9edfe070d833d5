// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entities/entity.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace parallax::nerscore {

/** One gold mention of a person, place or organisation. */
struct GoldMention
{
    Span span;      ///< as annotated (may include a title or an apposition)
    Span core;      ///< the name itself: no article, title or apposition
    entities::EntityType type = entities::EntityType::Other;
    QString instance; ///< the annotated entity it refers to
};

/** A MEANTIME (CAT XML) document: text rebuilt from its tokens and its gold named mentions. */
struct GoldDocument
{
    QString name;
    QString text;
    int annotatedEnd = 0; ///< MEANTIME annotates the first sentences only: the end of those
    QList<GoldMention> mentions;
};

/**
 * Reads one CAT XML file. Gold mentions are the ENTITY_MENTIONs with a name (syntactic type NAM
 * or PRE.NAM) referring to an ENTITY of type PER, ORG or LOC; PRO, FIN and MIX are left out.
 * The annotated part ends with the last sentence that has any markable.
 * Returns false and sets error when the file cannot be read.
 */
bool readDocument(const QString &path, GoldDocument &doc, QString *error);

/** Every *.xml file under a directory, sorted. */
QStringList documentFiles(const QString &directory);

} // namespace parallax::nerscore
