// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "framinghighlighter.h"

#include "selection/selectionhub.h"
#include "store/comparestore.h"
#include "ui/compare/comparepane.h"
#include "ui/theme.h"
#include "ui/viewer/overlaps.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace parallax::ui {

namespace {

QString sideName(const QString &side)
{
    if (side == u"JP"_s)
        return FramingHighlighter::tr("Japanese usage");
    if (side == u"RU"_s)
        return FramingHighlighter::tr("Russian usage");
    if (side == u"neutral"_s)
        return FramingHighlighter::tr("neutral usage");
    return FramingHighlighter::tr("usage: %1").arg(side);
}

} // namespace

QColor framingTextColor(const QString &side, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const bool dark = isDark(palette);
    QColor c = ComparePane::sideColor(side);
    for (int step = 0; step < 12 && contrastRatio(c, base) < 4.5; ++step)
        c = dark ? c.lighter(112) : c.darker(112);
    return c;
}

QString framingToolTip(const framing::FramingHit &hit)
{
    return FramingHighlighter::tr("Framing: “%1” — %2 · %3 (%4)").arg(hit.term, hit.conceptName, sideName(hit.side), hit.side);
}

QList<Highlight> framingHighlights(const QList<framing::FramingHit> &hits, const QPalette &palette)
{
    QHash<QString, QColor> colours; // per side, computed once
    QList<Highlight> layer;
    layer.reserve(hits.size());
    for (const framing::FramingHit &h : hits) {
        auto it = colours.find(h.side);
        if (it == colours.end())
            it = colours.insert(h.side, framingTextColor(h.side, palette));
        QTextCharFormat f;
        if (h.side != u"neutral"_s) // neutral terms keep the text colour: grey text would look disabled
            f.setForeground(*it);
        f.setUnderlineStyle(QTextCharFormat::DotLine); // dotted: not to be taken for a link
        f.setUnderlineColor(*it);
        f.setToolTip(framingToolTip(h));
        layer.append({h.span, f});
    }
    return layer;
}

FramingHighlighter::FramingHighlighter(store::Store &store, SelectionHub &hub, DocumentViewer &viewer,
                                       QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_viewer(viewer)
{
    // Connected after the viewer: it has shown the new article when this reads its hits.
    connect(&hub, &SelectionHub::articleChanged, this, &FramingHighlighter::refresh);
    viewer.body()->viewport()->installEventFilter(this);
    refresh();
}

void FramingHighlighter::refresh()
{
    QList<framing::FramingHit> hits;
    if (const qint64 id = m_viewer.articleId(); id > 0) {
        for (const store::StoredFramingHit &h : store::CompareStore(m_store).framingHits(id))
            hits.append(h.hit);
    }
    m_viewer.body()->setLayer(u"framing"_s, framingHighlights(hits, m_viewer.body()->palette()));
}

bool FramingHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        refresh(); // the colours are fitted to the base
    return QObject::eventFilter(watched, event);
}

} // namespace parallax::ui
