// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace parallax::ui {

/**
 * Says that a change could not be saved (`what`), why (`error`) and what stayed (`kept`), in a
 * warning opened from the event loop: not inside the undo stack's step that failed, whose own
 * bookkeeping must finish first. Nothing is shown if `parent` is gone by then.
 */
void warnNotSaved(QWidget *parent, const QString &objectName, const QString &title, const QString &what,
                  const QString &error, const QString &kept);

} // namespace parallax::ui
