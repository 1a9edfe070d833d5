// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison pane on the sample pair (000 and 002): bands, omissions, framing colours,
// partner selection, synchronized scrolling and undoable link/unlink.
#include "analysis/analysis.h"
#include "contrast.h"
#include "query/comparisondocument.h"
#include "seedarticles.h"
#include "selection/selectionhub.h"
#include "store/store.h"
#include "ui/compare/comparepane.h"
#include "ui/framing/framinghighlighter.h"
#include "ui/theme.h"
#include "ui/viewer/documentviewer.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTest>
#include <QUndoStack>
#include <QTimer>
#include <QSqlQuery>
#include <QMessageBox>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

// The extra selections of a view that cover the given text and set the given property.
QList<QTextEdit::ExtraSelection> selectionsOver(const ui::BodyView *view, const QString &text,
                                                int property)
{
    QList<QTextEdit::ExtraSelection> found;
    const int at = int(view->toPlainText().indexOf(text));
    for (const QTextEdit::ExtraSelection &s : view->extraSelections()) {
        if (at >= 0 && s.cursor.selectionStart() <= at && s.cursor.selectionEnd() >= at + text.size()
            && s.format.hasProperty(property))
            found.append(s);
    }
    return found;
}

} // namespace

class TestComparePane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pairListOpensTheBestPair();
    void bandsJoinAlignedSentences();
    void omissionsAreMarked();
    void additionTintStandsApart();
    void headingsLegibleInEitherTheme();
    void framingColouredBySide();
    void selectingHighlightsThePartner();
    void scrollingIsSynchronized();
    void linkAndUnlinkAreUndoable();
    void undoingAnUnlinkRestoresTheManualLink();
    void aFixThatCannotBeStoredChangesNothing();

private:
    store::Store m_store;
    SelectionHub m_hub;
    std::unique_ptr<ui::ComparePane> m_pane;
    Article m_left;
    Article m_right;
};

void TestComparePane::initTestCase()
{
    QVERIFY(m_store.open(u":memory:"_s));
    QVERIFY(m_store.beginTransaction());
    for (Article a : testing::seedArticles()) {
        a.id = 0;
        QCOMPARE(m_store.insertArticle(a, analysis::analyse(a)), store::Store::InsertOutcome::Inserted);
    }
    QVERIFY(m_store.commitTransaction());
    m_pane = std::make_unique<ui::ComparePane>(m_store, m_hub);
    m_pane->resize(1200, 700);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    m_left = m_pane->document().comparison().left;
    m_right = m_pane->document().comparison().right;
}

void TestComparePane::pairListOpensTheBestPair()
{
    QVERIFY(m_pane->pairList()->count() >= 1);
    QCOMPARE(m_pane->pairList()->itemData(0).toList(), (QVariantList{qint64(1), qint64(3)}));
    // Shown first, the pane opened the best pair through the selection hub.
    QCOMPARE(m_hub.pairLeft(), 1);
    QCOMPARE(m_hub.pairRight(), 3);
    QVERIFY(m_pane->document().isLoaded());
    // Opening a pair selects nothing.
    QCOMPARE(m_pane->selectedLeft(), -1);
    QCOMPARE(m_pane->selectedRight(), -1);
    QCOMPARE(m_left.country, u"JP"_s);
    QCOMPARE(m_right.outlet, u"TASS"_s);
}

void TestComparePane::bandsJoinAlignedSentences()
{
    const compare::Alignment &a = m_pane->document().comparison().alignment;
    QVERIFY(a.pairs.size() >= 4);
    const QList<ui::Band> &bands = m_pane->bands()->bands();
    QCOMPARE(bands.size(), a.pairs.size());
    for (const ui::Band &b : bands) {
        QVERIFY(b.leftTop < b.leftBottom);
        QVERIFY(b.rightTop < b.rightBottom);
    }
    // The five-fields band joins that sentence to a five-areas sentence.
    const int fields = testing::sentenceWith(m_left, u"five fields"_s);
    const int partner = m_pane->document().partnerOfLeft(fields);
    QVERIFY(partner >= 0);
    QVERIFY(m_right.text(m_right.sentences.at(partner)).contains(u"five areas"_s));
}

