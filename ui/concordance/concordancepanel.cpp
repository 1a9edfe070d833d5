// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "concordancepanel.h"

#include "query/searchterms.h"
#include "selection/selectionhub.h"
#include "ui/chartexport/chartexport.h"
#include "ui/emptystate.h"
#include "ui/scopedescription.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax::ui {

namespace {

// The text before a match is cut on its left, so that the words next to the match stay in view.
class ElideLeftDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideLeft;
    }
};

// The two tables' rows: whole, one line of text each, in alternating colours.
void setUpRows(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
}

// A table, or what it would say when it has no rows.
QStackedWidget *stacked(QWidget *empty, QWidget *table, QWidget *parent)
{
    auto *stack = new QStackedWidget(parent);
    stack->addWidget(empty);
    stack->addWidget(table);
    return stack;
}

// The lines read at most: the earliest articles' matches when there are more.
constexpr int maxLines = 2000;
// Words on each side of a match counted as its collocates.
constexpr int collocateSpan = 5;

} // namespace

ConcordancePanel::ConcordancePanel(store::Store &store, SelectionHub &hub, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_hub(hub)
{
    setObjectName(u"concordancePanel"_s);
    m_status = new SecondaryLabel(this);
    m_status->setObjectName(u"concordanceStatus"_s);
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(u"concordanceExport"_s);
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &ConcordancePanel::askExport);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_export);

    m_view = new QTableView(this);
    m_view->setObjectName(u"concordanceView"_s);
    m_view->setModel(&m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(itemmodels::ConcordanceModel::Published, Qt::AscendingOrder);
    setUpRows(m_view);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setItemDelegateForColumn(itemmodels::ConcordanceModel::Left, new ElideLeftDelegate(m_view));
    QHeaderView *header = m_view->horizontalHeader();
    using Model = itemmodels::ConcordanceModel;
    header->setSectionResizeMode(Model::Left, QHeaderView::Stretch);
    header->setSectionResizeMode(Model::Match, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Model::Right, QHeaderView::Stretch);
    for (int c : {int(Model::Outlet), int(Model::Country), int(Model::Published)})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            Q_EMIT hitRequested(current.data(Model::ArticleIdRole).toLongLong(), current.data(Model::StartRole).toInt());
    });

    // Ctrl+C: the chosen lines as text, each with where it comes from.
    auto *copy = new QAction(tr("Copy Lines"), m_view);
    copy->setObjectName(u"concordanceCopy"_s);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, [this] { QGuiApplication::clipboard()->setText(selectedText()); });
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->installEventFilter(this); // the view would copy one cell's text itself

    m_empty = new EmptyStateLabel(this);
    m_empty->setObjectName(u"concordanceEmpty"_s);
    m_stack = stacked(m_empty, m_view, this);

    // Collocates: the words near the matches, sortable by any column.
    m_collocateView = new QTableView(this);
    m_collocateView->setObjectName(u"collocateView"_s);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(&m_collocates);
    sorted->setSortRole(Qt::EditRole);
    m_collocateView->setModel(sorted);
    m_collocateView->setSortingEnabled(true);
    m_collocateView->sortByColumn(itemmodels::CollocateModel::G2, Qt::DescendingOrder);
    setUpRows(m_collocateView);
    m_collocateView->horizontalHeader()->setSectionResizeMode(itemmodels::CollocateModel::Word, QHeaderView::Stretch);
    for (int c = itemmodels::CollocateModel::Near; c < itemmodels::CollocateModel::ColumnCount; ++c)
        m_collocateView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // A collocate chosen: the lines it is near.
    connect(m_collocateView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString word = index.siblingAtColumn(itemmodels::CollocateModel::Word).data().toString();
        m_model.showNear(word, collocateSpan);
        m_tabs->setCurrentIndex(0);
        showNearState();
    });
    m_allLines = new QPushButton(tr("Show All Lines"), this);
    m_allLines->setObjectName(u"concordanceAllLines"_s);
    m_allLines->hide();
    connect(m_allLines, &QPushButton::clicked, this, [this] {
        m_model.showNear(QString(), collocateSpan);
        showNearState();
    });
    bar->insertWidget(1, m_allLines);
    m_collocateEmpty = new EmptyStateLabel(this);
    m_collocateEmpty->setObjectName(u"collocateEmpty"_s);
    m_collocateStack = stacked(m_collocateEmpty, m_collocateView, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"concordanceTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_stack, tr("Lines"));
    m_tabs->addTab(m_collocateStack, tr("Collocates"));
    m_tabs->setTabToolTip(1, tr("The words within %n word(s) of the matches more often than elsewhere in the same "
                                "articles",
                                nullptr, collocateSpan));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    connect(&m_hub, &SelectionHub::searchQueryChanged, this, &ConcordancePanel::reload);
    connect(&m_hub, &SelectionHub::entityChanged, this, [this] {
        if (m_hub.searchQuery().isEmpty()) // a search goes first
            reload();
    });
    connect(&m_hub, &SelectionHub::dateRangeChanged, this, &ConcordancePanel::reload);
    connect(&m_hub, &SelectionHub::sourcesChanged, this, &ConcordancePanel::reload);
    reload();
}

