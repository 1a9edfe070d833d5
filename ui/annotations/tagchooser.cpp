// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagchooser.h"

#include "annotations/annotationdocument.h"
#include "ui/emptystate.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace parallax::annotations;

namespace parallax::ui {

namespace {

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    if (colour.isValid()) {
        QPainter p(&pixmap);
        p.setBrush(colour);
        p.setPen(colour.darker(140));
        p.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 2, 2);
    }
    return QIcon(pixmap);
}

} // namespace

TagChooser::TagChooser(AnnotationDocument &document, const QString &quote, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(u"tagChooser"_s);
    setWindowTitle(tr("Annotate"));
    auto *layout = new QVBoxLayout(this);
    auto *quoteLabel = new QLabel(u"“%1”"_s.arg(quote.size() > 300 ? quote.left(299) + u'…' : quote), this);
    quoteLabel->setWordWrap(true);
    quoteLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(quoteLabel);

    auto *filterRow = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"tagFilter"_s);
    m_filter->setPlaceholderText(tr("Find a tag, or type a new one (Parent/Child)"));
    m_filter->setClearButtonEnabled(true);
    m_create = new QPushButton(tr("&New Tag"), this);
    m_create->setObjectName(u"createTag"_s);
    m_create->setEnabled(false);
    m_create->setAutoDefault(false);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_create);
    layout->addLayout(filterRow);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"tagTree"_s);
    m_tree->setHeaderHidden(true);
    m_tree->setMinimumHeight(180);
    m_noTags = new EmptyStateLabel(this);
    m_noTags->setObjectName(u"noTags"_s);
    m_tags = new QStackedWidget(this);
    m_tags->addWidget(m_tree);
    m_tags->addWidget(m_noTags);
    layout->addWidget(m_tags, 1);

    layout->addWidget(new QLabel(tr("Note:"), this));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"noteEdit"_s);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);
    layout->addWidget(m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &TagChooser::applyFilter);
    m_filter->installEventFilter(this);
    connect(m_create, &QPushButton::clicked, this, &TagChooser::createTagFromFilter);
    connect(m_tree, &QTreeWidget::itemChanged, this, &TagChooser::itemChanged);
    rebuild();
    resize(440, 460);
    m_filter->setFocus();
}

void TagChooser::rebuild()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    const Codebook &book = m_document.codebook();
    QHash<qint64, QTreeWidgetItem *> items;
    for (const Tag &t : book.tags()) {
        QTreeWidgetItem *parent = items.value(t.parentId);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, t.name);
        item->setIcon(0, swatch(t.colour));
        item->setToolTip(0, t.description);
        item->setData(0, Qt::UserRole, t.id);
        if (t.codable || m_checked.contains(t.id)) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, m_checked.contains(t.id) ? Qt::Checked : Qt::Unchecked);
        } else { // a folder of tags: it groups them, and cannot be applied to text
            QFont italic = item->font(0);
            italic.setItalic(true);
            item->setFont(0, italic);
            item->setToolTip(0, tr("A folder of tags: choose a tag inside it"));
        }
        items.insert(t.id, item);
    }
    m_tree->expandAll();
    applyFilter(m_filter->text());
}

void TagChooser::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    const Codebook &book = m_document.codebook();
    // Children before parents: a parent shows when it or any child matches.
    QList<QTreeWidgetItem *> all;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        all.prepend(*it);
    for (QTreeWidgetItem *item : std::as_const(all)) {
        bool show = needle.isEmpty()
            || book.path(item->data(0, Qt::UserRole).toLongLong()).contains(needle, Qt::CaseInsensitive);
        for (int i = 0; i < item->childCount() && !show; ++i)
            show = !item->child(i)->isHidden();
        item->setHidden(!show);
    }
    m_create->setEnabled(!needle.isEmpty() && book.findPath(needle) == 0);
    // Nothing to choose from: say what Enter does rather than show an empty box.
    const bool anyShown = std::any_of(all.cbegin(), all.cend(), [](const QTreeWidgetItem *i) { return !i->isHidden(); });
    if (book.tags().isEmpty())
        m_noTags->setText(tr("No tags yet.\n\nType a name above and press Enter to make a tag and put it on this "
                             "passage (“Framing/Sovereignty” makes the folder too), or only write a note."));
    else if (!anyShown)
        m_noTags->setText(tr("No tag matches “%1”.\n\nPress Enter to make it.").arg(needle));
    m_tags->setCurrentWidget(anyShown ? static_cast<QWidget *>(m_tree) : m_noTags);
}

bool TagChooser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_filter || event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if ((key != Qt::Key_Return && key != Qt::Key_Enter) || m_filter->text().trimmed().isEmpty())
        return false;
    QList<QTreeWidgetItem *> shown;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (!(*it)->isHidden() && (*it)->childCount() == 0 && ((*it)->flags() & Qt::ItemIsUserCheckable))
            shown.append(*it);
    }
    if (shown.size() == 1) {
        shown.first()->setCheckState(0, Qt::Checked);
        m_filter->clear();
    } else if (m_create->isEnabled()) {
        createTagFromFilter();
    }
    return true; // Return in the filter never closes the dialog
}

void TagChooser::createTagFromFilter()
{
    const qint64 id = m_document.ensureTagPath(m_filter->text().trimmed());
    if (id == 0)
        return;
    if (!m_checked.contains(id))
        m_checked.append(id);
    m_filter->clear();
    rebuild();
}

void TagChooser::itemChanged(QTreeWidgetItem *item)
{
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    if (item->checkState(0) == Qt::Checked && !m_checked.contains(id))
        m_checked.append(id);
    else if (item->checkState(0) != Qt::Checked)
        m_checked.removeAll(id);
}

void TagChooser::setTagIds(const QList<qint64> &ids)
{
    m_checked = ids;
    rebuild();
}

QString TagChooser::note() const
{
    return m_note->toPlainText().trimmed();
}

void TagChooser::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

} // namespace parallax::ui
