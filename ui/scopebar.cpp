// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scopebar.h"

#include "selection/selectionhub.h"
#include "ui/emptystate.h"
#include "ui/scopedescription.h"
#include "ui/settings.h"

#include <QCheckBox>
#include <QHBoxLayout>

namespace parallax::ui {

ScopeBar::ScopeBar(const QString &panel, Country country, const QString &toolTip, QWidget *parent)
    : QWidget(parent)
    , m_panel(panel)
    , m_country(country)
{
    m_box = new QCheckBox(tr("Only articles in view"), this);
    m_box->setToolTip(toolTip);
    m_box->setChecked(Settings::instance().inViewOnly(panel));
    m_caption = new SecondaryLabel(this);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    layout->addWidget(m_caption, 1);
    connect(m_box, &QCheckBox::toggled, this, [this](bool on) {
        Settings::instance().setInViewOnly(m_panel, on);
        Q_EMIT changed();
    });
}

void ScopeBar::follow(SelectionHub &hub)
{
    m_hub = &hub;
    connect(&hub, &SelectionHub::searchQueryChanged, this, &ScopeBar::changed);
    connect(&hub, &SelectionHub::dateRangeChanged, this, &ScopeBar::changed);
    connect(&hub, &SelectionHub::sourcesChanged, this, &ScopeBar::changed);
}

store::ArticleFilter ScopeBar::scope() const
{
    store::ArticleFilter scope;
    if (!m_hub || !m_box->isChecked())
        return scope;
    scope.search = m_hub->searchQuery();
    scope.from = m_hub->from();
    scope.to = m_hub->to();
    scope.outlet = m_hub->outlet();
    if (m_country == Country::Narrows)
        scope.country = m_hub->country();
    return scope;
}

void ScopeBar::setCaption(const QString &text)
{
    m_caption->setText(text);
    m_caption->setToolTip(text);
}

void ScopeBar::showWhole()
{
    setCaption(m_box->isChecked() ? tr("All articles") : tr("The whole corpus"));
}

void ScopeBar::showCounting(const store::ArticleFilter &scope)
{
    setCaption(tr("Counting in %1…").arg(scopeDescription(scope)));
}

void ScopeBar::showError(const QString &error)
{
    setCaption(tr("Whole corpus (cannot narrow: %1)").arg(error));
}

void ScopeBar::showCounted(const store::ArticleFilter &scope, int articles)
{
    setCaption(m_country == Country::Narrows
                   ? tr("In %Ln article(s): %1", nullptr, articles).arg(scopeDescription(scope))
                   : tr("In %Ln article(s), every country: %1", nullptr, articles).arg(scopeDescription(scope)));
}

} // namespace parallax::ui
