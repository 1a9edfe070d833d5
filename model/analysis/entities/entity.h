// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QList>
#include <QString>

namespace parallax::entities {

/** What kind of thing an entity is. */
enum class EntityType { Person, Place, Organization, Event, Other };

/** "person", "place", "organization", "event", "other". */
QString typeName(EntityType type);
/** The type named by typeName(); Other for anything else. */
EntityType typeFromName(const QString &name);

/** One place in a text where an entity is named. */
struct EntityMention
{
    Span span;           ///< UTF-16 offsets into the body
    QString surface;     ///< the text as written, without a possessive 's
    QString key;         ///< gazetteer id, or a key made from the normalised name for unknown names
    QString canonical;   ///< the entity's preferred name
    EntityType type = EntityType::Other;
    QString usage;       ///< whose usage the name is when the gazetteer says (ISO country, e.g. "JP")
    bool known = false;  ///< true when the entity comes from the gazetteer
    friend bool operator==(const EntityMention &, const EntityMention &) = default;
};

} // namespace parallax::entities
