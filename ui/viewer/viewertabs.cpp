// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The document viewer's tabs: one per open article, all shown through the one body and the SelectionHub.
#include "documentviewer.h"

#include "selection/selectionhub.h"

#include <QAction>
#include <QMouseEvent>
#include <QSignalBlocker>
#include <QTabBar>

using namespace Qt::StringLiterals;

namespace parallax::ui {

void DocumentViewer::createTabs()
{
    m_tabs = new QTabBar(this);
    m_tabs->setObjectName(u"viewerTabs"_s);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->setElideMode(Qt::ElideRight);
    m_tabs->installEventFilter(this);
    m_tabs->hide();
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0)
            m_hub.setArticle(m_tabs->tabData(index).toLongLong());
    });
    connect(m_tabs, &QTabBar::tabCloseRequested, this, &DocumentViewer::closeTab);
    m_closeTab = new QAction(tr("&Close Tab"), this);
    m_closeTab->setObjectName(u"actionCloseTab"_s);
    m_closeTab->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::CTRL | Qt::Key_F4)});
    addAction(m_closeTab);
    connect(m_closeTab, &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });
}

void DocumentViewer::syncTab()
{
    int index = -1;
    for (int i = 0; i < m_tabs->count() && index < 0; ++i)
        if (m_tabs->tabData(i).toLongLong() == m_article.id)
            index = i;
    const QSignalBlocker block(m_tabs);
    if (index < 0) {
        if (m_forceNewTab || m_tabs->currentIndex() < 0)
            index = m_tabs->addTab(QString());
        else
            index = m_tabs->currentIndex();
        m_tabs->setTabText(index, m_article.title.left(40));
        m_tabs->setTabToolTip(index, m_article.title);
        m_tabs->setTabData(index, m_article.id);
    }
    m_tabs->setCurrentIndex(index);
    m_tabs->setVisible(m_tabs->count() > 1);
}

void DocumentViewer::openInNewTab(qint64 id)
{
    m_forceNewTab = true;
    if (m_hub.article() == id)
        showArticle(id);
    else
        m_hub.setArticle(id);
    m_forceNewTab = false;
}

void DocumentViewer::closeTab(int index)
{
    if (index < 0 || index >= m_tabs->count())
        return;
    m_tabs->removeTab(index); // the tab now current, if any, selects its article
    m_tabs->setVisible(m_tabs->count() > 1);
    if (m_tabs->count() == 0)
        m_hub.setArticle(0);
}

void DocumentViewer::forgetArticles(const QSet<qint64> &ids)
{
    const QSignalBlocker quiet(m_tabs); // the hub decides what is shown next
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        if (ids.contains(m_tabs->tabData(i).toLongLong()))
            m_tabs->removeTab(i);
    }
    m_tabs->setVisible(m_tabs->count() > 1);
}

bool DocumentViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tabs && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::MiddleButton) {
            closeTab(m_tabs->tabAt(mouse->position().toPoint()));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace parallax::ui
