// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentviewer.h"

#include "findbar.h"
#include "overlaps.h"
#include "query/searchterms.h"
#include "selection/selectionhub.h"
#include "store/importstore.h"
#include "store/revisionstore.h"
#include "store/store.h"
#include "text/segmenter.h"
#include "ui/theme.h"
#include "ui/emptystate.h"

#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax::ui {

namespace {
constexpr int kReadableWidth = 760; // pixels: about 80-90 characters of body text
const QString kSearchLayer = u"search"_s;
} // namespace

QTextCharFormat matchFormat(const QPalette &palette, bool current)
{
    QTextCharFormat f;
    f.setBackground(searchHitBackground(palette, current));
    f.setForeground(isDark(palette) ? QColor(Qt::white) : QColor(Qt::black));
    return f;
}

BodyView::BodyView(QWidget *parent)
    : QTextEdit(parent)
{
    setObjectName(u"documentBody"_s);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    setFont(f);
    m_defaultPointSize = qRound(f.pointSizeF());
}

void BodyView::setFontPointSize(int points)
{
    QFont f = font();
    f.setPointSize(points > 0 ? points : m_defaultPointSize);
    setFont(f);
}

void BodyView::setLayerVisible(const QString &layer, bool visible)
{
    if (visible == isLayerVisible(layer))
        return;
    if (visible)
        m_hidden.remove(layer);
    else
        m_hidden.insert(layer);
    applyLayers();
}

void BodyView::setBody(const QString &body)
{
    setPlainText(body);
    // Comfortable line spacing; positions in the document equal offsets into the body.
    QTextCursor c(document());
    c.select(QTextCursor::Document);
    QTextBlockFormat bf;
    bf.setLineHeight(145, QTextBlockFormat::ProportionalHeight);
    c.mergeBlockFormat(bf);
    updateMargins();
    applyLayers();
    verticalScrollBar()->setValue(0);
}

void BodyView::setLayer(const QString &layer, const QList<Highlight> &highlights)
{
    if (!m_layerOrder.contains(layer))
        m_layerOrder.append(layer);
    m_layers.insert(layer, highlights);
    applyLayers();
}

void BodyView::applyLayers()
{
    QList<QTextEdit::ExtraSelection> selections;
    const int length = document()->characterCount() - 1;
    auto select = [&](Span span, const QTextCharFormat &format) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(document());
        sel.cursor.setPosition(span.start);
        sel.cursor.setPosition(span.end, QTextCursor::KeepAnchor);
        sel.format = format;
        selections.append(sel);
    };
    QList<LayeredHighlight> drawn;
    const bool marking = std::any_of(m_marksOverlaps.cbegin(), m_marksOverlaps.cend(),
                                     [this](const QString &l) { return !m_hidden.contains(l) && !m_layers.value(l).isEmpty(); });
    for (const QString &layer : std::as_const(m_layerOrder)) {
        if (m_hidden.contains(layer))
            continue;
        for (const Highlight &h : m_layers.value(layer)) {
            if (h.span.start < 0 || h.span.end > length || h.span.length() <= 0)
                continue;
            select(h.span, h.format);
            if (marking)
                drawn.append({layer, h.span, h.format});
        }
    }
    // Overlap bands go last: drawn over the highlights they combine.
    for (const LayeredHighlight &band : overlapBands(drawn, m_marksOverlaps, palette().color(QPalette::Base),
                                                           palette().color(QPalette::Text)))
        select(band.span, band.format);
    setExtraSelections(selections);
}

QString BodyView::toolTipAt(int offset) const
{
    QStringList tips;
    for (const QString &layer : m_layerOrder) {
        if (m_hidden.contains(layer))
            continue;
        for (const Highlight &h : m_layers.value(layer)) {
            if (h.span.contains(offset) && !h.format.toolTip().isEmpty())
                tips.append(h.format.toolTip().toHtmlEscaped());
        }
    }
    return tips.join(u"<br>"_s);
}

bool BodyView::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QTextEdit::viewportEvent(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QString text = toolTipAt(cursorForPosition(help->pos()).position());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, viewport());
    return true;
}

