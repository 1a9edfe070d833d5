// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace parallax::ui {

/**
 * Text in the secondary colour (what a caption or a state says beside the content), with a
 * legible contrast on light and dark palettes alike (a disabled label's grey does not), following
 * theme changes.
 */
class SecondaryLabel : public QLabel
{
    Q_OBJECT
public:
    explicit SecondaryLabel(const QString &text, QWidget *parent = nullptr);
    explicit SecondaryLabel(QWidget *parent = nullptr) : SecondaryLabel(QString(), parent) {}

protected:
    void changeEvent(QEvent *event) override;

private:
    void followPalette();
    bool m_following = false;
};

/**
 * What a panel shows when it has nothing to show: centred, wrapped secondary text that says why
 * and what to do.
 */
class EmptyStateLabel final : public SecondaryLabel
{
    Q_OBJECT
public:
    explicit EmptyStateLabel(const QString &text, QWidget *parent = nullptr);
    explicit EmptyStateLabel(QWidget *parent = nullptr) : EmptyStateLabel(QString(), parent) {}
};

} // namespace parallax::ui