// The "only here" tint, as drawn over the light and the dark base, is a hue apart from every
// framing side colour (Japan's vermillion, Russia's blue) as the pane draws them there, and
// those terms stay legible on it.
void TestComparePane::additionTintStandsApart()
{
    for (const ui::Theme theme : {ui::Theme::Light, ui::Theme::Dark}) {
        ui::applyTheme(theme);
        const QPalette palette = QApplication::palette();
        const QColor tint = ui::ComparePane::additionColor(palette);
        const QColor base = palette.color(QPalette::Base);
        const double a = tint.alphaF();
        const QColor drawn = QColor::fromRgbF(tint.redF() * a + base.redF() * (1 - a),
                                              tint.greenF() * a + base.greenF() * (1 - a),
                                              tint.blueF() * a + base.blueF() * (1 - a));
        for (const QString &side : {u"JP"_s, u"RU"_s}) {
            const QColor framing = ui::framingTextColor(side, palette);
            const int gap = std::abs(drawn.hsvHue() - framing.hsvHue());
            QVERIFY2(std::min(gap, 360 - gap) >= 25,
                     qPrintable(u"%1 %2 against %3"_s.arg(side, framing.name(), drawn.name())));
            const double contrast = testing::contrastRatio(framing, drawn);
            QVERIFY2(contrast >= 3, qPrintable(u"%1 %2 on %3: %4"_s.arg(side, framing.name(), drawn.name()).arg(contrast)));
        }
        QVERIFY(drawn != base);
    }
    ui::applyTheme(ui::Theme::System); // the style and palette the other tests run with
}

// The line under each title (id, outlet, country, date) is secondary text, fainter than the
// title, yet still legible on the window: at least 4.5:1 in the light and the dark theme alike.
void TestComparePane::headingsLegibleInEitherTheme()
{
    const QRegularExpression colour(u"<span style='color:(#[0-9a-f]{6})'>#\\d+ · "_s);
    for (const ui::Theme theme : {ui::Theme::Light, ui::Theme::Dark, ui::Theme::Light}) {
        ui::applyTheme(theme);
        QCoreApplication::processEvents();
        for (const QString &name : {u"compareLeftHead"_s, u"compareRightHead"_s}) {
            const auto *head = m_pane->findChild<QLabel *>(name);
            QVERIFY(head);
            const QRegularExpressionMatch m = colour.match(head->text());
            QVERIFY2(m.hasMatch(), qPrintable(head->text()));
            const QColor caption(m.captured(1));
            const QColor window = head->palette().color(QPalette::Window);
            const QColor text = head->palette().color(QPalette::WindowText);
            QVERIFY2(caption != text, "the caption is secondary text, not the title's colour");
            const double contrast = testing::contrastRatio(caption, window);
            QVERIFY2(contrast >= 4.5, qPrintable(u"%1 on %2: %3"_s.arg(caption.name(), window.name()).arg(contrast)));
        }
    }
    ui::applyTheme(ui::Theme::System);
}

void TestComparePane::omissionsAreMarked()
{
    // Sentences only one side reports carry the "only here" tint.
    const QColor tint = ui::ComparePane::additionColor(m_pane->palette());
    auto onlyHere = [&](const ui::BodyView *view, const QString &text) {
        for (const QTextEdit::ExtraSelection &s : selectionsOver(view, text, QTextFormat::BackgroundBrush)) {
            if (s.format.background().color() == tint)
                return true;
        }
        return false;
    };
    QVERIFY(onlyHere(m_pane->leftView(), u"five Japanese fishing boats recently captured"_s));
    QVERIFY(onlyHere(m_pane->leftView(), u"undeclared octopus catch"_s));
    // The seizure of the ships is Japanese news too, though it names the islands (one entity
    // with the Russian lead's) and a five: five ships are not the five areas of the talks.
    QVERIFY(onlyHere(m_pane->leftView(), u"The five ships were seized"_s));
    QVERIFY(onlyHere(m_pane->rightView(), u"memorandum dated January 27, 1960"_s));
    QVERIFY(!onlyHere(m_pane->leftView(), u"five fields"_s));
}

