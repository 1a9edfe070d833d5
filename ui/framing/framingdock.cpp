// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "framingdock.h"

#include "analysis/framing/lexicondocument.h"
#include "analysis/framing/currenttagger.h"
#include "analysis/framing/tagger.h"
#include "itemmodels/framingmodels.h"
#include "query/comparison.h"
#include "query/retag.h"
#include "store/backgroundread.h"
#include "store/store.h"
#include "ui/scopebar.h"
#include "framingcharts.h"
#include "lexiconeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax::ui {

namespace {

// Calls done with the future's result on the GUI thread, in the context's lifetime.
template <typename T, typename Done>
void whenFinished(QObject *context, const QFuture<T> &future, Done done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(future);
}


constexpr int topTerms = 20;

/** A sortable table that starts in the model's own order (or by sortColumn, largest first). */
QTableView *tableFor(QAbstractItemModel *model, QWidget *parent, int sortColumn = -1)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::EditRole);
    auto *view = new QTableView(parent);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->sortByColumn(sortColumn, Qt::DescendingOrder);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QObject::connect(model, &QAbstractItemModel::modelReset, view, [view] { view->resizeColumnsToContents(); });
    return view;
}

// A chart in a dock as low as the window's bottom area squeezes its bars and elides its axes to
// "…": the chart keeps the height its bars need (ChartView::minimumHeight) and scrolls.
QScrollArea *scrolled(QWidget *chart, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidget(chart);
    return area;
}

} // namespace

