// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Edit › Preferences in the real main window (offscreen): author, theme and font size reach the
// settings and the parts of the window that use them; Cancel changes nothing.
#include "annotations/annotation.h"
#include "annotations/annotationdocument.h"
#include "store/store.h"
#include "ui/annotations/annotationcontroller.h"
#include "ui/mainwindow.h"
#include "ui/preferences/preferencesdialog.h"
#include "ui/settings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestPreferences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void menuOpensTheDialogAndOkApplies();
    void cancelChangesNothing();
    void emptyAuthorIsTheAccountName();
    void themeMenuFollowsTheDialog();

private:
    /** Opens Edit › Preferences, lets edit fill the dialog, and presses button. */
    void runDialog(const std::function<void(ui::PreferencesDialog *)> &edit, QDialogButtonBox::StandardButton button);

    std::unique_ptr<ui::MainWindow> m_window;
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"parallax-preferences-test"_s);
}

void TestPreferences::init()
{
    QSettings().clear();
    m_window.reset();
    auto store = std::make_unique<store::Store>();
    QVERIFY(store->open(u":memory:"_s));
    m_window = std::make_unique<ui::MainWindow>(std::move(store));
    m_window->show();
}

void TestPreferences::runDialog(const std::function<void(ui::PreferencesDialog *)> &edit,
                                QDialogButtonBox::StandardButton button)
{
    auto *action = m_window->findChild<QAction *>(u"actionPreferences"_s);
    QVERIFY(action);
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ui::PreferencesDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        edit(dialog);
        dialog->findChild<QDialogButtonBox *>()->button(button)->click();
    });
    action->trigger();
    QVERIFY(seen);
}

void TestPreferences::menuOpensTheDialogAndOkApplies()
{
    auto *action = m_window->findChild<QAction *>(u"actionPreferences"_s);
    QVERIFY(action);
    QVERIFY(!action->shortcut().isEmpty());
    QCOMPARE(action->menuRole(), QAction::PreferencesRole);
    QVERIFY(m_window->menuBar()->actions().at(1)->menu()->actions().contains(action)); // in Edit

    runDialog([](ui::PreferencesDialog *d) {
        auto *author = d->findChild<QLineEdit *>(u"preferencesAuthor"_s);
        QCOMPARE(author->placeholderText(), annotations::defaultAuthor());
        QVERIFY(author->text().isEmpty());
        author->setText(u"  田中 由紀 "_s);
        auto *theme = d->findChild<QComboBox *>(u"preferencesTheme"_s);
        theme->setCurrentIndex(theme->findData(u"dark"_s));
        d->findChild<QSpinBox *>(u"preferencesFontSize"_s)->setValue(15);
    }, QDialogButtonBox::Ok);

    ui::Settings &settings = ui::Settings::instance();
    QCOMPARE(settings.annotationAuthor(), u"田中 由紀"_s);
    QCOMPARE(settings.theme(), u"dark"_s);
    QCOMPARE(settings.readerFontSize(), 15);
    QCOMPARE(m_window->annotations()->document().author(), u"田中 由紀"_s);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
    QVERIFY(m_window->findChild<QAction *>(u"actionTheme_dark"_s)->isChecked());

    // The dialog opens with what is stored.
    runDialog([](ui::PreferencesDialog *d) {
        QCOMPARE(d->findChild<QLineEdit *>(u"preferencesAuthor"_s)->text(), u"田中 由紀"_s);
        QCOMPARE(d->findChild<QComboBox *>(u"preferencesTheme"_s)->currentData().toString(), u"dark"_s);
        QCOMPARE(d->findChild<QSpinBox *>(u"preferencesFontSize"_s)->value(), 15);
        d->findChild<QSpinBox *>(u"preferencesFontSize"_s)->setValue(5); // the lowest: "System default"
        QCOMPARE(d->findChild<QSpinBox *>(u"preferencesFontSize"_s)->text(), u"System default"_s);
        auto *theme = d->findChild<QComboBox *>(u"preferencesTheme"_s);
        theme->setCurrentIndex(theme->findData(u"light"_s));
    }, QDialogButtonBox::Ok);
    QCOMPARE(settings.readerFontSize(), 0);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 128);
}

void TestPreferences::cancelChangesNothing()
{
    runDialog([](ui::PreferencesDialog *d) {
        d->findChild<QLineEdit *>(u"preferencesAuthor"_s)->setText(u"Someone else"_s);
        d->findChild<QSpinBox *>(u"preferencesFontSize"_s)->setValue(30);
    }, QDialogButtonBox::Cancel);
    QVERIFY(!ui::Settings::instance().hasAnnotationAuthor());
    QCOMPARE(ui::Settings::instance().readerFontSize(), 0);
    QCOMPARE(m_window->annotations()->document().author(), annotations::defaultAuthor());
}

void TestPreferences::emptyAuthorIsTheAccountName()
{
    ui::Settings::instance().setAnnotationAuthor(u"Analyst A"_s);
    QCOMPARE(m_window->annotations()->document().author(), u"Analyst A"_s);
    runDialog([](ui::PreferencesDialog *d) { d->findChild<QLineEdit *>(u"preferencesAuthor"_s)->clear(); },
              QDialogButtonBox::Ok);
    QVERIFY(!ui::Settings::instance().hasAnnotationAuthor());
    QCOMPARE(m_window->annotations()->document().author(), annotations::defaultAuthor());
}

void TestPreferences::themeMenuFollowsTheDialog()
{
    m_window->findChild<QAction *>(u"actionTheme_dark"_s)->trigger();
    QCOMPARE(ui::Settings::instance().theme(), u"dark"_s);
    runDialog([](ui::PreferencesDialog *d) {
        QCOMPARE(d->findChild<QComboBox *>(u"preferencesTheme"_s)->currentData().toString(), u"dark"_s);
        auto *theme = d->findChild<QComboBox *>(u"preferencesTheme"_s);
        theme->setCurrentIndex(theme->findData(u"system"_s));
    }, QDialogButtonBox::Ok);
    QVERIFY(m_window->findChild<QAction *>(u"actionTheme_system"_s)->isChecked());
    QVERIFY(!m_window->findChild<QAction *>(u"actionTheme_dark"_s)->isChecked());
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