void BodyView::scrollToOffset(int offset)
{
    QTextCursor c(document());
    c.setPosition(std::clamp(offset, 0, document()->characterCount() - 1));
    const QRect r = cursorRect(c);
    const int target = verticalScrollBar()->value() + r.top() - viewport()->height() / 3;
    verticalScrollBar()->setValue(target);
}

void BodyView::changeEvent(QEvent *event)
{
    QTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_marksOverlaps.isEmpty())
        applyLayers(); // overlap bands are composited over the base colour
}

void BodyView::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    updateMargins();
}

void BodyView::updateMargins()
{
    const int side = std::max(16, (viewport()->width() - kReadableWidth) / 2);
    QTextFrameFormat ff = document()->rootFrame()->frameFormat();
    if (int(ff.leftMargin()) == side)
        return;
    ff.setLeftMargin(side);
    ff.setRightMargin(side);
    ff.setTopMargin(8);
    ff.setBottomMargin(24);
    document()->rootFrame()->setFrameFormat(ff);
}

DocumentViewer::DocumentViewer(store::Store &store, SelectionHub &hub, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_hub(hub)
{
    setObjectName(u"documentViewer"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    createTabs();
    outer->addWidget(m_tabs);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_empty = new EmptyStateLabel(tr("Select an article in the library to read it here.\n\n"
                                     "Search with the field above the library; matches are highlighted here."),
                                  m_stack);
    m_empty->setObjectName(u"viewerEmpty"_s);
    m_stack->addWidget(m_empty);

    auto *page = new QWidget(m_stack);
    page->setBackgroundRole(QPalette::Base);
    page->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(4);

    auto *header = new QWidget(page);
    auto *hl = new QVBoxLayout(header);
    hl->setContentsMargins(24, 0, 24, 4);
    m_title = new QLabel(header);
    m_title->setObjectName(u"viewerTitle"_s);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.6);
    tf.setBold(true);
    m_title->setFont(tf);
    hl->addWidget(m_title);
    m_meta = new QLabel(header);
    m_meta->setObjectName(u"viewerMeta"_s);
    m_meta->setWordWrap(true);
    m_meta->setTextFormat(Qt::RichText);
    hl->addWidget(m_meta);
    m_related = new QLabel(header);
    m_related->setObjectName(u"viewerRelated"_s);
    m_related->setWordWrap(true);
    m_related->setTextFormat(Qt::RichText);
    m_related->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_related, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(u"article:"_s))
            m_hub.setArticle(link.mid(8).toLongLong());
    });
    hl->addWidget(m_related);
    m_related->hide();
    layout->addWidget(header);

    m_hitBar = new QWidget(page);
    auto *bar = new QHBoxLayout(m_hitBar);
    bar->setContentsMargins(24, 0, 24, 0);
    m_hitLabel = new QLabel(m_hitBar);
    m_hitLabel->setObjectName(u"viewerHits"_s);
    m_prev = new QToolButton(m_hitBar);
    m_prev->setArrowType(Qt::UpArrow);
    m_prev->setToolTip(tr("Previous match (Shift+F3)"));
    m_next = new QToolButton(m_hitBar);
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (F3)"));
    bar->addWidget(m_hitLabel);
    bar->addStretch(1);
    bar->addWidget(m_prev);
    bar->addWidget(m_next);
    layout->addWidget(m_hitBar);
    m_hitBar->hide();

    m_body = new BodyView(page);
    m_find = new FindBar(*m_body, page);
    layout->addWidget(m_find);
    layout->addWidget(m_body, 1);
    m_stack->addWidget(page);

    connect(m_next, &QToolButton::clicked, this, &DocumentViewer::nextHit);
    connect(m_prev, &QToolButton::clicked, this, &DocumentViewer::previousHit);
    createActions();
    connect(&m_hub, &SelectionHub::articleChanged, this, &DocumentViewer::showArticle);
    connect(&m_hub, &SelectionHub::searchQueryChanged, this, &DocumentViewer::setSearch);
}