FramingPanel::FramingPanel(store::Store &store, framing::LexiconDocument &lexicon, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_lexicon(lexicon)
{
    m_framing = new itemmodels::FramingTableModel(this);
    m_keyness = new itemmodels::KeynessModel(this);
    m_keynessTop = new itemmodels::KeynessModel(this);
    m_tabs = new QTabWidget(this);

    // Framing: warning, table and chart.
    auto *framingPage = new QWidget(m_tabs);
    m_warning = new QLabel(framingPage);
    m_warning->setWordWrap(true);
    m_warning->setObjectName(u"framingWarning"_s);
    auto *split = new QSplitter(Qt::Horizontal, framingPage);
    split->addWidget(tableFor(m_framing, split));
    m_framingChart = new FramingChartView(*m_framing);
    split->addWidget(scrolled(m_framingChart, split));
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({1000, 1000}); // halves, whatever the chart's height asks of its scroll area
    auto *fl = new QVBoxLayout(framingPage);
    fl->addWidget(m_warning);
    fl->addWidget(split, 1);
    m_tabs->addTab(framingPage, tr("Framing"));

    // Keyness: groups, table and chart.
    auto *keyPage = new QWidget(m_tabs);
    m_keynessPage = keyPage;
    keyPage->installEventFilter(this);
    m_groupA = new QComboBox(keyPage);
    m_groupB = new QComboBox(keyPage);
    m_groupA->setObjectName(u"keynessGroupA"_s);
    m_groupB->setObjectName(u"keynessGroupB"_s);
    for (QComboBox *box : {m_groupA, m_groupB})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "JP", or an outlet's whole name
    m_grouping = new QComboBox(keyPage);
    m_grouping->setObjectName(u"keynessGrouping"_s);
    m_grouping->addItem(tr("Country"), int(query::KeynessGrouping::Country));
    m_grouping->addItem(tr("Outlet"), int(query::KeynessGrouping::Outlet));
    m_grouping->addItem(tr("Language"), int(query::KeynessGrouping::Language));
    m_grouping->setToolTip(tr("Compare the articles of two countries (of their outlets), two outlets or two languages"));
    m_ngram = new QComboBox(keyPage);
    m_ngram->addItem(tr("Words"));
    m_ngram->addItem(tr("Word pairs"));
    m_joinForms = new QCheckBox(tr("Join forms"), keyPage);
    m_joinForms->setObjectName(u"keynessJoinForms"_s);
    m_joinForms->setToolTip(tr("Count the forms of a word as one term (острова, островов and островах as one; "
                               "islands and island as one), named by its most frequent form"));
    m_joinForms->setChecked(QSettings().value(u"keyness/joinForms"_s, false).toBool());
    m_add = new QPushButton(tr("Add to Lexicon…"), keyPage);
    m_add->setObjectName(u"addToLexicon"_s);
    m_keynessStatus = new QLabel(keyPage);
    m_keynessStatus->setObjectName(u"keynessStatus"_s);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_grouping);
    bar->addWidget(m_groupA);
    bar->addWidget(new QLabel(tr("against"), keyPage));
    bar->addWidget(m_groupB);
    bar->addWidget(m_ngram);
    bar->addWidget(m_joinForms);
    bar->addWidget(m_keynessStatus, 1);
    bar->addWidget(m_add);
    auto *ksplit = new QSplitter(Qt::Horizontal, keyPage);
    m_keynessTable = tableFor(m_keyness, ksplit, itemmodels::KeynessModel::G2);
    ksplit->addWidget(m_keynessTable);
    m_keynessChart = new KeynessChartView(*m_keynessTop);
    ksplit->addWidget(scrolled(m_keynessChart, ksplit));
    ksplit->setStretchFactor(0, 1);
    ksplit->setStretchFactor(1, 1);
    ksplit->setSizes({1000, 1000});
    auto *kl = new QVBoxLayout(keyPage);
    kl->addLayout(bar);
    kl->addWidget(ksplit, 1);
    m_tabs->addTab(keyPage, tr("Keyness"));
    m_editor = new LexiconEditor(m_lexicon, m_tabs);
    m_tabs->addTab(m_editor, tr("Lexicon"));

    // Framing within what the library shows: a search, a stretch of the timeline, an outlet.
    m_scopeBar = new ScopeBar(u"framing"_s, ScopeBar::Country::Compared,
                              tr("Count framing terms and keyness in the articles the library shows (its search, "
                                 "dates and outlet; every country, as both compare countries) instead of the "
                                 "whole corpus"),
                              this);
    m_scopeBar->box()->setObjectName(u"framingScope"_s);
    m_scopeBar->caption()->setObjectName(u"framingScopeLabel"_s);
    m_scopeBar->layout()->setContentsMargins(4, 2, 4, 0);
    connect(m_scopeBar, &ScopeBar::changed, this, [this] { setScope(m_scopeBar->scope()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scopeBar);
    layout->addWidget(m_tabs);

    for (QComboBox *box : {m_groupA, m_groupB, m_ngram})
        connect(box, &QComboBox::activated, this, &FramingPanel::reloadKeyness);
    connect(m_joinForms, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(u"keyness/joinForms"_s, on);
        reloadKeyness();
    });
    connect(m_grouping, &QComboBox::activated, this, [this] {
        // Other groups: the count names them, and takes the two with the most articles first.
        m_groupA->clear();
        m_groupB->clear();
        if (grouping() == query::KeynessGrouping::Country)
            reload(); // the framing table's countries, as at the start
        else
            reloadKeyness();
    });
    connect(m_add, &QPushButton::clicked, this, &FramingPanel::askAddToLexicon);
    connect(&m_lexicon, &framing::LexiconDocument::changed, this, &FramingPanel::retag);
    framing::setCurrentLexicon(m_lexicon.lexicon()); // imports tag with the lexicon shown here
    reload();
}

void FramingPanel::showTable(const framing::FramingTable &table)
{
    m_tagging = false;
    m_framing->setTable(table);
    m_warning->setText(m_framing->warning());
    m_warning->setVisible(!m_framing->warning().isEmpty());
}

FramingPanel::~FramingPanel()
{
    if (m_keynessCancel)
        m_keynessCancel->store(true);
    m_latestRetag->store(-1); // no run's generation: a retag under way stops at its next batch
}

void FramingPanel::retag()
{
    const int generation = ++m_generation;
    const framing::Lexicon lexicon = m_lexicon.lexicon();
    framing::setCurrentLexicon(lexicon); // what is imported from now on is tagged with it too
    if (m_store.isReadOnly()) {
        // The lexicon is the user's (every corpus uses it); this corpus keeps the hits it has.
        const QString tableWarning = m_framing->warning();
        const QString readOnly = tr("The corpus is read-only, so its framing terms are shown as they were tagged "
                                    "when it was written; edits to the lexicon apply to corpora that can be written.");
        m_warning->setText(tableWarning.isEmpty() ? readOnly : tableWarning + u'\n' + readOnly);
        m_warning->setVisible(true);
        return;
    }
    if (!inBackground()) {
        const query::RetagResult r = query::retagFraming(m_store, framing::FramingTagger(lexicon));
        showTable(tableIn(m_store, m_scope, &m_scopeError));
        if (!r.ok) {
            m_warning->setText(r.error);
            m_warning->setVisible(true);
        }
        Q_EMIT framingHitsChanged();
        return;
    }
    // A thread of its own tags the stored corpus again through its own connection, one
    // transaction per batch; it waits for the run before it, and a newer edit cancels it.
    m_tagging = true;
    m_warning->setText(tr("Tagging the corpus with the edited lexicon…"));
    m_warning->setVisible(true);
    m_latestRetag->store(generation);
    const QString path = m_store.path();
    const QFuture<framing::FramingTable> previous = m_retagRun;
    m_retagRun = QtConcurrent::run([path, lexicon, previous, latest = m_latestRetag, generation, scope = m_scope] {
        QFuture<framing::FramingTable>(previous).waitForFinished();
        store::Store corpus;
        if (!corpus.open(path))
            return framing::FramingTable{};
        const query::RetagResult r = query::retagFraming(corpus, framing::FramingTagger(lexicon),
                                                         [&] { return latest->load() != generation; });
        QString ignored; // said again by the next reload
        return r.cancelled ? framing::FramingTable{} : tableIn(corpus, scope, &ignored);
    });
    whenFinished(this, m_retagRun, [this, generation](const framing::FramingTable &table) {
        if (generation == m_generation) {
            showTable(table);
            Q_EMIT framingHitsChanged();
        }
    });
}

void FramingPanel::reload()
{
    // The hits stored for the corpus, which the CLI, the charts and the comparison read too;
    // counted on a thread of its own in a large corpus, where it takes longer than a frame.
    const int generation = ++m_generation;
    if (!inBackground()) {
        m_tableRead.stop();
        applyTable(tableIn(m_store, m_scope, &m_scopeError));
        return;
    }
    m_warning->setText(m_scope.isEmpty() ? tr("Counting the framing terms of the corpus…")
                                         : tr("Counting the framing terms of the articles in view…"));
    m_warning->setVisible(true);
    // A newer scope (a search typed on) stops this count: a second or two at 100,000 articles.
    using Counted = std::pair<framing::FramingTable, QString>;
    store::readInBackground(
        m_store.path(), this, m_tableRead,
        [scope = m_scope](store::Store &corpus) {
            QString error;
            framing::FramingTable table = tableIn(corpus, scope, &error);
            return Counted{table, error};
        },
        [](const QString &error) { return Counted{{}, error}; },
        [this, generation](const Counted &counted) {
            if (generation != m_generation)
                return;
            m_scopeError = counted.second;
            applyTable(counted.first);
        });
}

framing::FramingTable FramingPanel::tableIn(store::Store &store, const store::ArticleFilter &scope, QString *error)
{
    error->clear();
    if (!scope.isEmpty()) {
        if (const std::optional<framing::FramingTable> table = query::framingTable(store, scope))
            return *table;
        *error = store.lastError();
    }
    return query::framingTable(store);
}

void FramingPanel::followSelection(SelectionHub &hub)
{
    m_scopeBar->follow(hub);
    setScope(m_scopeBar->scope());
}

void FramingPanel::setScope(const store::ArticleFilter &scope)
{
    if (scope == m_scope) {
        describeScope(nullptr);
        return;
    }
    m_scope = scope;
    m_scopeError.clear();
    describeScope(nullptr);
    reload();
}

void FramingPanel::describeScope(const framing::FramingTable *table)
{
    if (m_scope.isEmpty()) {
        m_scopeBar->showWhole();
    } else if (!m_scopeError.isEmpty()) {
        m_scopeBar->showError(m_scopeError);
    } else if (!table) {
        m_scopeBar->showCounting(m_scope);
    } else {
        int articles = 0;
        for (int n : table->articles)
            articles += n;
        m_scopeBar->showCounted(m_scope, articles);
    }
}

QCheckBox *FramingPanel::scopeBox() const
{
    return m_scopeBar->box();
}

QLabel *FramingPanel::scopeLabel() const
{
    return m_scopeBar->caption();
}

void FramingPanel::applyTable(const framing::FramingTable &table)
{
    showTable(table);
    describeScope(&table);

    // Countries by number of articles, most first: the default groups are the first two.
    QList<QPair<int, QString>> countries;
    for (auto it = table.articles.cbegin(); it != table.articles.cend(); ++it)
        countries.append({-it.value(), it.key()});
    std::sort(countries.begin(), countries.end());
    if (grouping() == query::KeynessGrouping::Country) {
        const QString a = groupA(), b = groupB();
        for (QComboBox *box : {m_groupA, m_groupB}) {
            box->clear();
            for (const auto &[n, code] : countries)
                box->addItem(itemmodels::countryLabel(code), code);
        }
        if (m_groupA->findData(a) >= 0 && m_groupB->findData(b) >= 0) {
            m_groupA->setCurrentIndex(m_groupA->findData(a));
            m_groupB->setCurrentIndex(m_groupB->findData(b));
        } else if (countries.size() > 1) {
            m_groupB->setCurrentIndex(1);
        }
    }
    reloadKeyness();
    // Hits stored with another lexicon (edited while the corpus was closed): tag them again.
    if (!m_tagging && query::framingIsStale(m_store, m_lexicon.lexicon()))
        retag();
}

void FramingPanel::reloadKeyness()
{
    // Countries come from the framing table; outlets and languages from the count itself, which
    // takes the two with the most articles while none is chosen.
    const bool countries = grouping() == query::KeynessGrouping::Country;
    if ((countries && m_groupA->count() < 2) || (m_groupA->count() > 0 && groupA() == groupB())) {
        m_keyness->setRows({}, groupA(), groupB());
        m_keynessTop->setRows({}, groupA(), groupB());
        m_keynessStatus->setText(countries ? tr("Choose two different countries.")
                                 : grouping() == query::KeynessGrouping::Outlet ? tr("Choose two different outlets.")
                                                                                : tr("Choose two different languages."));
        return;
    }
    if (inBackground() && !m_keynessPage->isVisible()) {
        m_keynessWaiting = true; // counted when the page is shown (eventFilter)
        m_keynessStatus->setText(tr("Counted when this page is shown"));
        return;
    }
    m_keynessWaiting = false;
    const QString groupA = this->groupA(), groupB = this->groupB();
    const query::KeynessGrouping by = grouping();
    const bool joinForms = m_joinForms->isChecked();
    const int generation = ++m_keynessGeneration;
    auto show = [this, generation](const query::KeynessReport &r) {
        if (generation != m_keynessGeneration)
            return; // the groups or the corpus changed since it was asked for
        if (r.grouping != query::KeynessGrouping::Country)
            showGroups(r);
        m_keynessChart->setGroupsAreCountries(r.grouping == query::KeynessGrouping::Country);
        const QList<compare::KeynessRow> &rows = m_ngram->currentIndex() == 0 ? r.unigrams : r.bigrams;
        m_keyness->setRows(rows, r.groupA, r.groupB);
        m_keynessTop->setRows(rows.mid(0, topTerms), r.groupA, r.groupB);
        m_keynessStatus->setText(r.error.isEmpty() ? tr("%Ln article(s)", nullptr, r.articlesA)
                                                         + tr(" against %1").arg(QLocale().toString(r.articlesB))
                                                   : r.error);
    };
    if (!inBackground()) {
        compare::KeynessOptions options;
        options.joinForms = joinForms;
        show(query::keynessBy(m_store, by, groupA, groupB, options, m_scope));
        return;
    }
    // Counting every word of two countries' articles takes seconds in a large corpus: a thread
    // of its own does it through its own connection while the window stays usable.
    m_keynessStatus->setText(tr("Counting the words of %Ln article(s)…", nullptr, m_store.articleCount()));
    if (m_keynessCancel)
        m_keynessCancel->store(true);
    m_keynessCancel = std::make_shared<std::atomic<bool>>(false);
    whenFinished(this, QtConcurrent::run([path = m_store.path(), by, groupA, groupB, joinForms, cancel = m_keynessCancel,
                                          scope = m_scope] {
        store::Store corpus;
        if (!corpus.open(path)) {
            query::KeynessReport failed;
            failed.error = corpus.lastError();
            return failed;
        }
        compare::KeynessOptions options;
        options.cancel = cancel.get();
        options.joinForms = joinForms;
        return query::keynessBy(corpus, by, groupA, groupB, options, scope);
    }), [show, cancel = m_keynessCancel](const query::KeynessReport &r) {
        if (!cancel->load()) // a newer count replaced this one
            show(r);
    });
}

bool FramingPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_keynessPage && event->type() == QEvent::Show && m_keynessWaiting)
        reloadKeyness();
    return QWidget::eventFilter(watched, event);
}

