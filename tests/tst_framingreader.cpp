// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Framing terms in the reader (offscreen, the real main window over the sample corpus): the stored
// hits drawn by side, their tooltip, the View › Highlights toggle, and annotations over them.
#include "annotations/annotationdocument.h"
#include "import/importer.h"
#include "selection/selectionhub.h"
#include "store/comparestore.h"
#include "store/store.h"
#include "ui/annotations/annotationcontroller.h"
#include "ui/compare/comparepane.h"
#include "ui/framing/framinghighlighter.h"
#include "ui/import/importcontroller.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "ui/theme.h"
#include "ui/viewer/documentviewer.h"
#include "ui/viewer/overlaps.h"

#include <QAction>
#include <QApplication>
#include <QHelpEvent>
#include <QMenu>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestFramingReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void hitsAreDrawnBySide();
    void hoveringAHitNamesTermConceptAndSide();
    void theLayerIsSwitchableAndRemembered();
    void annotationsOverATermStayLegible();
    void darkPaletteKeepsTermsReadable();

private:
    /** The stored hit of `term` (the text as written in the body) and its article. */
    store::StoredFramingHit storedHit(const QString &text) const;
    /** The extra selections of the reader that cover exactly `span`. */
    QList<QTextEdit::ExtraSelection> selectionsAt(Span span) const;

    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::BodyView *m_body = nullptr;
};

