// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleremover.h"

#include "store/backgroundread.h"
#include "store/removalstore.h"
#include "store/store.h"
#include "ui/workprogress.h"

#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QProgressDialog>

using namespace Qt::StringLiterals;

namespace parallax::ui {

namespace {

struct Outcome
{
    bool ok = false;
    QString error;
};

} // namespace

ArticleRemover::ArticleRemover(store::Store &store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
{
}

ArticleRemover::~ArticleRemover()
{
    if (m_cancel)
        m_cancel->store(true); // the window is going: roll back, as a crash would
}

void ArticleRemover::remove(const QList<qint64> &ids)
{
    if (m_running || m_planning)
        return;
    if (ids.size() < m_backgroundFrom || !m_store.canOpenElsewhere()) {
        store::RemovalStore removal(m_store);
        const store::RemovalPlan plan = removal.plan(ids);
        ask(plan, removal.lastError());
        return;
    }
    // Which of many articles are there, and their annotations: a second or more for tens of
    // thousands, read on a connection of its own.
    m_planning = true;
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    using Planned = std::pair<store::RemovalPlan, QString>;
    store::readInBackground(
        m_store.path(), this,
        [ids](store::Store &corpus) {
            store::RemovalStore removal(corpus);
            store::RemovalPlan plan = removal.plan(ids);
            return Planned{plan, removal.lastError()};
        },
        [](const QString &error) { return Planned{{}, error}; },
        [this](const Planned &planned) {
            QGuiApplication::restoreOverrideCursor();
            m_planning = false;
            ask(planned.first, planned.second);
        });
}

void ArticleRemover::ask(const store::RemovalPlan &plan, const QString &error)
{
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Remove Articles"), error);
        return;
    }
    if (plan.ids.isEmpty())
        return;
    if (m_confirm) {
        QMessageBox box(QMessageBox::Warning, tr("Remove Articles"),
                        tr("Remove %Ln article(s) from the corpus?", nullptr, int(plan.ids.size())),
                        QMessageBox::Cancel, m_window);
        const bool one = plan.ids.size() == 1;
        QString detail = one ? tr("What Parallax found in it goes too: its entities, dates, framing terms, pairs "
                                  "and search entries.")
                             : tr("What Parallax found in them goes too: their entities, dates, framing terms, "
                                  "pairs and search entries.");
        if (plan.annotations > 0)
            detail += u' '
                + (one ? tr("So do the %Ln annotation(s) made on it.", nullptr, int(plan.annotations))
                       : tr("So do the %Ln annotation(s) made on them.", nullptr, int(plan.annotations)));
        detail += u"\n\n"_s
            + (one ? tr("Importing its file again brings the article back, but not annotations.")
                   : tr("Importing their files again brings the articles back, but not annotations."));
        box.setInformativeText(detail);
        QPushButton *yes = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != yes)
            return;
    }
    start(plan.ids);
}

void ArticleRemover::start(const QList<qint64> &ids)
{
    m_running = true;
    Q_EMIT runningChanged(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto done = std::make_shared<std::atomic<int>>(0);

    m_progress = workProgress(m_window, tr("Remove Articles"), tr("Removing %Ln article(s)…", nullptr, int(ids.size())),
                              u"removeProgress"_s, int(ids.size()), m_cancel);
    auto *poll = new QTimer(m_progress);
    connect(poll, &QTimer::timeout, m_progress, [progress = m_progress, done] { progress->setValue(done->load()); });
    poll->start(100);

    const auto finish = [this, ids](const Outcome &outcome) {
        endWorkProgress(m_progress);
        m_progress = nullptr;
        m_cancel.reset();
        m_running = false;
        Q_EMIT runningChanged(false);
        if (outcome.ok)
            Q_EMIT removed(ids);
        else
            Q_EMIT notRemoved(outcome.error);
    };
    const auto work = [ids, cancel = m_cancel, done](store::Store &store) {
        store::RemovalStore removal(store);
        Outcome o;
        o.ok = removal.remove(ids, cancel.get(), [done](int removed, int) { done->store(removed); });
        o.error = removal.lastError();
        return o;
    };
    store::workInBackground(m_store, this, work, [](const QString &error) { return Outcome{false, error}; }, finish);
}

} // namespace parallax::ui
