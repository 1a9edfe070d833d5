// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snippetdelegate.h"

#include "itemmodels/articlelistmodel.h"
#include "ui/theme.h"

#include <QApplication>
#include <QPainter>

namespace parallax::ui {

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QString snippet = index.data(itemmodels::ArticleListModel::SnippetRole).toString();
    if (snippet.isEmpty())
        return;
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor hit = searchHitBackground(opt.palette, false);

    painter->save();
    painter->setClipRect(area);
    QFont plain = opt.font;
    QFont marked = plain;
    marked.setBold(true);
    int x = area.left();
    bool inHit = false;
    // The text between the marks, alternately plain and matched (\u0002 opens, \u0003 closes).
    QString piece;
    auto draw = [&](const QString &s, bool isHit) {
        if (s.isEmpty() || x >= area.right())
            return;
        const QFontMetrics fm(isHit ? marked : plain);
        const int room = area.right() - x;
        QString shown = s;
        if (fm.horizontalAdvance(shown) > room)
            shown = fm.elidedText(shown, Qt::ElideRight, room);
        const int width = fm.horizontalAdvance(shown);
        const QRect box(x, area.top(), width, area.height());
        if (isHit) {
            const QRect back(box.left() - 1, area.center().y() - fm.height() / 2, width + 2, fm.height());
            painter->fillRect(back, hit);
            painter->setPen(isDark(opt.palette) ? QColor(Qt::white) : QColor(Qt::black));
        } else {
            painter->setPen(text);
        }
        painter->setFont(isHit ? marked : plain);
        painter->drawText(box, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, shown);
        x += width;
    };
    bool first = true;
    for (QChar c : snippet) {
        if (c == QChar(2) || c == QChar(3)) {
            // In a narrow column the first match must show: the text before it is cut at its
            // start to a quarter of the room.
            if (first && !inHit) {
                const int before = area.width() / 4;
                if (QFontMetrics(plain).horizontalAdvance(piece) > before)
                    piece = QFontMetrics(plain).elidedText(piece, Qt::ElideLeft, before);
                first = false;
            }
            draw(piece, inHit);
            piece.clear();
            inHit = c == QChar(2);
        } else {
            piece += c == u'\n' || c == u'\t' ? QChar(u' ') : c;
        }
    }
    draw(piece, inHit);
    painter->restore();
}

} // namespace parallax::ui
