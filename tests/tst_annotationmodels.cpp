// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotationdocument.h"
#include "annotations/annotationlistmodel.h"
#include "annotations/codebookmodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace parallax;
using namespace parallax::annotations;

namespace {

const QString Body = u"Japan calls them the Northern Territories; Russia calls them the Southern Kurils."_s;

Span spanOf(const QString &quote)
{
    const int start = int(Body.indexOf(quote));
    return Span{start, start + int(quote.size())};
}

} // namespace

class TestAnnotationModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listFollowsEditsAndUndo();
    void filters();
    void codebookTree();
    void codebookCodableColumn();
    void codebookRenameAndDrop();
};

void TestAnnotationModels::listFollowsEditsAndUndo()
{
    AnnotationDocument doc;
    AnnotationListModel model(doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticleTitles([](qint64 id) { return u"Title %1"_s.arg(id); });
    const qint64 tag = doc.addTag(u"Names"_s, 0, QColor(Qt::darkGreen));
    const qint64 a = doc.addAnnotation(1, Body, spanOf(u"Northern Territories"_s), {tag}, u"Japanese name"_s);
    const qint64 b = doc.addAnnotation(2, Body, spanOf(u"Southern Kurils"_s));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, AnnotationListModel::QuoteColumn).data().toString(), u"Northern Territories"_s);
    QCOMPARE(model.index(0, AnnotationListModel::TagsColumn).data().toString(), u"Names"_s);
    QCOMPARE(model.index(0, AnnotationListModel::ArticleColumn).data().toString(), u"Title 1"_s);
    QCOMPARE(model.index(0, 0).data(Qt::DecorationRole).value<QColor>(), QColor(Qt::darkGreen));
    QCOMPARE(model.index(1, 0).data(AnnotationListModel::StartRole).toInt(), spanOf(u"Southern Kurils"_s).start);
    QVERIFY(doc.renameTag(tag, u"Place names"_s));
    QCOMPARE(model.index(0, AnnotationListModel::TagsColumn).data().toString(), u"Place names"_s);
    QVERIFY(doc.removeAnnotation(a));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.idAt(0), b);
    doc.undoStack()->undo(); // the removed one comes back in its place
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.idAt(0), a);
    QCOMPARE(model.indexOf(b).row(), 1);
}

void TestAnnotationModels::filters()
{
    AnnotationDocument doc;
    AnnotationListModel source(doc);
    AnnotationFilterModel filter(doc);
    filter.setSourceModel(&source);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 names = doc.ensureTagPath(u"Names"_s);
    const qint64 russian = doc.ensureTagPath(u"Names/Russian"_s);
    const qint64 other = doc.addTag(u"Other"_s);
    doc.setAuthor(u"ana"_s);
    doc.addAnnotation(1, Body, spanOf(u"Northern Territories"_s), {names}, u"Japanese usage"_s);
    doc.setAuthor(u"boris"_s);
    doc.addAnnotation(2, Body, spanOf(u"Southern Kurils"_s), {russian});
    doc.addAnnotation(2, Body, spanOf(u"Japan calls"_s), {other});
    QCOMPARE(filter.rowCount(), 3);
    filter.setTagFilter(names); // with the tags below it
    QCOMPARE(filter.rowCount(), 2);
    filter.setArticleFilter(2);
    QCOMPARE(filter.rowCount(), 1);
    filter.setTagFilter(0);
    filter.setAuthorFilter(u"boris"_s);
    QCOMPARE(filter.rowCount(), 2);
    filter.setArticleFilter(0);
    filter.setAuthorFilter({});
    filter.setTextFilter(u"japanese"_s); // the note
    QCOMPARE(filter.rowCount(), 1);
    filter.setTextFilter(u"russian"_s); // a tag path
    QCOMPARE(filter.rowCount(), 1);
    filter.setTextFilter({});
    filter.setTagFilter(other);
    QCOMPARE(filter.rowCount(), 1);
    QVERIFY(doc.moveTag(other, names)); // the filter follows the tree
    filter.setTagFilter(names);
    QCOMPARE(filter.rowCount(), 3);
}

