// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bandwidget.h"

#include <QPainter>
#include <QPainterPath>

namespace parallax::ui {

BandWidget::BandWidget(QWidget *parent)
    : QWidget(parent)
{
    setMinimumWidth(40);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
}

void BandWidget::setBands(const QList<Band> &bands)
{
    m_bands = bands;
    update();
}

void BandWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal w = width();
    for (const Band &b : m_bands) {
        if (std::max(b.leftBottom, b.rightBottom) < 0 || std::min(b.leftTop, b.rightTop) > height())
            continue;
        // Curved edges, as in a visual diff tool.
        QPainterPath path;
        path.moveTo(0, b.leftTop);
        path.cubicTo(w / 2, b.leftTop, w / 2, b.rightTop, w, b.rightTop);
        path.lineTo(w, b.rightBottom);
        path.cubicTo(w / 2, b.rightBottom, w / 2, b.leftBottom, 0, b.leftBottom);
        path.closeSubpath();
        QColor fill = b.color;
        fill.setAlpha(b.selected ? 170 : 90);
        p.fillPath(path, fill);
        QColor edge = b.color.darker(b.selected ? 160 : 125);
        p.setPen(QPen(edge, b.selected ? 1.6 : 0.8));
        p.drawPath(path);
    }
}

} // namespace parallax::ui