query::KeynessGrouping FramingPanel::grouping() const
{
    return query::KeynessGrouping(m_grouping->currentData().toInt());
}

void FramingPanel::showGroups(const query::KeynessReport &report)
{
    for (QComboBox *box : {m_groupA, m_groupB}) {
        box->clear();
        for (const auto &[key, articles] : report.groups)
            box->addItem(itemmodels::keynessGroupLabel(report.grouping, key), key);
    }
    m_groupA->setCurrentIndex(std::max(0, m_groupA->findData(report.groupA)));
    m_groupB->setCurrentIndex(std::max(0, m_groupB->findData(report.groupB)));
}

QString FramingPanel::groupA() const
{
    return m_groupA->currentData().toString();
}

QString FramingPanel::groupB() const
{
    return m_groupB->currentData().toString();
}

bool FramingPanel::inBackground() const
{
    return m_store.canOpenElsewhere() && m_store.articleCount() >= m_backgroundFrom;
}

QString FramingPanel::addToLexicon(int keynessRow, const QString &conceptName, const QString &side)
{
    if (keynessRow < 0 || keynessRow >= m_keyness->rowCount())
        return tr("Choose a term in the keyness table first.");
    return m_lexicon.add({m_keyness->rows().at(keynessRow).term, conceptName, side, {}});
}

