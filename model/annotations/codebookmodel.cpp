// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/codebookmodel.h"

#include "annotations/annotationdocument.h"

#include <QFont>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace parallax::annotations {

namespace {
const QString TagMimeType = u"application/x-parallax-tag-id"_s;

QHash<qint64, int> uses(const AnnotationDocument &document)
{
    QHash<qint64, int> counts;
    for (const Annotation &a : document.annotations()) {
        for (qint64 t : a.tagIds)
            ++counts[t];
    }
    return counts;
}
} // namespace

CodebookModel::CodebookModel(AnnotationDocument &document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    // Codebooks hold tens to hundreds of tags: a reset per structural change is cheap and exact.
    for (auto signal : {&AnnotationDocument::tagAdded, &AnnotationDocument::tagChanged, &AnnotationDocument::tagRemoved})
        connect(&document, signal, this, &CodebookModel::rebuild);
    connect(&document, &AnnotationDocument::reset, this, &CodebookModel::rebuild);
    for (auto signal : {&AnnotationDocument::annotationAdded, &AnnotationDocument::annotationChanged,
                        &AnnotationDocument::annotationRemoved})
        connect(&document, signal, this, &CodebookModel::countUses);
    rebuild();
}

void CodebookModel::rebuild()
{
    beginResetModel();
    m_children.clear();
    m_rows.clear();
    m_parents.clear();
    const Codebook &book = m_document.codebook();
    QList<qint64> parents{0};
    for (qsizetype i = 0; i < parents.size(); ++i) {
        const QList<qint64> kids = book.children(parents.at(i));
        m_children.insert(parents.at(i), kids);
        for (int row = 0; row < kids.size(); ++row) {
            m_rows.insert(kids.at(row), row);
            m_parents.insert(kids.at(row), parents.at(i));
        }
        parents.append(kids);
    }
    m_uses = uses(m_document);
    endResetModel();
}

void CodebookModel::countUses()
{
    const QHash<qint64, int> old = std::exchange(m_uses, uses(m_document));
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (old.value(it.key()) != m_uses.value(it.key())) {
            const QModelIndex i = indexOf(it.key(), UsesColumn);
            Q_EMIT dataChanged(i, i, {Qt::DisplayRole});
        }
    }
}

QModelIndex CodebookModel::indexOf(qint64 tagId, int column) const
{
    const auto row = m_rows.constFind(tagId);
    return row == m_rows.cend() ? QModelIndex() : createIndex(*row, column, quintptr(tagId));
}

QModelIndex CodebookModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, quintptr(m_children.value(tagId(parent)).at(row)));
}

QModelIndex CodebookModel::parent(const QModelIndex &child) const
{
    // From the model's own structure: between a codebook edit and the reset it causes, the
    // document may already have changed.
    const qint64 parentId = m_parents.value(tagId(child), 0);
    return parentId != 0 ? indexOf(parentId) : QModelIndex();
}

int CodebookModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != NameColumn)
        return 0;
    return int(m_children.value(tagId(parent)).size());
}

int CodebookModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CodebookModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Tag *t = m_document.codebook().tag(tagId(index));
    if (!t)
        return {};
    switch (role) {
    case IdRole:
        return t->id;
    case PathRole:
        return m_document.codebook().path(t->id);
    case Qt::ToolTipRole: {
        QString tip = m_document.codebook().path(t->id);
        if (!t->codable)
            tip += u"\n"_s + tr("A folder of tags: it cannot be applied to text.");
        if (index.column() == CodableColumn)
            tip += u"\n"_s + tr("Codable: can be applied to text (unchecked: only a folder of tags)");
        return t->description.isEmpty() ? tip : tip + u"\n"_s + t->description;
    }
    case Qt::CheckStateRole:
        return index.column() == CodableColumn ? QVariant(t->codable ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::FontRole:
        if (index.column() == NameColumn && !t->codable) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == NameColumn && t->colour.isValid() ? QVariant(t->colour) : QVariant();
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == CodableColumn)
            return {};
        return index.column() == NameColumn ? QVariant(t->name) : QVariant(m_uses.value(t->id));
    case Qt::TextAlignmentRole:
        return index.column() == UsesColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

bool CodebookModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !m_editable)
        return false;
    bool ok = false;
    if (role == Qt::EditRole && index.column() == NameColumn)
        ok = m_document.renameTag(tagId(index), value.toString().trimmed());
    else if (role == Qt::CheckStateRole && index.column() == CodableColumn)
        ok = m_document.setTagCodable(tagId(index), value.value<Qt::CheckState>() == Qt::Checked);
    else
        return false;
    if (!ok)
        Q_EMIT editRefused(m_document.lastError());
    return ok;
}

QVariant CodebookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Tag");
    case UsesColumn: return tr("Uses");
    default: return tr("Codable");
    }
}

Qt::ItemFlags CodebookModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_editable ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_editable)
        return f; // the codable box still shows its state, but cannot be clicked
    f |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    else if (index.column() == CodableColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

void CodebookModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    if (rowCount() > 0) // flags changed everywhere: views ask again
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QStringList CodebookModel::mimeTypes() const
{
    return {TagMimeType};
}

QMimeData *CodebookModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(TagMimeType, QByteArray::number(tagId(indexes.first())));
    return data;
}

bool CodebookModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent)
{
    if (!m_editable || action != Qt::MoveAction || !data->hasFormat(TagMimeType))
        return false;
    const qint64 id = data->data(TagMimeType).toLongLong();
    m_document.moveTag(id, tagId(parent));
    return false; // the move is done; the view must not remove rows itself
}

} // namespace parallax::annotations
