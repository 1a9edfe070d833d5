// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/codebook.h"

#include <algorithm>

namespace parallax::annotations {

const Tag *Codebook::tag(qint64 id) const
{
    const auto it = m_tags.constFind(id);
    return it == m_tags.cend() ? nullptr : &it.value();
}

QList<qint64> Codebook::children(qint64 parentId) const
{
    QList<qint64> ids;
    for (const Tag &t : m_tags) {
        if (t.parentId == parentId)
            ids.append(t.id);
    }
    std::sort(ids.begin(), ids.end(), [this](qint64 a, qint64 b) {
        const int c = QString::localeAwareCompare(m_tags[a].name, m_tags[b].name);
        return c != 0 ? c < 0 : a < b;
    });
    return ids;
}

QList<qint64> Codebook::subtree(qint64 id) const
{
    QList<qint64> out;
    if (!contains(id))
        return out;
    out.append(id);
    for (qsizetype i = 0; i < out.size(); ++i)
        out.append(children(out.at(i)));
    return out;
}

QList<Tag> Codebook::tags() const
{
    QList<Tag> out;
    out.reserve(m_tags.size());
    for (qint64 root : children(0)) {
        for (qint64 id : subtree(root))
            out.append(m_tags[id]);
    }
    return out;
}

bool Codebook::isInSubtree(qint64 id, qint64 ancestor) const
{
    // Bounded by the number of tags so that a corrupt cycle cannot loop forever.
    for (qsizetype steps = 0; id != 0 && steps <= m_tags.size(); ++steps) {
        if (id == ancestor)
            return true;
        const Tag *t = tag(id);
        if (!t)
            return false;
        id = t->parentId;
    }
    return false;
}

QString Codebook::path(qint64 id) const
{
    QStringList parts;
    for (qsizetype steps = 0; id != 0 && steps <= m_tags.size(); ++steps) {
        const Tag *t = tag(id);
        if (!t)
            break;
        parts.prepend(t->name);
        id = t->parentId;
    }
    return parts.join(PathSeparator);
}

qint64 Codebook::findChild(qint64 parentId, const QString &name) const
{
    for (const Tag &t : m_tags) {
        if (t.parentId == parentId && t.name == name)
            return t.id;
    }
    return 0;
}

qint64 Codebook::findPath(const QString &path) const
{
    qint64 id = 0;
    for (const QString &part : path.split(PathSeparator, Qt::SkipEmptyParts)) {
        id = findChild(id, part.trimmed());
        if (id == 0)
            return 0;
    }
    return id;
}

qint64 Codebook::findGuid(const QUuid &guid) const
{
    for (const Tag &t : m_tags) {
        if (t.guid == guid)
            return t.id;
    }
    return 0;
}

void Codebook::insert(const Tag &tag)
{
    Q_ASSERT(tag.id != 0);
    m_tags.insert(tag.id, tag);
}

void Codebook::remove(qint64 id)
{
    m_tags.remove(id);
}

bool Codebook::isEquivalent(const Codebook &other) const
{
    if (size() != other.size())
        return false;
    const auto parentGuid = [](const Codebook &book, const Tag &t) {
        const Tag *p = book.tag(t.parentId);
        return p ? p->guid : QUuid();
    };
    for (const Tag &t : m_tags) {
        const Tag *o = other.tag(other.findGuid(t.guid));
        if (!o || o->name != t.name || o->colour != t.colour || o->description != t.description || o->codable != t.codable
            || parentGuid(other, *o) != parentGuid(*this, t))
            return false;
    }
    return true;
}

} // namespace parallax::annotations