QString DocumentViewer::dateDescription(const Article &a)
{
    if (!a.published.isValid())
        return tr("date unknown");
    const QString date = QLocale().toString(a.published, u"d MMM yyyy"_s);
    switch (a.dateProvenance) {
    case Provenance::Inferred: return tr("%1, inferred: %2").arg(date, a.dateReason);
    case Provenance::Manifest: return tr("%1, from the import manifest").arg(date);
    case Provenance::User: return tr("%1, set by you").arg(date);
    default: return date;
    }
}

void DocumentViewer::showSentence(qint64 articleId, int offset)
{
    m_hub.setArticle(articleId);
    if (m_article.id != articleId)
        showArticle(articleId);
    const int index = text::sentenceAt(m_article.sentences, offset);
    QList<Highlight> marks;
    if (index >= 0) {
        QTextCharFormat f;
        f.setBackground(searchHitBackground(palette(), false));
        f.setFontUnderline(true);
        marks.append({m_article.sentences.at(index), f});
    }
    m_body->setLayer(u"sentence"_s, marks);
    m_body->scrollToOffset(offset);
}

void DocumentViewer::showHitAt(qint64 articleId, int offset)
{
    m_hub.setArticle(articleId);
    if (m_article.id != articleId)
        showArticle(articleId);
    for (int i = 0; i < m_hits.size(); ++i) {
        if (m_hits.at(i).start == offset) {
            showHit(i);
            return;
        }
    }
    showSentence(articleId, offset); // not a match of the search (an entity's mention): its sentence
}