void TestFramingReader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"parallax-framing-reader-test"_s);
    store::Store store;
    QVERIFY(store.open(m_dir.filePath(u"framing.db"_s)));
    import::Importer importer(store);
    importer.run({QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds")});
    QCOMPARE(store.articleCount(), 5);
}

void TestFramingReader::init()
{
    ui::applyTheme(ui::Theme::Light);
    for (const QString &layer : {u"search"_s, u"entities"_s, u"framing"_s, u"annotations"_s})
        ui::Settings::instance().setHighlightLayerVisible(layer, true);
    auto store = std::make_unique<store::Store>();
    QVERIFY(store->open(m_dir.filePath(u"framing.db"_s)));
    m_window = std::make_unique<ui::MainWindow>(std::move(store));
    m_window->importer()->setShowReport(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_body = m_window->viewer()->body();
}

void TestFramingReader::cleanup()
{
    m_window.reset();
}

store::StoredFramingHit TestFramingReader::storedHit(const QString &text) const
{
    store::Store store;
    if (!store.open(m_dir.filePath(u"framing.db"_s)))
        return {};
    for (const store::StoredFramingHit &h : store::CompareStore(store).framingHits()) {
        const auto a = store.article(h.article);
        if (a && a->body.mid(h.hit.span.start, h.hit.span.length()) == text)
            return h;
    }
    return {};
}

QList<QTextEdit::ExtraSelection> TestFramingReader::selectionsAt(Span span) const
{
    QList<QTextEdit::ExtraSelection> found;
    for (const QTextEdit::ExtraSelection &s : m_body->extraSelections()) {
        if (s.cursor.selectionStart() == span.start && s.cursor.selectionEnd() == span.end)
            found.append(s);
    }
    return found;
}

void TestFramingReader::hitsAreDrawnBySide()
{
    const store::StoredFramingHit jp = storedHit(u"Northern Territories"_s);
    const store::StoredFramingHit ru = storedHit(u"Southern Kurils"_s);
    QCOMPARE(jp.hit.side, u"JP"_s);
    QCOMPARE(ru.hit.side, u"RU"_s);
    QCOMPARE(storedHit(u"seized"_s).hit.side, u"JP"_s);
    m_window->hub().setArticle(ru.article);
    QCOMPARE(m_window->viewer()->articleId(), ru.article);
    {
        store::Store store;
        QVERIFY(store.open(m_dir.filePath(u"framing.db"_s)));
        QCOMPARE(m_body->highlightCount(u"framing"_s), int(store::CompareStore(store).framingHits(ru.article).size()));
    }
    const QPalette palette = m_body->palette();
    const auto atRu = selectionsAt(ru.hit.span);
    QCOMPARE(atRu.size(), 1);
    const QTextCharFormat f = atRu.first().format;
    QCOMPARE(f.foreground().color(), ui::framingTextColor(u"RU"_s, palette));
    QCOMPARE(f.underlineStyle(), QTextCharFormat::DotLine);
    QCOMPARE(f.underlineColor(), f.foreground().color());
    QVERIFY(!f.hasProperty(QTextFormat::BackgroundBrush)); // tints of other layers show through
    // The side colours are the framing chart's country colours (colour-blind safe), kept readable.
    QCOMPARE(ui::ComparePane::sideColor(u"JP"_s), ui::countryColor(u"JP"_s));
    QCOMPARE(ui::ComparePane::sideColor(u"RU"_s), ui::countryColor(u"RU"_s));
    for (const QString &side : {u"JP"_s, u"RU"_s, u"neutral"_s}) {
        const QColor c = ui::framingTextColor(side, palette);
        QVERIFY2(ui::contrastRatio(c, palette.color(QPalette::Base)) >= 4.5, qPrintable(side));
        if (side != u"neutral"_s)
            QCOMPARE(c.hue(), ui::ComparePane::sideColor(side).hue());
    }
    QVERIFY(ui::framingTextColor(u"JP"_s, palette) != ui::framingTextColor(u"RU"_s, palette));
    // A neutral term ("disputed islands") keeps the text colour, underlined in grey.
    const store::StoredFramingHit neutral = storedHit(u"disputed islands"_s);
    QCOMPARE(neutral.hit.side, u"neutral"_s);
    m_window->hub().setArticle(neutral.article);
    const auto atNeutral = selectionsAt(neutral.hit.span);
    QCOMPARE(atNeutral.size(), 1);
    QVERIFY(!atNeutral.first().format.hasProperty(QTextFormat::ForegroundBrush));
    QCOMPARE(atNeutral.first().format.underlineColor(), ui::framingTextColor(u"neutral"_s, palette));

    // The Japanese name, in another article, in the Japanese side's colour.
    m_window->hub().setArticle(jp.article);
    const auto at = selectionsAt(jp.hit.span);
    QCOMPARE(at.size(), 1);
    QCOMPARE(at.first().format.foreground().color(), ui::framingTextColor(u"JP"_s, palette));
    // Nothing open, nothing drawn.
    m_window->hub().setArticle(0);
    QCOMPARE(m_body->highlightCount(u"framing"_s), 0);
}

void TestFramingReader::hoveringAHitNamesTermConceptAndSide()
{
    const store::StoredFramingHit jp = storedHit(u"Northern Territories"_s);
    m_window->hub().setArticle(jp.article);
    const QString tip = m_body->toolTipAt(jp.hit.span.start + 3);
    QVERIFY2(tip.contains(u"Northern Territories"_s), qPrintable(tip));
    QVERIFY(tip.contains(u"name of the disputed islands"_s));
    QVERIFY(tip.contains(u"Japanese usage"_s));
    QVERIFY(m_body->toolTipAt(jp.hit.span.end).isEmpty() || !m_body->toolTipAt(jp.hit.span.end).contains(u"Northern"_s));

    // What the user sees on hovering it.
    m_body->scrollToOffset(jp.hit.span.start);
    QTextCursor c(m_body->document());
    c.setPosition(jp.hit.span.start + 3);
    const QPoint pos = m_body->cursorRect(c).center();
    QHelpEvent help(QEvent::ToolTip, pos, m_body->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(m_body->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(u"Northern Territories"_s), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(u"Japanese usage"_s));
    QToolTip::hideText();
}

void TestFramingReader::theLayerIsSwitchableAndRemembered()
{
    QAction *framing = m_window->viewer()->layerAction(u"framing"_s);
    QMenu *highlights = m_window->findChild<QMenu *>(u"menuHighlights"_s);
    QVERIFY(framing && highlights);
    // Offered only while the open article has framing terms.
    m_window->hub().setArticle(0);
    Q_EMIT highlights->aboutToShow();
    QVERIFY(!framing->isVisible());
    const store::StoredFramingHit ru = storedHit(u"Southern Kurils"_s);
    m_window->hub().setArticle(ru.article);
    Q_EMIT highlights->aboutToShow();
    QVERIFY(framing->isVisible());
    QVERIFY(framing->isChecked());
    const int all = int(m_body->extraSelections().size());
    const int terms = m_body->highlightCount(u"framing"_s);
    QVERIFY(terms > 0);
    QCOMPARE(selectionsAt(ru.hit.span).size(), 1);

    framing->trigger();
    QVERIFY(!m_body->isLayerVisible(u"framing"_s));
    QCOMPARE(int(m_body->extraSelections().size()), all - terms);
    QVERIFY(selectionsAt(ru.hit.span).isEmpty());
    QVERIFY(!m_body->toolTipAt(ru.hit.span.start + 1).contains(u"Southern Kurils"_s));
    // Remembered: a new window starts with the terms hidden, and still hidden on another article.
    {
        auto store = std::make_unique<store::Store>();
        QVERIFY(store->open(m_dir.filePath(u"framing.db"_s)));
        ui::MainWindow second(std::move(store));
        QVERIFY(!second.viewer()->layerAction(u"framing"_s)->isChecked());
        QVERIFY(!second.viewer()->body()->isLayerVisible(u"framing"_s));
    }
    framing->trigger();
    QCOMPARE(int(m_body->extraSelections().size()), all);
    QCOMPARE(selectionsAt(ru.hit.span).size(), 1);
    QVERIFY(ui::Settings::instance().highlightLayerVisible(u"framing"_s));
}

void TestFramingReader::annotationsOverATermStayLegible()
{
    const store::StoredFramingHit jp = storedHit(u"Northern Territories"_s);
    m_window->hub().setArticle(jp.article);
    annotations::AnnotationDocument &doc = m_window->annotations()->document();
    const qint64 tag = doc.addTag(u"Names"_s, 0, QColor(u"#1f77b4"_s));
    const Span span{jp.hit.span.start - 4, jp.hit.span.end};
    QVERIFY(doc.addAnnotation(jp.article, m_window->viewer()->article().body, span, {tag}, u"the Japanese name"_s));
    // One band over the term: both layers, the term's dotted underline in its colour on top of
    // the annotation's tint, text at 4.5:1 at least.
    QTextCharFormat band;
    for (const QTextEdit::ExtraSelection &s : m_body->extraSelections()) {
        if (s.format.hasProperty(ui::OverlapCount) && s.cursor.selectionStart() == jp.hit.span.start)
            band = s.format;
    }
    QVERIFY(band.hasProperty(ui::OverlapCount));
    QCOMPARE(band.property(ui::OverlapLayers).toStringList(), (QStringList{u"annotations"_s, u"framing"_s}));
    QCOMPARE(band.underlineStyle(), QTextCharFormat::DotLine);
    QCOMPARE(band.underlineColor(), ui::framingTextColor(u"JP"_s, m_body->palette()));
    QVERIFY(band.fontOverline());
    QVERIFY(ui::contrastRatio(band.foreground().color(), band.background().color()) >= 4.5);
    // Hovering tells both: the annotation and the term.
    QCOMPARE(m_body->toolTipAt(jp.hit.span.start + 1).count(u"Northern Territories"_s), 1);
    const QString both = m_window->annotations()->tooltipAt(jp.hit.span.start + 1);
    QVERIFY(both.contains(u"the Japanese name"_s));
}

void TestFramingReader::darkPaletteKeepsTermsReadable()
{
    const store::StoredFramingHit ru = storedHit(u"Southern Kurils"_s);
    m_window->hub().setArticle(ru.article);
    const QColor light = selectionsAt(ru.hit.span).value(0).format.foreground().color();
    ui::applyTheme(ui::Theme::Dark);
    QCoreApplication::processEvents();
    QVERIFY(ui::isDark(m_body->palette()));
    const QColor dark = selectionsAt(ru.hit.span).value(0).format.foreground().color();
    QCOMPARE(dark, ui::framingTextColor(u"RU"_s, m_body->palette()));
    QVERIFY(dark != light); // refitted to the dark base
    QVERIFY(ui::contrastRatio(dark, m_body->palette().color(QPalette::Base)) >= 4.5);
    ui::applyTheme(ui::Theme::Light);
    QCoreApplication::processEvents();
    QCOMPARE(selectionsAt(ru.hit.span).value(0).format.foreground().color(), light);
}

QTEST_MAIN(TestFramingReader)
#include "tst_framingreader.moc"
