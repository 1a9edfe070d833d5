// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparison.h"

#include <QObject>
#include <QUndoStack>

#include <optional>

namespace parallax::store {
class Store;
}

namespace parallax::query {

/**
 * The comparison of one pair of articles as the comparison pane edits it: the alignment, the
 * framing hits of both sides, and the user's links and unlinks, each one undoable and stored
 * the moment it is made. Views call the intent methods and listen to changed().
 */
class ComparisonDocument final : public QObject
{
    Q_OBJECT
public:
    explicit ComparisonDocument(store::Store &store, QObject *parent = nullptr);

    /** Loads a pair; returns false (and sets error()) when an article is missing. */
    bool load(qint64 left, qint64 right);
    void clear();
    /** Reads the framing hits of both articles again (after the corpus was tagged again). */
    void reloadHits();
    bool isLoaded() const { return m_loaded; }
    const Comparison &comparison() const { return m_comparison; }
    const QList<framing::FramingHit> &leftHits() const { return m_leftHits; }
    const QList<framing::FramingHit> &rightHits() const { return m_rightHits; }
    QString error() const { return m_error; }

    /** The partner of a left (or right) sentence, or -1. */
    int partnerOfLeft(int left) const;
    int partnerOfRight(int right) const;

    /**
     * Links two sentences by hand (undoable); false when one of them is out of range, or when
     * the link could not be stored (error(), fixFailed()).
     */
    bool link(int left, int right);
    /** Unlinks a pair (undoable); false when the two are not a pair, or it could not be stored. */
    bool unlink(int left, int right);

    QUndoStack *undoStack() { return &m_undo; }

    /**
     * Stores a link (true) or unlink (false) of two sentences, or with std::nullopt removes the
     * stored fix, without the undo stack (used by the undo commands).
     */
    bool applyFix(int left, int right, std::optional<bool> link);
    /** The stored fix of two sentences: link (true), unlink (false) or none. */
    std::optional<bool> storedFix(int left, int right) const;

Q_SIGNALS:
    void changed();
    /** A link, an unlink or the undo of one could not be stored; the alignment is as it was. */
    void fixFailed(const QString &error);

private:
    void realign();
    void readHits();

    store::Store &m_store;
    Comparison m_comparison;
    QList<framing::FramingHit> m_leftHits;
    QList<framing::FramingHit> m_rightHits;
    QUndoStack m_undo;
    QString m_error;
    bool m_loaded = false;
    bool m_lastFixOk = false;
};

} // namespace parallax::query
