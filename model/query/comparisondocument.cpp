// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisondocument.h"

#include "core/failedstep.h"
#include "store/comparestore.h"
#include "store/store.h"

#include <QUndoCommand>

#include <utility>

using namespace Qt::StringLiterals;

namespace parallax::query {

namespace {

/**
 * One hand-made link or unlink of two sentences. A fix replaces any stored fix of the same two
 * sentences, so undo puts that earlier fix back rather than leaving none.
 */
class AlignmentFixCommand final : public QUndoCommand
{
public:
    AlignmentFixCommand(ComparisonDocument &doc, int left, int right, bool link,
                        std::optional<bool> previous)
        : QUndoCommand(link ? QObject::tr("Link sentences %1 and %2").arg(left + 1).arg(right + 1)
                            : QObject::tr("Unlink sentences %1 and %2").arg(left + 1).arg(right + 1))
        , m_doc(doc)
        , m_left(left)
        , m_right(right)
        , m_link(link)
        , m_previous(previous)
    {
    }
    void redo() override
    {
        if (std::exchange(m_skipNext, false))
            return;
        const bool ok = m_doc.applyFix(m_left, m_right, m_link);
        if (!m_done) {
            m_done = ok;
            setObsolete(!ok); // never stored: the stack drops it
        } else if (!ok) {
            stepBackOver(m_doc.undoStack(), this, false, &m_skipNext);
        }
    }
    void undo() override
    {
        if (std::exchange(m_skipNext, false))
            return;
        if (!m_doc.applyFix(m_left, m_right, m_previous))
            stepBackOver(m_doc.undoStack(), this, true, &m_skipNext);
    }

private:
    ComparisonDocument &m_doc;
    int m_left;
    int m_right;
    bool m_link;
    std::optional<bool> m_previous;
    bool m_done = false;
    bool m_skipNext = false; ///< the stack moving back over a step that could not be written
};

} // namespace

ComparisonDocument::ComparisonDocument(store::Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

bool ComparisonDocument::load(qint64 left, qint64 right)
{
    m_undo.clear();
    auto c = compareArticles(m_store, left, right, &m_error);
    m_loaded = c.has_value();
    if (!c) {
        m_comparison = {};
        m_leftHits.clear();
        m_rightHits.clear();
        Q_EMIT changed();
        return false;
    }
    m_comparison = *c;
    m_error.clear();
    readHits();
    Q_EMIT changed();
    return true;
}

void ComparisonDocument::readHits()
{
    // The hits stored for the corpus, as the framing table and the CLI read them.
    const store::CompareStore cs(m_store);
    for (auto [id, hits] : {std::pair{m_comparison.left.id, &m_leftHits},
                            std::pair{m_comparison.right.id, &m_rightHits}}) {
        hits->clear();
        for (const store::StoredFramingHit &h : cs.framingHits(id))
            hits->append(h.hit);
    }
}

void ComparisonDocument::reloadHits()
{
    if (!m_loaded)
        return;
    readHits();
    Q_EMIT changed();
}

void ComparisonDocument::clear()
{
    m_undo.clear();
    m_loaded = false;
    m_comparison = {};
    m_leftHits.clear();
    m_rightHits.clear();
    Q_EMIT changed();
}

int ComparisonDocument::partnerOfLeft(int left) const
{
    for (const compare::SentencePair &p : m_comparison.alignment.pairs) {
        if (p.left == left)
            return p.right;
    }
    return -1;
}

int ComparisonDocument::partnerOfRight(int right) const
{
    for (const compare::SentencePair &p : m_comparison.alignment.pairs) {
        if (p.right == right)
            return p.left;
    }
    return -1;
}

bool ComparisonDocument::link(int left, int right)
{
    if (!m_loaded || left < 0 || right < 0 || left >= m_comparison.left.sentences.size()
        || right >= m_comparison.right.sentences.size() || partnerOfLeft(left) == right)
        return false;
    m_undo.push(new AlignmentFixCommand(*this, left, right, true, storedFix(left, right)));
    return m_lastFixOk;
}

bool ComparisonDocument::unlink(int left, int right)
{
    if (!m_loaded || partnerOfLeft(left) != right)
        return false;
    m_undo.push(new AlignmentFixCommand(*this, left, right, false, storedFix(left, right)));
    return m_lastFixOk;
}

std::optional<bool> ComparisonDocument::storedFix(int left, int right) const
{
    const store::CompareStore cs(m_store);
    for (const store::AlignmentFix &f : cs.alignmentFixes(m_comparison.left.id, m_comparison.right.id)) {
        if (f.leftSentence == left && f.rightSentence == right)
            return f.link;
    }
    return std::nullopt;
}

bool ComparisonDocument::applyFix(int left, int right, std::optional<bool> link)
{
    store::CompareStore cs(m_store);
    const qint64 l = m_comparison.left.id;
    const qint64 r = m_comparison.right.id;
    m_lastFixOk = link ? cs.addAlignmentFix(l, r, {left, right, *link}) : cs.removeAlignmentFix(l, r, left, right);
    if (!m_lastFixOk) {
        // Nothing was stored, so the alignment shown stays as it is.
        m_error = cs.lastError();
        Q_EMIT fixFailed(m_error);
        return false;
    }
    realign();
    return true;
}

void ComparisonDocument::realign()
{
    if (auto c = compareArticles(m_store, m_comparison.left.id, m_comparison.right.id, &m_error))
        m_comparison.alignment = c->alignment;
    Q_EMIT changed();
}

} // namespace parallax::query
