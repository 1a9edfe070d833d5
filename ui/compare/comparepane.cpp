// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparepane.h"

#include "query/comparisondocument.h"
#include "selection/selectionhub.h"
#include "store/comparestore.h"
#include "store/pairingstore.h"
#include "store/store.h"
#include "text/segmenter.h"
#include "ui/theme.h"
#include "ui/viewer/documentviewer.h"
#include "ui/emptystate.h"
#include "ui/notsaved.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QProgressBar>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QScrollBar>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace parallax::ui {

namespace {

QString headOf(const Article &a, const QPalette &palette)
{
    const QString outlet = a.outlet.isEmpty() ? QObject::tr("outlet unknown") : a.outlet;
    const QString country = a.country.isEmpty() ? QObject::tr("country unknown") : a.country;
    return u"<b>%1</b><br><span style='color:%6'>#%2 · %3 · %4 · %5</span>"_s.arg(
        a.title.toHtmlEscaped(), QString::number(a.id), outlet.toHtmlEscaped(), country,
        a.published.toString(Qt::ISODate), secondaryTextColor(palette).name());
}

QString paneTr(const char *text)
{
    return QCoreApplication::translate("parallax::ui::ComparePane", text);
}

// The pair list as the combo box shows it; run on any thread, over its own Store.
QList<ComparePane::PairItem> listPairs(store::Store &store, const std::atomic<bool> *cancel = nullptr)
{
    compare::PairingOptions options;
    options.cancel = cancel;
    options.limit = 1000; // a list to pick from, not the corpus's every pair
    const QList<query::PairRow> rows = query::eventPairs(store, options, true);
    QList<qint64> ids;
    for (const query::PairRow &r : rows)
        ids << r.pair.left << r.pair.right;
    const QHash<qint64, store::ArticleSummary> about = store::PairingStore(store).summaries(ids);
    QList<ComparePane::PairItem> items;
    for (const query::PairRow &r : rows) {
        if (!about.contains(r.pair.left) || !about.contains(r.pair.right))
            continue;
        const store::ArticleSummary &left = about[r.pair.left];
        const store::ArticleSummary &right = about[r.pair.right];
        QString label = u"%1  #%2 %3 ↔ #%4 %5 — %6"_s.arg(QString::number(r.pair.score, 'f', 2))
                            .arg(left.id).arg(left.country).arg(right.id).arg(right.country)
                            .arg(left.title.left(60));
        if (!r.decision.isEmpty())
            label += u"  [%1]"_s.arg(r.decision == u"confirmed"_s ? paneTr("confirmed") : paneTr("rejected"));
        items.append({label, r.pair.left, r.pair.right});
    }
    return items;
}

} // namespace

