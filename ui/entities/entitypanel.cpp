// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitypanel.h"

#include "analysis/entities/entity.h"
#include "analysis/entities/entityeditor.h"
#include "itemmodels/articlelistmodel.h"
#include "itemmodels/entitytreemodel.h"
#include "selection/selectionhub.h"
#include "store/store.h"
#include "ui/notsaved.h"
#include "ui/scopebar.h"
#include "ui/viewer/documentviewer.h"

#include <QCheckBox>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QScrollBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace parallax::ui {

namespace {

const QString layerName = u"entities"_s;

QColor typeColour(const QString &type)
{
    if (type == "person"_L1)
        return QColor(0xff, 0xe0, 0xb2);
    if (type == "place"_L1)
        return QColor(0xc8, 0xe6, 0xc9);
    if (type == "organization"_L1)
        return QColor(0xbb, 0xde, 0xfb);
    return QColor(0xe1, 0xbe, 0xe7);
}

QString snippet(const QString &body, Span s)
{
    const int from = std::max(0, s.start - 70);
    const int to = std::min(int(body.size()), s.end + 70);
    return (from > 0 ? u"…"_s : QString()) + body.mid(from, s.start - from).toHtmlEscaped() + u"<b>"_s
        + body.mid(s.start, s.length()).toHtmlEscaped() + u"</b>"_s + body.mid(s.end, to - s.end).toHtmlEscaped()
        + (to < body.size() ? u"…"_s : QString());
}

} // namespace

EntityPanel::EntityPanel(store::Store &store, SelectionHub &hub, DocumentViewer &viewer,
                         itemmodels::ArticleListModel &articles, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_hub(hub)
    , m_viewer(viewer)
    , m_articles(articles)
{
    setObjectName(u"entityPanel"_s);
    m_model = new itemmodels::EntityTreeModel(store, this);
    m_model->setBackgroundFrom(10000); // the counts of a large tree are read again off the window's thread
    connect(m_model, &itemmodels::EntityTreeModel::reloaded, this, &EntityPanel::countsRefreshed);
    m_editor = new entities::EntityEditor(store.database(), this);
    // Every decision, its undo and its redo show at once in the tree, the document and the library.
    connect(m_editor, &entities::EntityEditor::changed, this, &EntityPanel::reload);
    connect(m_editor, &entities::EntityEditor::failed, this, [this](const QString &error) {
        warnNotSaved(this, u"entityChangeFailed"_s, tr("Entities"), tr("The change to the entities could not be made."),
                     error, tr("The entities are as they were before it."));
    });

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"entityFilter"_s);
    m_filter->setPlaceholderText(tr("Filter entities"));
    m_filter->setClearButtonEnabled(true);
    m_sort = new QComboBox(this);
    m_sort->addItems({tr("Most mentioned"), tr("By name")});
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_sort);

    auto *types = new QHBoxLayout;
    types->addWidget(new QLabel(tr("Highlight:"), this));
    const QList<std::pair<QString, QString>> typeLabels = {
        {u"person"_s, tr("People")}, {u"place"_s, tr("Places")},
        {u"organization"_s, tr("Organisations")}, {u"event"_s, tr("Events")}};
    for (const auto &[type, label] : typeLabels) {
        // Off until asked for: the selected entity's mentions are always highlighted.
        auto *box = new QCheckBox(label, this);
        box->setChecked(false);
        QPalette p = box->palette();
        p.setColor(QPalette::Base, typeColour(type));
        box->setPalette(p);
        m_typeBoxes.insert(type, box);
        types->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &EntityPanel::updateHighlights);
    }
    types->addStretch();

    // Jigsaw's question: who is named in these articles? By default the counts follow what
    // the library shows; a search, a stretch of the timeline or an outlet narrows them.
    m_scopeBar = new ScopeBar(u"entities"_s, ScopeBar::Country::Narrows,
                              tr("Count the entities of the articles the library shows (its search, dates, "
                                 "country and outlet) instead of the whole corpus"),
                              this);
    m_scopeBar->box()->setObjectName(u"entityScope"_s);
    m_scopeBar->caption()->setObjectName(u"entityScopeLabel"_s);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"entityTree"_s);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(itemmodels::EntityTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(itemmodels::EntityTreeModel::MentionsColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(itemmodels::EntityTreeModel::ArticlesColumn, QHeaderView::ResizeToContents);
    m_tree->expandAll();

    auto *previous = new QToolButton(this);
    previous->setText(tr("◀ Previous"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next ▶"));
    m_position = new QLabel(this);
    auto *nav = new QHBoxLayout;
    nav->addWidget(previous);
    nav->addWidget(next);
    nav->addWidget(m_position, 1);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(u"entityDetails"_s);
    m_details->setOpenLinks(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(nav);
    lowerLayout->addWidget(m_details);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_scopeBar);
    layout->addLayout(types);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilterText(text.trimmed());
        m_tree->expandAll();
    });
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_model->setSortByCount(i == 0);
        m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QString key = current.siblingAtColumn(0).data(itemmodels::EntityTreeModel::KeyRole).toString();
        if (!key.isEmpty())
            m_hub.setEntity(key);
    });
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &EntityPanel::showContextMenu);
    connect(previous, &QToolButton::clicked, this, &EntityPanel::previousMention);
    connect(next, &QToolButton::clicked, this, &EntityPanel::nextMention);
    connect(&m_hub, &SelectionHub::entityChanged, this, &EntityPanel::entitySelected);
    connect(&m_hub, &SelectionHub::articleChanged, this, &EntityPanel::updateHighlights);
    m_scopeBar->follow(m_hub);
    connect(m_scopeBar, &ScopeBar::changed, this, &EntityPanel::updateScope);
    m_viewer.body()->viewport()->installEventFilter(this);
    updateHighlights();
    showDetails();
    updateScope();
}

