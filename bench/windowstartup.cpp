// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowstartup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace parallax::bench {

QString windowStartupRow(const QString &corpus, const QString &app, const QString &search)
{
    const QString label = search.isEmpty()
        ? u"| Main window on this corpus: shown, then responsive (no stall over 100 ms in 3 s) | "_s
        : u"| Main window opened with the search \"%1\": shown, then responsive | "_s.arg(search);
    const QString binary = app.isEmpty()
        ? QDir(QCoreApplication::applicationDirPath()).filePath(u"../app/parallax"_s) : app;
    if (!QFileInfo(binary).isExecutable())
        return label + u"not measured: no parallax binary at %1 (--app PATH) | ≤ 1.5 s |\n"_s.arg(binary);
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, home.path());
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QProcess p;
    p.setProcessEnvironment(env);
    QStringList args = {u"--db"_s, corpus, u"--measure-startup"_s};
    if (!search.isEmpty())
        args << u"--search"_s << search;
    p.start(binary, args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return label + u"failed: %1 | ≤ 1.5 s |\n"_s.arg(QString::fromLocal8Bit(p.readAllStandardError()).simplified().left(200));
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    return label + u"shown %1 ms, responsive from %2 ms (longest stall %3 ms) | ≤ 1.5 s |\n"_s
                       .arg(o.value(u"window_shown_ms"_s).toInt())
                       .arg(o.value(u"responsive_from_ms"_s).toInt())
                       .arg(o.value(u"longest_stall_ms"_s).toInt());
}

} // namespace parallax::bench
