// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "import/importer.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parallax::cli {

namespace {

const QString usage = u"import [--json] PATH..."_s;

int runImport(Context &ctx)
{
    const bool json = ctx.takeFlag(u"--json"_s);
    if (!ctx.rejectUnknownOptions(usage))
        return Usage;
    if (ctx.args.isEmpty())
        return ctx.usageError(u"import needs at least one file or folder"_s, usage);

    import::Importer importer(ctx.store);
    const import::ImportReport report = importer.run(ctx.args);
    if (json) {
        QJsonArray problems;
        for (const auto &p : report.problems) {
            QJsonObject o{{u"path"_s, p.path}, {u"reason"_s, p.reason}, {u"warning"_s, p.warning}};
            if (p.byteOffset >= 0)
                o.insert(u"byte_offset"_s, p.byteOffset);
            problems.append(o);
        }
        ctx.printJson(QJsonObject{{u"files"_s, report.filesSeen},
                                  {u"imported"_s, report.articlesImported},
                                  {u"duplicates"_s, report.duplicates},
                                  {u"failed"_s, report.failedFiles()},
                                  {u"problems"_s, problems}});
    } else {
        for (const auto &p : report.problems) {
            ctx.err << (p.warning ? "warning: " : "error: ") << p.path << ": " << p.reason;
            if (p.byteOffset >= 0)
                ctx.err << " (byte " << p.byteOffset << ")";
            ctx.err << '\n';
        }
        ctx.err.flush();
        ctx.out << report.summary() << Qt::endl;
    }
    return report.failedFiles() > 0 ? Failed : Ok;
}

} // namespace

Command importCommand()
{
    return {u"import"_s, usage,
            u"import files and folders (recursively); reports every file it cannot read"_s, true, runImport};
}

} // namespace parallax::cli
