// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The entity sidebar in a real (offscreen) window: selecting an entity filters the library,
// highlights its mentions in the open article and fills the details pane.
#include "import/importer.h"
#include "itemmodels/articlelistmodel.h"
#include "itemmodels/entitytreemodel.h"
#include "lavrovwangyi.h"
#include "selection/selectionhub.h"
#include "store/store.h"
#include "analysis/entities/entityeditor.h"
#include "core/plurals.h"
#include "ui/entities/entitypanel.h"
#include "ui/library/librarydock.h"
#include "ui/mainwindow.h"
#include "ui/viewer/documentviewer.h"

#include <QApplication>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QTimer>
#include <QSqlQuery>
#include <QMessageBox>
#include <QTableView>
#include <QTextBrowser>
#include <QThreadPool>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestEntityPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void selectingAnEntityFiltersAndHighlights();
    void clickingAMentionSelectsItsEntity();
    void decisionsUndoFromTheEditMenu();
    void detailsOfALargeCorpusAreReadInTheBackground();
    void countsOfALargeTreeAreRefreshedInTheBackground();
    void countsFollowTheArticlesInView();
};

namespace {

// The main window, shown, on a corpus of the sample articles in `folder`; null when it cannot be.
std::unique_ptr<ui::MainWindow> sampleWindow(const QString &folder)
{
    QStandardPaths::setTestModeEnabled(true);
    auto corpus = std::make_unique<store::Store>();
    if (!corpus->open(QDir(folder).filePath(u"corpus.parallax"_s)))
        return nullptr;
    import::Importer(*corpus).run({QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds")});
    auto window = std::make_unique<ui::MainWindow>(std::move(corpus));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

// The texts of the viewer's highlights drawn bold (the selected entity's mentions).
QStringList boldHighlights(ui::DocumentViewer &viewer)
{
    QStringList out;
    for (const QTextEdit::ExtraSelection &s : viewer.body()->extraSelections()) {
        if (s.format.fontWeight() == QFont::Bold)
            out << s.cursor.selectedText();
    }
    return out;
}

// The article whose source file name contains a part, or 0.
qint64 articleFrom(const itemmodels::ArticleListModel &articles, const QString &part)
{
    for (int r = 0; r < articles.rowCount(); ++r) {
        if (articles.index(r, 0).data(itemmodels::ArticleListModel::SourceRole).toString().contains(part))
            return articles.idAt(r);
    }
    return 0;
}

// Clicks the middle of the first character of a body offset.
void clickAt(ui::BodyView *body, int offset)
{
    QTextCursor c(body->document());
    c.setPosition(offset);
    const QRect before = body->cursorRect(c);
    c.setPosition(offset + 1);
    const QRect after = body->cursorRect(c);
    QTest::mouseClick(body->viewport(), Qt::LeftButton, {}, QPoint((before.x() + after.x()) / 2, before.center().y()));
}

QStringList allHighlights(ui::DocumentViewer &viewer)
{
    QStringList out;
    for (const QTextEdit::ExtraSelection &s : viewer.body()->extraSelections())
        out << s.cursor.selectedText();
    return out;
}

bool importSample(store::Store &store, const QString &path = u":memory:"_s)
{
    if (!store.open(path))
        return false;
    import::Importer importer(store);
    importer.run({QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds")});
    return store.articleCount() == 5;
}

// The sample articles in a store, with a viewer and the entity panel shown.
struct Sample
{
    store::Store store;
    bool imported = importSample(store);
    SelectionHub hub;
    itemmodels::ArticleListModel articles{store};
    ui::DocumentViewer viewer{store, hub};
    ui::EntityPanel panel{store, hub, viewer, articles};

    bool open()
    {
        panel.resize(400, 700);
        viewer.resize(700, 700);
        panel.show();
        viewer.show();
        return imported && QTest::qWaitForWindowExposed(&viewer);
    }
};

} // namespace

void TestEntityPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"parallax-test-entitypanel"_s); // the user's settings are not touched
    QVERIFY(installPluralForms()); // as the application does: "1 article", "5 articles"
}

void TestEntityPanel::selectingAnEntityFiltersAndHighlights()
{
    Sample sample;
    QVERIFY(sample.open());
    auto &[store, imported, hub, articles, viewer, panel] = sample;
    QCOMPARE(articles.rowCount(), 5);

    // The TASS article: Moscow, Tokyo, Lavrov, Motegi ... highlighted by type.
    const qint64 tass = articleFrom(articles, u"002_"_s);
    QVERIFY(tass > 0);
    hub.setArticle(tass);
    QTRY_COMPARE(viewer.articleId(), tass);
    // Types are highlighted when switched on.
    QVERIFY(allHighlights(viewer).isEmpty());
    panel.setTypeHighlighted(u"person"_s, true);
    panel.setTypeHighlighted(u"place"_s, true);
    QVERIFY(allHighlights(viewer).contains(u"Sergey Lavrov"_s));
    QVERIFY(allHighlights(viewer).contains(u"MOSCOW"_s));
    QVERIFY(boldHighlights(viewer).isEmpty());
    panel.setTypeHighlighted(u"person"_s, false);

    // Select Sergey Lavrov in the tree.
    auto *model = panel.model();
    const QModelIndex people = model->index(0, 0);
    panel.tree()->expand(people);
    if (model->canFetchMore(people))
        model->fetchMore(people);
    const QModelIndex lavrov = model->indexOfKey(u"person/sergey-lavrov"_s);
    QVERIFY(lavrov.isValid());
    panel.tree()->setCurrentIndex(lavrov);
    QCOMPARE(hub.entity(), u"person/sergey-lavrov"_s);

    // The library shows the four articles that name him.
    QCOMPARE(articles.rowCount(), 4);
    // His mentions in the open article are emphasised.
    const QStringList bold = boldHighlights(viewer);
    QVERIFY2(bold.contains(u"Sergey Lavrov"_s) && bold.contains(u"Lavrov"_s), qPrintable(bold.join(u'|')));
    panel.nextMention();
    // Details: names by outlet country, co-occurring entities, articles with snippets.
    const QString details = panel.details()->toPlainText();
    QVERIFY2(details.contains(u"RU: Sergey Lavrov"_s), qPrintable(details));
    QVERIFY(details.contains(u"Toshimitsu Motegi"_s));
    QVERIFY(details.contains(u"Russian Foreign Minister Sergey Lavrov said"_s));

    // Highlighting per type can be switched off.
    panel.setTypeHighlighted(u"place"_s, false);
    QVERIFY(!allHighlights(viewer).contains(u"MOSCOW"_s));
    QVERIFY(allHighlights(viewer).contains(u"Sergey Lavrov"_s));

    // The filter field narrows the tree.
    auto *filter = panel.findChild<QLineEdit *>(u"entityFilter"_s);
    QVERIFY(filter);
    filter->setText(u"motegi"_s);
    model->fetchMore(model->index(0, 0));
    QCOMPARE(model->rowCount(model->index(0, 0)), 1);

    // No entity: every article again.
    hub.setEntity(QString());
    QCOMPARE(articles.rowCount(), 5);
    QVERIFY(boldHighlights(viewer).isEmpty());
}

void TestEntityPanel::clickingAMentionSelectsItsEntity()
{
    Sample sample;
    QVERIFY(sample.open());
    auto &[store, imported, hub, articles, viewer, panel] = sample;
    const qint64 tass = articleFrom(articles, u"002_"_s);
    QVERIFY(tass > 0);
    hub.setArticle(tass);
    QTRY_COMPARE(viewer.articleId(), tass);
    const QString body = viewer.article().body;
    const int motegi = int(body.indexOf(u"Motegi"_s));
    const int moscow = int(body.indexOf(u"MOSCOW"_s));
    QVERIFY(motegi > 0 && moscow >= 0);

    // Nothing highlighted: a click on a name is only a click.
    clickAt(viewer.body(), motegi + 2);
    QVERIFY(hub.entity().isEmpty());

    // People highlighted: a click in the middle of "Motegi" selects him, and everything follows.
    panel.setTypeHighlighted(u"person"_s, true);
    clickAt(viewer.body(), motegi + 2);
    QCOMPARE(hub.entity(), u"person/toshimitsu-motegi"_s);
    QCOMPARE(panel.tree()->currentIndex().siblingAtColumn(0).data(itemmodels::EntityTreeModel::KeyRole).toString(),
             u"person/toshimitsu-motegi"_s);
    QVERIFY(boldHighlights(viewer).contains(u"Toshimitsu Motegi"_s));
    QVERIFY(articles.rowCount() < 5);
    for (int r = 0; r < articles.rowCount(); ++r)
        QVERIFY(store::EntityStore(store.database()).mentions(articles.idAt(r)).size() > 0);
    QVERIFY(panel.details()->toPlainText().contains(u"Toshimitsu Motegi"_s));

    // A place is not highlighted, so a click on it keeps the selection.
    clickAt(viewer.body(), moscow + 1);
    QCOMPARE(hub.entity(), u"person/toshimitsu-motegi"_s);
    // Nor does a click on plain text (the first character after the name) change it.
    panel.setTypeHighlighted(u"place"_s, true);
    clickAt(viewer.body(), motegi + 6);
    QCOMPARE(hub.entity(), u"person/toshimitsu-motegi"_s);
    // A highlighted place is selected by a click too.
    clickAt(viewer.body(), moscow + 1);
    QCOMPARE(hub.entity(), panel.entityAt(moscow));
    QVERIFY(hub.entity().startsWith(u"place/"_s));
    // With the entity layer hidden in the viewer, clicks select nothing.
    viewer.body()->setLayerVisible(u"entities"_s, false);
    clickAt(viewer.body(), motegi + 2);
    QVERIFY(hub.entity().startsWith(u"place/"_s));
}

void TestEntityPanel::decisionsUndoFromTheEditMenu()
{
    QTemporaryDir dir;
    const std::unique_ptr<ui::MainWindow> shown = sampleWindow(dir.path());
    QVERIFY(shown);
    ui::MainWindow &window = *shown;
    auto *panel = window.findChild<ui::EntityPanel *>();
    auto *undo = window.findChild<QAction *>(u"actionUndo"_s);
    auto *redo = window.findChild<QAction *>(u"actionRedo"_s);
    QVERIFY(panel && undo && redo);
    store::EntityStore es(window.store().database());
    const QString motegiKey = u"person/toshimitsu-motegi"_s;

    // Change Motegi's type from his context menu in the tree, then reject him.
    window.hub().setEntity(motegiKey);
    QModelIndex motegi = panel->model()->indexOfKey(motegiKey);
    QVERIFY(motegi.isValid());
    std::unique_ptr<QMenu> menu(panel->createContextMenu(motegi, panel));
    QVERIFY(menu);
    auto *toOther = menu->findChild<QAction *>(u"other"_s);
    QVERIFY(toOther);
    toOther->trigger();
    QCOMPARE(es.entityByKey(motegiKey)->type, u"other"_s);
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->text().contains(u"type"_s));
    motegi = panel->model()->indexOfKey(motegiKey);
    QVERIFY(motegi.isValid());
    // Remove one of his names, then take it back.
    menu.reset(panel->createContextMenu(motegi, panel));
    auto *removeAlias = menu->findChild<QMenu *>(u"removeAlias"_s);
    QVERIFY(removeAlias);
    QStringList names;
    for (QAction *a : removeAlias->actions())
        names << a->text();
    QVERIFY2(names.contains(u"Motegi"_s), qPrintable(names.join(u'|')));
    removeAlias->actions().at(int(names.indexOf(u"Motegi"_s)))->trigger();
    QVERIFY(!es.aliases(es.entityByKey(motegiKey)->id).contains(u"Motegi"_s));
    undo->trigger();
    QVERIFY(es.aliases(es.entityByKey(motegiKey)->id).contains(u"Motegi"_s));
    motegi = panel->model()->indexOfKey(motegiKey);
    menu.reset(panel->createContextMenu(motegi, panel));
    menu->findChild<QAction *>(u"rejectEntity"_s)->trigger();
    QVERIFY(!es.entityByKey(motegiKey));
    QVERIFY(!panel->model()->indexOfKey(motegiKey).isValid());
    QCOMPARE(window.library()->view()->model()->rowCount(), 5); // nothing to filter by any more

    // Edit > Undo brings him back, in the tree, the library filter and the document.
    undo->trigger();
    QVERIFY(es.entityByKey(motegiKey));
    QCOMPARE(es.entityByKey(motegiKey)->type, u"other"_s);
    QVERIFY(panel->model()->indexOfKey(motegiKey).isValid());
    QCOMPARE(window.library()->view()->model()->rowCount(), int(es.entityByKey(motegiKey)->articles.size()));
    QVERIFY(window.library()->view()->model()->rowCount() < 5);
    undo->trigger();
    QCOMPARE(es.entityByKey(motegiKey)->type, u"person"_s);
    QVERIFY(!undo->isEnabled() || !undo->text().contains(u"entity"_s));
    // Edit > Redo does both again.
    redo->trigger();
    QCOMPARE(es.entityByKey(motegiKey)->type, u"other"_s);
    redo->trigger();
    QVERIFY(!es.entityByKey(motegiKey));

    // A corpus that cannot be written (a full disk; here the connection is read-only): the undo
    // changes nothing, says so once, and the next Undo is the same step again.
    QSqlQuery readOnly(window.store().database());
    QVERIFY(readOnly.exec(u"PRAGMA query_only = 1"_s));
    QString said;
    int messages = 0;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            box && box->objectName() == u"entityChangeFailed"_s) {
            said = box->text() + u' ' + box->informativeText();
            ++messages;
            box->accept();
        }
    });
    poll.start();
    const QString undoText = undo->text();
    undo->trigger();
    QTRY_VERIFY(!said.isEmpty());
    QVERIFY2(said.startsWith(u"The change to the entities could not be made. "_s)
                 && said.endsWith(u"The entities are as they were before it."_s),
             qPrintable(said));
    QVERIFY(!es.entityByKey(motegiKey));
    QTRY_COMPARE(undo->text(), undoText);
    QVERIFY(readOnly.exec(u"PRAGMA query_only = 0"_s));
    undo->trigger();
    QVERIFY(es.entityByKey(motegiKey));
    QTest::qWait(50);
    QCOMPARE(messages, 1);
}

