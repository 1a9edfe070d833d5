// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarydock.h"

#include "itemmodels/articlelistmodel.h"
#include "query/searchterms.h"
#include "snippetdelegate.h"
#include "selection/selectionhub.h"
#include "store/backgroundread.h"
#include "store/store.h"
#include "ui/emptystate.h"
#include "ui/scopedescription.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax::ui {

LibraryPanel::LibraryPanel(itemmodels::ArticleListModel &model, SelectionHub &hub, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_hub(hub)
{
    setObjectName(u"libraryPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"librarySearch"_s);
    m_search->setPlaceholderText(tr("Search: words, \"a phrase\", prefix*, AND, OR, NOT"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Full-text search over titles and bodies, best matches first.\n"
                            "A word also finds its other forms (island: islands; остров: острова, островов);\n"
                            "a word in quotes finds only that form.\n"
                            "Examples: Kuril*   \"Northern Territories\"   Lavrov AND Motegi   title:TASS"));
    layout->addWidget(m_search);

    // Narrow the list (and the timeline) to one outlet country and/or one outlet.
    auto *sources = new QHBoxLayout;
    m_country = new QComboBox(this);
    m_country->setObjectName(u"libraryCountry"_s);
    m_country->setToolTip(tr("Only the articles of outlets from one country"));
    m_country->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_outlet = new QComboBox(this);
    m_outlet->setObjectName(u"libraryOutlet"_s);
    m_outlet->setToolTip(tr("Only the articles of one outlet"));
    m_outlet->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_outlet->setMinimumContentsLength(12);
    sources->addWidget(m_country);
    sources->addWidget(m_outlet, 1);
    layout->addLayout(sources);
    const auto chosen = [this] {
        m_hub.setSources(m_country->currentData().toString(), m_outlet->currentData().toString());
    };
    connect(m_country, &QComboBox::activated, this, chosen);
    connect(m_outlet, &QComboBox::activated, this, chosen);
    connect(&m_hub, &SelectionHub::sourcesChanged, this, &LibraryPanel::followSources);

    m_error = new QLabel(this);
    m_error->setObjectName(u"librarySearchError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #C0392B;"_s);
    m_error->hide();
    layout->addWidget(m_error);

    m_forms = new SecondaryLabel(this);
    m_forms->setObjectName(u"libraryWordForms"_s);
    m_forms->setWordWrap(true);
    m_forms->hide();
    layout->addWidget(m_forms);

    m_stack = new QStackedWidget(this);
    m_view = new QTableView(m_stack);
    m_view->setObjectName(u"libraryView"_s);
    m_view->setModel(&m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Shift+click or Shift+arrows select a run of articles (to remove them); Ctrl+click still
    // opens an article in a tab of its own.
    m_view->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(itemmodels::ArticleListModel::DateColumn, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(itemmodels::ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(itemmodels::ArticleListModel::OutletColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(itemmodels::ArticleListModel::CountryColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(itemmodels::ArticleListModel::DateColumn, QHeaderView::ResizeToContents);
    // A search's matches in context, beside the title; sorting by it sorts by relevance.
    m_view->setItemDelegateForColumn(itemmodels::ArticleListModel::ContextColumn, new SnippetDelegate(m_view));
    m_view->horizontalHeader()->setSectionResizeMode(itemmodels::ArticleListModel::ContextColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->moveSection(itemmodels::ArticleListModel::ContextColumn, 1);
    m_view->setColumnHidden(itemmodels::ArticleListModel::ContextColumn, true);
    connect(&m_model, &itemmodels::ArticleListModel::sortChanged, this, [this](int column, Qt::SortOrder order) {
        const QSignalBlocker quiet(m_view->horizontalHeader()); // the model is sorted already
        m_view->horizontalHeader()->setSortIndicator(column, order);
    });
    m_stack->addWidget(m_view);

    // The rows' menu: open in a tab, remove from the corpus (also the Delete key).
    auto *openInTab = new QAction(tr("Open in New Tab"), m_view);
    connect(openInTab, &QAction::triggered, this, [this] {
        if (m_view->currentIndex().isValid())
            Q_EMIT openInNewTabRequested(m_model.idAt(m_view->currentIndex().row()));
    });
    auto *separator = new QAction(m_view);
    separator->setSeparator(true);
    m_removeAction = new QAction(tr("Remove from Corpus…"), m_view);
    m_removeAction->setObjectName(u"actionRemoveArticles"_s);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_removeAction->setEnabled(false);
    connect(m_removeAction, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (!ids.isEmpty())
            Q_EMIT removeRequested(ids);
    });
    m_removeListAction = new QAction(m_view);
    m_removeListAction->setObjectName(u"actionRemoveList"_s);
    m_removeListAction->setVisible(false);
    connect(m_removeListAction, &QAction::triggered, this, &LibraryPanel::removeListRequested);
    m_view->addActions({openInTab, separator, m_removeAction, m_removeListAction});
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LibraryPanel::updateRemoveAction);

    m_empty = new EmptyStateLabel(m_stack);
    m_empty->setObjectName(u"libraryEmpty"_s);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    m_count = new QLabel(this);
    m_count->setObjectName(u"libraryCount"_s);
    layout->addWidget(m_count);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &LibraryPanel::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &LibraryPanel::applySearch);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                if ((QGuiApplication::mouseButtons() & Qt::LeftButton)
                    && (QGuiApplication::keyboardModifiers() & Qt::ControlModifier))
                    Q_EMIT openInNewTabRequested(m_model.idAt(current.row()));
                else
                    m_hub.setArticle(m_model.idAt(current.row()));
            });
    connect(&m_hub, &SelectionHub::articleChanged, this, &LibraryPanel::selectArticle);
    connect(&m_hub, &SelectionHub::dateRangeChanged, this, [this](QDate from, QDate to) {
        store::ArticleFilter filter = m_model.wantedFilter();
        filter.from = from;
        filter.to = to;
        if (m_model.setFilter(filter))
            updateState();
    });
    connect(&m_model, &itemmodels::ArticleListModel::filterApplied, this, &LibraryPanel::showSearch);
    connect(&m_model, &itemmodels::ArticleListModel::loadingChanged, this, &LibraryPanel::updateState);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &LibraryPanel::updateState);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &LibraryPanel::updateRemoveAction);
    connect(&m_model, &itemmodels::ArticleListModel::loadingChanged, this, &LibraryPanel::updateRemoveAction);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &LibraryPanel::updateState);
    updateState();
    readSources();
}

