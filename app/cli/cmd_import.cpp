// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "import/decoder.h"
#include "import/importer.h"
#include "import/records.h"
#include "import/report.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace parallax::cli {

namespace {

const QString usage = u"import [--json] [--map FIELD=COLUMN]... [--encoding ENC] [--report FILE] PATH..."_s;

QString duration(qint64 seconds)
{
    return seconds >= 3600 ? u"%1:%2:%3"_s.arg(seconds / 3600).arg(seconds / 60 % 60, 2, 10, QChar(u'0')).arg(seconds % 60, 2, 10, QChar(u'0'))
                           : u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
}

// "files 120/3000 · 4512 articles · 3.2 MB/s · ETA 0:42", rewritten in place on a terminal.
QString progressLine(const import::ImportProgress &p)
{
    const double seconds = std::max<double>(p.elapsedMs, 1) / 1000.0;
    const double rate = double(p.bytesDone) / seconds;
    QString line = u"files %1/%2 · %3 articles · %4 MB/s"_s.arg(p.filesDone).arg(p.filesTotal)
                       .arg(p.articlesImported).arg(rate / 1e6, 0, 'f', 1);
    if (rate > 0 && p.bytesDone > 0 && p.bytesTotal > p.bytesDone)
        line += u" · ETA %1"_s.arg(duration(qint64(double(p.bytesTotal - p.bytesDone) / rate)));
    return line;
}

int runImport(Context &ctx)
{
    const bool json = ctx.takeFlag(u"--json"_s);
    import::ReadOptions options;
    while (const auto map = ctx.takeOption(u"--map"_s)) {
        const QString field = map->section(u'=', 0, 0).trimmed();
        const QString column = map->section(u'=', 1).trimmed();
        if (!map->contains(u'=') || column.isEmpty() || !import::fieldFromName(field))
            return ctx.usageError(u"--map takes FIELD=COLUMN, FIELD one of title, body, date, outlet, url, "
                                  "language, author, country (got \"%1\")"_s.arg(*map), usage);
        options.fieldMap.insert(field, column);
    }
    if (const auto encoding = ctx.takeOption(u"--encoding"_s)) {
        if (!import::isKnownEncoding(*encoding))
            return ctx.usageError(u"unknown encoding \"%1\" (e.g. UTF-8, Shift_JIS, CP932, EUC-JP, "
                                  "ISO-2022-JP, windows-1251, KOI8-R)"_s.arg(*encoding), usage);
        options.encoding = *encoding;
    }
    const std::optional<QString> reportFile = ctx.takeOption(u"--report"_s);
    if (!ctx.rejectUnknownOptions(usage))
        return Usage;
    if (ctx.args.isEmpty())
        return ctx.usageError(u"import needs at least one file or folder"_s, usage);

    import::Importer importer(ctx.store);
    importer.setReadOptions(options);
    // A progress line only on a terminal: scripts and tests read clean output.
    const bool terminal = isatty(fileno(stderr)) != 0;
    bool progressShown = false;
    import::Importer::ProgressFn progress;
    if (terminal) {
        progress = [&ctx, &progressShown](const import::ImportProgress &p) {
            ctx.err << '\r' << progressLine(p) << "\x1b[K";
            ctx.err.flush();
            progressShown = true;
            return true;
        };
    }
    const import::ImportReport report = importer.run(ctx.args, progress);
    if (progressShown) {
        ctx.err << '\n';
        ctx.err.flush();
    }
    if (reportFile) {
        QString error;
        if (!import::writeReport(report, *reportFile, &error)) {
            ctx.err << "error: " << error << Qt::endl;
            return Failed;
        }
    }
    if (json) {
        ctx.printJson(import::reportJson(report));
    } else {
        for (const auto &p : report.problems) {
            ctx.err << (p.warning ? "warning: " : "error: ") << p.path << ": " << p.reason;
            if (p.byteOffset >= 0)
                ctx.err << " (byte " << p.byteOffset << ")";
            ctx.err << '\n';
        }
        if (!report.stopped.isEmpty())
            ctx.err << "error: " << ctx.store.path() << ": " << report.stoppedMessage() << '\n';
        ctx.err.flush();
        ctx.out << report.summary() << Qt::endl;
    }
    return report.failedFiles() > 0 || !report.stopped.isEmpty() ? Failed : Ok;
}

} // namespace

Command importCommand()
{
    return {u"import"_s, usage,
            u"import files and folders (recursively; text, HTML, JSON, CSV, TSV, .zip, .gz in any common "
            "encoding); reports every file and record it cannot read"_s,
            true, runImport};
}

} // namespace parallax::cli
