// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Editing the user's lexicon: undoable edits through the document, saved after each, the table
// model over it, and the CSV round trip.
#include "analysis/framing/lexicondocument.h"
#include "itemmodels/lexiconmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;
using framing::LexiconDocument;
using framing::LexiconEntry;
using itemmodels::LexiconModel;

class TestLexiconEditing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsFromTheShippedLexicon();
    void editsAreUndoableAndSaved();
    void refusedEditsChangeNothing();
    void modelEditsGoThroughTheDocument();
    void csvRoundTrip();

private:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

void TestLexiconEditing::startsFromTheShippedLexicon()
{
    LexiconDocument doc(path("none.tsv"));
    QVERIFY(doc.lexicon().size() > 10);
    QCOMPARE(doc.lexicon().entries(), framing::Lexicon::standard().entries());
    QVERIFY(!QFile::exists(path("none.tsv"))); // nothing written until the user edits
}

void TestLexiconEditing::editsAreUndoableAndSaved()
{
    const QString file = path("edits.tsv");
    LexiconDocument doc(file);
    QSignalSpy changed(&doc, &LexiconDocument::changed);
    const int n = doc.lexicon().size();
    QCOMPARE(doc.add({u"Kunashiri"_s, u"name of the disputed islands"_s, u"JP"_s, u"Japanese reading"_s}), QString());
    QCOMPARE(doc.lexicon().size(), n + 1);
    QCOMPARE(changed.size(), 1);
    {
        LexiconDocument reopened(file); // saved, and read back instead of the shipped one
        QCOMPARE(reopened.lexicon().entries(), doc.lexicon().entries());
    }
    QCOMPARE(doc.update(n, {u"Kunashiri"_s, u"name of the disputed islands"_s, u"JP"_s, u"edited"_s}), QString());
    QCOMPARE(doc.lexicon().at(n).note, u"edited"_s);
    QCOMPARE(doc.remove(0), QString());
    QCOMPARE(doc.lexicon().size(), n);
    QCOMPARE(doc.undoStack()->count(), 3);

    doc.undoStack()->undo(); // the delete
    QCOMPARE(doc.lexicon().at(0), framing::Lexicon::standard().at(0));
    doc.undoStack()->undo(); // the edit
    QCOMPARE(doc.lexicon().at(n).note, u"Japanese reading"_s);
    doc.undoStack()->undo(); // the add
    QCOMPARE(doc.lexicon().entries(), framing::Lexicon::standard().entries());
    QCOMPARE(LexiconDocument(file).lexicon().entries(), framing::Lexicon::standard().entries());
    doc.undoStack()->redo();
    QCOMPARE(doc.lexicon().size(), n + 1);
}

void TestLexiconEditing::refusedEditsChangeNothing()
{
    LexiconDocument doc(path("refused.tsv"));
    const LexiconEntry first = doc.lexicon().at(0);
    QVERIFY(!doc.add(first).isEmpty());                                   // already there
    QVERIFY(!doc.add({u"Habomai"_s, QString(), u"JP"_s, {}}).isEmpty()); // no concept
    QVERIFY(!doc.update(0, {first.term, first.conceptName, QString(), {}}).isEmpty()); // no side
    QVERIFY(!doc.remove(doc.lexicon().size()).isEmpty());
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(doc.lexicon().entries(), framing::Lexicon::standard().entries());
}

void TestLexiconEditing::modelEditsGoThroughTheDocument()
{
    LexiconDocument doc(path("model.tsv"));
    LexiconModel model(doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), doc.lexicon().size());
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.index(0, LexiconModel::Term).data().toString(), doc.lexicon().at(0).term);

    QVERIFY(model.setData(model.index(0, LexiconModel::Note), u"checked"_s));
    QCOMPARE(doc.lexicon().at(0).note, u"checked"_s);
    QCOMPARE(model.index(0, LexiconModel::Note).data().toString(), u"checked"_s);

    QSignalSpy refused(&model, &LexiconModel::editRefused);
    QVERIFY(!model.setData(model.index(0, LexiconModel::Side), QString()));
    QCOMPARE(refused.size(), 1);
    QVERIFY(!model.lastError().isEmpty());
    QVERIFY(!doc.lexicon().at(0).side.isEmpty());

    QVERIFY(doc.add({u"Etorofu"_s, u"name of the disputed islands"_s, u"JP"_s, {}}).isEmpty());
    QCOMPARE(model.rowCount(), doc.lexicon().size());
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(model.index(0, LexiconModel::Note).data().toString(), framing::Lexicon::standard().at(0).note);
}

void TestLexiconEditing::csvRoundTrip()
{
    LexiconDocument doc(path("roundtrip.tsv"));
    QVERIFY(doc.add({u"Iturup"_s, u"name of the disputed islands"_s, u"RU"_s, u"with a \"quote\", and a comma"_s})
                .isEmpty());
    const QString csv = path("exported.csv");
    QString error;
    QVERIFY2(doc.exportCsv(csv, &error), qPrintable(error));

    LexiconDocument other(path("other.tsv"));
    QVERIFY(other.remove(0).isEmpty());
    QCOMPARE(other.importCsv(csv), QString());
    QCOMPARE(other.lexicon().entries(), doc.lexicon().entries());
    other.undoStack()->undo(); // the import is one step
    QCOMPARE(other.lexicon().size(), framing::Lexicon::standard().size() - 1);
    QVERIFY(!other.importCsv(path("missing.csv")).isEmpty());
}

QTEST_GUILESS_MAIN(TestLexiconEditing)
#include "tst_lexiconediting.moc"
