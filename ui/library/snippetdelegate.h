// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace parallax::ui {

/**
 * Paints a search hit's context (the library's "Matches in context" column): the text on one
 * line, the matched words marked as the reader marks search hits, cut with an ellipsis.
 */
class SnippetDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace parallax::ui
