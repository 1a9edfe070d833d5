// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

namespace parallax::ui {

/** A band between a left and a right vertical range, in this widget's coordinates. */
struct Band
{
    int leftTop = 0;
    int leftBottom = 0;
    int rightTop = 0;
    int rightBottom = 0;
    QColor color;
    bool selected = false;
};

/** The strip between the two columns of the comparison pane: bands joining aligned sentences. */
class BandWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit BandWidget(QWidget *parent = nullptr);
    void setBands(const QList<Band> &bands);
    const QList<Band> &bands() const { return m_bands; }
    QSize sizeHint() const override { return {56, 100}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Band> m_bands;
};

} // namespace parallax::ui
