// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QColor>
#include <QList>
#include <QSet>
#include <QString>
#include <QTextCharFormat>

namespace parallax::ui {

/** A highlight as drawn: its layer, span and format, in drawing order. */
struct LayeredHighlight
{
    QString layer;
    Span span;
    QTextCharFormat format;
};

/** Properties of an overlap band's format (for views and tests). */
enum OverlapProperty {
    OverlapCount = QTextFormat::UserProperty + 40, ///< int: how many highlights meet here
    OverlapLayers,                                 ///< QStringList: their layers, in drawing order
};

/**
 * Where highlights overlap and at least one of them belongs to a layer in `marking`, one band per
 * stretch of text covered by the same highlights, drawn over them so that the overlap stays
 * legible: its background is every highlight's background composited in drawing order over
 * `base` (translucent tints add up), then shaded towards `ink` (the text colour) so that the band
 * stands out on light and dark palettes alike, the underline is the topmost one, a line
 * over the text marks the overlap, the weight is the heaviest, and the text colour contrasts with
 * the band. Linear in the number of highlights (a sweep over their ends).
 */
QList<LayeredHighlight> overlapBands(const QList<LayeredHighlight> &drawn, const QSet<QString> &marking,
                                     const QColor &base, const QColor &ink);

/** The WCAG contrast ratio of two opaque colours, from 1 (same luminance) to 21 (black on white). */
double contrastRatio(const QColor &a, const QColor &b);

/** `top` painted over the opaque colour `bottom` (alpha compositing). */
QColor composite(const QColor &bottom, const QColor &top);

} // namespace parallax::ui
