// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison pane's highlight layers, bands and synchronized scrolling.
#include "comparepane.h"

#include "analysis/compare/textfeatures.h"
#include "query/comparisondocument.h"
#include "text/segmenter.h"
#include "ui/framing/framinghighlighter.h"
#include "ui/theme.h"
#include "ui/viewer/documentviewer.h"

#include <QScrollBar>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace parallax::ui {

namespace {

// Okabe-Ito hues (colour-blind safe) for the bands; yellow is kept for one-side sentences.
QColor bandColor(int k)
{
    static const QColor colors[] = {QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x9E, 0x73),
                                    QColor(0xCC, 0x79, 0xA7), QColor(0x00, 0x72, 0xB2)};
    return colors[k % 4];
}

QTextCharFormat background(QColor c, int alpha)
{
    QTextCharFormat f;
    c.setAlpha(alpha);
    f.setBackground(c);
    return f;
}

// Number tokens of a sentence whose values are in `values`.
QList<Span> numberSpans(const Article &a, int sentence, const QStringList &values)
{
    QList<Span> spans;
    if (values.isEmpty())
        return spans;
    for (const Span &w : text::words(a.body, a.sentences.at(sentence))) {
        if (values.contains(compare::numberValue(QStringView(a.body).mid(w.start, w.length()))))
            spans.append(w);
    }
    return spans;
}

int topOf(BodyView *view, int offset)
{
    QTextCursor c(view->document());
    c.setPosition(std::min(offset, view->document()->characterCount() - 1));
    return view->cursorRect(c).top();
}

int bottomOf(BodyView *view, int offset)
{
    QTextCursor c(view->document());
    c.setPosition(std::min(offset, view->document()->characterCount() - 1));
    return view->cursorRect(c).bottom();
}

} // namespace

QColor ComparePane::additionColor(const QPalette &palette)
{
    // Orange sat next to Japan's vermillion; yellow is the Okabe–Ito hue no side or band uses.
    return QColor(0xF0, 0xE4, 0x42, isDark(palette) ? 32 : 95);
}

QColor ComparePane::sideColor(const QString &side)
{
    // The country colours of the framing chart and the reader (Okabe–Ito, colour-blind safe);
    // neutral usage is grey, as an unknown country is.
    return countryColor(side == u"neutral"_s ? QString() : side);
}

void ComparePane::updateLayers()
{
    const query::Comparison &c = m_doc->comparison();
    const compare::Alignment &al = c.alignment;
    QList<Highlight> left, right, leftSel, rightSel, leftNum, rightNum;
    for (int k = 0; k < al.pairs.size(); ++k) {
        const compare::SentencePair &p = al.pairs.at(k);
        const bool selected = p.left == m_selLeft && p.right == m_selRight;
        left.append({c.left.sentences.at(p.left), background(bandColor(k), selected ? 110 : 40)});
        right.append({c.right.sentences.at(p.right), background(bandColor(k), selected ? 110 : 40)});
        QTextCharFormat shared;
        shared.setFontWeight(QFont::Bold);
        shared.setToolTip(tr("Both report this number"));
        QTextCharFormat differs;
        differs.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        differs.setUnderlineColor(sideColor(u"RU"_s));
        differs.setFontWeight(QFont::Bold);
        differs.setToolTip(tr("The other report gives a different number here"));
        for (const Span &s : numberSpans(c.left, p.left, p.sharedNumbers))
            leftNum.append({s, shared});
        for (const Span &s : numberSpans(c.right, p.right, p.sharedNumbers))
            rightNum.append({s, shared});
        if (!p.leftNumbers.isEmpty() && !p.rightNumbers.isEmpty()) {
            for (const Span &s : numberSpans(c.left, p.left, p.leftNumbers))
                leftNum.append({s, differs});
            for (const Span &s : numberSpans(c.right, p.right, p.rightNumbers))
                rightNum.append({s, differs});
        }
    }
    const QColor addition = additionColor(palette());
    QTextCharFormat only = background(addition, addition.alpha());
    only.setToolTip(tr("Only this report says this"));
    for (int i : al.onlyLeft)
        left.append({c.left.sentences.at(i), only});
    for (int j : al.onlyRight)
        right.append({c.right.sentences.at(j), only});
    const QColor selection = palette().highlight().color();
    if (m_selLeft >= 0 && m_selLeft < c.left.sentences.size())
        leftSel.append({c.left.sentences.at(m_selLeft), background(selection, 70)});
    if (m_selRight >= 0 && m_selRight < c.right.sentences.size())
        rightSel.append({c.right.sentences.at(m_selRight), background(selection, 70)});
    m_left->setLayer(u"alignment"_s, left);
    m_right->setLayer(u"alignment"_s, right);
    m_left->setLayer(u"selection"_s, leftSel);
    m_right->setLayer(u"selection"_s, rightSel);
    m_left->setLayer(u"numbers"_s, leftNum);
    m_right->setLayer(u"numbers"_s, rightNum);
    m_left->setLayer(u"framing"_s, framingHighlights(m_doc->leftHits(), palette()));
    m_right->setLayer(u"framing"_s, framingHighlights(m_doc->rightHits(), palette()));
}