void EntityPanel::updateScope()
{
    const store::ArticleFilter scope = m_scopeBar->scope();
    if (scope == m_model->scope()) {
        describeScope(); // the whole corpus, ticked or not
        return;
    }
    m_scrollBeforeRefresh = 0;
    m_detailsOutdated = true; // the selected entity's details are read again for the new scope
    m_model->setScope(scope); // countsRefreshed() when counted
    if (!m_model->isReading())
        countsRefreshed();
    describeScope();
}

QCheckBox *EntityPanel::scopeBox() const
{
    return m_scopeBar->box();
}

QLabel *EntityPanel::scopeLabel() const
{
    return m_scopeBar->caption();
}

void EntityPanel::describeScope()
{
    if (!m_model->isScoped())
        m_scopeBar->showWhole();
    else if (m_model->isReading())
        m_scopeBar->showCounting(m_model->scope());
    else if (!m_model->scopeError().isEmpty())
        m_scopeBar->showError(m_model->scopeError());
    else
        m_scopeBar->showCounted(m_model->scope(), m_model->scopeArticles());
}

void EntityPanel::reload()
{
    m_model->reload();
    m_tree->expandAll();
    entitySelected(m_hub.entity());
}

void EntityPanel::refreshCounts()
{
    m_scrollBeforeRefresh = m_tree->verticalScrollBar()->value();
    m_model->reloadInBackground(); // countsRefreshed() when the counts are in
}

void EntityPanel::countsRefreshed()
{
    describeScope();
    if (m_detailsOutdated) {
        m_detailsOutdated = false;
        showDetails();
    }
    m_tree->expandAll();
    const QModelIndex index = m_model->indexOfKey(m_hub.entity());
    if (index.isValid())
        m_tree->setCurrentIndex(index); // the same entity: the hub does not announce it again
    m_tree->verticalScrollBar()->setValue(m_scrollBeforeRefresh);
}

void EntityPanel::setTypeHighlighted(const QString &type, bool on)
{
    if (QCheckBox *box = m_typeBoxes.value(type))
        box->setChecked(on);
}

