// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plurals.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace parallax {

bool installPluralForms()
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return false;
    // Owned by the application, so it lives exactly as long as the texts that use it.
    if (app->findChild<QTranslator *>(u"parallax-plurals"_s))
        return true;
    auto *translator = new QTranslator(app);
    translator->setObjectName(u"parallax-plurals"_s);
    if (!translator->load(u":/parallax/i18n/parallax_en.qm"_s)) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace parallax
