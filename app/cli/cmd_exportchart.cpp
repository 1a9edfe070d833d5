// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "exportframingcharts.h"

#include "itemmodels/timelinemodel.h"
#include "query/timeline.h"
#include "store/store.h"
#include "ui/chartexport/chartexport.h"
#include "ui/timeline/timelinechart.h"

#include <QApplication>
#include <QFileInfo>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace parallax::cli {

namespace {

const QString usage = u"export-chart timeline|framing|keyness --out FILE.(png|svg|pdf|csv) [--width W] [--height H] "
                      "[--dpi D] [--entity NAME] [--from DATE] [--to DATE] (timeline) [--group-by country|outlet|language] "
                      "[--a GROUP] [--b GROUP] [--bigrams] [--forms] (keyness)"_s;

std::optional<int> intOption(Context &ctx, const QString &name, int fallback, bool *bad)
{
    const auto v = ctx.takeOption(name);
    if (!v)
        return fallback;
    bool ok = false;
    const int n = v->toInt(&ok);
    if (!ok || n <= 0) {
        *bad = true;
        ctx.usageError(u"%1 needs a positive whole number, not '%2'"_s.arg(name, *v), usage);
        return std::nullopt;
    }
    return n;
}

int runExportChart(Context &ctx)
{
    const auto out = ctx.takeOption(u"--out"_s);
    bool bad = false;
    ui::ExportOptions options;
    const auto width = intOption(ctx, u"--width"_s, options.size.width(), &bad);
    const auto height = intOption(ctx, u"--height"_s, options.size.height(), &bad);
    const auto dpi = intOption(ctx, u"--dpi"_s, options.dpi, &bad);
    if (bad)
        return Usage;
    const auto entity = ctx.takeOption(u"--entity"_s);
    const auto fromText = ctx.takeOption(u"--from"_s);
    const auto toText = ctx.takeOption(u"--to"_s);
    FramingChartRequest framingRequest;
    framingRequest.groupA = ctx.takeOption(u"--a"_s).value_or(QString());
    framingRequest.groupB = ctx.takeOption(u"--b"_s).value_or(QString());
    framingRequest.bigrams = ctx.takeFlag(u"--bigrams"_s);
    framingRequest.joinForms = ctx.takeFlag(u"--forms"_s);
    if (const auto groupBy = ctx.takeOption(u"--group-by"_s)) {
        const std::optional<query::KeynessGrouping> grouping = query::keynessGroupingNamed(*groupBy);
        if (!grouping)
            return ctx.usageError(u"--group-by takes country, outlet or language"_s, usage);
        framingRequest.grouping = *grouping;
    }
    if (!ctx.rejectUnknownOptions(usage))
        return Usage;
    const QStringList charts{u"timeline"_s, u"framing"_s, u"keyness"_s};
    if (ctx.args.size() != 1 || !charts.contains(ctx.args.first()))
        return ctx.usageError(u"the chart to export must be named: timeline, framing or keyness"_s, usage);
    if (!out)
        return ctx.usageError(u"--out FILE is needed"_s, usage);
    if (!ui::exportFormatForPath(*out))
        return ctx.usageError(u"%1: the file name must end in .png, .svg, .pdf or .csv"_s.arg(*out), usage);
    QDate from, to;
    if (fromText && !(from = query::daysNamed(*fromText).first).isValid())
        return ctx.usageError(u"--from needs a date (2019-12-19, 2019-12 or 2019), not '%1'"_s.arg(*fromText), usage);
    if (toText && !(to = query::daysNamed(*toText).second).isValid())
        return ctx.usageError(u"--to needs a date (2019-12-19, 2019-12 or 2019), not '%1'"_s.arg(*toText), usage);
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        ctx.err << "parallax: export-chart needs the GUI library (started without it)" << Qt::endl;
        return Failed;
    }
    options.size = QSize(*width, *height);
    options.dpi = *dpi;
    if (ctx.args.first() != u"timeline"_s) {
        framingRequest.chart = ctx.args.first();
        return exportFramingChart(ctx, framingRequest, *out, options);
    }

    query::TimelineRequest request;
    if (entity)
        request.filter.ids = query::articlesNaming(ctx.store, *entity);
    const auto [dataFirst, dataLast] = query::timelineExtent(ctx.store, request.filter);
    const auto [first, last] = query::withMargin(dataFirst, dataLast);
    request.from = from.isValid() ? from : first;
    request.to = to.isValid() ? to : last;
    if (request.from.isValid() && request.to.isValid() && request.to < request.from)
        return ctx.usageError(u"--to is before --from"_s, usage);

    itemmodels::TimelineModel model(ctx.store);
    ui::TimelineChart chart(model);
    chart.applyPalette(QApplication::style()->standardPalette());
    chart.resize(options.size * 96.0 / options.dpi);
    chart.setRange(request.from, request.to);
    if (entity)
        chart.setCaption(QObject::tr("articles naming “%1”").arg(query::entityCaption(ctx.store, *entity)));
    model.setRequest(request);
    if (!model.series().error.isEmpty()) {
        ctx.err << "parallax: " << model.series().error << Qt::endl;
        return Failed;
    }
    if (model.rowCount() == 0)
        ctx.err << "parallax: nothing dated to plot" << (entity ? u" for “%1”"_s.arg(*entity) : QString())
                << "; the chart is empty" << Qt::endl;
    const QString error = ui::exportChart(chart, &model, *out, options);
    if (!error.isEmpty()) {
        ctx.err << "parallax: " << error << Qt::endl;
        return Failed;
    }
    ctx.out << "wrote " << QFileInfo(*out).absoluteFilePath() << ": "
            << QCoreApplication::translate("cli", "%n reported bucket(s)", nullptr, int(model.reportedRows()))
            << " per " << query::bucketName(model.series().bucket) << ", "
            << QCoreApplication::translate("cli", "%n mentioned date(s)", nullptr, int(model.mentionedRows())) << Qt::endl;
    return Ok;
}

} // namespace

Command exportChartCommand()
{
    return {u"export-chart"_s, u"export-chart timeline|framing|keyness --out FILE"_s,
            u"write a chart as PNG, SVG, PDF or its data as CSV (no display needed)"_s, true, runExportChart};
}

} // namespace parallax::cli
