// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

class QAction;
class QToolBar;

namespace parallax {
class SelectionHub;
}

namespace parallax::ui {

class ComparePane;

/**
 * The main window's central area: the reader, or the comparison of two sources ("comparison
 * mode"). View › Compare Sources, the mode toolbar or Ctrl+2 switch to the comparison, as does
 * opening a pair; View › Reader, Ctrl+1, Esc in the comparison or opening an article switch back.
 * The comparison needs the width: while it is shown, the docks on the right and at the bottom
 * are put away, and they come back with the reader (also before the window saves its layout).
 */
class ComparisonMode final : public QStackedWidget
{
    Q_OBJECT
public:
    ComparisonMode(QWidget *reader, ComparePane *compare, SelectionHub &hub, QWidget *parent = nullptr);

    bool isComparing() const { return currentWidget() != m_reader; }
    void showReader();
    void showComparison();

    ComparePane *comparePane() const { return m_compare; }
    QAction *readerAction() const { return m_readerAction; }
    QAction *compareAction() const { return m_compareAction; }
    /** A toolbar with the two modes, for the main window to add. */
    QToolBar *createToolBar(QWidget *parent);

Q_SIGNALS:
    void modeChanged(bool comparing);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void putDocksAway();
    void bringDocksBack();

    QByteArray m_readerLayout;
    QWidget *m_reader;
    ComparePane *m_compare;
    QAction *m_readerAction = nullptr;
    QAction *m_compareAction = nullptr;
};

} // namespace parallax::ui