QLabel *ConcordancePanel::status() const
{
    return m_status;
}

store::ArticleFilter ConcordancePanel::scope() const
{
    store::ArticleFilter f;
    f.search = m_hub.searchQuery();
    // Without a search, the mentions of the chosen entity (in the dates, country and outlet in view).
    f.from = m_hub.from();
    f.to = m_hub.to();
    f.country = m_hub.country();
    f.outlet = m_hub.outlet();
    return f;
}

bool ConcordancePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        QGuiApplication::clipboard()->setText(selectedText());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ConcordancePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_waiting)
        reload();
}

void ConcordancePanel::reload()
{
    const store::ArticleFilter filter = scope();
    const QString entity = filter.search.isEmpty() ? m_hub.entity() : QString();
    const int generation = ++m_generation;
    m_read.stop();
    if (filter.search.isEmpty() && entity.isEmpty()) {
        m_waiting = false;
        m_model.setLines({});
        m_allLines->hide();
        m_collocates.setCollocates({}, collocateSpan);
        m_collocateEmpty->setText(tr("The words found near the matches of a search, or near the mentions of an "
                                     "entity, are listed here."));
        m_collocateStack->setCurrentWidget(m_collocateEmpty);
        m_empty->setText(tr("Type a search in the library, or choose an entity.\n\nEach match of the search, or "
                            "each mention of the entity under any of its names, is listed here in its context, one "
                            "line each: click “Before” or “After” to sort by the words beside it, and a line to read "
                            "it in the article."));
        m_stack->setCurrentWidget(m_empty);
        m_status->setText(tr("No search and no entity chosen"));
        m_export->setEnabled(false);
        return;
    }
    if (!isVisible()) {
        m_waiting = true; // read when shown
        m_status->setText(tr("Read when this panel is shown"));
        return;
    }
    m_waiting = false;
    query::ConcordanceOptions options;
    options.maxLines = maxLines;
    options.collocateSpan = collocateSpan;
    const auto read = [filter, entity, options](const store::Store &corpus) {
        if (entity.isEmpty())
            return query::concordance(corpus, filter, options);
        store::ArticleFilter scope = filter;
        scope.search.clear();
        return query::concordanceOfEntity(corpus, entity, scope, options);
    };
    if (!m_store.canOpenElsewhere()) { // a corpus in memory: read here
        show(read(m_store));
        return;
    }
    m_status->setText(entity.isEmpty() ? tr("Finding the matches of %1…").arg(query::quotedQuery(filter.search))
                                       : tr("Finding the mentions…"));
    store::readInBackground(
        m_store.path(), this, m_read, [read](store::Store &corpus) { return read(corpus); },
        [](const QString &error) {
            query::Concordance failed;
            failed.error = error;
            return failed;
        },
        [this, generation](const query::Concordance &c) {
            if (generation == m_generation)
                show(c);
        });
}

void ConcordancePanel::showNearState()
{
    const QString word = m_model.nearWord();
    m_allLines->setVisible(!word.isEmpty());
    if (word.isEmpty()) {
        m_status->setText(m_summary);
        return;
    }
    m_status->setText(tr("%Ln line(s) with “%1” within %2 words of the match", nullptr, m_model.rowCount())
                          .arg(word)
                          .arg(collocateSpan)
                      + u" · "_s + m_summary);
}