void TestEntityPanel::detailsOfALargeCorpusAreReadInTheBackground()
{
    // The sample in a corpus file, the panel treating it as large: the details pane says it is
    // counting, then shows what a small corpus shows at once.
    QTemporaryDir dir;
    store::Store store;
    QVERIFY(importSample(store, dir.filePath(u"large.parallax"_s)));
    SelectionHub hub;
    itemmodels::ArticleListModel articles{store};
    ui::DocumentViewer viewer{store, hub};
    ui::EntityPanel panel{store, hub, viewer, articles};
    panel.setBackgroundFrom(1);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    hub.setEntity(u"person/sergey-lavrov"_s);
    QCOMPARE(articles.rowCount(), 4); // the library follows at once
    QVERIFY(panel.details()->toPlainText().contains(u"Counting where it is named"_s));
    QTRY_VERIFY(panel.details()->toPlainText().contains(u"RU: Sergey Lavrov"_s));
    const QString details = panel.details()->toPlainText();
    QVERIFY(details.contains(u"Toshimitsu Motegi"_s));
    QVERIFY(details.contains(u"Russian Foreign Minister Sergey Lavrov said"_s));

    // A selection replaced before its details arrive: only the last one's are shown.
    hub.setEntity(u"person/toshimitsu-motegi"_s);
    hub.setEntity(u"person/sergey-lavrov"_s);
    QTRY_VERIFY(panel.details()->toPlainText().contains(u"RU: Sergey Lavrov"_s));
    QTest::qWait(300);
    QVERIFY(panel.details()->toPlainText().startsWith(u"Sergey Lavrov"_s));
    hub.setEntity(QString());
    QVERIFY(panel.details()->toPlainText().contains(u"Select an entity"_s));
    QThreadPool::globalInstance()->waitForDone();
}

