// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notsaved.h"

#include <QMessageBox>
#include <QMetaObject>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace parallax::ui {

void warnNotSaved(QWidget *parent, const QString &objectName, const QString &title, const QString &what,
                  const QString &error, const QString &kept)
{
    QMetaObject::invokeMethod(
        parent,
        [=] {
            QMessageBox box(QMessageBox::Warning, title, what, QMessageBox::Ok, parent->window());
            box.setObjectName(objectName);
            box.setInformativeText(u"%1.\n\n%2"_s.arg(error, kept));
            box.exec();
        },
        Qt::QueuedConnection);
}

} // namespace parallax::ui