ComparePane::ComparePane(store::Store &store, SelectionHub &hub, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_hub(hub)
    , m_doc(new query::ComparisonDocument(store, this))
{
    setObjectName(u"comparePane"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *bar = new QToolBar(this);
    bar->setIconSize({16, 16});
    m_pairs = new QComboBox(bar);
    m_pairs->setObjectName(u"pairList"_s);
    m_pairs->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_pairs->setMinimumContentsLength(40);
    m_pairs->setToolTip(tr("Articles from different countries that seem to report the same event, best first"));
    bar->addWidget(new QLabel(tr("Pair: "), bar));
    // The list and its busy indicator share one toolbar item, so the indicator shows at once.
    auto *pairBox = new QWidget(bar);
    auto *pairRow = new QHBoxLayout(pairBox);
    pairRow->setContentsMargins(0, 0, 0, 0);
    m_pairs->setParent(pairBox);
    m_busy = new QProgressBar(pairBox);
    m_busy->setObjectName(u"pairsBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(60);
    m_busy->setTextVisible(false);
    m_busy->setToolTip(tr("Finding pairs in the background…"));
    m_busy->hide();
    pairRow->addWidget(m_pairs);
    pairRow->addWidget(m_busy);
    bar->addWidget(pairBox);
    layout->addWidget(bar);
    buildActions();
    for (QAction *a : {m_confirm, m_reject})
        bar->addAction(a);
    bar->addSeparator();
    for (QAction *a : {m_link, m_unlink})
        bar->addAction(a);
    QAction *undo = m_doc->undoStack()->createUndoAction(this, tr("Undo"));
    QAction *redo = m_doc->undoStack()->createRedoAction(this, tr("Redo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    for (QAction *a : {undo, redo}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        bar->addAction(a);
    }

    m_stack = new QStackedWidget(this);
    m_empty = new EmptyStateLabel(tr("Pick a pair above to read two reports side by side. Pairs are articles from "
                                     "different countries published within three days of each other that share "
                                     "rare words, names and numbers."), m_stack);
    m_empty->setObjectName(u"compareEmpty"_s);
    m_stack->addWidget(m_empty);

    auto *page = new QWidget(m_stack);
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(0);
    m_leftHead = new QLabel(page);
    m_rightHead = new QLabel(page);
    m_leftHead->setObjectName(u"compareLeftHead"_s);
    m_rightHead->setObjectName(u"compareRightHead"_s);
    for (QLabel *l : {m_leftHead, m_rightHead}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::RichText);
        l->setContentsMargins(6, 2, 6, 4);
    }
    m_left = new BodyView(page);
    m_right = new BodyView(page);
    m_left->setObjectName(u"compareLeft"_s);
    m_right->setObjectName(u"compareRight"_s);
    m_bands = new BandWidget(page);
    grid->addWidget(m_leftHead, 0, 0);
    grid->addWidget(m_rightHead, 0, 2);
    grid->addWidget(m_left, 1, 0);
    grid->addWidget(m_bands, 1, 1);
    grid->addWidget(m_right, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(2, 1);
    m_stack->addWidget(page);
    layout->addWidget(m_stack, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(u"compareStatus"_s);
    m_status->setTextFormat(Qt::RichText);
    layout->addWidget(m_status);

    connect(m_doc, &query::ComparisonDocument::changed, this, &ComparePane::refresh);
    connect(m_doc, &query::ComparisonDocument::fixFailed, this, [this](const QString &error) {
        warnNotSaved(this, u"alignmentNotSaved"_s, tr("Compare Sources"), tr("The change to the alignment could not be saved."),
                     error, tr("The alignment is as it was before it."));
    });
    connect(m_doc->undoStack(), &QUndoStack::indexChanged, this, &ComparePane::updateActions);
    connect(m_pairs, &QComboBox::activated, this, [this](int row) {
        const QList<QVariant> ids = m_pairs->itemData(row).toList();
        if (ids.size() == 2)
            m_hub.setPair(ids.at(0).toLongLong(), ids.at(1).toLongLong());
    });
    connect(&m_hub, &SelectionHub::pairChanged, this, &ComparePane::showPair);
    connect(m_left->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { syncScroll(true); });
    connect(m_right->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { syncScroll(false); });
    for (BodyView *view : {m_left, m_right}) {
        connect(view, &QTextEdit::cursorPositionChanged, this, [this, view] {
            const bool leftSide = view == m_left;
            const Article &a = leftSide ? m_doc->comparison().left : m_doc->comparison().right;
            selectSentence(leftSide, text::sentenceAt(a.sentences, view->textCursor().position()));
        });
    }
    refresh();
}

ComparePane::~ComparePane()
{
    if (m_pairsCancel)
        m_pairsCancel->store(true);
    // The children outlive this class's part of the object; their last signals (an undo stack
    // being cleared, a scroll bar reset) must not reach it.
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        QObject::disconnect(child, nullptr, this, nullptr);
    QObject::disconnect(m_doc->undoStack(), nullptr, this, nullptr);
}

void ComparePane::buildActions()
{
    m_confirm = new QAction(tr("Confirm pair"), this);
    m_confirm->setObjectName(u"confirmPair"_s);
    m_confirm->setToolTip(tr("These two articles report the same event (stored)"));
    m_reject = new QAction(tr("Reject pair"), this);
    m_reject->setToolTip(tr("These two articles do not report the same event (stored)"));
    m_link = new QAction(tr("Link"), this);
    m_link->setToolTip(tr("Align the selected left and right sentences"));
    m_unlink = new QAction(tr("Unlink"), this);
    m_unlink->setToolTip(tr("Take the selected sentences' alignment apart"));
    connect(m_confirm, &QAction::triggered, this, [this] { decide(true); });
    connect(m_reject, &QAction::triggered, this, [this] { decide(false); });
    connect(m_link, &QAction::triggered, this, [this] { m_doc->link(m_selLeft, m_selRight); });
    connect(m_unlink, &QAction::triggered, this, [this] { m_doc->unlink(m_selLeft, m_selRight); });
}

void ComparePane::reloadPairs()
{
    m_pairsLoaded = true;
    const int generation = ++m_pairsGeneration;
    const QString path = m_store.path();
    if (!m_store.canOpenElsewhere()) { // no other connection can see it
        showPairs(listPairs(m_store));
        return;
    }
    // Its own thread and connection read the corpus; the newest request wins.
    m_busy->show();
    if (m_pairs->count() == 0 || !m_pairs->itemData(0).isValid()) {
        m_pairs->clear();
        m_pairs->addItem(tr("Finding pairs…"));
    }
    auto *watcher = new QFutureWatcher<QList<PairItem>>(this);
    connect(watcher, &QFutureWatcher<QList<PairItem>>::finished, this, [this, watcher, generation] {
        if (generation == m_pairsGeneration)
            showPairs(watcher->result());
        watcher->deleteLater();
    });
    // A newer request or the pane closing stops the one before (a first listing of a large
    // corpus reads every body once).
    if (m_pairsCancel)
        m_pairsCancel->store(true);
    m_pairsCancel = std::make_shared<std::atomic<bool>>(false);
    watcher->setFuture(QtConcurrent::run([path, cancel = m_pairsCancel] {
        store::Store corpus;
        return corpus.open(path) ? listPairs(corpus, cancel.get()) : QList<PairItem>{};
    }));
}

bool ComparePane::isFindingPairs() const
{
    return !m_busy->isHidden();
}

void ComparePane::showPairs(const QList<PairItem> &items)
{
    m_busy->hide();
    m_pairs->clear();
    for (const PairItem &item : items)
        m_pairs->addItem(item.label, QVariantList{item.left, item.right});
    if (m_pairs->count() == 0)
        m_pairs->addItem(tr("No pairs found yet"));
    selectShownPair();
    Q_EMIT pairsListed();
    // Never start blank when there is a pair to read: open the best one.
    const QList<QVariant> best = m_pairs->itemData(0).toList();
    if (std::exchange(m_openBest, false) && m_hub.pairLeft() == 0 && best.size() == 2)
        m_hub.setPair(best.at(0).toLongLong(), best.at(1).toLongLong());
}

void ComparePane::selectShownPair()
{
    const QVariantList shown{m_hub.pairLeft(), m_hub.pairRight()};
    for (int i = 0; i < m_pairs->count(); ++i) {
        if (m_pairs->itemData(i).toList() == shown)
            m_pairs->setCurrentIndex(i);
    }
}

void ComparePane::showPair(qint64 left, qint64 right)
{
    if (!m_pairsLoaded)
        reloadPairs();
    m_selLeft = m_selRight = -1;
    if (left <= 0 || right <= 0)
        m_doc->clear();
    else
        m_doc->load(left, right);
    selectShownPair();
}

void ComparePane::reloadFraming()
{
    m_doc->reloadHits();
}

void ComparePane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pairsLoaded)
        return;
    m_openBest = true;
    reloadPairs();
}

void ComparePane::refresh()
{
    if (!m_doc->isLoaded()) {
        m_stack->setCurrentWidget(m_empty);
        m_shownLeft = m_shownRight = 0;
        m_status->setText(m_doc->error().toHtmlEscaped());
        updateActions();
        return;
    }
    m_stack->setCurrentIndex(1);
    const query::Comparison &c = m_doc->comparison();
    if (c.left.id != m_shownLeft || c.right.id != m_shownRight) {
        m_leftHead->setText(headOf(c.left, palette()));
        m_rightHead->setText(headOf(c.right, palette()));
        // Setting a body moves the cursor: that is not the user selecting a sentence.
        m_loading = true;
        m_left->setBody(c.left.body);
        m_right->setBody(c.right.body);
        m_loading = false;
        m_selLeft = m_selRight = -1;
        m_shownLeft = c.left.id;
        m_shownRight = c.right.id;
    }
    const compare::Alignment &a = c.alignment;
    const auto swatch = [](const QColor &color) {
        return u"<span style='color:%1'>■</span>"_s.arg(color.name());
    };
    m_status->setText(tr("%Ln aligned sentence pair(s)", nullptr, int(a.pairs.size()))
                      + tr(" · %1 only in #%2 · %3 only in #%4 · framing: %5 JP %6 RU %7 neutral")
                            .arg(a.onlyLeft.size()).arg(c.left.id).arg(a.onlyRight.size()).arg(c.right.id)
                            .arg(swatch(sideColor(u"JP"_s)), swatch(sideColor(u"RU"_s)),
                                 swatch(sideColor(u"neutral"_s))));
    updateLayers();
    updateBands();
    updateActions();
}

void ComparePane::selectSentence(bool leftSide, int index)
{
    if (!m_doc->isLoaded() || m_loading)
        return;
    if (leftSide) {
        m_selLeft = index;
        const int partner = m_doc->partnerOfLeft(index);
        if (partner >= 0 || m_doc->partnerOfRight(m_selRight) >= 0)
            m_selRight = partner;
    } else {
        m_selRight = index;
        const int partner = m_doc->partnerOfRight(index);
        if (partner >= 0 || m_doc->partnerOfLeft(m_selLeft) >= 0)
            m_selLeft = partner;
    }
    updateLayers();
    updateBands();
    updateActions();
    // Bring the partner into view next to the selected sentence.
    syncScroll(leftSide);
}

void ComparePane::updateActions()
{
    const bool loaded = m_doc->isLoaded();
    const bool writable = !m_store.isReadOnly(); // a read-only corpus is compared, not corrected
    const bool paired = loaded && m_selLeft >= 0 && m_doc->partnerOfLeft(m_selLeft) == m_selRight;
    m_link->setEnabled(writable && loaded && m_selLeft >= 0 && m_selRight >= 0 && !paired);
    m_unlink->setEnabled(writable && paired);
    m_confirm->setEnabled(writable && loaded);
    m_reject->setEnabled(writable && loaded);
}

void ComparePane::decide(bool confirm)
{
    const query::Comparison &c = m_doc->comparison();
    store::CompareStore cs(m_store);
    if (!cs.setPairDecision(c.left.id, c.right.id,
                            confirm ? store::PairDecision::Confirmed : store::PairDecision::Rejected)) {
        m_status->setText(cs.lastError().toHtmlEscaped());
        return;
    }
    reloadPairs();
    showPair(c.left.id, c.right.id);
}

void ComparePane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_doc->isLoaded()) {
        m_leftHead->setText(headOf(m_doc->comparison().left, palette()));
        m_rightHead->setText(headOf(m_doc->comparison().right, palette()));
        updateLayers();
    }
}

void ComparePane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateBands();
}

} // namespace parallax::ui
