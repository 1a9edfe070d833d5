// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include "ui/viewer/documentviewer.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace parallax::ui {

namespace {
const QString kFindLayer = u"find"_s;
}

FindBar::FindBar(BodyView &body, QWidget *parent)
    : QWidget(parent)
    , m_body(body)
{
    setObjectName(u"findBar"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 2, 24, 2);
    m_field = new QLineEdit(this);
    m_field->setObjectName(u"findField"_s);
    m_field->setPlaceholderText(tr("Find in article"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_count = new QLabel(this);
    m_count->setObjectName(u"findCount"_s);
    m_prev = new QToolButton(this);
    m_prev->setArrowType(Qt::UpArrow);
    m_prev->setToolTip(tr("Previous match (Shift+Enter, Shift+F3)"));
    m_next = new QToolButton(this);
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (Enter, F3)"));
    auto *closeButton = new QToolButton(this);
    closeButton->setText(u"✕"_s);
    closeButton->setToolTip(tr("Close (Escape)"));
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_prev);
    layout->addWidget(m_next);
    layout->addWidget(closeButton);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::refresh);
    connect(m_next, &QToolButton::clicked, this, &FindBar::next);
    connect(m_prev, &QToolButton::clicked, this, &FindBar::previous);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &FindBar::close);
    hide();
}

QList<Span> FindBar::findAll(const QString &text, const QString &needle)
{
    QList<Span> found;
    if (needle.isEmpty())
        return found;
    for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(needle, at + needle.size(), Qt::CaseInsensitive))
        found.append({int(at), int(at + needle.size())});
    return found;
}

void FindBar::open()
{
    setVisible(true);
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    refresh();
}

void FindBar::close()
{
    setVisible(false);
    m_matches.clear();
    m_current = -1;
    m_body.setLayer(kFindLayer, {});
    m_body.setFocus(Qt::OtherFocusReason);
}

void FindBar::refresh()
{
    if (isHidden())
        return;
    m_matches = findAll(m_body.toPlainText(), m_field->text());
    m_prev->setEnabled(m_matches.size() > 1);
    m_next->setEnabled(m_matches.size() > 1);
    if (m_matches.isEmpty()) {
        m_current = -1;
        m_body.setLayer(kFindLayer, {});
        m_count->setText(m_field->text().isEmpty() ? QString() : tr("No match"));
        return;
    }
    show(0);
}

void FindBar::show(int index)
{
    if (m_matches.isEmpty())
        return;
    m_current = (index + int(m_matches.size())) % int(m_matches.size());
    QList<Highlight> layer;
    layer.reserve(m_matches.size());
    for (int i = 0; i < m_matches.size(); ++i) {
        QTextCharFormat f = matchFormat(palette(), i == m_current);
        f.setFontUnderline(i == m_current);
        layer.append({m_matches.at(i), f});
    }
    m_body.setLayer(kFindLayer, layer);
    m_body.scrollToOffset(m_matches.at(m_current).start);
    m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
}

void FindBar::next()
{
    show(m_current + 1);
}

void FindBar::previous()
{
    show(m_current - 1);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                previous();
            else
                next();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace parallax::ui
