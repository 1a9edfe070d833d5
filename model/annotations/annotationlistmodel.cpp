// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotationlistmodel.h"

#include "annotations/annotationdocument.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax::annotations {

AnnotationListModel::AnnotationListModel(AnnotationDocument &document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(&document, &AnnotationDocument::reset, this, &AnnotationListModel::reload);
    connect(&document, &AnnotationDocument::annotationAdded, this, &AnnotationListModel::added);
    connect(&document, &AnnotationDocument::annotationChanged, this, &AnnotationListModel::changed);
    connect(&document, &AnnotationDocument::annotationRemoved, this, &AnnotationListModel::removed);
    connect(&document, &AnnotationDocument::tagChanged, this, &AnnotationListModel::tagsChanged);
    connect(&document, &AnnotationDocument::tagRemoved, this, &AnnotationListModel::tagsChanged);
    reload();
}

void AnnotationListModel::setArticleTitles(std::function<QString(qint64)> titleOf)
{
    m_titleOf = std::move(titleOf);
    m_titles.clear();
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, ArticleColumn), index(rowCount() - 1, ArticleColumn));
}

void AnnotationListModel::reload()
{
    beginResetModel();
    m_ids.clear();
    for (const Annotation &a : m_document.annotations())
        m_ids.append(a.id);
    endResetModel();
}

void AnnotationListModel::added(qint64 id)
{
    const auto at = std::lower_bound(m_ids.begin(), m_ids.end(), id);
    if (at != m_ids.end() && *at == id)
        return;
    const int row = int(at - m_ids.begin());
    beginInsertRows({}, row, row);
    m_ids.insert(row, id);
    endInsertRows();
}

void AnnotationListModel::changed(qint64 id)
{
    const QModelIndex first = indexOf(id);
    if (first.isValid())
        Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
}

void AnnotationListModel::removed(qint64 id)
{
    const QModelIndex i = indexOf(id);
    if (!i.isValid())
        return;
    beginRemoveRows({}, i.row(), i.row());
    m_ids.removeAt(i.row());
    endRemoveRows();
}

void AnnotationListModel::tagsChanged()
{
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, QuoteColumn), index(rowCount() - 1, TagsColumn));
}

QModelIndex AnnotationListModel::indexOf(qint64 id, int column) const
{
    const auto at = std::lower_bound(m_ids.cbegin(), m_ids.cend(), id);
    return at != m_ids.cend() && *at == id ? index(int(at - m_ids.cbegin()), column) : QModelIndex();
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int AnnotationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AnnotationListModel::articleTitle(qint64 articleId) const
{
    if (!m_titleOf)
        return tr("Article %1").arg(articleId);
    auto it = m_titles.find(articleId);
    if (it == m_titles.end())
        it = m_titles.insert(articleId, m_titleOf(articleId));
    return *it;
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Annotation *a = m_document.annotation(m_ids.at(index.row()));
    if (!a)
        return {};
    switch (role) {
    case IdRole:
        return a->id;
    case ArticleIdRole:
        return a->articleId;
    case StartRole:
        return a->span.start;
    case EndRole:
        return a->span.end;
    case TagIdsRole:
        return QVariant::fromValue(a->tagIds);
    case AuthorRole:
        return a->author;
    case OrphanRole:
        return a->orphan;
    case SearchTextRole:
        return QStringList{a->quote.exact, a->note, m_document.tagPaths(*a).join(u' ')}.join(u'\n');
    case Qt::ToolTipRole:
        return a->note.isEmpty() ? a->quote.exact : a->quote.exact + u"\n\n"_s + a->note;
    case Qt::DecorationRole:
        if (index.column() == QuoteColumn && !a->tagIds.isEmpty())
            if (const Tag *t = m_document.codebook().tag(a->tagIds.first()); t && t->colour.isValid())
                return t->colour;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case QuoteColumn:
        return (a->orphan ? tr("[not found] ") : QString()) + a->quote.exact.simplified();
    case TagsColumn:
        return m_document.tagPaths(*a).join(u", "_s);
    case NoteColumn:
        return a->note.simplified();
    case ArticleColumn:
        return articleTitle(a->articleId);
    case AuthorColumn:
        return a->author;
    case ModifiedColumn:
        return QLocale().toString(a->modified.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant AnnotationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QuoteColumn:
        return tr("Passage");
    case TagsColumn:
        return tr("Tags");
    case NoteColumn:
        return tr("Note");
    case ArticleColumn:
        return tr("Article");
    case AuthorColumn:
        return tr("Author");
    case ModifiedColumn:
        return tr("Modified");
    default:
        return {};
    }
}

AnnotationFilterModel::AnnotationFilterModel(AnnotationDocument &document, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_document(document)
{
    // Tag edits change which rows a tag filter accepts (e.g. a tag moved under the filtered one).
    connect(&document, &AnnotationDocument::tagChanged, this, &AnnotationFilterModel::invalidateFilter);
}

void AnnotationFilterModel::setTagFilter(qint64 tagId)
{
    m_tag = tagId;
    invalidateFilter();
}

void AnnotationFilterModel::setArticleFilter(qint64 articleId)
{
    m_article = articleId;
    invalidateFilter();
}

void AnnotationFilterModel::setAuthorFilter(const QString &author)
{
    m_author = author;
    invalidateFilter();
}

void AnnotationFilterModel::setTextFilter(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool AnnotationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_article != 0 && i.data(AnnotationListModel::ArticleIdRole).toLongLong() != m_article)
        return false;
    if (!m_author.isEmpty() && i.data(AnnotationListModel::AuthorRole).toString() != m_author)
        return false;
    if (m_tag != 0) {
        const auto tags = i.data(AnnotationListModel::TagIdsRole).value<QList<qint64>>();
        const Codebook &book = m_document.codebook();
        if (std::none_of(tags.cbegin(), tags.cend(), [&](qint64 t) { return book.isInSubtree(t, m_tag); }))
            return false;
    }
    return m_text.isEmpty()
        || i.data(AnnotationListModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace parallax::annotations
