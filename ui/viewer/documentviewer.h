// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QHash>
#include <QSet>
#include <QTextCharFormat>
#include <QTextEdit>
#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabBar;
class QToolButton;

namespace parallax {
class SelectionHub;
namespace itemmodels {
class ArticleListModel;
}
namespace store {
class Store;
}
} // namespace parallax

namespace parallax::ui {

/** A highlighted range of the body and how it looks. */
struct Highlight
{
    Span span;
    QTextCharFormat format;
};

/** How a search or find match looks; the current one stands out. */
QTextCharFormat matchFormat(const QPalette &palette, bool current);

/** The body text: read-only, readable line length, highlight layers over it. */
class BodyView final : public QTextEdit
{
    Q_OBJECT
public:
    explicit BodyView(QWidget *parent = nullptr);
    void setBody(const QString &body);
    /** Replaces one named layer of highlights; layers are drawn in the order they were first set. */
    void setLayer(const QString &layer, const QList<Highlight> &highlights);
    /** Hides or shows one layer without forgetting its highlights. */
    void setLayerVisible(const QString &layer, bool visible);
    bool isLayerVisible(const QString &layer) const { return !m_hidden.contains(layer); }
    /**
     * Where a highlight of this layer overlaps any other, the overlap is drawn as one band that
     * combines them (see overlaps.h), so that neither hides the other.
     */
    void setMarksOverlaps(const QString &layer) { m_marksOverlaps.insert(layer); }
    /** Whether any area has set this layer on the body. */
    bool hasLayer(const QString &layer) const { return m_layers.contains(layer); }
    /** How many highlights the layer holds for this body, shown or hidden. */
    int highlightCount(const QString &layer) const { return int(m_layers.value(layer).size()); }
    /** The tooltips of the shown highlights at a body offset, one per line (HTML-escaped). */
    QString toolTipAt(int offset) const;
    /** Sets the text size in points; 0 restores the default size. */
    void setFontPointSize(int points);
    int defaultPointSize() const { return m_defaultPointSize; }
    void scrollToOffset(int offset);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override; ///< hovering a highlight shows toolTipAt()

private:
    void applyLayers();
    void updateMargins();
    QStringList m_layerOrder;
    QHash<QString, QList<Highlight>> m_layers;
    QSet<QString> m_hidden;
    QSet<QString> m_marksOverlaps;
    int m_defaultPointSize = 0;
};

class FindBar;

/**
 * The document viewer: the selected article's title, outlet, country, date with its
 * provenance, dateline and body, with the current search's hits highlighted and
 * next/previous navigation between them.
 */
class DocumentViewer final : public QWidget
{
    Q_OBJECT
public:
    DocumentViewer(store::Store &store, SelectionHub &hub, QWidget *parent = nullptr);

    qint64 articleId() const { return m_article.id; }
    const Article &article() const { return m_article; }
    BodyView *body() const { return m_body; }
    int hitCount() const { return int(m_hits.size()); }
    int currentHit() const { return m_currentHit; }
    FindBar *findBar() const { return m_find; }
    /** One tab per open article; shown once more than one is open. */
    QTabBar *tabs() const { return m_tabs; }
    QAction *closeTabAction() const { return m_closeTab; }

    /** The library order that next/previous article follow. */
    void setArticleOrder(itemmodels::ArticleListModel *model) { m_order = model; }
    /** The reader's actions (zoom, find, copy with citation, article navigation, match navigation). */
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *zoomResetAction() const { return m_zoomReset; }
    QAction *findAction() const { return m_findAction; }
    QAction *findNextAction() const { return m_findNext; }
    QAction *findPreviousAction() const { return m_findPrevious; }
    QAction *copyCitationAction() const { return m_copyCitation; }
    QAction *nextArticleAction() const { return m_nextArticle; }
    QAction *previousArticleAction() const { return m_previousArticle; }
    /** Fills a menu with one checkable action per highlight layer. */
    void addHighlightActions(QMenu *menu) const;
    /** The checkable action that shows or hides a highlight layer; null for an unknown layer. */
    QAction *layerAction(const QString &layer) const { return m_layerActions.value(layer); }

    /** The line under the metadata: other versions and near-duplicate copies, as links. */
    QLabel *relatedLabel() const { return m_related; }

    /** The citation line for an article: "— Outlet, 19 Dec 2019, “Title”". */
    static QString citation(const Article &a);

    /** How the publication date is described, e.g. "19 Dec 2019 · inferred: …". */
    static QString dateDescription(const Article &a);

public Q_SLOTS:
    void showArticle(qint64 id);
    /** Selects the article in the hub, marks the sentence at a body offset and scrolls to it. */
    void showSentence(qint64 articleId, int offset);
    /**
     * Selects the article in the hub and makes the search's match that starts at a body offset
     * the current one; elsewhere, marks the sentence there (showSentence()).
     */
    void showHitAt(qint64 articleId, int offset);
    void nextHit();
    void previousHit();
    void zoomIn();
    void zoomOut();
    void resetZoom();
    /** Copies the selected passage followed by its citation, as plain text and HTML. */
    void copyWithCitation();
    void nextArticle();
    void previousArticle();
    /** Opens an article in a tab of its own (what Ctrl+click in the library does). */
    void openInNewTab(qint64 id);
    void closeTab(int index);
    /** Closes the tabs of articles that are no longer in the corpus (without opening another). */
    void forgetArticles(const QSet<qint64> &ids);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createTabs();
    void syncTab();
    void createActions();
    void stepArticle(int delta);
    void setSearch(const QString &query);
    void updateHits();
    void showHit(int index);
    void updateRelated();

    store::Store &m_store;
    SelectionHub &m_hub;
    Article m_article;
    QList<Span> m_hits;
    int m_currentHit = -1;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_related = nullptr;
    QLabel *m_hitLabel = nullptr;
    QToolButton *m_prev = nullptr;
    QToolButton *m_next = nullptr;
    QWidget *m_hitBar = nullptr;
    BodyView *m_body = nullptr;
    FindBar *m_find = nullptr;
    itemmodels::ArticleListModel *m_order = nullptr;
    bool m_neighbourPending = false; ///< a step's neighbour is being read in the background
    int m_queuedSteps = 0;           ///< steps asked for meanwhile, taken when it arrives
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_zoomReset = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findNext = nullptr;
    QAction *m_findPrevious = nullptr;
    QAction *m_copyCitation = nullptr;
    QAction *m_nextArticle = nullptr;
    QAction *m_previousArticle = nullptr;
    QAction *m_closeTab = nullptr;
    QTabBar *m_tabs = nullptr;
    bool m_forceNewTab = false;
    QHash<QString, QAction *> m_layerActions;
    QStringList m_layerNames;
};

} // namespace parallax::ui
