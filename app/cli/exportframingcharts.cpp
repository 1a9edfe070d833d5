// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportframingcharts.h"

#include "analysis/framing/framingtable.h"

#include "analysis/framing/currenttagger.h"
#include "analysis/framing/lexicondocument.h"
#include "query/retag.h"

#include "itemmodels/framingmodels.h"
#include "query/comparison.h"
#include "ui/framing/framingcharts.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace parallax::cli {

namespace {

constexpr int keynessTopTerms = 20; // as the dock's chart

int finish(Context &ctx, QChartView &view, const QAbstractItemModel &data, const QString &out,
           const ui::ExportOptions &options, const QString &what)
{
    view.resize(options.size * 96.0 / options.dpi);
    const QString error = ui::exportChart(*view.chart(), &data, out, options);
    if (!error.isEmpty()) {
        ctx.err << "parallax: " << error << Qt::endl;
        return Failed;
    }
    ctx.out << "wrote " << QFileInfo(out).absoluteFilePath() << ": " << what << Qt::endl;
    return Ok;
}

} // namespace

bool ensureUserFraming(Context &ctx)
{
    const query::RetagResult r = query::ensureFramingCurrent(ctx.store, *framing::currentTagger());
    if (!r.ok) {
        ctx.err << "parallax: cannot tag the corpus with the lexicon: " << r.error << Qt::endl;
        return false;
    }
    if (r.articles > 0) {
        ctx.err << "parallax: " << QCoreApplication::translate("cli", "tagged %n article(s) again with the lexicon", nullptr, r.articles) << ' ' 
                << framing::LexiconDocument::userLexiconPath() << Qt::endl;
    }
    return true;
}

int exportFramingChart(Context &ctx, const FramingChartRequest &request, const QString &out,
                       const ui::ExportOptions &options)
{
    if (request.chart == u"framing"_s) {
        // The stored hits, as `framing --json` reports them.
        if (!ensureUserFraming(ctx))
            return Failed;
        const query::FramingReport report = query::framingReport(ctx.store).value_or(query::FramingReport{});
        itemmodels::FramingTableModel model;
        model.setTable(report.table);
        for (const QString &w : report.table.warnings)
            ctx.err << "parallax: " << w << Qt::endl;
        ui::FramingChartView view(model);
        return finish(ctx, view, model, out, options,
                      QCoreApplication::translate("cli", "%n term and country cell(s)", nullptr, model.rowCount()));
    }
    compare::KeynessOptions counting;
    counting.joinForms = request.joinForms;
    const query::KeynessReport r = query::keynessBy(ctx.store, request.grouping,
                                                    keynessGroupKey(request.groupA, request.grouping),
                                                    keynessGroupKey(request.groupB, request.grouping), counting);
    if (!r.error.isEmpty()) {
        ctx.err << "parallax: " << r.error << Qt::endl;
        return Failed;
    }
    itemmodels::KeynessModel model;
    model.setRows((request.bigrams ? r.bigrams : r.unigrams).mid(0, keynessTopTerms), r.groupA, r.groupB);
    ui::KeynessChartView view(model);
    view.setGroupsAreCountries(r.grouping == query::KeynessGrouping::Country);
    view.rebuild();
    return finish(ctx, view, model, out, options,
                  QCoreApplication::translate("cli", "top %n term(s)", nullptr, model.rowCount())
                      + u", %1 against %2"_s.arg(r.groupA, r.groupB));
}

QString keynessGroupKey(const QString &option, query::KeynessGrouping grouping)
{
    if (option == u"-"_s)
        return framing::unknownCountry.toString();
    switch (grouping) {
    case query::KeynessGrouping::Country: return option.toUpper();
    case query::KeynessGrouping::Language: return option.toLower();
    case query::KeynessGrouping::Outlet: break;
    }
    return option;
}

} // namespace parallax::cli
