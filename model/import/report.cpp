// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace parallax::import {

QJsonObject reportJson(const ImportReport &report)
{
    QJsonArray problems;
    for (const Problem &p : report.problems) {
        QJsonObject o{{u"path"_s, p.path}, {u"reason"_s, p.reason}, {u"warning"_s, p.warning}};
        if (p.byteOffset >= 0)
            o.insert(u"byte_offset"_s, p.byteOffset);
        if (p.line > 0)
            o.insert(u"line"_s, p.line);
        if (p.record > 0)
            o.insert(u"record"_s, p.record);
        problems.append(o);
    }
    return QJsonObject{{u"files"_s, report.filesSeen},
                       {u"imported"_s, report.articlesImported},
                       {u"duplicates"_s, report.duplicates},
                       {u"near_duplicates"_s, report.nearDuplicates},
                       {u"revisions"_s, QJsonObject{{u"articles"_s, report.revisions}, {u"reanchored"_s, report.reanchored},
                                                     {u"orphaned"_s, report.orphaned}}},
                       {u"failed"_s, report.failedFiles()},
                       {u"cancelled"_s, report.cancelled},
                       {u"stopped"_s, report.stopped.isEmpty() ? QJsonValue() : QJsonValue(report.stopped)},
                       {u"problems"_s, problems}};
}

bool writeReport(const ImportReport &report, const QString &path, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = u"cannot write the report %1: %2"_s.arg(path, f.errorString());
        return false;
    }
    f.write(QJsonDocument(reportJson(report)).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        *error = u"cannot write the report %1: %2"_s.arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace parallax::import
