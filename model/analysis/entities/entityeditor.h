// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entities/entity.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QUndoStack>

#include <functional>

namespace parallax::store {
class EntityStore;
}

namespace parallax::entities {

/**
 * The user's decisions about entities as undoable commands: rename, retype, merge, split, add or
 * remove an alias, reject. Each is stored at once when done, and its stored decision and its
 * effect are taken back at once on undo (and put back on redo, with the same entity ids), so
 * that a re-analysis always follows exactly the decisions on the stack.
 *
 * The commands go on the undo stack given (the window's, so that Edit > Undo covers them), or on
 * the editor's own.
 */
class EntityEditor final : public QObject
{
    Q_OBJECT
public:
    explicit EntityEditor(QSqlDatabase db, QObject *parent = nullptr);
    ~EntityEditor() override;

    QUndoStack *undoStack() const;
    /** Pushes later commands on a shared stack; null goes back to the editor's own. */
    void setUndoStack(QUndoStack *stack);

    // Each returns false (0 for split) and sets lastError() when the decision cannot be made.
    bool rename(qint64 entityId, const QString &name);
    bool retype(qint64 entityId, EntityType type);
    bool merge(qint64 entityId, qint64 intoEntityId);
    /** Moves the mentions written as `surface` to a new entity; returns its id. */
    qint64 split(qint64 entityId, const QString &surface);
    bool addAlias(qint64 entityId, const QString &alias);
    bool removeAlias(qint64 entityId, const QString &alias);
    bool reject(qint64 entityId);

    QString lastError() const { return m_error; }

Q_SIGNALS:
    /** Entities changed: a decision was made, undone or redone. */
    void changed();
    /** A decision, or its undo or redo, could not be written (lastError()); nothing changed. */
    void failed(const QString &error);

private:
    friend class DecisionCommand;
    /** Makes a decision in the store; sets `created` to the id of an entity it makes. */
    using Operation = std::function<bool(store::EntityStore &, qint64 &created)>;
    /** Whether a decision can move or delete mentions (then undo must keep them). */
    enum class Mentions { Stay, Move };
    /** Pushes a command that runs `op` over the entities `ids`; returns whether it was done. */
    bool push(const QString &text, const QList<qint64> &ids, Operation op, Mentions mentions, qint64 *created = nullptr);

    QString m_connection; ///< the database's connection name: no copy of it is kept
    QUndoStack m_ownStack;
    QPointer<QUndoStack> m_stack;
    QString m_error;
    bool m_lastOk = false;
    qint64 m_lastCreated = 0;
};

} // namespace parallax::entities