// The tree counts what the library shows: a search typed there, an outlet country chosen there,
// a stretch of dates from the timeline; unticked, the whole corpus.
void TestEntityPanel::countsFollowTheArticlesInView()
{
    QTemporaryDir dir;
    auto window = sampleWindow(dir.path());
    QVERIFY(window);
    auto *panel = window->findChild<ui::EntityPanel *>(u"entityPanel"_s);
    QVERIFY(panel);
    panel->scopeBox()->setChecked(true);
    auto *model = panel->model();
    const auto articlesOf = [model](const QString &key) {
        const QModelIndex index = model->indexOfKey(key);
        return index.isValid() ? index.siblingAtColumn(itemmodels::EntityTreeModel::ArticlesColumn).data().toInt() : 0;
    };
    const auto fetchAll = [model] {
        for (int g = 0; g < model->rowCount(); ++g) {
            while (model->canFetchMore(model->index(g, 0)))
                model->fetchMore(model->index(g, 0));
        }
    };
    fetchAll();
    const int everyone = model->entityCount();
    QCOMPARE(articlesOf(u"person/sergey-lavrov"_s), 4);
    QCOMPARE(panel->scopeLabel()->text(), u"All articles"_s);

    // A search typed in the library.
    auto *search = window->findChild<QLineEdit *>(u"librarySearch"_s);
    QVERIFY(search);
    // (In quotes: the word as written, not Kurils too.)
    QTest::keyClicks(search, u"\"Kuril\""_s);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(model->isScoped() && !model->isReading());
    fetchAll();
    QCOMPARE(model->scopeArticles(), 3);
    QTRY_COMPARE(panel->scopeLabel()->text(), u"In 3 articles: “Kuril”"_s);
    QVERIFY(model->entityCount() < everyone);
    QCOMPARE(articlesOf(u"person/sergey-lavrov"_s), 3);
    QVERIFY(articlesOf(u"person/toshimitsu-motegi"_s) > 0);
    // Its details are of the same articles, with the whole corpus's total beside.
    window->hub().setEntity(u"person/sergey-lavrov"_s);
    QTRY_VERIFY2(panel->details()->toPlainText().contains(
                     u"person · 7 mentions in the articles in view (8 in the whole corpus)"_s),
                 qPrintable(panel->details()->toPlainText()));
    QTRY_VERIFY(panel->details()->toPlainText().contains(u"Called, by outlet country"_s));

    // And an outlet country chosen there.
    auto *country = window->findChild<QComboBox *>(u"libraryCountry"_s);
    QVERIFY(country);
    const int jp = country->findData(u"JP"_s);
    QVERIFY(jp > 0);
    country->setCurrentIndex(jp);
    Q_EMIT country->activated(jp); // as a choice with the mouse
    QTRY_VERIFY(model->scope().country == u"JP"_s && !model->isReading());
    fetchAll();
    QCOMPARE(model->scopeArticles(), 1);
    QCOMPARE(panel->scopeLabel()->text(), u"In 1 article: “Kuril” · JP"_s);
    QCOMPARE(articlesOf(u"person/sergey-lavrov"_s), 1);
    const int japanese = model->entityCount();
    // The details follow: only the Japanese article's names and titles.
    QTRY_VERIFY2(panel->details()->toPlainText().contains(u"in the articles in view (8 in the whole corpus)"_s)
                     && panel->details()->toPlainText().contains(u"JP: "_s)
                     && !panel->details()->toPlainText().contains(u"RU: "_s),
                 qPrintable(panel->details()->toPlainText()));
    window->hub().setEntity(QString());

    // Unticked: the whole corpus, whatever the library shows; ticked again: the view.
    panel->scopeBox()->setChecked(false);
    QTRY_VERIFY(!model->isScoped());
    fetchAll();
    QCOMPARE(model->entityCount(), everyone);
    QCOMPARE(articlesOf(u"person/sergey-lavrov"_s), 4);
    QCOMPARE(panel->scopeLabel()->text(), u"The whole corpus"_s);
    panel->scopeBox()->setChecked(true);
    QTRY_VERIFY(model->isScoped() && !model->isReading());
    fetchAll();
    QCOMPARE(model->entityCount(), japanese);

    // Dates from the timeline (through the hub, as its range selection sets them).
    country->setCurrentIndex(0);
    Q_EMIT country->activated(0);
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(!model->isScoped());
    window->hub().setDateRange(QDate(2019, 12, 1), QDate(2019, 12, 31));
    QTRY_VERIFY(model->isScoped() && !model->isReading());
    QVERIFY(model->scopeArticles() > 0 && model->scopeArticles() < 5);
    QVERIFY(panel->scopeLabel()->text().startsWith(u"In %1 article"_s.arg(model->scopeArticles())));
    window->hub().setDateRange({}, {});
    QTRY_VERIFY(!model->isScoped());
    fetchAll();
    QCOMPARE(model->entityCount(), everyone);
}