void LibraryPanel::readSources()
{
    const auto show = [this](const std::optional<store::Store::SourceCounts> &counts) {
        if (!counts)
            return;
        const QLocale locale;
        const auto fill = [&locale](QComboBox *box, const QString &all, const QList<std::pair<QString, int>> &items,
                                    const QString &none, int without, const QString &current) {
            const QSignalBlocker quiet(box);
            box->clear();
            box->addItem(all, QString());
            for (const auto &[name, articles] : items)
                box->addItem(u"%1 (%2)"_s.arg(name, locale.toString(articles)), name);
            // The articles without one: to find what an import could not tell.
            if (without > 0 || current == store::noSource)
                box->addItem(u"%1 (%2)"_s.arg(none, locale.toString(without)), store::noSource);
            // One that is chosen stays listed, even with no article left.
            int index = box->findData(current, Qt::UserRole, Qt::MatchFixedString);
            if (index < 0 && !current.isEmpty()) {
                box->addItem(u"%1 (0)"_s.arg(current), current);
                index = box->count() - 1;
            }
            box->setCurrentIndex(std::max(index, 0));
        };
        fill(m_country, tr("All countries"), counts->countries, tr("Country unknown"), counts->withoutCountry,
             m_hub.country());
        fill(m_outlet, tr("All outlets"), counts->outlets, tr("Outlet unknown"), counts->withoutOutlet, m_hub.outlet());
    };
    const store::Store &store = m_model.store();
    if (!m_model.loadsInBackground() || !store.canOpenElsewhere()) {
        show(store.sourceCounts());
        return;
    }
    // An outlet's count walks its index: tens of milliseconds at 100,000 articles.
    store::readInBackground(store.path(), this, [](const store::Store &corpus) { return corpus.sourceCounts(); }, show);
}

void LibraryPanel::followSources(const QString &country, const QString &outlet)
{
    for (auto [box, value] : {std::pair{m_country, country}, std::pair{m_outlet, outlet}}) {
        const QSignalBlocker quiet(box);
        const int index = box->findData(value, Qt::UserRole, Qt::MatchFixedString);
        box->setCurrentIndex(std::max(index, 0));
    }
    store::ArticleFilter filter = m_model.wantedFilter();
    filter.country = country;
    filter.outlet = outlet;
    m_model.setFilterInBackground(filter);
    updateState();
}

void LibraryPanel::applySearch()
{
    m_debounce->stop();
    store::ArticleFilter filter = m_model.wantedFilter();
    filter.search = m_search->text().trimmed();
    m_model.setFilterInBackground(filter);
    updateState();
}

void LibraryPanel::showSearch(bool ok)
{
    if (!ok) {
        m_error->setText(m_model.lastError());
        m_error->show();
        m_forms->hide();
        updateState();
        Q_EMIT searchApplied(false);
        return;
    }
    m_error->hide();
    showWordForms();
    const QString query = m_model.filter().search;
    m_view->setColumnHidden(itemmodels::ArticleListModel::ContextColumn, query.isEmpty());
    m_hub.setSearchQuery(query);
    selectArticle(m_hub.article());
    updateState();
    Q_EMIT searchApplied(true);
}

