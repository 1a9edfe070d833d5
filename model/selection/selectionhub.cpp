// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectionhub.h"

namespace parallax {

SelectionHub::SelectionHub(QObject *parent)
    : QObject(parent)
{
}

void SelectionHub::setArticle(qint64 id)
{
    if (id == m_article)
        return;
    m_article = id;
    Q_EMIT articleChanged(id);
}

void SelectionHub::setEntity(const QString &key)
{
    if (key == m_entity)
        return;
    m_entity = key;
    Q_EMIT entityChanged(key);
}

void SelectionHub::setDateRange(QDate from, QDate to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    Q_EMIT dateRangeChanged(from, to);
}

void SelectionHub::setSources(const QString &country, const QString &outlet)
{
    if (country == m_country && outlet == m_outlet)
        return;
    m_country = country;
    m_outlet = outlet;
    Q_EMIT sourcesChanged(country, outlet);
}

void SelectionHub::setSearchQuery(const QString &query)
{
    if (query == m_search)
        return;
    m_search = query;
    Q_EMIT searchQueryChanged(query);
}

void SelectionHub::setPair(qint64 left, qint64 right)
{
    if (left == m_left && right == m_right)
        return;
    m_left = left;
    m_right = right;
    Q_EMIT pairChanged(left, right);
}

} // namespace parallax