void ComparePane::updateBands()
{
    if (!m_doc->isLoaded() || !m_bands->isVisible()) {
        m_bands->setBands({});
        return;
    }
    const query::Comparison &c = m_doc->comparison();
    const int leftShift = m_bands->mapFromGlobal(m_left->viewport()->mapToGlobal(QPoint(0, 0))).y();
    const int rightShift = m_bands->mapFromGlobal(m_right->viewport()->mapToGlobal(QPoint(0, 0))).y();
    QList<Band> bands;
    for (int k = 0; k < c.alignment.pairs.size(); ++k) {
        const compare::SentencePair &p = c.alignment.pairs.at(k);
        const Span l = c.left.sentences.at(p.left);
        const Span r = c.right.sentences.at(p.right);
        Band b;
        b.leftTop = topOf(m_left, l.start) + leftShift;
        b.leftBottom = bottomOf(m_left, l.end) + leftShift;
        b.rightTop = topOf(m_right, r.start) + rightShift;
        b.rightBottom = bottomOf(m_right, r.end) + rightShift;
        b.color = bandColor(k);
        b.selected = p.left == m_selLeft && p.right == m_selRight;
        bands.append(b);
    }
    m_bands->setBands(bands);
}

void ComparePane::syncScroll(bool fromLeft)
{
    if (m_syncing || !m_doc->isLoaded())
        return;
    m_syncing = true;
    const query::Comparison &c = m_doc->comparison();
    BodyView *src = fromLeft ? m_left : m_right;
    BodyView *dst = fromLeft ? m_right : m_left;
    // The anchor: the selected pair, else the first pair whose sentence is visible on this side.
    const compare::SentencePair *anchor = nullptr;
    for (const compare::SentencePair &p : c.alignment.pairs) {
        const Span s = fromLeft ? c.left.sentences.at(p.left) : c.right.sentences.at(p.right);
        const int top = topOf(src, s.start);
        if (p.left == m_selLeft && p.right == m_selRight && top >= 0 && top < src->viewport()->height()) {
            anchor = &p;
            break;
        }
    }
    if (!anchor) {
        for (const compare::SentencePair &p : c.alignment.pairs) {
            const Span s = fromLeft ? c.left.sentences.at(p.left) : c.right.sentences.at(p.right);
            if (bottomOf(src, s.end) >= 0) {
                anchor = &p;
                break;
            }
        }
    }
    if (anchor) {
        const Span s = fromLeft ? c.left.sentences.at(anchor->left) : c.right.sentences.at(anchor->right);
        const Span d = fromLeft ? c.right.sentences.at(anchor->right) : c.left.sentences.at(anchor->left);
        QScrollBar *bar = dst->verticalScrollBar();
        bar->setValue(bar->value() + topOf(dst, d.start) - topOf(src, s.start));
    }
    m_syncing = false;
    updateBands();
}

} // namespace parallax::ui