void TestAnnotationModels::codebookTree()
{
    AnnotationDocument doc;
    CodebookModel model(doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 legal = doc.ensureTagPath(u"Framing/Sovereignty/Legal"_s);
    const qint64 actors = doc.addTag(u"Actors"_s, 0, QColor(Qt::blue), u"People and institutions"_s);
    doc.addAnnotation(1, Body, spanOf(u"Japan calls"_s), {legal, actors});
    doc.addAnnotation(1, Body, spanOf(u"Russia calls"_s), {legal});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), u"Actors"_s);
    QCOMPARE(model.index(0, 0).data(Qt::DecorationRole).value<QColor>(), QColor(Qt::blue));
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"People and institutions"_s));
    const QModelIndex legalIndex = model.indexOf(legal);
    QCOMPARE(legalIndex.data(CodebookModel::PathRole).toString(), u"Framing/Sovereignty/Legal"_s);
    QCOMPARE(legalIndex.parent().parent(), model.index(1, 0));
    QCOMPARE(legalIndex.siblingAtColumn(CodebookModel::UsesColumn).data().toInt(), 2);
    doc.undoStack()->undo(); // the second annotation
    QCOMPARE(model.indexOf(legal, CodebookModel::UsesColumn).data().toInt(), 1);
    QVERIFY(doc.deleteTag(doc.codebook().findPath(u"Framing"_s), TagDeletion::Untag));
    QCOMPARE(model.rowCount(), 1);
    doc.undoStack()->undo();
    QCOMPARE(model.rowCount(), 2);
}

void TestAnnotationModels::codebookCodableColumn()
{
    AnnotationDocument doc;
    CodebookModel model(doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 framing = doc.addTag(u"Framing"_s);
    const qint64 used = doc.addTag(u"Used"_s);
    doc.addAnnotation(1, Body, spanOf(u"Japan calls"_s), {used});
    const QModelIndex codable = model.indexOf(framing, CodebookModel::CodableColumn);
    QVERIFY(model.flags(codable) & Qt::ItemIsUserCheckable);
    QCOMPARE(codable.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QVERIFY(model.setData(codable, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!doc.codebook().tag(framing)->codable);
    QCOMPARE(model.indexOf(framing, CodebookModel::CodableColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(),
             Qt::Unchecked);
    QVERIFY(model.indexOf(framing).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(model.indexOf(framing).data(Qt::ToolTipRole).toString().contains(u"folder"_s));
    doc.undoStack()->undo();
    QVERIFY(doc.codebook().tag(framing)->codable);
    QSignalSpy refused(&model, &CodebookModel::editRefused);
    QVERIFY(!model.setData(model.indexOf(used, CodebookModel::CodableColumn), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(refused.size(), 1);
    QVERIFY(doc.codebook().tag(used)->codable);
}

void TestAnnotationModels::codebookRenameAndDrop()
{
    AnnotationDocument doc;
    CodebookModel model(doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 framing = doc.addTag(u"Framing"_s);
    const qint64 loose = doc.addTag(u"Sovereignty"_s);
    QVERIFY(model.setData(model.indexOf(loose), u"Sovereignty claims"_s));
    QCOMPARE(doc.codebook().tag(loose)->name, u"Sovereignty claims"_s);
    QVERIFY(!model.setData(model.indexOf(loose), u"Framing"_s)); // a sibling has that name
    std::unique_ptr<QMimeData> mime(model.mimeData({model.indexOf(loose)}));
    model.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, model.indexOf(framing));
    QCOMPARE(doc.codebook().path(loose), u"Framing/Sovereignty claims"_s);
    QCOMPARE(model.rowCount(model.indexOf(framing)), 1);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.codebook().path(loose), u"Sovereignty"_s);
}

QTEST_GUILESS_MAIN(TestAnnotationModels)
#include "tst_annotationmodels.moc"
