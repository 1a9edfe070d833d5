// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"

#include <QWidget>

class QCheckBox;
class QLabel;

namespace parallax {
class SelectionHub;
}

namespace parallax::ui {

/**
 * A panel's "Only articles in view" (remembered per panel) and the caption that says what its
 * counts are of. While ticked, its scope is what the hub narrows the library to: the search,
 * the dates, the outlet and, unless the panel compares countries, the outlet country.
 */
class ScopeBar final : public QWidget
{
    Q_OBJECT
public:
    enum class Country { Narrows, Compared };
    /** panel: the settings' name for the panel ("entities", "framing"). */
    ScopeBar(const QString &panel, Country country, const QString &toolTip, QWidget *parent = nullptr);

    /** Follows the hub: changed() when its search, dates or sources change. */
    void follow(SelectionHub &hub);
    /** The scope the panel should count in; empty when unticked or not following a hub. */
    store::ArticleFilter scope() const;

    QCheckBox *box() const { return m_box; }
    QLabel *caption() const { return m_caption; }

    /** Captions: the whole corpus (ticked or not), being counted, not narrowed and why, counted. */
    void showWhole();
    void showCounting(const store::ArticleFilter &scope);
    void showError(const QString &error);
    void showCounted(const store::ArticleFilter &scope, int articles);

Q_SIGNALS:
    /** The scope() may have changed (the box was toggled, or the hub changed). */
    void changed();

private:
    void setCaption(const QString &text);

    QString m_panel;
    Country m_country;
    SelectionHub *m_hub = nullptr;
    QCheckBox *m_box = nullptr;
    QLabel *m_caption = nullptr;
};

} // namespace parallax::ui
