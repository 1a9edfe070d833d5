// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexport.h"

#include "itemmodels/roles.h"

#include <QAbstractItemModel>
#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

using namespace Qt::StringLiterals;

namespace parallax::ui {

namespace {

constexpr qreal screenDpi = 96.0;

/** Lets the chart lay itself out now: Qt Charts places series and labels in posted events. */
void settle(QChart &chart)
{
    if (chart.layout())
        chart.layout()->activate();
    QCoreApplication::sendPostedEvents();
}

/** Lays the chart out at the size the target needs, draws it, and puts it back. */
void renderChart(QChart &chart, QPainter &painter, const QRectF &target, qreal scale)
{
    std::unique_ptr<QGraphicsScene> ownScene;
    if (!chart.scene()) {
        ownScene = std::make_unique<QGraphicsScene>();
        ownScene->addItem(&chart);
    }
    const QRectF oldGeometry = chart.geometry();
    const QSizeF logical = target.size() / scale;
    chart.setGeometry(QRectF(chart.pos(), logical));
    settle(chart);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    chart.scene()->render(&painter, target, QRectF(chart.pos(), logical), Qt::IgnoreAspectRatio);
    chart.setGeometry(oldGeometry);
    settle(chart);
    if (ownScene)
        ownScene->removeItem(&chart);
}

// Every format is drawn in memory, then written whole through a temporary file renamed over the
// target: a full disk or a write error leaves an existing file as it was, and is reported with
// the system's reason.
QString writeWhole(const QString &path, const QByteArray &bytes, const QString &kind)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return u"cannot write the %1 %2: %3"_s.arg(kind, path, file.errorString());
    return {};
}

QString writePng(QChart &chart, const QString &path, const ExportOptions &o)
{
    QImage image(o.size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const int dpm = qRound(o.dpi / 0.0254);
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    {
        QPainter painter(&image);
        renderChart(chart, painter, QRectF(QPointF(0, 0), o.size), o.dpi / screenDpi);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG"))
        return u"cannot make the PNG for %1"_s.arg(path);
    return writeWhole(path, bytes, u"PNG"_s);
}

QString writeSvg(QChart &chart, const QString &path, const ExportOptions &o)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        // Set explicitly: the generator's default is 72 dpi and a size of nothing.
        svg.setSize(o.size);
        svg.setViewBox(QRect(QPoint(0, 0), o.size));
        svg.setResolution(o.dpi);
        svg.setTitle(chart.title());
        svg.setDescription(u"Exported from Parallax"_s);
        QPainter painter;
        if (!painter.begin(&svg))
            return u"cannot make the SVG for %1"_s.arg(path);
        renderChart(chart, painter, QRectF(QPointF(0, 0), o.size), o.dpi / screenDpi);
        painter.end();
    }
    return writeWhole(path, bytes, u"SVG"_s);
}

QString writePdf(QChart &chart, const QString &path, const ExportOptions &o)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(o.dpi);
        pdf.setTitle(chart.title());
        pdf.setCreator(u"Parallax"_s);
        const QSizeF points = QSizeF(o.size) * 72.0 / o.dpi;
        pdf.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point), QPageLayout::Portrait, QMarginsF()));
        QPainter painter;
        if (!painter.begin(&pdf))
            return u"cannot make the PDF for %1"_s.arg(path);
        const QRect page = pdf.pageLayout().paintRectPixels(o.dpi);
        renderChart(chart, painter, QRectF(page), o.dpi / screenDpi);
        painter.end();
    }
    return writeWhole(path, bytes, u"PDF"_s);
}

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    QString q = s;
    q.replace(u"\""_s, u"\"\""_s);
    return u'"' + q + u'"';
}

} // namespace

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png"_s)
        return ExportFormat::Png;
    if (suffix == u"svg"_s)
        return ExportFormat::Svg;
    if (suffix == u"pdf"_s)
        return ExportFormat::Pdf;
    if (suffix == u"csv"_s)
        return ExportFormat::Csv;
    return std::nullopt;
}

bool writeCsv(const QAbstractItemModel &model, QIODevice &device)
{
    const int columns = model.columnCount();
    QStringList lines;
    QStringList header;
    for (int c = 0; c < columns; ++c) {
        // Field names where the model has them ("per_1000_words"), else the captions.
        const QVariant name = model.headerData(c, Qt::Horizontal, itemmodels::FieldNameRole);
        header << csvField((name.isValid() ? name : model.headerData(c, Qt::Horizontal)).toString());
    }
    lines << header.join(u',');
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < columns; ++c)
            fields << csvField(model.index(r, c).data().toString());
        lines << fields.join(u',');
    }
    const QByteArray bytes = (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
    return device.write(bytes) == bytes.size();
}

QString exportChart(QChart &chart, const QAbstractItemModel *data, const QString &path, const ExportOptions &options)
{
    const auto format = exportFormatForPath(path);
    if (!format)
        return u"%1: the file name must end in .png, .svg, .pdf or .csv"_s.arg(path);
    if (options.size.width() < 16 || options.size.height() < 16 || options.size.width() > 20000
        || options.size.height() > 20000)
        return u"the size must be between 16 and 20000 pixels a side"_s;
    if (options.dpi < 24 || options.dpi > 2400)
        return u"the resolution must be between 24 and 2400 dpi"_s;
    switch (*format) {
    case ExportFormat::Png: return writePng(chart, path, options);
    case ExportFormat::Svg: return writeSvg(chart, path, options);
    case ExportFormat::Pdf: return writePdf(chart, path, options);
    case ExportFormat::Csv: {
        if (!data)
            return u"this chart has no data table to export"_s;
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        writeCsv(*data, buffer);
        return writeWhole(path, bytes, u"CSV"_s);
    }
    }
    return {};
}

} // namespace parallax::ui
