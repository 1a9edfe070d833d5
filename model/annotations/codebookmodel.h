// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QHash>

namespace parallax::annotations {

class AnnotationDocument;

/**
 * The codebook as a tree: a tag's name (editable: renames through the document, so undoable),
 * its colour as decoration, its description as tooltip, how many annotations carry it, and
 * whether it is codable (checkable; a folder, shown in italics, cannot be applied to text).
 * Tags can be dragged onto another tag (or the empty area) to move them.
 */
class CodebookModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, UsesColumn, CodableColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, PathRole };

    explicit CodebookModel(AnnotationDocument &document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    qint64 tagId(const QModelIndex &index) const { return index.isValid() ? qint64(index.internalId()) : 0; }
    /** The index of a tag, or an invalid index. */
    QModelIndex indexOf(qint64 tagId, int column = 0) const;
    /** Whether views may rename, move and check tags (not on a read-only corpus). Default: yes. */
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

Q_SIGNALS:
    /** An edit made in a view was refused (the reason is the document's lastError()). */
    void editRefused(const QString &reason);

private:
    void rebuild();
    void countUses();

    AnnotationDocument &m_document;
    QHash<qint64, QList<qint64>> m_children; ///< parent id (0 = top) → children in display order
    QHash<qint64, int> m_rows;               ///< tag id → row among its siblings
    QHash<qint64, qint64> m_parents;         ///< tag id → parent id, as of the last rebuild
    QHash<qint64, int> m_uses;               ///< tag id → annotations carrying it
    bool m_editable = true;
};

} // namespace parallax::annotations