void EntityPanel::entitySelected(const QString &key)
{
    const store::EntityStore es(m_store.database());
    m_entity = key.isEmpty() ? std::nullopt : es.entityByKey(key);
    const QModelIndex index = m_model->indexOfKey(key);
    if (index.isValid() && m_tree->currentIndex().siblingAtColumn(0) != index)
        m_tree->setCurrentIndex(index);
    filterLibrary();
    showDetails();
    updateHighlights();
}

void EntityPanel::filterLibrary()
{
    // With the library's search, if one is still being read; in a large corpus the count and
    // first page of the entity's articles are read off the window's thread too (30-50 ms for
    // the most named entity of 100,000 articles).
    store::ArticleFilter filter = m_articles.wantedFilter();
    if (m_entity)
        filter.ids = m_entity->articles;
    else
        filter.ids.reset();
    m_articles.setFilterInBackground(filter);
}

void EntityPanel::updateHighlights()
{
    const qint64 article = m_viewer.articleId();
    QList<Highlight> highlights;
    m_currentMentions.clear();
    m_drawn.clear();
    if (article > 0) {
        for (const store::MentionRow &m : store::EntityStore(m_store.database()).mentions(article)) {
            const bool selected = m_entity && m.entityId == m_entity->id;
            if (selected)
                m_currentMentions << m.span;
            QCheckBox *box = m_typeBoxes.value(m.type);
            if (!selected && (!box || !box->isChecked()))
                continue;
            QTextCharFormat format;
            format.setBackground(selected ? typeColour(m.type).darker(125) : typeColour(m.type));
            if (selected) {
                format.setFontWeight(QFont::Bold);
                format.setFontUnderline(true);
            }
            format.setToolTip(u"%1 (%2)"_s.arg(m.name, m.type));
            highlights << Highlight{m.span, format};
            m_drawn << Drawn{m.span, m.entityId};
        }
    }
    m_viewer.body()->setLayer(layerName, highlights);
    m_currentMention = -1;
    m_position->setText(m_entity ? tr("%Ln mention(s) here", nullptr, int(m_currentMentions.size())) : QString());
}

QString EntityPanel::entityAt(int offset) const
{
    if (!m_viewer.body()->isLayerVisible(layerName))
        return {};
    for (const Drawn &d : m_drawn) {
        if (d.span.start <= offset && offset < d.span.end)
            return store::EntityStore(m_store.database()).keyOf(d.entityId);
    }
    return {};
}

