// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace parallax::ui {

class BodyView;

/** Find in the open article: case-insensitive, a match count, next/previous, its own highlight layer. */
class FindBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(BodyView &body, QWidget *parent = nullptr);

    /** Shows the bar and puts the focus in its field. */
    void open();
    /** Hides the bar and removes its highlights. */
    void close();
    QLineEdit *field() const { return m_field; }
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_current; }
    /** The case-insensitive occurrences of needle in text, as UTF-16 spans. */
    static QList<Span> findAll(const QString &text, const QString &needle);

public Q_SLOTS:
    void next();
    void previous();
    /** Re-runs the search over the body (after the article changed). */
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void show(int index);
    BodyView &m_body;
    QLineEdit *m_field = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_prev = nullptr;
    QToolButton *m_next = nullptr;
    QList<Span> m_matches;
    int m_current = -1;
};

} // namespace parallax::ui
