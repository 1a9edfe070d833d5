// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import-with-options dialog and the background import it starts (offscreen).
#include "store/store.h"
#include "ui/import/importcontroller.h"
#include "ui/import/importoptionsdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {
const QString formats = QStringLiteral(PARALLAX_SOURCE_DIR "/tests/data/formats/");
}

class TestImportOptions : public QObject
{
    Q_OBJECT
private slots:
    void dialogGivesOptions();
    void unknownEncodingBlocksImport();
    void backgroundImportUsesOptions();
};

void TestImportOptions::dialogGivesOptions()
{
    ui::ImportOptionsDialog dialog(QString{});
    QVERIFY(dialog.readOptions().encoding.isEmpty());
    QVERIFY(dialog.readOptions().fieldMap.isEmpty());
    dialog.setPaths({formats + u"src/mapped.csv"_s});
    dialog.findChild<QComboBox *>(u"importEncoding"_s)->setCurrentText(u"KOI8-R"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"column_title"_s), u"headline_text"_s);
    dialog.setColumn(u"body"_s, u"article_copy"_s);
    const import::ReadOptions o = dialog.readOptions();
    QCOMPARE(o.encoding, u"KOI8-R"_s);
    QCOMPARE(o.fieldMap.value(u"title"_s), u"headline_text"_s);
    QCOMPARE(o.fieldMap.value(u"body"_s), u"article_copy"_s);
    QCOMPARE(o.fieldMap.size(), 2);
    QCOMPARE(dialog.paths(), QStringList{formats + u"src/mapped.csv"_s});
}

void TestImportOptions::unknownEncodingBlocksImport()
{
    ui::ImportOptionsDialog dialog(QString{});
    dialog.show();
    auto *ok = dialog.findChild<QPushButton *>();
    QPushButton *importButton = nullptr;
    for (auto *b : dialog.findChildren<QPushButton *>()) {
        if (b->text().contains(u"Import"_s))
            importButton = b;
    }
    QVERIFY(ok && importButton);
    QVERIFY(!importButton->isEnabled()); // no paths yet
    dialog.setPaths({formats + u"src/news.csv"_s});
    QVERIFY(importButton->isEnabled());
    dialog.setEncoding(u"klingon-8"_s);
    QVERIFY(!importButton->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(u"importOptionsProblem"_s)->text().contains(u"klingon-8"_s));
    dialog.setEncoding({});
    QVERIFY(importButton->isEnabled());
}

void TestImportOptions::backgroundImportUsesOptions()
{
    QTemporaryDir dir;
    const QString corpus = dir.filePath(u"c.parallax"_s);
    {
        store::Store s;
        QVERIFY(s.open(corpus));
    }
    QWidget window;
    ui::ImportController controller(corpus, &window);
    controller.setShowReport(false);
    QSignalSpy finished(&controller, &ui::ImportController::finished);
    QSignalSpy progress(&controller, &ui::ImportController::progress);
    import::ReadOptions options;
    options.fieldMap = {{u"title"_s, u"headline_text"_s}, {u"body"_s, u"article_copy"_s},
                        {u"date"_s, u"when"_s}, {u"outlet"_s, u"paper"_s}};
    QVERIFY(controller.start({formats + u"src/mapped.csv"_s, formats + u"bad/latin1.txt"_s}, options));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(!progress.isEmpty());
    const auto report = finished.first().first().value<import::ImportReport>();
    QCOMPARE(report.articlesImported, 1);
    QCOMPARE(report.failedFiles(), 1);
    store::Store s;
    QVERIFY(s.open(corpus));
    const auto list = s.articles();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().title, u"Islanders visit graves"_s);
    QCOMPARE(list.first().outlet, u"Nemuro News"_s);
}

QTEST_MAIN(TestImportOptions)
#include "tst_importoptions.moc"