bool EntityPanel::eventFilter(QObject *watched, QEvent *event)
{
    // A plain click (not the end of a text selection) on a highlighted mention selects its entity.
    BodyView *body = m_viewer.body();
    if (event->type() == QEvent::MouseButtonRelease && watched == body->viewport()) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && mouse->modifiers() == Qt::NoModifier && !body->textCursor().hasSelection()) {
            const QPoint pos = mouse->position().toPoint();
            const QTextCursor cursor = body->cursorForPosition(pos);
            // The character under the pointer: left of the nearest cursor position when the pointer is.
            int offset = cursor.position();
            if (pos.x() < body->cursorRect(cursor).x())
                --offset;
            const QString key = entityAt(offset);
            if (!key.isEmpty() && key != m_hub.entity())
                m_hub.setEntity(key);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EntityPanel::goToMention(int step)
{
    if (m_currentMentions.isEmpty())
        return;
    const int n = int(m_currentMentions.size());
    m_currentMention = m_currentMention < 0 ? (step > 0 ? 0 : n - 1) : (m_currentMention + step + n) % n;
    m_viewer.body()->scrollToOffset(m_currentMentions.at(m_currentMention).start);
    m_position->setText(tr("mention %1 of %2 here").arg(m_currentMention + 1).arg(n));
}

void EntityPanel::nextMention()
{
    goToMention(1);
}

void EntityPanel::previousMention()
{
    goToMention(-1);
}

// What the details pane lists of an entity besides its name.
struct EntityPanel::Details
{
    QList<store::NameUse> names;
    QList<store::CooccurrenceRow> cooccurring;
    QList<std::pair<QString, QStringList>> articles; ///< title, snippets of its mentions
};

namespace {

// Read from the store on whichever thread holds its connection; within the articles a scope
// selects when it is not empty (the tree counts them).
std::shared_ptr<const EntityPanel::Details> readDetails(const store::Store &store, qint64 entity,
                                                        const store::ArticleFilter &scope)
{
    const store::EntityStore es(store.database());
    auto d = std::make_shared<EntityPanel::Details>();
    std::optional<std::vector<qint64>> within;
    if (!scope.isEmpty()) {
        const std::optional<QList<qint64>> ids = store.articleIds(scope);
        if (!ids)
            return nullptr;
        within.emplace(ids->cbegin(), ids->cend());
        std::sort(within->begin(), within->end());
    }
    const store::EntityStore::Within in = within ? &*within : nullptr;
    d->names = es.namesByCountry(entity, in);
    d->cooccurring = es.cooccurring(entity, 10, in);
    std::optional<Article> article;
    for (const store::MentionRow &m : es.mentionsOf(entity, 200, in)) {
        if (!article || article->id != m.articleId) {
            article = store.article(m.articleId);
            if (!article)
                continue;
            if (d->articles.size() == 30)
                break;
            d->articles.append({article->title, {}});
        }
        d->articles.last().second << snippet(article->body, m.span);
    }
    return d;
}

} // namespace

void EntityPanel::showDetails()
{
    ++m_detailsGeneration;
    m_detailsRead.stop();
    if (!m_entity) {
        m_details->setHtml(tr("<p>Select an entity to see where it is named.</p>"));
        return;
    }
    const qint64 entity = m_entity->id;
    const QString path = m_store.path();
    if (m_backgroundFrom < 0 || !m_store.canOpenElsewhere() || m_store.articleCount() < m_backgroundFrom) {
        renderDetails(readDetails(m_store, entity, m_model->scope()), false);
        return;
    }
    // A large corpus: the names per country and the entities named with it count every article
    // that names it (seconds for the most named), on a connection of their own.
    // Selecting another entity stops this count: seconds of a core for the most named.
    renderDetails(nullptr, true);
    using Result = std::shared_ptr<const Details>;
    const int generation = m_detailsGeneration;
    store::readInBackground(
        path, this, m_detailsRead,
        [entity, scope = m_model->scope()](store::Store &corpus) -> Result { return readDetails(corpus, entity, scope); },
        [](const QString &) -> Result { return nullptr; },
        [this, generation](const Result &details) {
            if (generation == m_detailsGeneration && m_entity)
                renderDetails(details, false);
        });
}

void EntityPanel::renderDetails(const std::shared_ptr<const Details> &d, bool counting)
{
    // In view, the details are of the articles the tree counts; the whole corpus's total beside.
    const std::optional<store::EntityRow> inView = m_model->inScope(m_entity->key);
    const QString mentions = !m_model->isScoped()
        ? tr("%Ln mention(s)", nullptr, m_entity->mentions)
        : inView ? tr("%Ln mention(s) in the articles in view", nullptr, inView->mentions) + u" ("_s
                       + tr("%Ln in the whole corpus", nullptr, m_entity->mentions) + u')'
                 : tr("not named in the articles in view; %Ln mention(s) in the whole corpus", nullptr,
                      m_entity->mentions);
    QString html = u"<h3>%1</h3><p>%2 · %3</p>"_s.arg(m_entity->name.toHtmlEscaped(), m_entity->type, mentions);
    if (!d) {
        m_details->setHtml(html + u"<p><i>%1</i></p>"_s.arg(counting ? tr("Counting where it is named…")
                                                                      : tr("The corpus could not be read.")));
        return;
    }
    html += u"<h4>%1</h4><ul>"_s.arg(tr("Called, by outlet country"));
    for (const store::NameUse &u : d->names) {
        html += u"<li>%1: %2 (%3)</li>"_s.arg(u.country.isEmpty() ? tr("unknown") : u.country,
                                              u.name.toHtmlEscaped()).arg(u.mentions);
    }
    html += u"</ul><h4>%1</h4><ul>"_s.arg(tr("Named with"));
    for (const store::CooccurrenceRow &c : d->cooccurring)
        html += u"<li>%1 — %2</li>"_s.arg(c.name.toHtmlEscaped(), tr("%Ln article(s)", nullptr, c.articles));
    html += u"</ul><h4>%1</h4>"_s.arg(tr("Articles"));
    for (const auto &[title, snippets] : d->articles) {
        html += u"<p><b>%1</b></p>"_s.arg(title.toHtmlEscaped());
        for (const QString &snip : snippets)
            html += u"<p style='margin-left:12px'>%1</p>"_s.arg(snip);
    }
    m_details->setHtml(html);
}

void EntityPanel::setUndoStack(QUndoStack *stack)
{
    m_editor->setUndoStack(stack);
}

QMenu *EntityPanel::createContextMenu(const QModelIndex &at, QWidget *parent)
{
    const QModelIndex index = at.siblingAtColumn(0);
    const qint64 id = index.data(itemmodels::EntityTreeModel::IdRole).toLongLong();
    if (!id || m_store.isReadOnly()) // a read-only corpus's entities are read, not edited
        return nullptr;
    const QString name = index.data().toString();
    entities::EntityEditor *editor = m_editor;
    auto *menu = new QMenu(parent);
    menu->addAction(tr("Rename…"), this, [this, editor, id, name] {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Rename"), tr("Name:"), QLineEdit::Normal, name, &ok);
        if (ok)
            editor->rename(id, text);
    });
    menu->addAction(tr("Merge into…"), this, [this, editor, id, name] {
        bool ok = false;
        const QString target = QInputDialog::getText(this, tr("Merge into"), tr("Name of the entity to merge %1 into:").arg(name),
                                                     QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        const store::EntityStore es(m_store.database());
        for (const store::EntityRow &r : es.page(store::EntityQuery{QString(), target, true}, 0, 50)) {
            if (r.name == target && r.id != id) {
                editor->merge(id, r.id);
                return;
            }
        }
    });
    menu->addAction(tr("Split off a name…"), this, [this, editor, id] {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Split"), tr("Mentions written as:"), QLineEdit::Normal, QString(), &ok);
        if (ok)
            editor->split(id, text);
    });
    QMenu *types = menu->addMenu(tr("Change type"));
    for (entities::EntityType t : {entities::EntityType::Person, entities::EntityType::Place, entities::EntityType::Organization,
                                   entities::EntityType::Event, entities::EntityType::Other})
        types->addAction(entities::typeName(t), this, [editor, id, t] { editor->retype(id, t); })->setObjectName(entities::typeName(t));
    menu->addAction(tr("Add alias…"), this, [this, editor, id] {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Add alias"), tr("Another name:"), QLineEdit::Normal, QString(), &ok);
        if (ok)
            editor->addAlias(id, text);
    });
    QMenu *remove = menu->addMenu(tr("Remove alias"));
    remove->setObjectName(u"removeAlias"_s);
    for (const QString &alias : store::EntityStore(m_store.database()).aliases(id))
        remove->addAction(alias, this, [editor, id, alias] { editor->removeAlias(id, alias); });
    remove->setEnabled(!remove->isEmpty());
    menu->addSeparator();
    menu->addAction(tr("Not an entity"), this, [editor, id] { editor->reject(id); })->setObjectName(u"rejectEntity"_s);
    return menu;
}

void EntityPanel::showContextMenu(const QPoint &pos)
{
    const std::unique_ptr<QMenu> menu(createContextMenu(m_tree->indexAt(pos), this));
    if (menu)
        menu->exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace parallax::ui
