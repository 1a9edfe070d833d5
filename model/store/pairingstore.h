// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

#include "analysis/compare/pairing.h"
#include "schema.h"
#include "store.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace parallax::store {

/** The pairing keys table: each article's content words and numbers, computed once. */
Migration pairing1();

/**
 * What event pairing reads of a stored corpus, without the bodies: ids, countries and dates
 * from the articles table, content words and numbers from the pairing keys (worked out from a
 * body the first time it is needed and kept), and entity keys from the stored mentions, so
 * that an entity named differently by the two sides ("Northern Territories", "Southern Kurils")
 * is one shared key.
 */
/** Pairing words as stored: each once with its count (never a null string). */
QString packPairingWords(const QStringList &words);

class PairingStore final
{
public:
    explicit PairingStore(Store &store);

    /**
     * A record per current article (superseded versions are left out), by id. Articles without keys yet are read once, and their keys are
     * written in batches, one transaction each (unless the caller holds a transaction).
     * std::nullopt and lastError() when the corpus cannot be read.
     */
    std::optional<QList<compare::PairingRecord>> records();
    /**
     * The same records streamed into an interned pairing corpus, so that their strings are
     * never all held at once (what the pair list reads). Superseded versions are left out.
     */
    std::optional<compare::PairingCorpus> corpus();
    /**
     * Entity keys per article from the stored mentions: the entity's name after the user's
     * decisions, so every name of one entity is one key and a merge counts.
     */
    std::optional<QHash<qint64, QStringList>> entityKeys();
    /**
     * Entity keys (names, as in entityKeys()) per sentence of one article, for sentence
     * alignment: one list per sentence, in sentence order.
     */
    QList<QStringList> sentenceEntityKeys(qint64 article, const QList<Span> &sentences);
    /** Id, title, outlet and country of the given articles (no bodies). */
    QHash<qint64, ArticleSummary> summaries(const QList<qint64> &ids);
    /** How many articles have their keys stored (for tests). */
    int storedKeyCount() const;

    /** Stops reading when *cancel becomes true (set from another thread); reads fail then. */
    void setCancel(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    QString lastError() const { return m_error; }

private:
    /** Every current article's record, once each: computed (and stored) first, then read. */
    bool forEachRecord(const std::function<void(const compare::PairingRecord &)> &visit);
    bool writeKeys(const QList<compare::PairingRecord> &records);
    bool fail(const QString &what, const QString &detail) const;

    Store &m_store;
    const std::atomic<bool> *m_cancel = nullptr;
    mutable QString m_error;
};

} // namespace parallax::store