void ConcordancePanel::show(const query::Concordance &c)
{
    m_model.setLines(c.lines);
    m_allLines->hide();
    m_export->setEnabled(!c.lines.isEmpty());
    m_collocates.setCollocates(query::collocates(c), collocateSpan);
    m_collocateStack->setCurrentWidget(m_collocates.rowCount() > 0 ? static_cast<QWidget *>(m_collocateView)
                                                                   : m_collocateEmpty);
    m_collocateEmpty->setText(c.lines.isEmpty()
                                  ? QString()
                                  : tr("No word occurs within %n word(s) of these matches at least three times and "
                                       "more often than elsewhere in their articles.",
                                       nullptr, collocateSpan));
    if (!c.error.isEmpty()) {
        m_status->setText(c.error);
        m_empty->setText(tr("The matches cannot be listed: %1").arg(c.error));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const bool ofEntity = !c.entity.isEmpty();
    if (c.lines.isEmpty()) {
        m_status->setText(ofEntity ? tr("No mention") : tr("No match"));
        m_empty->setText(ofEntity ? tr("No article in view mentions %1.").arg(c.entity)
                                  : tr("No article in view has a match of %1 in its text.").arg(query::quotedQuery(c.query)));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentWidget(m_view);
    QString text = ofEntity ? tr("%Ln mention(s)", nullptr, int(c.lines.size()))
                                  + tr(" of %1 in %Ln article(s)", nullptr, c.articlesRead).arg(c.entity)
                                  + tr(", under all its names")
                            : tr("%Ln match(es)", nullptr, int(c.lines.size()))
                                  + tr(" of %1 in %Ln article(s)", nullptr, c.articlesRead).arg(query::quotedQuery(c.query));
    if (c.truncated)
        text += tr(" · the earliest %Ln of the %1 articles that match", nullptr, c.articlesRead)
                    .arg(QLocale().toString(c.articles));
    m_summary = text;
    m_status->setText(text);
}

QString ConcordancePanel::selectedText() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (const int r : std::as_const(rows)) {
        const query::ConcordanceLine &l = m_model.lines().at(r);
        QStringList source;
        if (!l.outlet.isEmpty())
            source << l.outlet;
        if (l.published.isValid())
            source << QLocale().toString(l.published, QLocale::LongFormat);
        source << u"“%1”"_s.arg(l.title);
        lines << u"%1 [%2] %3 — %4"_s.arg(l.left, l.match, l.right, source.join(u", "_s));
    }
    return lines.join(u'\n');
}

QString ConcordancePanel::exportCsv(const QString &path) const
{
    // The lines in the order shown, with the fields `parallax concordance --json` gives.
    const auto field = [](QString s) {
        if (s.contains(u'"') || s.contains(u',') || s.contains(u'\n') || s.contains(u'\r'))
            s = u'"' + s.replace(u'"', u"\"\""_s) + u'"';
        return s;
    };
    QString csv = u"article,title,outlet,country,published,left,match,right\r\n"_s;
    for (const query::ConcordanceLine &l : m_model.lines()) {
        csv += QStringList{QString::number(l.articleId), field(l.title), field(l.outlet), field(l.country),
                           l.published.toString(Qt::ISODate), field(l.left), field(l.match), field(l.right)}
                   .join(u',')
            + u"\r\n"_s;
    }
    QSaveFile file(path);
    const QByteArray bytes = csv.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return {};
}

QString ConcordancePanel::exportCollocatesCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !writeCsv(m_collocates, file) || !file.commit())
        return file.errorString();
    return {};
}

void ConcordancePanel::askExport()
{
    // The tab shown: the lines, or the collocates.
    const bool lines = m_tabs->currentIndex() == 0;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, lines ? tr("Export the Concordance") : tr("Export the Collocates"),
                                                      dir + (lines ? u"/concordance.csv"_s : u"/collocates.csv"_s),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = lines ? exportCsv(path) : exportCollocatesCsv(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export the Concordance"), tr("%1 could not be written: %2").arg(path, error));
}

} // namespace parallax::ui