void DocumentViewer::showArticle(qint64 id)
{
    const auto a = id > 0 ? m_store.article(id) : std::nullopt;
    if (!a) {
        m_article = Article{};
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_article = *a;
    syncTab();
    m_title->setText(m_article.title);
    m_title->setToolTip(m_article.titleProvenance == Provenance::Derived
                            ? tr("The article has no headline; this title is its first sentence.")
                            : QString());
    const QColor cc = countryColor(m_article.country);
    QStringList parts;
    parts << (m_article.outlet.isEmpty() ? tr("<i>outlet unknown</i>") : m_article.outlet.toHtmlEscaped());
    parts << (m_article.country.isEmpty()
                  ? tr("<i>country unknown</i>")
                  : u"<span style='color:%1'>■</span> %2"_s.arg(cc.name(), m_article.country.toHtmlEscaped()));
    parts << dateDescription(m_article).toHtmlEscaped();
    if (!m_article.dateline.isEmpty())
        parts << tr("dateline %1").arg(m_article.dateline.toHtmlEscaped());
    m_meta->setText(parts.join(u" · "_s));
    m_meta->setToolTip(tr("Source: %1\nEncoding: %2\nOutlet: %3 · Country: %4")
                           .arg(m_article.source, m_article.encoding, provenanceName(m_article.outletProvenance),
                                provenanceName(m_article.countryProvenance)));
    updateRelated();
    m_body->setLayer(u"sentence"_s, {});
    m_body->setBody(m_article.body);
    m_stack->setCurrentIndex(1);
    updateHits();
    m_find->refresh();
}

void DocumentViewer::updateRelated()
{
    // Another version of the same article (a changed re-import), and the articles the import
    // linked with it as near-duplicates (wire copy republished, the same story filed again).
    QStringList lines;
    const store::RevisionStore revisions(m_store.database());
    if (const auto newer = revisions.supersededBy(m_article.id))
        lines << tr("This is an earlier version: <a href=\"article:%1\">open the changed version imported later</a>.")
                     .arg(newer->articleId);
    if (const auto older = revisions.revisionOf(m_article.id))
        lines << tr("A changed version of an article imported before (<a href=\"article:%1\">the earlier version</a>); "
                    "its annotations were moved here.").arg(older->supersedes);
    const QList<store::ArticleCopy> copies = store::ImportStore(m_store.database()).copiesOf(m_article.id);
    if (!copies.isEmpty()) {
        QList<qint64> ids;
        for (const store::ArticleCopy &c : copies)
            ids.append(c.id);
        const QHash<qint64, store::ArticleSummary> summaries = m_store.summaries(ids);
        constexpr int shown = 5;
        QStringList anchors; // "Outlet · date" linking to each copy shown
        QStringList hows;    // how each is linked with the first of the group
        QStringList titles;
        for (const store::ArticleCopy &c : copies) {
            const store::ArticleSummary sum = summaries.value(c.id);
            const QString name = (sum.outlet.isEmpty() ? tr("outlet unknown") : sum.outlet) + u" · "_s
                + (sum.published.isValid() ? QLocale().toString(sum.published, u"d MMM yyyy"_s) : tr("date unknown"));
            const QString how = c.kind == u"same-title"_s ? tr("same outlet, date and title")
                                                         : tr("same text, %1% alike").arg(qRound(c.similarity * 100));
            titles << u"%1: %2 (%3)"_s.arg(name, sum.title, how);
            if (anchors.size() <= shown) { // a copy names the first and `shown` others
                anchors << u"<a href=\"article:%1\">%2</a>"_s.arg(c.id).arg(name.toHtmlEscaped());
                hows << how;
            }
        }
        const auto more = [&](qsizetype listed) { return copies.size() > listed ? copies.size() - listed : 0; };
        if (copies.first().first) {
            // This one is a copy: the first, with their likeness; the others' likeness is to the
            // first, not to this one, so they are named without it.
            const QString first = u"%1 (%2)"_s.arg(anchors.first(), hows.first());
            QStringList others = anchors.mid(1);
            if (const qsizetype rest = more(shown + 1); rest > 0)
                others << tr("%Ln more", nullptr, int(rest));
            lines << (others.isEmpty() ? tr("Repeats %1.").arg(first)
                                       : tr("Repeats %1, as does %2.", nullptr, int(others.size())).arg(first, others.join(u", "_s)));
        } else {
            QStringList links;
            for (qsizetype i = 0; i < std::min<qsizetype>(anchors.size(), shown); ++i)
                links << u"%1 (%2)"_s.arg(anchors.at(i), hows.at(i));
            if (const qsizetype rest = more(shown); rest > 0)
                links << tr("and %Ln more", nullptr, int(rest));
            lines << tr("Repeated by %1.").arg(links.join(u", "_s));
        }
        m_related->setToolTip(tr("Near-duplicates linked at import:\n%1").arg(titles.join(u'\n')));
    } else {
        m_related->setToolTip(QString());
    }
    m_related->setText(lines.join(u"<br>"_s));
    m_related->setVisible(!lines.isEmpty());
}

void DocumentViewer::setSearch(const QString &)
{
    updateHits();
}

void DocumentViewer::updateHits()
{
    const QString query = m_hub.searchQuery();
    m_hits = query.isEmpty() ? QList<Span>{} : query::findTerms(m_article.body, query::searchTerms(query));
    m_currentHit = m_hits.isEmpty() ? -1 : 0;
    m_hitBar->setVisible(!query.isEmpty() && m_article.id > 0);
    if (m_hits.isEmpty()) {
        const bool inTitle = !query.isEmpty() && !query::findTerms(m_article.title, query::searchTerms(query)).isEmpty();
        m_hitLabel->setText(query.isEmpty() ? QString()
                                : inTitle   ? tr("%1 matches the title, not the text").arg(query::quotedQuery(query))
                                            : tr("No match for %1 in this article").arg(query::quotedQuery(query)));
        m_body->setLayer(kSearchLayer, {});
    } else {
        showHit(0);
    }
    m_prev->setEnabled(m_hits.size() > 1);
    m_next->setEnabled(m_hits.size() > 1);
}

void DocumentViewer::showHit(int index)
{
    if (m_hits.isEmpty())
        return;
    m_currentHit = (index + int(m_hits.size())) % int(m_hits.size());
    QList<Highlight> layer;
    for (int i = 0; i < m_hits.size(); ++i) {
        layer.append({m_hits.at(i), matchFormat(palette(), i == m_currentHit)});
    }
    m_body->setLayer(kSearchLayer, layer);
    m_body->scrollToOffset(m_hits.at(m_currentHit).start);
    m_hitLabel->setText(tr("Match %1 of %2 for %3").arg(m_currentHit + 1).arg(m_hits.size()).arg(query::quotedQuery(m_hub.searchQuery())));
}

void DocumentViewer::nextHit()
{
    showHit(m_currentHit + 1);
}

void DocumentViewer::previousHit()
{
    showHit(m_currentHit - 1);
}

} // namespace parallax::ui