void TestComparePane::framingColouredBySide()
{
    auto colourOf = [](const ui::BodyView *view, const QString &text) {
        const auto found = selectionsOver(view, text, QTextFormat::ForegroundBrush);
        return found.isEmpty() ? QColor() : found.last().format.foreground().color();
    };
    // The side's colour (as in the reader and the framing chart), fitted to the base for legible text.
    const QPalette palette = m_pane->leftView()->palette();
    QCOMPARE(colourOf(m_pane->leftView(), u"Northern Territories"_s), ui::framingTextColor(u"JP"_s, palette));
    QCOMPARE(colourOf(m_pane->leftView(), u"South Kuril Islands"_s), ui::framingTextColor(u"RU"_s, palette));
    QCOMPARE(colourOf(m_pane->rightView(), u"handed over to the Soviet Union"_s),
             ui::framingTextColor(u"RU"_s, palette));
    QCOMPARE(ui::ComparePane::sideColor(u"JP"_s), ui::countryColor(u"JP"_s));
    // Hovering a term names it, its concept and whose usage it is.
    const int at = int(m_pane->leftView()->toPlainText().indexOf(u"Northern Territories"_s));
    QVERIFY(at >= 0);
    const QString tip = m_pane->leftView()->toolTipAt(at + 1);
    QVERIFY2(tip.contains(u"name of the disputed islands"_s) && tip.contains(u"Japanese usage"_s), qPrintable(tip));
    // On a dark palette the terms are refitted to the dark base.
    QPalette dark = palette;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::Text, QColor(0xdd, 0xdd, 0xdd));
    m_pane->setPalette(dark);
    const QColor refitted = colourOf(m_pane->leftView(), u"Northern Territories"_s);
    QCOMPARE(refitted, ui::framingTextColor(u"JP"_s, m_pane->leftView()->palette()));
    QVERIFY(refitted != ui::framingTextColor(u"JP"_s, palette));
    m_pane->setPalette(QPalette());
    QCOMPARE(colourOf(m_pane->leftView(), u"Northern Territories"_s), ui::framingTextColor(u"JP"_s, palette));
    QVERIFY(!colourOf(m_pane->leftView(), u"Toshimitsu Motegi"_s).isValid());
}

void TestComparePane::selectingHighlightsThePartner()
{
    const int fields = testing::sentenceWith(m_left, u"five fields"_s);
    m_pane->selectSentence(true, fields);
    QCOMPARE(m_pane->selectedLeft(), fields);
    QCOMPARE(m_pane->selectedRight(), m_pane->document().partnerOfLeft(fields));
    int selected = 0;
    for (const ui::Band &b : m_pane->bands()->bands())
        selected += b.selected ? 1 : 0;
    QCOMPARE(selected, 1);
    // A click in the right column selects there, and the partner on the left follows.
    const int lavrov = testing::sentenceWith(m_right, u"Lavrov said on Thursday"_s);
    QTextCursor c(m_pane->rightView()->document());
    c.setPosition(m_right.sentences.at(lavrov).start + 3);
    m_pane->rightView()->setTextCursor(c);
    QCOMPARE(m_pane->selectedRight(), lavrov);
    QVERIFY(m_left.text(m_left.sentences.at(m_pane->selectedLeft())).contains(u"Toshimitsu Motegi agreed"_s));
}

void TestComparePane::scrollingIsSynchronized()
{
    m_pane->selectSentence(true, -1);
    QScrollBar *left = m_pane->leftView()->verticalScrollBar();
    QScrollBar *right = m_pane->rightView()->verticalScrollBar();
    QVERIFY(left->maximum() > 0);
    left->setValue(0);
    const int before = right->value();
    // Scroll the left column to the five-fields sentence: the right follows its partner.
    const int fields = testing::sentenceWith(m_left, u"five fields"_s);
    m_pane->leftView()->scrollToOffset(m_left.sentences.at(fields).start);
    QVERIFY(left->value() > 0);
    QVERIFY(right->value() != before || right->maximum() == 0);
    const ui::Band *band = nullptr;
    for (const ui::Band &b : m_pane->bands()->bands()) {
        if (b.leftTop >= 0 && b.leftTop < m_pane->bands()->height()) {
            band = &b;
            break;
        }
    }
    QVERIFY(band);
    // The first visible band is level on both sides, as far as the right column can scroll.
    QVERIFY(std::abs(band->leftTop - band->rightTop) < 4 || right->value() == right->maximum());
}

void TestComparePane::linkAndUnlinkAreUndoable()
{
    query::ComparisonDocument &doc = m_pane->document();
    const int before = int(m_pane->bands()->bands().size());
    const int fields = testing::sentenceWith(m_left, u"five fields"_s);
    const int partner = doc.partnerOfLeft(fields);
    QVERIFY(doc.unlink(fields, partner));
    QCOMPARE(doc.partnerOfLeft(fields) == partner, false);
    QVERIFY(doc.undoStack()->canUndo());
    doc.undoStack()->undo();
    QCOMPARE(doc.partnerOfLeft(fields), partner);
    QCOMPARE(int(m_pane->bands()->bands().size()), before);

    const int boats = testing::sentenceWith(m_left, u"fishing boats recently captured"_s);
    const int memo = testing::sentenceWith(m_right, u"memorandum dated"_s);
    QVERIFY(doc.link(boats, memo));
    QCOMPARE(doc.partnerOfLeft(boats), memo);
    QCOMPARE(int(m_pane->bands()->bands().size()), before + 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.partnerOfLeft(boats), -1);
    doc.undoStack()->redo();
    QCOMPARE(doc.partnerOfLeft(boats), memo);
    // Fixes are stored: a fresh document on the same pair sees the link.
    query::ComparisonDocument fresh(m_store);
    QVERIFY(fresh.load(1, 3));
    QCOMPARE(fresh.partnerOfLeft(boats), memo);
    doc.undoStack()->undo();
    QVERIFY(fresh.load(1, 3));
    QCOMPARE(fresh.partnerOfLeft(boats), -1);
}

