// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityrecognizer.h"

#include "analysis/entities/recognition_p.h"

#include <QDir>

using namespace Qt::StringLiterals;

static void initGazetteerResource()
{
    Q_INIT_RESOURCE(gazetteer);
}

namespace parallax::entities {

EntityRecognizer::EntityRecognizer(Gazetteer gazetteer)
    : m_gazetteer(std::move(gazetteer))
    , m_titles(m_names.vocabulary()) // one vocabulary: a text's tokens are prepared once for both
{
    const QList<GazetteerEntry> &entries = m_gazetteer.entries();
    m_shortFormKeys.resize(size_t(entries.size()));
    for (int e = 0; e < entries.size(); ++e) {
        const GazetteerEntry &entry = entries.at(e);
        for (int a = 0; a < entry.aliases.size(); ++a) {
            if (m_names.add(entry.aliases.at(a).name, int(m_aliasRefs.size())))
                m_aliasRefs.push_back(AliasRef{e, a});
            if (entry.aliases.at(a).shortForm)
                m_shortFormKeys[size_t(e)].append(tokens::nameStem(tokens::foldKey(entry.aliases.at(a).name)));
        }
    }
    const QStringList &titles = m_gazetteer.rules().titles;
    for (int t = 0; t < titles.size(); ++t)
        m_titles.add(titles.at(t).toLower(), t);
}

const EntityRecognizer &EntityRecognizer::shared()
{
    static const EntityRecognizer *instance = [] {
        initGazetteerResource();
        return new EntityRecognizer(Gazetteer::load());
    }();
    return *instance;
}

QString EntityRecognizer::unknownKey(EntityType type, const QString &name)
{
    return typeName(type) + u':' + normalizedName(name);
}

QList<EntityMention> EntityRecognizer::recognize(const QString &text) const
{
    Recognition r(*this, text);
    return r.run();
}

QList<EntityMention> EntityRecognizer::recognize(const QString &text, const QList<Span> &sentences) const
{
    Recognition r(*this, text, &sentences);
    return r.run();
}

} // namespace parallax::entities
