// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

#include <functional>

namespace parallax::annotations {

class AnnotationDocument;

/** All annotations of the document, one row each, kept current through its change signals. */
class AnnotationListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { QuoteColumn, TagsColumn, NoteColumn, ArticleColumn, AuthorColumn, ModifiedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64
        ArticleIdRole,             ///< qint64
        StartRole,                 ///< int, UTF-16 offset into the body
        EndRole,                   ///< int
        TagIdsRole,                ///< QList<qint64>
        AuthorRole,                ///< QString
        OrphanRole,                ///< bool
        SearchTextRole,            ///< quote, note and tag paths, for text filters
    };

    explicit AnnotationListModel(AnnotationDocument &document, QObject *parent = nullptr);

    /** How the Article column names an article (e.g. its title from the store); ids otherwise. */
    void setArticleTitles(std::function<QString(qint64)> titleOf);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 idAt(int row) const { return m_ids.value(row); }
    /** The row of an annotation, or an invalid index. */
    QModelIndex indexOf(qint64 id, int column = 0) const;

private:
    void reload();
    void added(qint64 id);
    void changed(qint64 id);
    void removed(qint64 id);
    void tagsChanged();
    QString articleTitle(qint64 articleId) const;

    AnnotationDocument &m_document;
    QList<qint64> m_ids; ///< ascending
    std::function<QString(qint64)> m_titleOf;
    mutable QHash<qint64, QString> m_titles;
};

/** Filters annotations by tag (with the tags below it), article, author and text. */
class AnnotationFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AnnotationFilterModel(AnnotationDocument &document, QObject *parent = nullptr);

    /** 0 shows every tag. */
    void setTagFilter(qint64 tagId);
    /** 0 shows every article. */
    void setArticleFilter(qint64 articleId);
    /** Empty shows every author. */
    void setAuthorFilter(const QString &author);
    /** Case-insensitive text in the quote, note or tag paths; empty shows all. */
    void setTextFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    AnnotationDocument &m_document;
    qint64 m_tag = 0;
    qint64 m_article = 0;
    QString m_author;
    QString m_text;
};

} // namespace parallax::annotations