void FramingPanel::askAddToLexicon()
{
    const QModelIndex current = m_keynessTable->currentIndex();
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(m_keynessTable->model());
    const int row = current.isValid() ? proxy->mapToSource(current).row() : -1;
    if (row < 0) {
        QMessageBox::information(this, tr("Add to Lexicon"), tr("Choose a term in the keyness table first."));
        return;
    }
    const compare::KeynessRow &k = m_keyness->rows().at(row);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add “%1” to the Lexicon").arg(k.term));
    auto *conceptBox = new QComboBox(&dialog);
    auto *sideBox = new QComboBox(&dialog);
    conceptBox->setEditable(true);
    sideBox->setEditable(true);
    QStringList concepts, sides;
    for (const QString &group : {m_keyness->groupA(), m_keyness->groupB()}) {
        // A side is a country's usage: not an outlet's or a language's, nor "no country".
        if (grouping() == query::KeynessGrouping::Country && group != framing::unknownCountry)
            sides.append(group);
    }
    sides.append(u"neutral"_s);
    for (const framing::LexiconEntry &e : m_lexicon.lexicon().entries()) {
        if (!concepts.contains(e.conceptName))
            concepts.append(e.conceptName);
        if (!sides.contains(e.side))
            sides.append(e.side);
    }
    conceptBox->addItems(concepts);
    sideBox->addItems(sides);
    sideBox->setCurrentText(sides.first()); // the side the term is key for, if it has a country
    if (const QString keyFor = k.keyForA() ? m_keyness->groupA() : m_keyness->groupB(); sides.contains(keyFor))
        sideBox->setCurrentText(keyFor);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Concept"), conceptBox);
    form->addRow(tr("Whose usage"), sideBox);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const QString why = addToLexicon(row, conceptBox->currentText(), sideBox->currentText()); !why.isEmpty())
        QMessageBox::warning(this, tr("Add to Lexicon"), why);
}

} // namespace parallax::ui
