// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QHash>
#include <QTextCharFormat>
#include <QTextEdit>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QToolButton;

namespace parallax {
class SelectionHub;
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

/** The body text: read-only, readable line length, highlight layers over it. */
class BodyView final : public QTextEdit
{
    Q_OBJECT
public:
    explicit BodyView(QWidget *parent = nullptr);
    void setBody(const QString &body);
    /** Replaces one named layer of highlights; layers are drawn in the order they were first set. */
    void setLayer(const QString &layer, const QList<Highlight> &highlights);
    void scrollToOffset(int offset);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyLayers();
    void updateMargins();
    QStringList m_layerOrder;
    QHash<QString, QList<Highlight>> m_layers;
};

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

    /** How the publication date is described, e.g. "19 Dec 2019 · inferred: …". */
    static QString dateDescription(const Article &a);

public Q_SLOTS:
    void showArticle(qint64 id);
    /** Selects the article in the hub, marks the sentence at a body offset and scrolls to it. */
    void showSentence(qint64 articleId, int offset);
    void nextHit();
    void previousHit();

private:
    void setSearch(const QString &query);
    void updateHits();
    void showHit(int index);

    store::Store &m_store;
    SelectionHub &m_hub;
    Article m_article;
    QList<Span> m_hits;
    int m_currentHit = -1;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_hitLabel = nullptr;
    QToolButton *m_prev = nullptr;
    QToolButton *m_next = nullptr;
    QWidget *m_hitBar = nullptr;
    BodyView *m_body = nullptr;
};

} // namespace parallax::ui
