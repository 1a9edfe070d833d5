// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptystate.h"

#include "ui/theme.h"

#include <QApplication>
#include <QEvent>

namespace parallax::ui {

SecondaryLabel::SecondaryLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    followPalette();
}

EmptyStateLabel::EmptyStateLabel(const QString &text, QWidget *parent)
    : SecondaryLabel(text, parent)
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(16);
}

void SecondaryLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_following)
        followPalette();
}

void SecondaryLabel::followPalette()
{
    // The colours around the label, not its own WindowText, which this sets.
    const QPalette around = parentWidget() ? parentWidget()->palette() : QApplication::palette(this);
    const QColor colour = secondaryTextColor(around);
    if (palette().color(QPalette::WindowText) == colour)
        return;
    m_following = true;
    QPalette p = palette();
    p.setColor(QPalette::WindowText, colour);
    setPalette(p);
    m_following = false;
}

} // namespace parallax::ui
