// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

namespace parallax::annotations {

/** A code of the codebook. Tags form a tree through parentId (0 = top level). */
struct Tag
{
    qint64 id = 0;       ///< 0 until stored
    qint64 parentId = 0; ///< 0 for a top-level tag
    QString name;        ///< unique among its siblings; never contains '/'
    QColor colour;       ///< invalid when the user chose none
    QString description;
    QUuid guid;          ///< stable identity across exports (REFI-QDA guid)
    bool codable = true; ///< false for a folder of codes, which cannot be applied to text (REFI-QDA isCodable)

    friend bool operator==(const Tag &, const Tag &) = default;
};

/** The hierarchical codebook: tags by id, with paths such as "Framing/Sovereignty". */
class Codebook final
{
public:
    static constexpr QChar PathSeparator = u'/';

    bool isEmpty() const { return m_tags.isEmpty(); }
    qsizetype size() const { return m_tags.size(); }
    bool contains(qint64 id) const { return m_tags.contains(id); }
    /** The tag with this id, or nullptr. */
    const Tag *tag(qint64 id) const;

    /** All tags, parents before their children, siblings by name. */
    QList<Tag> tags() const;
    /** Ids of the direct children of parentId (0 = top level), by name. */
    QList<qint64> children(qint64 parentId) const;
    /** Ids of the whole subtree under id, id first, parents before children. */
    QList<qint64> subtree(qint64 id) const;
    /** True when ancestor is id itself or one of its ancestors. */
    bool isInSubtree(qint64 id, qint64 ancestor) const;

    /** "Framing/Sovereignty" for a tag, or an empty string for an unknown id. */
    QString path(qint64 id) const;
    /** The id of the tag at this path, or 0. */
    qint64 findPath(const QString &path) const;
    /** The id of the child of parentId with this name, or 0. */
    qint64 findChild(qint64 parentId, const QString &name) const;
    /** The id of the tag with this guid, or 0. */
    qint64 findGuid(const QUuid &guid) const;

    /** Inserts or replaces the tag with the same id (the id must not be 0). */
    void insert(const Tag &tag);
    void remove(qint64 id);
    void clear() { m_tags.clear(); }

    /** Same tags with the same guids, names, colours, descriptions, codability and parents (ids may differ). */
    bool isEquivalent(const Codebook &other) const;

private:
    QHash<qint64, Tag> m_tags;
};

} // namespace parallax::annotations
