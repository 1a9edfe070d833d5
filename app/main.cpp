// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"
#include "startupprobe.h"
#include "core/plurals.h"
#include "corpus/defaultcorpus.h"
#include "store/store.h"
#include "ui/compare/comparisonmode.h"
#include "ui/corpusupgrade.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "ui/theme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QMessageBox>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

void setIdentity()
{
    QCoreApplication::setApplicationName(u"parallax"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PARALLAX_VERSION));
}

int runGui(int argc, char **argv, const cli::GlobalOptions &options, const QElapsedTimer &sinceStart)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"Parallax"_s);
    installPluralForms();
    QApplication::setWindowIcon(QIcon(u":/parallax/icons/parallax.svg"_s));
    QGuiApplication::setDesktopFileName(u"io.github.parallax.Parallax"_s);

    // Qt 6.4's raster engine splits a large fill over the global thread pool and waits for it:
    // with every thread of the pool busy with the window's long reads (an entity's details, a
    // keyness count, the pairs), painting waited for them. Room for both.
    QThreadPool::globalInstance()->setMaxThreadCount(QThreadPool::globalInstance()->maxThreadCount() + 8);
    ui::applyTheme(ui::themeFromName(options.theme.isEmpty() ? ui::Settings::instance().theme() : options.theme));

    auto store = std::make_unique<store::Store>();
    QString error;
    const QString path = options.db.isEmpty() ? corpus::defaultCorpusPath() : options.db;
    if (options.readOnly)
        store::Store::keepReadOnly(path); // and an earlier version's corpus is not brought up to date
    if ((!options.readOnly && !ui::upgradeCorpus(path, &error))
        || !corpus::openCorpus(*store, path, options.db.isEmpty(), &error)) {
        QMessageBox::critical(nullptr, u"Parallax"_s, QObject::tr("The corpus cannot be opened.\n\n%1").arg(error));
        return 1;
    }
    // Each window owns its corpus and goes when it closes: File ▸ Open Corpus replaces it by another.
    auto *window = new ui::MainWindow(std::move(store));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    if (!options.search.isEmpty())
        window->search(options.search);
    if (!options.imports.isEmpty())
        QTimer::singleShot(0, window, [w = window, paths = options.imports] { w->importPaths(paths); });
    if (options.compare)
        window->modes()->showComparison();
    if (options.quitAfterMs >= 0)
        QTimer::singleShot(options.quitAfterMs, &app, &QApplication::closeAllWindows);
    std::unique_ptr<app::StartupProbe> probe;
    if (options.measureStartupMs >= 0)
        probe = std::make_unique<app::StartupProbe>(sinceStart, options.measureStartupMs);
    const int status = app.exec();
    // The windows' panels tell their background work to stop; it must end before the
    // application and its database connections go. Closed windows are deleted now; a window
    // still open (the event loop left some other way) is deleted here.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QList<QPointer<ui::MainWindow>> open;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *main = qobject_cast<ui::MainWindow *>(w))
            open << main;
    }
    for (const QPointer<ui::MainWindow> &main : open)
        delete main.data();
    QThreadPool::globalInstance()->waitForDone();
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const cli::GlobalOptions options = cli::parseGlobal(arguments);
    const bool gui = options.command.isEmpty() && !options.help && !options.version && options.error.isEmpty();
    if (gui) {
        setIdentity();
        return runGui(argc, argv, options, sinceStart);
    }
    std::unique_ptr<QCoreApplication> app;
    if (options.command == u"export-chart"_s) {
        // Charts are drawn with the widgets' fonts and styles, but need no display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    setIdentity();
    installPluralForms();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return cli::run(arguments, out, err).value_or(0);
}
