// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QChart;

namespace parallax::ui {

/** The look the user chose: the system's, or Parallax's own light or dark palette. */
enum class Theme { System, Light, Dark };

Theme themeFromName(const QString &name);
QString themeName(Theme theme);
/** Applies a theme to the whole application (Fusion style with a light or dark palette). */
void applyTheme(Theme theme);

/** True when the palette is dark (light text on a dark base). */
bool isDark(const QPalette &palette);

/**
 * Draws a chart in the palette's colours, as the rest of the window: the window colour around
 * it, the base colour behind the plot, text for its title, legend and axes, and a grid that
 * stays faint on light and dark palettes alike. The axes must be attached first.
 */
void applyChartPalette(QChart *chart, const QPalette &palette);

/**
 * The colour of secondary text (a caption under a heading): between the text and the window
 * colours, legible on light and dark palettes alike, unlike the Mid role, which is a frame colour.
 */
QColor secondaryTextColor(const QPalette &palette);

/** Highlight colours that stay legible on the current palette. */
QColor searchHitBackground(const QPalette &palette, bool current);

/**
 * The colour of an outlet country, the same in every view. Okabe–Ito colours, which stay
 * distinguishable with the common forms of colour blindness.
 */
QColor countryColor(const QString &country);

} // namespace parallax::ui
