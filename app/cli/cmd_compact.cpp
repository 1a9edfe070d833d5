// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "store/store.h"

#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace parallax::cli {

namespace {

const QString usage = u"compact [--json]"_s;

int runCompact(Context &ctx)
{
    const bool json = ctx.takeFlag(u"--json"_s);
    if (!ctx.rejectUnknownOptions(usage))
        return Usage;
    if (!ctx.args.isEmpty())
        return ctx.usageError(u"compact takes no arguments"_s, usage);
    const auto use = ctx.store.compact();
    if (!use) {
        ctx.err << "parallax: " << ctx.store.path() << ": " << ctx.store.lastError() << Qt::endl;
        return Failed;
    }
    const auto &[before, after] = *use;
    if (json) {
        ctx.printJson(QJsonObject{{u"file"_s, ctx.store.path()},
                                       {u"bytes_before"_s, before.bytes},
                                       {u"bytes_after"_s, after.bytes},
                                       {u"unused_before"_s, before.freeBytes},
                                       {u"unused_after"_s, after.freeBytes}});
        return Ok;
    }
    const QLocale c = QLocale::c();
    ctx.out << u"compacted %1: %2 -> %3"_s.arg(ctx.store.path(), c.formattedDataSize(before.bytes),
                                                c.formattedDataSize(after.bytes))
            << Qt::endl;
    return Ok;
}

} // namespace

Command compactCommand()
{
    return {u"compact"_s, usage,
            u"give back the space removed and replaced articles left in the corpus file (nothing stored changes)"_s,
            true, runCompact};
}

} // namespace parallax::cli
