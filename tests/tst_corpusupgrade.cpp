// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A corpus made by an earlier version: the window says it is updating it (on another thread)
// before it opens, the command line says so on stderr, and a current corpus shows nothing.
#include "import/importer.h"
#include "store/schema.h"
#include "store/store.h"
#include "ui/corpusupgrade.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonArray>
#include <QProcess>
#include <QProgressDialog>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestCorpusUpgrade : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pendingMigrationsCountsWithoutChanging();
    void windowShowsProgressWhileMigrating();
    void currentCorpusShowsNothing();
    void commandLineSaysItUpdates();

private:
    // A corpus with the sample articles at the schema before the last migration.
    QString oldCorpus(const QString &name);
    QTemporaryDir m_dir;
};

QString TestCorpusUpgrade::oldCorpus(const QString &name)
{
    const QString path = m_dir.filePath(name);
    store::Store old;
    if (!old.openAtVersion(path, int(store::migrations().size()) - 1))
        return {};
    import::Importer importer(old);
    // This version's entity writer needs the last step; the articles and dates do not.
    importer.setAnalysers(analysis::allAnalysers & ~analysis::Analysers(analysis::Analyser::Entities));
    importer.run({QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds")});
    return old.articleCount() > 0 ? path : QString();
}

void TestCorpusUpgrade::pendingMigrationsCountsWithoutChanging()
{
    const QString path = oldCorpus(u"pending.parallax"_s);
    QVERIFY(!path.isEmpty());
    QCOMPARE(store::Store::pendingMigrations(path), 1);
    QCOMPARE(store::Store::pendingMigrations(path), 1); // reading it did not migrate it
    QCOMPARE(store::Store::pendingMigrations(m_dir.filePath(u"missing.parallax"_s)), -1);
    QFile notSqlite(m_dir.filePath(u"text.parallax"_s));
    QVERIFY(notSqlite.open(QIODevice::WriteOnly));
    notSqlite.write("not a database\n");
    notSqlite.close();
    QCOMPARE(store::Store::pendingMigrations(notSqlite.fileName()), -1);
    store::Store current;
    QVERIFY(current.open(path));
    QCOMPARE(store::Store::pendingMigrations(path), 0);
}

void TestCorpusUpgrade::windowShowsProgressWhileMigrating()
{
    const QString path = oldCorpus(u"window.parallax"_s);
    QVERIFY(!path.isEmpty());
    // Queued before the call: it runs in the event loop the upgrade waits in.
    QString shownLabel;
    bool modal = false;
    QTimer::singleShot(0, this, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QProgressDialog *>(w); dialog && dialog->isVisible()) {
                shownLabel = dialog->labelText();
                modal = dialog->isModal();
            }
        }
    });
    QString error;
    QVERIFY2(ui::upgradeCorpus(path, &error), qPrintable(error));
    QVERIFY2(shownLabel.contains(u"window.parallax"_s), qPrintable(shownLabel));
    QVERIFY(shownLabel.contains(u"Updating"_s));
    QVERIFY(modal);
    QCOMPARE(store::Store::pendingMigrations(path), 0);
    for (QWidget *w : QApplication::topLevelWidgets())
        QVERIFY(!qobject_cast<QProgressDialog *>(w) || !w->isVisible());
    store::Store opened;
    QVERIFY(opened.open(path));
    QCOMPARE(opened.schemaVersion(), int(store::migrations().size()));
    QCOMPARE(opened.articleCount(), 5);
}

void TestCorpusUpgrade::currentCorpusShowsNothing()
{
    const QString path = m_dir.filePath(u"current.parallax"_s);
    {
        store::Store s;
        QVERIFY(s.open(path));
    }
    bool shown = false;
    QTimer::singleShot(0, this, [&] {
        for (QWidget *w : QApplication::topLevelWidgets())
            shown = shown || qobject_cast<QProgressDialog *>(w);
    });
    QString error;
    QVERIFY(ui::upgradeCorpus(path, &error));
    QVERIFY(ui::upgradeCorpus(m_dir.filePath(u"new.parallax"_s), &error)); // not made yet: nothing to do
    QCoreApplication::processEvents();
    QVERIFY(!shown);
}

void TestCorpusUpgrade::commandLineSaysItUpdates()
{
    const QString path = oldCorpus(u"cli.parallax"_s);
    QVERIFY(!path.isEmpty());
    auto articles = [&path] {
        QProcess p;
        p.start(QStringLiteral(PARALLAX_BINARY), {u"--db"_s, path, u"articles"_s, u"--json"_s});
        p.waitForFinished(60000);
        return std::pair{p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    };
    const auto [out, err] = articles();
    QVERIFY2(err.contains(u"updating the corpus %1"_s.arg(path)), qPrintable(err));
    QCOMPARE(QJsonDocument::fromJson(out).array().size(), 5); // stdout stays JSON
    const auto [again, quiet] = articles();
    QVERIFY2(quiet.isEmpty(), qPrintable(quiet));
    QCOMPARE(QJsonDocument::fromJson(again).array().size(), 5);
}

QTEST_MAIN(TestCorpusUpgrade)
#include "tst_corpusupgrade.moc"
