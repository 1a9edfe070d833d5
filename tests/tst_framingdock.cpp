// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Framing dock in the real main window (offscreen): the framing table and chart from the
// sample corpus, keyness by country, adding a key term to the lexicon and undoing it.
#include "analysis/framing/currenttagger.h"
#include "core/plurals.h"
#include "query/comparison.h"
#include "selection/selectionhub.h"
#include "analysis/framing/lexicondocument.h"
#include "import/importer.h"
#include "itemmodels/framingmodels.h"
#include "itemmodels/roles.h"
#include "query/comparisondocument.h"
#include "query/retag.h"
#include "store/comparestore.h"
#include "store/store.h"
#include "ui/compare/comparepane.h"
#include "ui/compare/comparisonmode.h"
#include "ui/chartexport/chartexport.h"
#include "ui/chartexport/exportdialog.h"
#include "ui/framing/framingcharts.h"
#include "ui/theme.h"
#include "ui/framing/framingdock.h"
#include "ui/framing/lexiconeditor.h"
#include "itemmodels/lexiconmodel.h"
#include "ui/mainwindow.h"

#include <QAbstractBarSeries>
#include <QCheckBox>
#include <QSettings>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QFile>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QLabel>
#include <QSettings>
#include <QTest>
#include <QApplication>
#include <QDockWidget>
#include <QScrollArea>
#include <QTabWidget>
#include <QComboBox>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestFramingDock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void framingTableAndChartFromTheSample();
    void keynessByCountry();
    void keynessJoinsWordForms();
    void addToLexiconAndUndo();
    void chartsExport();
    void exportChartFollowsTheFocus();
    void lexiconEditorDeletesAndUndoes();
    void largeCorporaAreTaggedInTheBackground();
    void largeCorporaAreCountedInTheBackground();
    void countsFollowTheArticlesInView();
    void aReadOnlyCorpusKeepsItsHits();
    void articlesOfNoKnownCountry();
    void keynessBetweenOutletsOrLanguages();

private:
    ui::FramingPanel *panel() const { return m_window->framing(); }
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestFramingDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"parallax-test-framingdock"_s);
    QVERIFY(installPluralForms()); // as the application does: "1 article", "5 articles"
}

