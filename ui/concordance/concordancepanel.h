// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/concordancemodel.h"
#include "store/backgroundread.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace parallax {
class SelectionHub;
}

namespace parallax::ui {

class EmptyStateLabel;

/**
 * The concordance: every match of the library's search in the articles the library shows, one
 * line each with the text before and after it (key word in context); without a search, every
 * mention of the chosen entity under any of its names. A second tab lists the words found near
 * the matches more often than elsewhere in the same articles (collocates); choosing one shows the
 * lines it is near. A click on a column's header sorts by the words nearest the match; a click on
 * a line shows the match in the reader. Read when the panel is shown, on a thread of its own:
 * reading the articles of 2,000 lines takes a few hundred milliseconds.
 */
class ConcordancePanel final : public QWidget
{
    Q_OBJECT
public:
    ConcordancePanel(store::Store &store, SelectionHub &hub, QWidget *parent = nullptr);

    itemmodels::ConcordanceModel &model() { return m_model; }
    QTableView *view() const { return m_view; }
    /** The words found near the matches (the "Collocates" tab). */
    itemmodels::CollocateModel &collocates() { return m_collocates; }
    QTableView *collocateView() const { return m_collocateView; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *status() const;
    /** Reads the lines again (after an import or a removal), now if shown, else when shown. */
    void reload();
    /** The selected lines as text ("… before [match] after — Outlet, date, “Title”"), top to bottom. */
    QString selectedText() const;
    /** Writes the lines as CSV; an empty string, or why it could not. */
    QString exportCsv(const QString &path) const;
    /** Writes the collocates as CSV (their field names as `concordance --collocates --json` gives them). */
    QString exportCollocatesCsv(const QString &path) const;

Q_SIGNALS:
    /** A line was chosen: show this match or mention (its start in the body) in the reader. */
    void hitRequested(qint64 articleId, int start);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    store::ArticleFilter scope() const;
    void show(const query::Concordance &c);
    /** Says which lines are shown: all, or those near a chosen collocate. */
    void showNearState();
    void askExport();

    store::Store &m_store;
    SelectionHub &m_hub;
    itemmodels::ConcordanceModel m_model;
    itemmodels::CollocateModel m_collocates;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_collocateView = nullptr;
    QStackedWidget *m_collocateStack = nullptr;
    EmptyStateLabel *m_collocateEmpty = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    EmptyStateLabel *m_empty = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_allLines = nullptr;
    QString m_summary; ///< what the status says of all the lines
    store::Interruptible m_read;
    int m_generation = 0;
    bool m_waiting = true;
};

} // namespace parallax::ui
