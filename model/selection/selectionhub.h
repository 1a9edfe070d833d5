// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>
#include <QString>

namespace parallax {

/**
 * What the user has selected: the current article, entity, date range, article pair and search.
 * Every view follows it and sets it, so selecting anything anywhere filters everything else.
 * Setting a value that is already current emits nothing.
 */
class SelectionHub final : public QObject
{
    Q_OBJECT
public:
    explicit SelectionHub(QObject *parent = nullptr);

    qint64 article() const { return m_article; }
    QString entity() const { return m_entity; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    QString searchQuery() const { return m_search; }
    /** The outlet country the views are narrowed to (ISO 3166 alpha-2), empty for all. */
    QString country() const { return m_country; }
    /** The outlet the views are narrowed to (as the articles name it, any case), empty for all. */
    QString outlet() const { return m_outlet; }
    qint64 pairLeft() const { return m_left; }
    qint64 pairRight() const { return m_right; }

    void setArticle(qint64 id);
    void setEntity(const QString &key);
    void setDateRange(QDate from, QDate to);
    void setSearchQuery(const QString &query);
    void setSources(const QString &country, const QString &outlet);
    void setPair(qint64 left, qint64 right);

Q_SIGNALS:
    void articleChanged(qint64 id);
    void entityChanged(const QString &key);
    void dateRangeChanged(QDate from, QDate to);
    void searchQueryChanged(const QString &query);
    void sourcesChanged(const QString &country, const QString &outlet);
    void pairChanged(qint64 left, qint64 right);

private:
    qint64 m_article = 0;
    QString m_entity;
    QDate m_from;
    QDate m_to;
    QString m_search;
    QString m_country;
    QString m_outlet;
    qint64 m_left = 0;
    qint64 m_right = 0;
};

} // namespace parallax