void TestFramingDock::init()
{
    QFile::remove(framing::LexiconDocument::userLexiconPath());
    framing::setCurrentLexicon(framing::Lexicon::standard()); // an earlier test's edits are gone
    auto store = std::make_unique<store::Store>();
    QVERIFY(store->open(m_dir.filePath(u"%1.parallax"_s.arg(QLatin1StringView(QTest::currentTestFunction())))));
    import::Importer importer(*store);
    importer.run({QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds")});
    m_window = std::make_unique<ui::MainWindow>(std::move(store));
    m_window->resize(1300, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestFramingDock::cleanup()
{
    m_window.reset();
    QFile::remove(framing::LexiconDocument::userLexiconPath());
}

void TestFramingDock::framingTableAndChartFromTheSample()
{
    itemmodels::FramingTableModel &model = panel()->framingModel();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.rowCount() > 0);
    // Captions for people, field names (as in the CLI's JSON) for exported files.
    using Table = itemmodels::FramingTableModel;
    QCOMPARE(model.headerData(Table::PerThousand, Qt::Horizontal).toString(), u"Per 1,000 words"_s);
    QCOMPARE(model.headerData(Table::PerThousand, Qt::Horizontal, itemmodels::FieldNameRole).toString(),
             u"per_1000_words"_s);
    QVERIFY(!model.headerData(Table::PerThousand, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    // The Japanese side names the islands "Northern Territories"; the Russian one "Kuril".
    QSet<QString> countries;
    bool northernTerritoriesInJapan = false;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString country = model.index(r, itemmodels::FramingTableModel::Country).data().toString();
        const QString term = model.index(r, itemmodels::FramingTableModel::Term).data().toString();
        countries.insert(country);
        QVERIFY(model.index(r, itemmodels::FramingTableModel::Count).data().toInt() > 0);
        QVERIFY(model.index(r, itemmodels::FramingTableModel::PerThousand).data(Qt::EditRole).toDouble() > 0);
        if (country == u"JP"_s && term.contains(u"northern territor"_s, Qt::CaseInsensitive))
            northernTerritoriesInJapan = true;
    }
    QVERIFY2(countries.contains(u"JP"_s) && countries.contains(u"RU"_s), qPrintable(QStringList(countries.values()).join(u',')));
    QVERIFY(northernTerritoriesInJapan);
    // Five articles: too few to compare, and the dock says so.
    QVERIFY(!model.warning().isEmpty());

    QChart *chart = panel()->framingChart()->chart();
    QCOMPARE(chart->series().size(), 1);
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().first());
    QVERIFY(series);
    QCOMPARE(series->count(), countries.size());
    QStringList labels;
    for (QBarSet *set : series->barSets())
        labels.append(set->label());
    QVERIFY(labels.contains(u"JP"_s));
}

void TestFramingDock::keynessByCountry()
{
    itemmodels::KeynessModel &model = panel()->keynessModel();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(!model.groupA().isEmpty() && model.groupA() != model.groupB());
    using Keyness = itemmodels::KeynessModel;
    QCOMPARE(model.headerData(Keyness::CountA, Qt::Horizontal).toString(), u"In "_s + model.groupA());
    QCOMPARE(model.headerData(Keyness::CountA, Qt::Horizontal, itemmodels::FieldNameRole).toString(),
             u"count_"_s + model.groupA());
    QCOMPARE(model.headerData(Keyness::G2, Qt::Horizontal).toString(), u"G²"_s);
    double previous = std::numeric_limits<double>::infinity();
    for (const compare::KeynessRow &r : model.rows()) {
        QVERIFY(r.g2 <= previous);
        previous = r.g2;
    }
    // Before anything is counted the chart is a title over an empty plot, not axes of "…".
    itemmodels::KeynessModel nothing;
    ui::KeynessChartView empty(nothing);
    QVERIFY(empty.chart()->series().isEmpty());
    QCOMPARE(empty.chart()->title(), u"Key terms (log-likelihood G²)"_s);
    auto *series = qobject_cast<QAbstractBarSeries *>(panel()->keynessChart()->chart()->series().first());
    QVERIFY(series);
    QCOMPARE(series->barSets().first()->count(), std::min<qsizetype>(20, model.rowCount()));
    // In a dock lower than its bars need, the chart keeps its height and scrolls: every term's
    // label is drawn, none elided to "…".
    QVERIFY(qobject_cast<QScrollArea *>(panel()->keynessChart()->parentWidget()->parentWidget()));
    QVERIFY(panel()->keynessChart()->minimumHeight() >= 130 + 22 * series->barSets().first()->count());
    QVERIFY(qobject_cast<QScrollArea *>(panel()->framingChart()->parentWidget()->parentWidget()));

    // The charts follow the theme, as the timeline does: dark behind dark text in the dark one.
    const auto backgroundIsDark = [](QChartView *view) {
        return view->chart()->backgroundBrush().color().lightness() < 128
            && view->chart()->titleBrush().color().lightness() > 128;
    };
    ui::applyTheme(ui::Theme::Dark);
    QTRY_VERIFY(backgroundIsDark(panel()->keynessChart()));
    QVERIFY(backgroundIsDark(panel()->framingChart()));
    ui::applyTheme(ui::Theme::System); // the style and palette the other tests run with
    QTRY_VERIFY(!backgroundIsDark(panel()->keynessChart()));
}

void TestFramingDock::keynessJoinsWordForms()
{
    itemmodels::KeynessModel &model = panel()->keynessModel();
    auto *join = panel()->findChild<QCheckBox *>(u"keynessJoinForms"_s);
    QVERIFY(join);
    QVERIFY(!join->isChecked());
    QTRY_VERIFY(model.rowCount() > 0);
    const auto rowOf = [&model](const QString &term) {
        for (int i = 0; i < model.rowCount(); ++i) {
            if (model.rows().at(i).term == term)
                return i;
        }
        return -1;
    };
    // Apart, "kuril" and "kurils" are two terms, and no term has forms.
    QVERIFY(rowOf(u"kuril"_s) >= 0 && rowOf(u"kurils"_s) >= 0);
    for (const compare::KeynessRow &r : model.rows())
        QVERIFY(r.forms.isEmpty());
    join->click();
    QTRY_VERIFY(rowOf(u"kurils"_s) < 0 && rowOf(u"kuril"_s) >= 0);
    const int kuril = rowOf(u"kuril"_s);
    const compare::KeynessRow joined = model.rows().at(kuril);
    QCOMPARE(joined.forms, (QStringList{u"kuril"_s, u"kurils"_s}));
    QCOMPARE(model.index(kuril, itemmodels::KeynessModel::Term).data(Qt::ToolTipRole).toString(),
             u"Counted with its other forms: kurils"_s);
    // The same counts as the query's, which the command line prints.
    compare::KeynessOptions options;
    options.joinForms = true;
    const query::KeynessReport r = query::keynessByCountry(m_window->store(), model.groupA(), model.groupB(), options);
    QCOMPARE(model.rows().size(), r.unigrams.size());
    for (const compare::KeynessRow &k : r.unigrams) {
        if (k.term == u"kuril"_s) {
            QCOMPARE(k.countA + k.countB, joined.countA + joined.countB);
            QVERIFY(k.countA + k.countB > 0);
        }
    }
    QVERIFY(QSettings().value(u"keyness/joinForms"_s).toBool());
    join->click();
    QTRY_VERIFY(rowOf(u"kurils"_s) >= 0);
    QVERIFY(!QSettings().value(u"keyness/joinForms"_s).toBool());
}

void TestFramingDock::addToLexiconAndUndo()
{
    itemmodels::KeynessModel &keyness = panel()->keynessModel();
    // A key term the lexicon does not have yet.
    auto *doc = panel()->findChild<framing::LexiconDocument *>();
    QVERIFY(!doc); // the document belongs to the window
    doc = m_window->findChild<framing::LexiconDocument *>();
    QVERIFY(doc);
    int row = -1;
    // (one no lexicon term contains, so that its hits are not overshadowed by longer ones).
    const auto inLexicon = [doc](const QString &t) {
        for (const framing::LexiconEntry &e : doc->lexicon().entries()) {
            if (e.term.contains(t, Qt::CaseInsensitive))
                return true;
        }
        return false;
    };
    for (int r = 0; r < keyness.rowCount() && row < 0; ++r) {
        if (!inLexicon(keyness.rows().at(r).term))
            row = r;
    }
    QVERIFY(row >= 0);
    const QString term = keyness.rows().at(row).term;
    const int before = doc->lexicon().size();
    const int rowsBefore = panel()->framingModel().rowCount();
    QCOMPARE(panel()->addToLexicon(row, u"test concept"_s, u"JP"_s), QString());
    QCOMPARE(doc->lexicon().size(), before + 1);
    QVERIFY(doc->lexicon().find(term) >= 0);
    QVERIFY(QFile::exists(framing::LexiconDocument::userLexiconPath()));
    // The corpus is tagged again: the new term has hits now.
    const auto tableHas = [this](const QString &t) {
        const itemmodels::FramingTableModel &m = panel()->framingModel();
        for (int r = 0; r < m.rowCount(); ++r) {
            if (m.index(r, itemmodels::FramingTableModel::Term).data().toString() == t)
                return true;
        }
        return false;
    };
    QVERIFY(panel()->framingModel().rowCount() > rowsBefore);
    QVERIFY(tableHas(term));
    // Adding it twice is refused with the reason.
    QVERIFY(!panel()->addToLexicon(row, u"test concept"_s, u"JP"_s).isEmpty());

    doc->undoStack()->undo();
    QCOMPARE(doc->lexicon().size(), before);
    QCOMPARE(doc->lexicon().find(term), -1);
    QCOMPARE(panel()->framingModel().rowCount(), rowsBefore);
    QVERIFY(!tableHas(term));
    doc->undoStack()->redo();
    QVERIFY(doc->lexicon().find(term) >= 0);
}

void TestFramingDock::chartsExport()
{
    for (ui::ExportableChart *c : std::initializer_list<ui::ExportableChart *>{panel()->framingChart(),
                                                                               panel()->keynessChart()}) {
        const QString svg = m_dir.filePath(c->chartFileName() + u".svg"_s);
        QCOMPARE(ui::exportChart(*c->chartToExport(), c->chartData(), svg), QString());
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(u"JP"_s));
    }
}

void TestFramingDock::exportChartFollowsTheFocus()
{
    auto *action = m_window->findChild<ui::ExportChartAction *>();
    QVERIFY(action);
    auto *dock = qobject_cast<QDockWidget *>(panel()->parentWidget());
    QVERIFY(dock);
    dock->raise();
    QApplication::setActiveWindow(m_window.get());
    panel()->tabs()->setCurrentIndex(0);
    panel()->framingChart()->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE(action->current(), static_cast<QWidget *>(panel()->framingChart()));
    panel()->tabs()->setCurrentIndex(1);
    panel()->keynessChart()->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE(action->current(), static_cast<QWidget *>(panel()->keynessChart()));
    QVERIFY(action->isEnabled());
}

void TestFramingDock::lexiconEditorDeletesAndUndoes()
{
    ui::LexiconEditor *editor = panel()->lexiconEditor();
    panel()->tabs()->setCurrentWidget(editor);
    itemmodels::LexiconModel &model = editor->model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Delete the entry behind the most frequent framing row: its hits go from the table.
    const QString term = panel()->framingModel().index(0, itemmodels::FramingTableModel::Term).data().toString();
    int row = -1;
    for (int r = 0; r < model.rowCount() && row < 0; ++r) {
        if (model.index(r, itemmodels::LexiconModel::Term).data().toString() == term)
            row = r;
    }
    QVERIFY(row >= 0);
    const int rows = model.rowCount();
    const int framingRows = panel()->framingModel().rowCount();
    editor->table()->setCurrentIndex(model.index(row, 0));
    auto *remove = editor->findChild<QAction *>(u"actionLexiconDelete"_s);
    QVERIFY(remove);
    remove->trigger();
    QCOMPARE(model.rowCount(), rows - 1);
    QVERIFY(panel()->framingModel().rowCount() < framingRows);

    auto *doc = m_window->findChild<framing::LexiconDocument *>();
    doc->undoStack()->undo();
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.index(row, itemmodels::LexiconModel::Term).data().toString(), term);
    QCOMPARE(panel()->framingModel().rowCount(), framingRows);
}

void TestFramingDock::largeCorporaAreTaggedInTheBackground()
{
    panel()->setBackgroundThreshold(0); // every corpus counts as large
    auto *doc = m_window->findChild<framing::LexiconDocument *>();
    const int rows = panel()->framingModel().rowCount();
    QCOMPARE(doc->add({u"Lavrov"_s, u"test concept"_s, u"neutral"_s, {}}), QString());
    QVERIFY(panel()->isTagging());
    QTRY_VERIFY(!panel()->isTagging());
    QVERIFY(panel()->framingModel().rowCount() > rows);
    // The corpus's stored hits were replaced: the comparison (and the CLI) read the new term.
    const auto storedLavrov = [this] {
        int n = 0;
        for (const store::StoredFramingHit &h : store::CompareStore(m_window->store()).framingHits())
            n += h.hit.term == u"Lavrov"_s ? 1 : 0;
        return n;
    };
    QVERIFY(storedLavrov() > 0);
    QVERIFY(!query::framingIsStale(m_window->store(), doc->lexicon()));
    m_window->modes()->showComparison();
    const query::ComparisonDocument &compared = m_window->modes()->comparePane()->document();
    QTRY_VERIFY(compared.isLoaded());
    const auto lavrovIn = [](const QList<framing::FramingHit> &hits) {
        return std::count_if(hits.cbegin(), hits.cend(), [](const framing::FramingHit &h) { return h.term == u"Lavrov"_s; });
    };
    QVERIFY(lavrovIn(compared.leftHits()) + lavrovIn(compared.rightHits()) > 0);
    // Two quick edits: only the last one's table is shown.
    doc->undoStack()->undo();
    doc->undoStack()->redo();
    doc->undoStack()->undo();
    QTRY_VERIFY(!panel()->isTagging());
    QCOMPARE(panel()->framingModel().rowCount(), rows);
    QCOMPARE(storedLavrov(), 0);
    QVERIFY(!query::framingIsStale(m_window->store(), doc->lexicon()));
    QTRY_COMPARE(lavrovIn(compared.leftHits()) + lavrovIn(compared.rightHits()), 0);
}

void TestFramingDock::largeCorporaAreCountedInTheBackground()
{
    // In a large corpus the table and the keyness are counted on threads of their own: reload()
    // returns at once, and the same figures arrive a moment later.
    panel()->setBackgroundThreshold(0);
    const int rows = panel()->framingModel().rowCount();
    const QList<compare::KeynessRow> keyness = panel()->keynessModel().rows();
    QVERIFY(rows > 0);
    QVERIFY(!keyness.isEmpty());
    panel()->reload();
    auto *warning = panel()->findChild<QLabel *>(u"framingWarning"_s);
    QVERIFY(warning->text().contains(u"Counting"_s));
    QTRY_COMPARE(panel()->framingModel().rowCount(), rows);
    // The keyness count reads every article's words: it waits until its page is shown.
    QVERIFY(!panel()->keynessTable()->isVisible());
    QTRY_VERIFY(panel()->isKeynessWaiting()); // once the table has arrived
    panel()->keynessModel().setRows({}, u"JP"_s, u"RU"_s); // what arrives is counted now
    for (QWidget *w = panel(); w; w = w->parentWidget()) {
        if (auto *dock = qobject_cast<QDockWidget *>(w))
            dock->raise();
    }
    panel()->tabs()->setCurrentIndex(1);
    QTRY_VERIFY(panel()->keynessTable()->isVisible());
    QVERIFY(!panel()->isKeynessWaiting());
    QTRY_COMPARE(panel()->keynessModel().rows().size(), keyness.size());
    QCOMPARE(panel()->keynessChart()->chart()->series().size(), 1);
    QCOMPARE(panel()->keynessModel().rows().first().term, keyness.first().term);
    QCOMPARE(panel()->keynessModel().rows().first().g2, keyness.first().g2);
}

// A search typed in the library narrows the framing table and keyness to its articles (every
// country); unticked, they count the whole corpus again.
void TestFramingDock::countsFollowTheArticlesInView()
{
    panel()->scopeBox()->setChecked(true);
    itemmodels::FramingTableModel &model = panel()->framingModel();
    const auto hits = [&model] {
        int n = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            n += model.index(r, itemmodels::FramingTableModel::Count).data().toInt();
        return n;
    };
    const int everywhere = hits();
    QVERIFY(everywhere > 0);
    QCOMPARE(panel()->scopeLabel()->text(), u"All articles"_s);

    auto *search = m_window->findChild<QLineEdit *>(u"librarySearch"_s);
    QVERIFY(search);
    // (In quotes: the word as written, not Kurils too.)
    QTest::keyClicks(search, u"\"Kuril\""_s);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(panel()->scope().search, u"\"Kuril\""_s);
    QTRY_COMPARE(panel()->scopeLabel()->text(), u"In 3 articles, every country: “Kuril”"_s);
    const std::optional<framing::FramingTable> want = query::framingTable(m_window->store(), panel()->scope());
    QVERIFY(want);
    int wanted = 0;
    for (const framing::FramingCell &c : want->cells)
        wanted += c.count;
    QCOMPARE(hits(), wanted);
    QVERIFY(hits() < everywhere);

    // Keyness of the same articles, by country.
    panel()->tabs()->setCurrentIndex(1);
    QTRY_COMPARE(panel()->keynessModel().groupA().isEmpty(), false);
    const query::KeynessReport r = query::keynessByCountry(m_window->store(), panel()->keynessModel().groupA(),
                                                           panel()->keynessModel().groupB(), {}, panel()->scope());
    QCOMPARE(r.articlesA + r.articlesB, 3);
    QTRY_COMPARE(panel()->keynessModel().rows().size(), r.unigrams.size());

    // Unticked: the whole corpus, whatever the library shows.
    panel()->scopeBox()->setChecked(false);
    QVERIFY(panel()->scope().isEmpty());
    QTRY_COMPARE(hits(), everywhere);
    QCOMPARE(panel()->scopeLabel()->text(), u"The whole corpus"_s);
    panel()->scopeBox()->setChecked(true);
    QTRY_COMPARE(hits(), wanted);
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(hits(), everywhere);
    QCOMPARE(panel()->scopeLabel()->text(), u"All articles"_s);
}

// Articles whose outlet's country no import could tell are "unknown" in the table, the chart and
// the keyness groups, and can be compared as a group of their own.
void TestFramingDock::articlesOfNoKnownCountry()
{
    QSqlQuery q(m_window->store().database());
    QVERIFY(q.exec(u"UPDATE articles SET country = '' WHERE outlet = 'TASS'"_s));
    QVERIFY(q.numRowsAffected() > 0);
    panel()->reload();
    itemmodels::FramingTableModel &model = panel()->framingModel();
    QStringList shown, keys;
    for (int r = 0; r < model.rowCount(); ++r) {
        shown.append(model.index(r, itemmodels::FramingTableModel::Country).data().toString());
        keys.append(model.index(r, itemmodels::FramingTableModel::Country).data(Qt::EditRole).toString());
    }
    QVERIFY2(shown.contains(u"unknown"_s) && !shown.contains(u"??"_s), qPrintable(shown.join(u',')));
    QVERIFY(keys.contains(u"??"_s));
    QVERIFY2(model.warning().contains(u"from outlets of no known country"_s), qPrintable(model.warning()));
    auto *series = qobject_cast<QAbstractBarSeries *>(panel()->framingChart()->chart()->series().first());
    QVERIFY(series);
    QStringList labels;
    for (QBarSet *set : series->barSets())
        labels.append(set->label());
    QVERIFY2(labels.contains(u"unknown"_s), qPrintable(labels.join(u',')));
    QCOMPARE(ui::countryColor(u"??"_s), ui::countryColor(QString()));

    auto *groupA = panel()->findChild<QComboBox *>(u"keynessGroupA"_s);
    auto *groupB = panel()->findChild<QComboBox *>(u"keynessGroupB"_s);
    QVERIFY(groupA && groupB);
    const int unknown = groupA->findData(u"??"_s);
    QVERIFY(unknown >= 0);
    QCOMPARE(groupA->itemText(unknown), u"unknown"_s);
    groupA->setCurrentIndex(unknown);
    groupB->setCurrentIndex(groupB->findData(u"JP"_s));
    Q_EMIT groupA->activated(unknown);
    itemmodels::KeynessModel &keyness = panel()->keynessModel();
    QTRY_COMPARE(keyness.groupA(), u"??"_s);
    QVERIFY(keyness.rowCount() > 0);
    QCOMPARE(keyness.headerData(itemmodels::KeynessModel::CountA, Qt::Horizontal).toString(), u"In unknown"_s);
    QCOMPARE(keyness.headerData(itemmodels::KeynessModel::CountA, Qt::Horizontal, itemmodels::FieldNameRole).toString(),
             u"count_unknown"_s);
    QCOMPARE(panel()->keynessChart()->chart()->title(), u"Key terms, unknown against JP (log-likelihood G²)"_s);
}

// Keyness compares two outlets or two languages as well as two countries: the groups are those
// of the articles counted, the two with the most articles first.
void TestFramingDock::keynessBetweenOutletsOrLanguages()
{
    auto *grouping = panel()->findChild<QComboBox *>(u"keynessGrouping"_s);
    auto *groupA = panel()->findChild<QComboBox *>(u"keynessGroupA"_s);
    auto *groupB = panel()->findChild<QComboBox *>(u"keynessGroupB"_s);
    QVERIFY(grouping && groupA && groupB);
    QCOMPARE(grouping->currentText(), u"Country"_s);
    itemmodels::KeynessModel &keyness = panel()->keynessModel();
    QTRY_VERIFY(keyness.rowCount() > 0);
    QCOMPARE(QSet<QString>({keyness.groupA(), keyness.groupB()}), QSet<QString>({u"JP"_s, u"RU"_s}));

    const int outlets = grouping->findData(int(query::KeynessGrouping::Outlet));
    grouping->setCurrentIndex(outlets);
    Q_EMIT grouping->activated(outlets);
    QTRY_COMPARE(QSet<QString>({keyness.groupA(), keyness.groupB()}), QSet<QString>({u"TASS"_s, u"Sputnik"_s}));
    QVERIFY(keyness.rowCount() > 0);
    QStringList listed;
    for (int i = 0; i < groupA->count(); ++i)
        listed << groupA->itemText(i);
    QCOMPARE(listed, (QStringList{u"unknown"_s, u"Sputnik"_s, u"TASS"_s})); // the three without an outlet first
    QCOMPARE(groupA->currentData().toString(), keyness.groupA());
    // Two Russian outlets are not drawn both in Russia's blue.
    QVERIFY(!panel()->keynessChart()->groupsAreCountries());
    auto *bars = qobject_cast<QAbstractBarSeries *>(panel()->keynessChart()->chart()->series().first());
    QVERIFY(bars && bars->barSets().size() == 2);
    QVERIFY(bars->barSets().at(0)->color() != bars->barSets().at(1)->color());
    QVERIFY(bars->barSets().at(0)->color() != ui::countryColor(u"RU"_s));
    // The unknown group against TASS, chosen in the box.
    groupA->setCurrentIndex(0);
    Q_EMIT groupA->activated(0);
    QTRY_COMPARE(keyness.groupA(), u"??"_s);
    QVERIFY(keyness.rowCount() > 0);

    // The sample is all in English: one language, nothing to compare, and the panel says so.
    const int languages = grouping->findData(int(query::KeynessGrouping::Language));
    grouping->setCurrentIndex(languages);
    Q_EMIT grouping->activated(languages);
    QTRY_COMPARE(groupA->count(), 1);
    QCOMPARE(groupA->itemText(0), u"English (en)"_s);
    QCOMPARE(keyness.rowCount(), 0);
    QCOMPARE(panel()->findChild<QLabel *>(u"keynessStatus"_s)->text(), u"keyness needs articles from two languages"_s);

    // Back to countries: the framing table's countries again.
    const int countries = grouping->findData(int(query::KeynessGrouping::Country));
    grouping->setCurrentIndex(countries);
    Q_EMIT grouping->activated(countries);
    QTRY_COMPARE(QSet<QString>({keyness.groupA(), keyness.groupB()}), QSet<QString>({u"JP"_s, u"RU"_s}));
    QVERIFY(keyness.rowCount() > 0);
    QVERIFY(panel()->keynessChart()->groupsAreCountries());
}

QTEST_MAIN(TestFramingDock)
#include "tst_framingdock.moc"

// On a read-only corpus the lexicon (the user's own file) can still be edited; the corpus keeps
// the hits it was tagged with, and the panel says so instead of failing to tag it again.
void TestFramingDock::aReadOnlyCorpusKeepsItsHits()
{
    const QString path = m_window->store().path();
    m_window.reset();
    store::Store::keepReadOnly(path);
    auto corpus = std::make_unique<store::Store>();
    QVERIFY(corpus->open(path));
    QVERIFY(corpus->isReadOnly());
    m_window = std::make_unique<ui::MainWindow>(std::move(corpus));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    const int rows = panel()->framingModel().rowCount();
    QVERIFY(rows > 0);
    auto *warning = panel()->findChild<QLabel *>(u"framingWarning"_s);
    QVERIFY(warning);
    QVERIFY(!warning->text().contains(u"read-only"_s));
    auto *doc = m_window->findChild<framing::LexiconDocument *>();
    QCOMPARE(doc->add({u"Lavrov"_s, u"test concept"_s, u"neutral"_s, {}}), QString());
    QVERIFY(!panel()->isTagging());
    QVERIFY2(warning->text().contains(u"The corpus is read-only, so its framing terms are shown as they were tagged"_s),
             qPrintable(warning->text()));
    QVERIFY(!warning->isHidden());
    QCOMPARE(panel()->framingModel().rowCount(), rows);
    QVERIFY(query::framingIsStale(m_window->store(), doc->lexicon()));
    QVERIFY(framing::currentTagger()->lexicon().find(u"Lavrov"_s) >= 0); // imports elsewhere tag with it
    // Shown again when the panel reloads (the hits are older than the lexicon).
    warning->clear();
    panel()->reload();
    QTRY_VERIFY(warning->text().contains(u"read-only"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}
