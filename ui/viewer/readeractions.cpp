// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The document viewer's reader actions: zoom, find, copy with citation, article and layer navigation.
#include "documentviewer.h"

#include "findbar.h"
#include "itemmodels/articlelistmodel.h"
#include "selection/selectionhub.h"
#include "ui/settings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLocale>
#include <QMenu>
#include <QMimeData>

#include <cstdlib>
#include <utility>

using namespace Qt::StringLiterals;

namespace parallax::ui {

namespace {
constexpr int kMinPointSize = 6;
constexpr int kMaxPointSize = 48;
} // namespace

void DocumentViewer::createActions()
{
    const auto make = [this](const QString &text, const QString &name, const QList<QKeySequence> &keys) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcuts(keys);
        addAction(a);
        return a;
    };
    m_zoomIn = make(tr("Zoom &In"), u"actionZoomIn"_s,
                    {QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOut = make(tr("Zoom &Out"), u"actionZoomOut"_s, {QKeySequence(QKeySequence::ZoomOut)});
    m_zoomReset = make(tr("&Actual Size"), u"actionZoomReset"_s, {QKeySequence(Qt::CTRL | Qt::Key_0)});
    m_findAction = make(tr("&Find in Article…"), u"actionFind"_s, {QKeySequence(QKeySequence::Find)});
    m_findNext = make(tr("Next Match"), u"actionFindNext"_s, {QKeySequence(QKeySequence::FindNext)});
    m_findPrevious = make(tr("Previous Match"), u"actionFindPrevious"_s, {QKeySequence(QKeySequence::FindPrevious)});
    m_copyCitation = make(tr("Copy with &Citation"), u"actionCopyCitation"_s,
                          {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)});
    m_nextArticle = make(tr("&Next Article"), u"actionNextArticle"_s,
                         {QKeySequence(Qt::ALT | Qt::Key_Down), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    m_previousArticle = make(tr("&Previous Article"), u"actionPreviousArticle"_s,
                             {QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::CTRL | Qt::Key_PageUp)});

    connect(m_zoomIn, &QAction::triggered, this, &DocumentViewer::zoomIn);
    connect(m_zoomOut, &QAction::triggered, this, &DocumentViewer::zoomOut);
    connect(m_zoomReset, &QAction::triggered, this, &DocumentViewer::resetZoom);
    connect(m_findAction, &QAction::triggered, m_find, &FindBar::open);
    // F3 follows the find bar while it is open, the library search's hits otherwise.
    connect(m_findNext, &QAction::triggered, this, [this] { m_find->isVisible() ? m_find->next() : nextHit(); });
    connect(m_findPrevious, &QAction::triggered, this,
            [this] { m_find->isVisible() ? m_find->previous() : previousHit(); });
    connect(m_copyCitation, &QAction::triggered, this, &DocumentViewer::copyWithCitation);
    connect(m_nextArticle, &QAction::triggered, this, &DocumentViewer::nextArticle);
    connect(m_previousArticle, &QAction::triggered, this, &DocumentViewer::previousArticle);

    Settings &settings = Settings::instance();
    m_body->setFontPointSize(settings.readerFontSize());
    connect(&settings, &Settings::readerFontSizeChanged, m_body, &BodyView::setFontPointSize);

    for (const auto &[layer, label] :
         {std::pair{u"search"_s, tr("&Search Hits")}, std::pair{u"entities"_s, tr("&Entities")},
          std::pair{u"framing"_s, tr("&Framing Terms")}, std::pair{u"annotations"_s, tr("&Annotations")}}) {
        auto *a = new QAction(label, this);
        a->setObjectName(u"actionLayer_"_s + layer);
        a->setCheckable(true);
        a->setChecked(settings.highlightLayerVisible(layer));
        m_body->setLayerVisible(layer, a->isChecked());
        connect(a, &QAction::toggled, this, [this, layer](bool on) {
            m_body->setLayerVisible(layer, on);
            Settings::instance().setHighlightLayerVisible(layer, on);
        });
        m_layerActions.insert(layer, a);
        m_layerNames.append(layer);
    }
}

void DocumentViewer::addHighlightActions(QMenu *menu) const
{
    for (const QString &layer : m_layerNames)
        menu->addAction(m_layerActions.value(layer));
    // Framing terms are offered only when the open article has some.
    QAction *framing = m_layerActions.value(u"framing"_s);
    const auto offer = [this, framing] { framing->setVisible(m_body->highlightCount(u"framing"_s) > 0); };
    offer();
    connect(menu, &QMenu::aboutToShow, framing, offer);
}

void DocumentViewer::zoomIn()
{
    const int now = m_body->font().pointSize();
    Settings::instance().setReaderFontSize(std::min(kMaxPointSize, now + 1));
}

void DocumentViewer::zoomOut()
{
    const int now = m_body->font().pointSize();
    Settings::instance().setReaderFontSize(std::max(kMinPointSize, now - 1));
}

void DocumentViewer::resetZoom()
{
    Settings::instance().setReaderFontSize(0);
}

QString DocumentViewer::citation(const Article &a)
{
    const QString outlet = a.outlet.isEmpty() ? tr("outlet unknown") : a.outlet;
    const QString date =
        a.published.isValid() ? QLocale().toString(a.published, u"d MMM yyyy"_s) : tr("date unknown");
    return u"— %1, %2, “%3”"_s.arg(outlet, date, a.title);
}

void DocumentViewer::copyWithCitation()
{
    QString passage = m_body->textCursor().selectedText();
    passage.replace(QChar::ParagraphSeparator, u'\n').replace(QChar::LineSeparator, u'\n');
    if (passage.trimmed().isEmpty() || m_article.id <= 0)
        return;
    const QString cite = citation(m_article);
    auto *mime = new QMimeData;
    mime->setText(passage + u"\n"_s + cite);
    QString html = passage.toHtmlEscaped();
    html.replace(u'\n', u"<br>"_s);
    mime->setHtml(u"<blockquote>%1</blockquote><p>%2</p>"_s.arg(html, cite.toHtmlEscaped()));
    QGuiApplication::clipboard()->setMimeData(mime);
}

void DocumentViewer::nextArticle()
{
    stepArticle(1);
}

void DocumentViewer::previousArticle()
{
    stepArticle(-1);
}

void DocumentViewer::stepArticle(int delta)
{
    if (!m_order)
        return;
    if (m_neighbourPending) {
        m_queuedSteps += delta; // pressed again before the last step's neighbour arrived
        return;
    }
    const int row = m_article.id > 0 ? m_order->rowOf(m_article.id) : -1;
    if (row < 0 && m_article.id > 0) {
        // Further down the list than the rows loaded: its neighbour from the store (in a large
        // corpus read in the background); an article not in the list steps to the first row.
        const qint64 from = m_article.id;
        m_neighbourPending = true;
        m_order->findNeighbour(from, delta, this, [this, from](std::optional<qint64> next) {
            m_neighbourPending = false;
            const int queued = std::exchange(m_queuedSteps, 0);
            if (m_article.id != from || !m_order)
                return; // the reader moved on meanwhile
            if (next && *next > 0)
                m_hub.setArticle(*next);
            else if (!next && m_order->rowCount() > 0)
                m_hub.setArticle(m_order->idAt(0));
            for (int i = 0; i < std::abs(queued); ++i)
                stepArticle(queued > 0 ? 1 : -1);
        });
        return;
    }
    int target = row < 0 ? 0 : row + delta;
    if (target >= m_order->rowCount() && m_order->canFetchMore({}))
        m_order->fetchMore({});
    if (target < 0 || target >= m_order->rowCount())
        return;
    m_hub.setArticle(m_order->idAt(target));
}

} // namespace parallax::ui
