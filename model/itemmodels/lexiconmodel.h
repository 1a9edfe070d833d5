// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace parallax::framing {
class LexiconDocument;
}

namespace parallax::itemmodels {

/**
 * The user's lexicon as an editable table (term, concept, side, note). An edit goes through
 * the document, so it is undoable and saved; an edit the lexicon refuses leaves the row as it
 * was and its reason in lastError().
 */
class LexiconModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Term, Concept, Side, Note, ColumnCount };
    explicit LexiconModel(framing::LexiconDocument &document, QObject *parent = nullptr);

    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /** An edit was refused; the reason is for the user. */
    void editRefused(const QString &reason);

private:
    framing::LexiconDocument &m_doc;
    QString m_error;
};

} // namespace parallax::itemmodels
