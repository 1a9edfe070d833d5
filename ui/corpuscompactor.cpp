// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpuscompactor.h"

#include "store/backgroundread.h"
#include "ui/workprogress.h"

#include <QProgressDialog>

using namespace Qt::StringLiterals;

namespace parallax::ui {

namespace {

struct Outcome
{
    std::optional<std::pair<store::Store::DiskUse, store::Store::DiskUse>> use;
    QString error;
};

} // namespace

CorpusCompactor::CorpusCompactor(store::Store &store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
{
}

CorpusCompactor::~CorpusCompactor()
{
    if (m_cancel)
        m_cancel->store(true); // the window is going: SQLite rolls the rewrite back
}

void CorpusCompactor::compact()
{
    if (m_running)
        return;
    m_running = true;
    Q_EMIT runningChanged(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);

    // SQLite's VACUUM says nothing of how far it is: a busy bar, for as long as it takes.
    m_progress = workProgress(m_window, tr("Compact Corpus"), tr("Compacting the corpus…"), u"compactProgress"_s, 0, m_cancel);

    const auto finish = [this](const Outcome &outcome) {
        endWorkProgress(m_progress);
        m_progress = nullptr;
        m_cancel.reset();
        m_running = false;
        Q_EMIT runningChanged(false);
        if (outcome.use)
            Q_EMIT compacted(outcome.use->first, outcome.use->second);
        else
            Q_EMIT notCompacted(outcome.error);
    };
    const auto work = [cancel = m_cancel](store::Store &store) {
        Outcome o;
        o.use = store.compact(cancel.get());
        if (!o.use)
            o.error = cancel->load() ? QString() : store.lastError();
        return o;
    };
    store::workInBackground(m_store, this, work, [](const QString &error) { return Outcome{std::nullopt, error}; },
                            finish);
}

} // namespace parallax::ui
