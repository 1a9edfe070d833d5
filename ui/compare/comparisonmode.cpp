// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonmode.h"

#include "selection/selectionhub.h"
#include "ui/compare/comparepane.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QShortcut>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace parallax::ui {

ComparisonMode::ComparisonMode(QWidget *reader, ComparePane *compare, SelectionHub &hub, QWidget *parent)
    : QStackedWidget(parent)
    , m_reader(reader)
    , m_compare(compare)
{
    setObjectName(u"centralModes"_s);
    addWidget(m_reader);
    addWidget(m_compare);
    setCurrentWidget(m_reader);

    auto *group = new QActionGroup(this);
    m_readerAction = new QAction(tr("&Reader"), group);
    m_readerAction->setObjectName(u"actionReaderMode"_s);
    m_readerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_readerAction->setToolTip(tr("Read one article at a time (Ctrl+1)"));
    m_compareAction = new QAction(tr("&Compare Sources"), group);
    m_compareAction->setObjectName(u"actionCompareMode"_s);
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_compareAction->setToolTip(tr("Read two sources' reports of one event side by side (Ctrl+2)"));
    for (QAction *a : {m_readerAction, m_compareAction})
        a->setCheckable(true);
    m_readerAction->setChecked(true);
    connect(m_readerAction, &QAction::triggered, this, &ComparisonMode::showReader);
    connect(m_compareAction, &QAction::triggered, this, &ComparisonMode::showComparison);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_compare, nullptr, nullptr,
                                 Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &ComparisonMode::showReader);
    // Opening a pair shows it; opening an article shows the reader.
    connect(&hub, &SelectionHub::pairChanged, this, [this](qint64 left, qint64 right) {
        if (left > 0 && right > 0)
            showComparison();
    });
    connect(&hub, &SelectionHub::articleChanged, this, &ComparisonMode::showReader);
}

void ComparisonMode::showReader()
{
    m_readerAction->setChecked(true);
    if (!isComparing())
        return;
    setCurrentWidget(m_reader);
    bringDocksBack();
    Q_EMIT modeChanged(false);
}

void ComparisonMode::showComparison()
{
    m_compareAction->setChecked(true);
    if (isComparing())
        return;
    putDocksAway();
    setCurrentWidget(m_compare);
    m_compare->setFocus(Qt::OtherFocusReason);
    Q_EMIT modeChanged(true);
}

void ComparisonMode::putDocksAway()
{
    auto *main = qobject_cast<QMainWindow *>(window());
    if (!main)
        return;
    main->installEventFilter(this);
    m_readerLayout = main->saveState();
    for (QDockWidget *dock : main->findChildren<QDockWidget *>()) {
        const Qt::DockWidgetArea area = main->dockWidgetArea(dock);
        if (!dock->isFloating() && (area == Qt::RightDockWidgetArea || area == Qt::BottomDockWidgetArea))
            dock->hide();
    }
}

void ComparisonMode::bringDocksBack()
{
    // The reader's layout as it was, tabs in front included.
    if (auto *main = qobject_cast<QMainWindow *>(window()); main && !m_readerLayout.isEmpty())
        main->restoreState(m_readerLayout);
    m_readerLayout.clear();
}

bool ComparisonMode::eventFilter(QObject *watched, QEvent *event)
{
    // The window saves its layout when it closes: save the reader's.
    if (event->type() == QEvent::Close && watched == window())
        showReader();
    return QStackedWidget::eventFilter(watched, event);
}

QToolBar *ComparisonMode::createToolBar(QWidget *parent)
{
    auto *bar = new QToolBar(tr("Mode"), parent);
    bar->setObjectName(u"modeToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({m_readerAction, m_compareAction});
    return bar;
}

} // namespace parallax::ui
