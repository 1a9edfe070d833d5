// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityeditor.h"

#include "core/articlebound.h"
#include "core/failedstep.h"
#include "store/entitystore.h"

#include <QSqlRecord>
#include <QUndoCommand>

#include <utility>

using namespace Qt::StringLiterals;

namespace parallax::entities {

/**
 * One decision: made in the store on its first redo, between two snapshots of the entities it
 * touches; undo and redo put the store back to one snapshot or the other. A decision the store
 * refuses makes the command obsolete, so the stack drops it; an undo or redo it cannot write
 * leaves the entities as they were and the history back where they are.
 */
class DecisionCommand final : public QUndoCommand, public ArticleBound
{
public:
    DecisionCommand(EntityEditor *editor, const QString &text, QList<qint64> ids, EntityEditor::Operation op,
                    bool movesMentions)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_connection(editor->m_connection)
        , m_ids(std::move(ids))
        , m_op(std::move(op))
        , m_movesMentions(movesMentions)
    {
    }

    void redo() override
    {
        if (std::exchange(m_skipNext, false))
            return;
        store::EntityStore es(QSqlDatabase::database(m_connection, false));
        bool ok = false;
        if (m_done) {
            ok = es.restore(m_after, m_before);
            if (!ok && m_editor) // nothing changed: the history goes back to match
                stepBackOver(m_editor->undoStack(), this, false, &m_skipNext);
        } else {
            // The first entity is the one whose mentions a merge, split or reject moves.
            m_before = es.snapshot(m_ids, {}, m_movesMentions ? m_ids.first() : 0);
            ok = m_op(es, m_created);
            if (ok) {
                m_after = es.snapshotAfter(m_before, m_created ? QList<qint64>{m_created} : QList<qint64>{});
                m_done = true;
            } else {
                setObsolete(true);
            }
        }
        finish(es, ok);
    }

    void undo() override
    {
        if (std::exchange(m_skipNext, false))
            return;
        store::EntityStore es(QSqlDatabase::database(m_connection, false));
        const bool ok = es.restore(m_before, m_after);
        if (!ok && m_editor)
            stepBackOver(m_editor->undoStack(), this, true, &m_skipNext);
        finish(es, ok);
    }

    bool refersToArticles(const QSet<qint64> &articleIds) const override
    {
        // The mentions a merge, split or reject moved, as they were and as they are.
        for (const store::EntitySnapshot *snapshot : {&m_before, &m_after}) {
            for (const QSqlRecord &mention : snapshot->mentions) {
                if (articleIds.contains(mention.value(u"article_id"_s).toLongLong()))
                    return true;
            }
        }
        return false;
    }

private:
    void finish(const store::EntityStore &es, bool ok)
    {
        if (!m_editor)
            return;
        m_editor->m_lastOk = ok;
        m_editor->m_lastCreated = m_created;
        m_editor->m_error = ok ? QString() : es.lastError();
        Q_EMIT m_editor->changed();
        if (!ok)
            Q_EMIT m_editor->failed(m_editor->m_error);
    }

    QPointer<EntityEditor> m_editor;
    QString m_connection;
    QList<qint64> m_ids;
    EntityEditor::Operation m_op;
    store::EntitySnapshot m_before;
    store::EntitySnapshot m_after;
    qint64 m_created = 0;
    bool m_movesMentions = true;
    bool m_done = false;
    bool m_skipNext = false; ///< the stack moving back over a step that could not be written
};

EntityEditor::EntityEditor(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_connection(db.connectionName())
    , m_stack(&m_ownStack)
{
}

EntityEditor::~EntityEditor() = default;

QUndoStack *EntityEditor::undoStack() const
{
    return m_stack ? m_stack.data() : const_cast<QUndoStack *>(&m_ownStack);
}

void EntityEditor::setUndoStack(QUndoStack *stack)
{
    m_stack = stack ? stack : &m_ownStack;
}

bool EntityEditor::push(const QString &text, const QList<qint64> &ids, Operation op, Mentions mentions, qint64 *created)
{
    // The stack runs the command's redo() at once, which reports back (a refused one is dropped).
    m_lastOk = false;
    m_lastCreated = 0;
    undoStack()->push(new DecisionCommand(this, text, ids, std::move(op), mentions == Mentions::Move));
    if (created)
        *created = m_lastOk ? m_lastCreated : 0;
    return m_lastOk;
}

bool EntityEditor::rename(qint64 entityId, const QString &name)
{
    return push(tr("Rename entity to “%1”").arg(name.trimmed()), {entityId},
                [=](store::EntityStore &es, qint64 &) { return es.rename(entityId, name); }, Mentions::Stay);
}

bool EntityEditor::retype(qint64 entityId, EntityType type)
{
    return push(tr("Change entity type to %1").arg(typeName(type)), {entityId},
                [=](store::EntityStore &es, qint64 &) { return es.retype(entityId, type); }, Mentions::Stay);
}

bool EntityEditor::merge(qint64 entityId, qint64 intoEntityId)
{
    return push(tr("Merge entities"), {entityId, intoEntityId},
                [=](store::EntityStore &es, qint64 &) { return es.merge(entityId, intoEntityId); }, Mentions::Move);
}

qint64 EntityEditor::split(qint64 entityId, const QString &surface)
{
    qint64 created = 0;
    const bool ok = push(tr("Split “%1” off").arg(surface), {entityId},
                         [=](store::EntityStore &es, qint64 &made) { return (made = es.split(entityId, surface)) != 0; },
                         Mentions::Move, &created);
    return ok ? created : 0;
}

bool EntityEditor::addAlias(qint64 entityId, const QString &alias)
{
    return push(tr("Add alias “%1”").arg(alias.trimmed()), {entityId},
                [=](store::EntityStore &es, qint64 &) { return es.addAlias(entityId, alias); }, Mentions::Stay);
}

bool EntityEditor::removeAlias(qint64 entityId, const QString &alias)
{
    return push(tr("Remove alias “%1”").arg(alias.trimmed()), {entityId},
                [=](store::EntityStore &es, qint64 &) { return es.removeAlias(entityId, alias); }, Mentions::Stay);
}

bool EntityEditor::reject(qint64 entityId)
{
    return push(tr("Mark as not an entity"), {entityId},
                [=](store::EntityStore &es, qint64 &) { return es.reject(entityId); }, Mentions::Move);
}

} // namespace parallax::entities
