// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace parallax::ui {

/**
 * What a panel shows when it has nothing to show: centred, wrapped text that says why and what
 * to do, in secondary text. It is an instruction to read, so it keeps a legible contrast on
 * light and dark palettes alike (a disabled label's grey does not), and follows theme changes.
 */
class EmptyStateLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit EmptyStateLabel(const QString &text, QWidget *parent = nullptr);
    explicit EmptyStateLabel(QWidget *parent = nullptr) : EmptyStateLabel(QString(), parent) {}

protected:
    void changeEvent(QEvent *event) override;

private:
    void followPalette();
    bool m_following = false;
};

} // namespace parallax::ui
