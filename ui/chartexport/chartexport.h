// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>

#include <optional>

class QAbstractItemModel;
class QChart;
class QIODevice;

namespace parallax::ui {

/** The files a chart exports to. */
enum class ExportFormat { Png, Svg, Pdf, Csv };

/** The format a file name asks for (by its suffix), or std::nullopt. */
std::optional<ExportFormat> exportFormatForPath(const QString &path);

/** How big the exported picture is. */
struct ExportOptions
{
    QSize size{1600, 900}; ///< pixels (PNG), or the page in pixels at `dpi` (SVG, PDF)
    int dpi = 144;         ///< 96 is the screen's scale; 192 draws text and lines twice as large
};

/**
 * Writes any chart to PNG, SVG or PDF, or the table of what it plots to CSV, by the path's
 * suffix. The chart is drawn with its title, legend and axes, laid out at the export size
 * (then put back as it was). SVG and PDF are vector; SVG keeps text as text. `data` is
 * needed for CSV only. Returns an empty string on success, else what went wrong.
 */
QString exportChart(QChart &chart, const QAbstractItemModel *data, const QString &path,
                    const ExportOptions &options = {});

/** Writes a table model as CSV (RFC 4180: header row, fields quoted when needed, CRLF). */
bool writeCsv(const QAbstractItemModel &model, QIODevice &device);

} // namespace parallax::ui