QTEST_MAIN(TestEntityPanel)
// During an import the sidebar's counts are read again; for a large tree off the window's
// thread, the selected entity and the expanded tree kept once they come.
void TestEntityPanel::countsOfALargeTreeAreRefreshedInTheBackground()
{
    QTemporaryDir dir;
    const std::unique_ptr<ui::MainWindow> shown = sampleWindow(dir.path());
    QVERIFY(shown);
    ui::MainWindow &window = *shown;
    auto *panel = window.findChild<ui::EntityPanel *>();
    QVERIFY(panel);
    const QString lavrov = u"person/sergey-lavrov"_s;
    window.hub().setEntity(lavrov);
    const auto articlesOf = [panel, &lavrov] {
        return panel->model()->indexOfKey(lavrov).siblingAtColumn(itemmodels::EntityTreeModel::ArticlesColumn).data().toInt();
    };
    QCOMPARE(articlesOf(), 4);
    panel->model()->setBackgroundFrom(0);

    QTemporaryDir more;
    const QString extra = testing::writeLavrovMeetsWangYi(more.path());
    QVERIFY(!extra.isEmpty());
    QCOMPARE(import::Importer(window.store()).run({extra}).articlesImported, 1);

    QSignalSpy reloaded(panel->model(), &itemmodels::EntityTreeModel::reloaded);
    panel->refreshCounts();
    QCOMPARE(articlesOf(), 4); // the counts shown stay until the new ones come
    QVERIFY(reloaded.wait(10000));
    QCOMPARE(articlesOf(), 5);
    const QModelIndex current = panel->tree()->currentIndex();
    QCOMPARE(current.siblingAtColumn(0), panel->model()->indexOfKey(lavrov));
    QVERIFY(panel->tree()->isExpanded(panel->model()->index(0, 0)));
}

#include "tst_entitypanel.moc"
