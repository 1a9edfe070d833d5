// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The entity sidebar in a real (offscreen) window: selecting an entity filters the library,
// highlights its mentions in the open article and fills the details pane.
#include "import/importer.h"
#include "itemmodels/articlelistmodel.h"
#include "itemmodels/entitytreemodel.h"
#include "selection/selectionhub.h"
#include "store/store.h"
#include "ui/entities/entitypanel.h"
#include "ui/viewer/documentviewer.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestEntityPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void selectingAnEntityFiltersAndHighlights();
};

namespace {

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

QStringList allHighlights(ui::DocumentViewer &viewer)
{
    QStringList out;
    for (const QTextEdit::ExtraSelection &s : viewer.body()->extraSelections())
        out << s.cursor.selectedText();
    return out;
}

} // namespace

void TestEntityPanel::selectingAnEntityFiltersAndHighlights()
{
    store::Store store;
    QVERIFY(store.open(u":memory:"_s));
    import::Importer importer(store);
    importer.run({QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds")});
    SelectionHub hub;
    itemmodels::ArticleListModel articles(store);
    ui::DocumentViewer viewer(store, hub);
    ui::EntityPanel panel(store, hub, viewer, articles);
    panel.resize(400, 700);
    viewer.resize(700, 700);
    panel.show();
    viewer.show();
    QCOMPARE(articles.rowCount(), 5);

    // The TASS article: Moscow, Tokyo, Lavrov, Motegi ... highlighted by type.
    qint64 tass = 0;
    for (int r = 0; r < articles.rowCount(); ++r) {
        if (articles.index(r, 0).data(itemmodels::ArticleListModel::SourceRole).toString().contains(u"002_"_s))
            tass = articles.idAt(r);
    }
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

QTEST_MAIN(TestEntityPanel)
#include "tst_entitypanel.moc"
