// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overlaps.h"

#include <QBrush>
#include <QFont>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace parallax::ui {

QColor composite(const QColor &bottom, const QColor &top)
{
    const double a = top.alphaF();
    auto mix = [a](double under, double over) { return over * a + under * (1.0 - a); };
    return QColor::fromRgbF(float(mix(bottom.redF(), top.redF())), float(mix(bottom.greenF(), top.greenF())),
                            float(mix(bottom.blueF(), top.blueF())));
}

namespace {

/** Relative luminance (WCAG), 0 for black to 1 for white. */
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QTextCharFormat combined(const QList<const LayeredHighlight *> &covering, const QColor &base, const QColor &ink)
{
    QTextCharFormat f;
    QColor background = base;
    QStringList layers;
    int weight = QFont::Normal;
    for (const LayeredHighlight *h : covering) {
        layers.append(h->layer);
        const QTextCharFormat &g = h->format;
        if (g.hasProperty(QTextFormat::BackgroundBrush) && g.background().style() != Qt::NoBrush)
            background = composite(background, g.background().color());
        if (g.hasProperty(QTextFormat::TextUnderlineStyle) && g.underlineStyle() != QTextCharFormat::NoUnderline) {
            f.setUnderlineStyle(g.underlineStyle());
            f.setUnderlineColor(g.underlineColor());
        } else if (g.fontUnderline() && !f.hasProperty(QTextFormat::TextUnderlineStyle)) {
            f.setFontUnderline(true);
        }
        if (g.hasProperty(QTextFormat::FontWeight))
            weight = std::max(weight, g.fontWeight());
    }
    QColor shade = ink;
    shade.setAlphaF(float(std::min(0.3, 0.12 * double(covering.size() - 1))));
    background = composite(background, shade);
    f.setBackground(background);
    // Black or white, whichever contrasts more: at least 4.58:1 (WCAG) on any band.
    f.setForeground(contrastRatio(background, Qt::black) >= contrastRatio(background, Qt::white) ? QColor(Qt::black)
                                                                                                   : QColor(Qt::white));
    f.setFontOverline(true);
    if (weight != QFont::Normal)
        f.setFontWeight(weight);
    f.setProperty(OverlapCount, int(covering.size()));
    f.setProperty(OverlapLayers, layers);
    return f;
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double x = luminance(a), y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

QList<LayeredHighlight> overlapBands(const QList<LayeredHighlight> &drawn, const QSet<QString> &marking,
                                     const QColor &base, const QColor &ink)
{
    // Ends of every highlight, sorted; between two consecutive positions the covering set is constant.
    struct Event
    {
        int position;
        bool opens;
        qsizetype index;
    };
    QList<Event> events;
    events.reserve(drawn.size() * 2);
    for (qsizetype i = 0; i < drawn.size(); ++i) {
        if (drawn.at(i).span.length() <= 0)
            continue;
        events.append({drawn.at(i).span.start, true, i});
        events.append({drawn.at(i).span.end, false, i});
    }
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return a.position != b.position ? a.position < b.position : (!a.opens && b.opens); // close before open
    });
    QList<LayeredHighlight> bands;
    QList<qsizetype> open; // indices into drawn, kept in drawing order
    for (qsizetype e = 0; e < events.size(); ++e) {
        const Event &ev = events.at(e);
        if (ev.opens)
            open.insert(std::lower_bound(open.begin(), open.end(), ev.index), ev.index);
        else
            open.removeOne(ev.index);
        const int next = e + 1 < events.size() ? events.at(e + 1).position : ev.position;
        if (open.size() < 2 || next <= ev.position)
            continue;
        const bool marked = std::any_of(open.cbegin(), open.cend(),
                                        [&](qsizetype i) { return marking.contains(drawn.at(i).layer); });
        if (!marked)
            continue;
        QList<const LayeredHighlight *> covering;
        for (qsizetype i : std::as_const(open))
            covering.append(&drawn.at(i));
        const QTextCharFormat format = combined(covering, base, ink);
        // One band per stretch: extend the previous one when the same highlights continue.
        if (!bands.isEmpty() && bands.last().span.end == ev.position && bands.last().format == format)
            bands.last().span.end = next;
        else
            bands.append({u"overlap"_s, Span{ev.position, next}, format});
    }
    return bands;
}

} // namespace parallax::ui