// Unlinking a pair the user had linked by hand replaces the stored link; undoing the unlink
// must bring the stored link back, not delete the user's fix altogether.
void TestComparePane::undoingAnUnlinkRestoresTheManualLink()
{
    query::ComparisonDocument &doc = m_pane->document();
    const int boats = testing::sentenceWith(m_left, u"fishing boats recently captured"_s);
    const int memo = testing::sentenceWith(m_right, u"memorandum dated"_s);
    QCOMPARE(doc.partnerOfLeft(boats), -1);
    QVERIFY(doc.link(boats, memo));
    QVERIFY(doc.unlink(boats, memo));
    QCOMPARE(doc.partnerOfLeft(boats), -1);
    doc.undoStack()->undo();
    QCOMPARE(doc.partnerOfLeft(boats), memo);
    query::ComparisonDocument fresh(m_store);
    QVERIFY(fresh.load(1, 3));
    QCOMPARE(fresh.partnerOfLeft(boats), memo);
    // And the other way round: linking over a stored unlink, then undoing, keeps the unlink.
    const int fields = testing::sentenceWith(m_left, u"five fields"_s);
    const int partner = doc.partnerOfLeft(fields);
    QVERIFY(partner >= 0);
    QVERIFY(doc.unlink(fields, partner));
    QVERIFY(doc.link(fields, partner));
    doc.undoStack()->undo();
    QCOMPARE(doc.partnerOfLeft(fields) == partner, false);
    QVERIFY(fresh.load(1, 3));
    QCOMPARE(fresh.partnerOfLeft(fields) == partner, false);
    doc.undoStack()->undo();
    QCOMPARE(doc.partnerOfLeft(fields), partner);
    doc.undoStack()->undo();
    QCOMPARE(doc.partnerOfLeft(boats), -1);
}

// The corpus cannot be written for a while (a full disk; here the connection is read-only): a
// link is refused and said once, nothing joins the history; an undo that fails leaves the
// alignment and the history where they were.
void TestComparePane::aFixThatCannotBeStoredChangesNothing()
{
    query::ComparisonDocument &doc = m_pane->document();
    QUndoStack *stack = doc.undoStack();
    const auto writable = [this](bool yes) {
        QSqlQuery q(m_store.database());
        return q.exec(yes ? u"PRAGMA query_only = 0"_s : u"PRAGMA query_only = 1"_s);
    };
    QStringList said;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            said << box->text() + u' ' + box->informativeText();
            box->accept();
        }
    });
    poll.start();
    const int boats = testing::sentenceWith(m_left, u"fishing boats recently captured"_s);
    const int memo = testing::sentenceWith(m_right, u"memorandum dated"_s);
    QCOMPARE(doc.partnerOfLeft(boats), -1);
    const int steps = stack->index(); // the steps that can be undone; a new one drops those redone
    const int bands = int(m_pane->bands()->bands().size());

    QVERIFY(writable(false));
    QVERIFY(!doc.link(boats, memo));
    QCOMPARE(doc.partnerOfLeft(boats), -1);
    QCOMPARE(stack->count(), steps); // nothing joined the history
    QCOMPARE(stack->index(), steps);
    QCOMPARE(int(m_pane->bands()->bands().size()), bands);
    QTRY_COMPARE(said.size(), 1);
    QVERIFY2(said.first().startsWith(u"The change to the alignment could not be saved. cannot store the alignment fix: "
                                     "the corpus cannot be written ("_s),
             qPrintable(said.first()));

    QVERIFY(writable(true));
    QVERIFY(doc.link(boats, memo));
    QVERIFY(writable(false));
    stack->undo();
    QTRY_COMPARE(stack->index(), stack->count()); // not undone, and the history says so
    QCOMPARE(doc.partnerOfLeft(boats), memo);
    QTRY_COMPARE(said.size(), 2);
    QVERIFY(writable(true));
    stack->undo();
    QCOMPARE(doc.partnerOfLeft(boats), -1);
    poll.stop();
}

QTEST_MAIN(TestComparePane)
#include "tst_comparepane.moc"