void LibraryPanel::showWordForms()
{
    const QList<store::WordForms> &words = m_model.wordForms();
    if (words.isEmpty()) {
        m_forms->hide();
        m_forms->clear();
        return;
    }
    // A few forms of each word here, all of them in the tooltip.
    constexpr int shownForms = 5;
    QStringList brief;
    QStringList full;
    for (const store::WordForms &w : words) {
        const QStringList others = w.forms.mid(1);
        QString line = QStringList(others.mid(0, shownForms)).join(u", "_s);
        if (others.size() > shownForms)
            line += tr(" and %Ln more", nullptr, int(others.size() - shownForms));
        brief << tr("%1 (forms of %2)").arg(line, w.word);
        full << tr("%1: %2").arg(w.word, others.join(u", "_s));
    }
    m_forms->setText(tr("Also finds %1. Quote a word to find only that form.").arg(brief.join(u"; "_s)));
    m_forms->setToolTip(full.join(u'\n'));
    m_forms->show();
}

void LibraryPanel::reload()
{
    m_model.reload();
    readSources();
    selectArticle(m_hub.article());
}

QList<qint64> LibraryPanel::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << m_model.idAt(row.row());
    return ids;
}

void LibraryPanel::setRemovalAllowed(bool allowed)
{
    m_removalAllowed = allowed;
    updateRemoveAction();
}

void LibraryPanel::updateRemoveAction()
{
    const int n = int(m_view->selectionModel()->selectedRows().size());
    m_removeAction->setEnabled(m_removalAllowed && n > 0);
    m_removeAction->setText(n > 1 ? tr("Remove %Ln Articles from Corpus…", nullptr, n) : tr("Remove from Corpus…"));
    // A narrowed list (a search, an outlet, an entity, dates) can go as a whole.
    const int listed = m_model.totalCount();
    m_removeListAction->setVisible(!m_model.filter().isEmpty() && listed > 0);
    m_removeListAction->setEnabled(m_removalAllowed && !m_model.isLoading());
    m_removeListAction->setText(tr("Remove All %Ln Articles in This List…", nullptr, listed));
}

void LibraryPanel::selectArticle(qint64 id)
{
    bool further = false;
    const int row = id > 0 ? m_model.rowOf(id, &further) : -1;
    if (row < 0 && further) {
        // Further down than the window loads at once: the rows down to it come in the
        // background, and it is selected then if it is still the article open.
        m_model.loadDownTo(id, this, [this, id](int found) {
            if (found >= 0 && m_hub.article() == id)
                selectArticle(id);
        });
        return;
    }
    if (row < 0)
        return;
    const QModelIndex index = m_model.index(row, 0);
    if (m_view->currentIndex().row() != row) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void LibraryPanel::updateState()
{
    const int total = m_model.corpusSize();
    const int shown = m_model.totalCount();
    if (total == 0) {
        m_empty->setText(tr("No articles yet.\n\nUse File → Import Files… or File → Import Folder… "
                            "to add news articles: text files, HTML pages, JSON Lines, CSV or TSV exports, "
                            "also inside .zip and .gz archives."));
        m_stack->setCurrentWidget(m_empty);
        m_count->clear();
    } else if (shown == 0) {
        const store::ArticleFilter &f = m_model.filter();
        m_empty->setText(!f.search.isEmpty()
                             ? tr("No article matches %1.\n\nCheck the spelling, use fewer words, or end a word "
                                  "with * to match its beginning.").arg(query::quotedQuery(f.search))
                         : !f.country.isEmpty() || !f.outlet.isEmpty()
                             ? tr("No article of the chosen country or outlet is in this list.\n\nChoose "
                                  "“All countries” and “All outlets” to show them all.")
                             : tr("No article was published in the chosen date range.\n\nReset the timeline to "
                                  "show them all."));
        m_stack->setCurrentWidget(m_empty);
        m_count->setText(tr("0 of %Ln article(s)", nullptr, total));
    } else {
        m_stack->setCurrentWidget(m_view);
        m_count->setText(shown == total ? tr("%Ln article(s)", nullptr, total)
                                        : tr("%1 of %Ln article(s) match", nullptr, total).arg(QLocale().toString(shown)));
        if (m_model.filter().from.isValid() || m_model.filter().to.isValid())
            m_count->setText(m_count->text() + tr(" · published %1 – %2")
                             .arg(m_model.filter().from.toString(Qt::ISODate), m_model.filter().to.toString(Qt::ISODate)));
        QStringList from;
        if (!m_model.filter().outlet.isEmpty())
            from << outletName(m_model.filter().outlet);
        if (!m_model.filter().country.isEmpty())
            from << countryName(m_model.filter().country);
        if (!from.isEmpty())
            m_count->setText(m_count->text() + tr(" · from %1").arg(from.join(u", "_s)));
    }
    if (m_model.isLoading())
        m_count->setText((m_model.wantedFilter().search.isEmpty()
                              ? tr("Finding the articles… · ")
                              : tr("Searching for %1… · ").arg(query::quotedQuery(m_model.wantedFilter().search)))
                         + m_count->text());
}

} // namespace parallax::ui
