// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/framing/tagger.h"
#include "ui/viewer/documentviewer.h"

#include <QObject>

namespace parallax::ui {

/**
 * The colour framing hits of a side are drawn in over `palette`'s base: the side's country colour
 * (ComparePane::sideColor), lightened on a dark base or darkened on a light one until the text
 * reads at 4.5:1 at least.
 */
QColor framingTextColor(const QString &side, const QPalette &palette);

/** What hovering a framing hit tells: the term, its concept and whose usage it is. */
QString framingToolTip(const framing::FramingHit &hit);

/**
 * Framing hits as highlights: the term's text in its side's colour with a dotted underline of the
 * same colour (no background, so that it combines with entity and annotation tints), and a tooltip.
 * Neutral terms are only underlined, in grey.
 */
QList<Highlight> framingHighlights(const QList<framing::FramingHit> &hits, const QPalette &palette);

/**
 * Draws the stored framing hits of the article open in the reader as its "framing" layer
 * (View › Highlights › Framing Terms), coloured by side as in the comparison and the framing chart.
 * Create it after the other layers' owners: the framing layer is drawn over them, so that where an
 * annotation covers a term the overlap band keeps the term's underline.
 */
class FramingHighlighter final : public QObject
{
    Q_OBJECT
public:
    FramingHighlighter(store::Store &store, SelectionHub &hub, DocumentViewer &viewer, QObject *parent = nullptr);

    /** Reads the article's stored hits again (after an article change or re-tagging). */
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    store::Store &m_store;
    DocumentViewer &m_viewer;
};

} // namespace parallax::ui
