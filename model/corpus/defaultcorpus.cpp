// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaultcorpus.h"

#include "import/importer.h"
#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace parallax::corpus {

QString defaultCorpusPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"corpus.parallax"_s);
}

bool openCorpus(store::Store &store, const QString &path, bool withSample, QString *error)
{
    const bool isNew = path == u":memory:"_s || !QFileInfo::exists(path);
    if (isNew && path != u":memory:"_s) {
        const QString dir = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(dir)) {
            *error = u"cannot create the folder %1 for the corpus"_s.arg(dir);
            return false;
        }
    }
    if (!store.open(path)) {
        *error = store.lastError();
        return false;
    }
    if (isNew && withSample && QFileInfo(QLatin1StringView(sampleCorpusFolder)).isDir()) {
        import::Importer importer(store);
        const import::ImportReport report = importer.run({QLatin1StringView(sampleCorpusFolder)});
        if (report.failedFiles() > 0) {
            *error = u"the sample corpus could not be imported: %1"_s.arg(report.problems.first().reason);
            return false;
        }
    }
    return true;
}

} // namespace parallax::corpus
