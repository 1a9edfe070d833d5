// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For CLI tests: runs the built parallax binary (PARALLAX_BINARY) and copies the sample corpus.
#include <QByteArray>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStringList>

namespace parallax::testing {

/** What one run of the binary printed and returned. */
struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

inline CliRun runParallax(const QStringList &args,
                          const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PARALLAX_BINARY), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qWarning() << "parallax did not finish" << args;
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

/** Copies the sample articles into a plain folder, as a user would have them. */
inline bool copySample(const QString &folder)
{
    const QString seeds = QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds");
    if (!QDir().mkpath(folder))
        return false;
    for (const QString &f : QDir(seeds).entryList(QDir::Files)) {
        if (!QFile::copy(seeds + u'/' + f, folder + u'/' + f))
            return false;
    }
    return true;
}

} // namespace parallax::testing
