// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcontroller.h"

#include "annotations/annotationdocument.h"
#include "annotations/export/codebookexport.h"
#include "annotations/export/exportinput.h"
#include "annotations/export/w3cimport.h"
#include "selection/selectionhub.h"
#include "store/annotationstore.h"
#include "store/store.h"
#include "text/segmenter.h"
#include "ui/annotations/annotationsdock.h"
#include "ui/annotations/codebookdock.h"
#include "ui/annotations/tagchooser.h"
#include "ui/settings.h"
#include "ui/notsaved.h"
#include "ui/theme.h"
#include "ui/viewer/documentviewer.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QHelpEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QSaveFile>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>

using namespace Qt::StringLiterals;
using namespace parallax::annotations;

namespace parallax::ui {

namespace {
const QString kAnnotationLayer = u"annotations"_s;

QString elided(const QString &text, int length)
{
    const QString s = text.simplified();
    return s.size() > length ? s.left(length - 1) + u'…' : s;
}
} // namespace

AnnotationController::AnnotationController(store::Store &store, SelectionHub &hub, DocumentViewer &viewer,
                                           QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_hub(hub)
    , m_viewer(viewer)
    , m_repository(std::make_unique<store::AnnotationStore>(store.database()))
{
    m_document = new AnnotationDocument(m_repository.get(), this);
    m_document->setAuthor(Settings::instance().annotationAuthor());
    connect(&Settings::instance(), &Settings::annotationAuthorChanged, m_document, &AnnotationDocument::setAuthor);
    if (!m_document->load())
        qWarning("Cannot read the annotations: %s", qPrintable(m_document->lastError()));

    m_annotate = new QAction(QIcon::fromTheme(u"document-edit"_s), tr("&Annotate Selection…"), this);
    m_annotate->setObjectName(u"actionAnnotate"_s);
    m_annotate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_annotate->setToolTip(tr("Tag the selected passage and add a note (Ctrl+M)"));
    m_annotate->setEnabled(false);
    connect(m_annotate, &QAction::triggered, this, &AnnotationController::annotateSelectionInteractively);
    // A read-only corpus is read and not annotated.
    connect(viewer.body(), &QTextEdit::copyAvailable, m_annotate,
            [this](bool selected) { m_annotate->setEnabled(selected && !m_store.isReadOnly()); });

    m_undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(u"actionUndo"_s);
    m_undo->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(u"actionRedo"_s);
    m_redo->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});

    connect(&hub, &SelectionHub::articleChanged, this, &AnnotationController::refreshHighlights);
    for (auto signal : {&AnnotationDocument::annotationAdded, &AnnotationDocument::annotationChanged,
                        &AnnotationDocument::annotationRemoved, &AnnotationDocument::tagChanged,
                        &AnnotationDocument::tagRemoved})
        connect(m_document, signal, this, &AnnotationController::refreshHighlights);
    connect(m_document, &AnnotationDocument::reset, this, &AnnotationController::refreshHighlights);
    // A flow that offers the change again reports it itself.
    connect(m_document, &AnnotationDocument::persistenceFailed, this, [this](const QString &error) {
        if (!m_offeringRetry)
            warnNotSaved(&m_viewer, u"savingFailed"_s, tr("Annotations"), tr("The change could not be saved."), error,
                         tr("The annotations are as they were before it."));
    });

    viewer.body()->viewport()->installEventFilter(this);
    viewer.body()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(viewer.body(), &QWidget::customContextMenuRequested, this, &AnnotationController::showContextMenu);
    refreshHighlights();
}

AnnotationController::~AnnotationController()
{
    // The docks' models refer to the document, and the document's commands to it: the docks go
    // first, then the document, then the repository it writes to.
    if (m_annotationsDock)
        delete m_annotationsDock->parentWidget();
    if (m_codebookDock)
        delete m_codebookDock->parentWidget();
    delete m_document;
}

AnnotationsDock *AnnotationController::annotationsDock() const
{
    return m_annotationsDock;
}

CodebookDock *AnnotationController::codebookDock() const
{
    return m_codebookDock;
}

void AnnotationController::install(QMainWindow *window)
{
    auto *annotationsDock = new QDockWidget(tr("Annotations"), window);
    annotationsDock->setObjectName(u"annotationsDock"_s);
    m_annotationsDock = new AnnotationsDock(*this, m_hub, m_store, annotationsDock);
    annotationsDock->setWidget(m_annotationsDock);
    window->addDockWidget(Qt::RightDockWidgetArea, annotationsDock);

    auto *codebookDock = new QDockWidget(tr("Codebook"), window);
    codebookDock->setObjectName(u"codebookDock"_s);
    m_codebookDock = new CodebookDock(*m_document, codebookDock);
    m_codebookDock->setEditable(!m_store.isReadOnly());
    codebookDock->setWidget(m_codebookDock);
    window->addDockWidget(Qt::RightDockWidgetArea, codebookDock);
    window->tabifyDockWidget(annotationsDock, codebookDock);
    annotationsDock->raise();
    window->resizeDocks({annotationsDock}, {330}, Qt::Horizontal);
    connect(m_codebookDock, &CodebookDock::currentTagChanged, m_annotationsDock, &AnnotationsDock::setTagFilter);

    QToolBar *bar = window->addToolBar(tr("Annotations"));
    bar->setObjectName(u"annotationToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_annotate);
    bar->addSeparator();
    // In the toolbar plain "Undo" and "Redo", what they would undo in the tooltip: the menu's
    // "Undo Annotate “…”" would widen the bar and move everything after it at each change.
    for (QAction *action : {m_undo, m_redo}) {
        auto *button = new QToolButton(bar);
        button->setObjectName(action->objectName() + u"Button"_s);
        button->setText(action == m_undo ? tr("Undo") : tr("Redo"));
        button->setIcon(action->icon());
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, action, &QAction::trigger);
        const auto mirror = [button, action] {
            button->setEnabled(action->isEnabled());
            button->setToolTip(action->isEnabled()
                                   ? u"%1 (%2)"_s.arg(action->text(), action->shortcut().toString(QKeySequence::NativeText))
                                   : action->text());
        };
        connect(action, &QAction::changed, button, mirror);
        mirror();
        bar->addWidget(button);
    }
}

void AnnotationController::addEditActions(QMenu *edit)
{
    QAction *first = edit->actions().value(0);
    edit->insertAction(first, m_undo);
    edit->insertAction(first, m_redo);
    edit->insertSeparator(first);
    edit->insertAction(first, m_annotate);
    edit->insertSeparator(first);
}

void AnnotationController::addFileActions(QMenu *file)
{
    QAction *last = file->actions().value(file->actions().size() - 2); // before the separator and Quit
    QMenu *exports = new QMenu(tr("&Annotations"), file);
    exports->addAction(tr("&Export Annotations…"), this, &AnnotationController::exportAnnotations)
        ->setObjectName(u"actionExportAnnotations"_s);
    exports->addAction(tr("&Import W3C Annotations…"), this, &AnnotationController::importAnnotations)
        ->setEnabled(!m_store.isReadOnly());
    exports->addSeparator();
    exports->addAction(tr("Export &Codebook…"), this, &AnnotationController::exportCodebook);
    exports->addAction(tr("Import C&odebook…"), this, &AnnotationController::importCodebook)
        ->setEnabled(!m_store.isReadOnly());
    file->insertMenu(last, exports);
}

qint64 AnnotationController::annotateSelection(const QList<qint64> &tagIds, const QString &note)
{
    QTextCursor cursor = m_viewer.body()->textCursor();
    const Article &article = m_viewer.article();
    if (!cursor.hasSelection() || article.id == 0)
        return 0;
    const Span span = text::trimmed(article.body, Span{cursor.selectionStart(), cursor.selectionEnd()});
    const qint64 id = m_document->addAnnotation(article.id, article.body, span, tagIds, note);
    if (id == 0) {
        if (!m_document->lastFailureWasSaving()) // a failed save is reported as it happens
            reportError();
        return 0;
    }
    cursor.clearSelection();
    m_viewer.body()->setTextCursor(cursor);
    return id;
}

void AnnotationController::annotateSelectionInteractively()
{
    const QTextCursor cursor = m_viewer.body()->textCursor();
    if (!cursor.hasSelection())
        return;
    TagChooser chooser(*m_document, cursor.selectedText().replace(QChar::ParagraphSeparator, u'\n'),
                       m_viewer.window());
    if (chooser.exec() != QDialog::Accepted)
        return;
    // The tags and note the user chose are not lost to a disk that is full for a moment.
    const QScopedValueRollback offering(m_offeringRetry, true);
    while (annotateSelection(chooser.tagIds(), chooser.note()) == 0 && m_document->lastFailureWasSaving()
           && offerRetry(tr("The annotation could not be saved."), tr("Discard drops its tags and note.")))
        ;
}

void AnnotationController::editInteractively(qint64 annotationId)
{
    const Annotation *a = m_document->annotation(annotationId);
    if (!a)
        return;
    TagChooser chooser(*m_document, a->quote.exact, m_viewer.window());
    chooser.setTagIds(a->tagIds);
    chooser.setNote(a->note);
    if (chooser.exec() != QDialog::Accepted)
        return;
    const QScopedValueRollback offering(m_offeringRetry, true);
    const AnnotationEdit edit = AnnotationEdit().setTags(chooser.tagIds()).setNote(chooser.note());
    while (!m_document->editAnnotation(annotationId, edit)) {
        if (!m_document->lastFailureWasSaving()) {
            reportError();
            return;
        }
        if (!offerRetry(tr("The change to the annotation could not be saved."),
                        tr("Discard leaves the annotation as it was.")))
            return;
    }
}

bool AnnotationController::placeAtSelection(qint64 annotationId)
{
    const Annotation *a = m_document->annotation(annotationId);
    const QTextCursor cursor = m_viewer.body()->textCursor();
    const Article &article = m_viewer.article();
    if (!a || !cursor.hasSelection() || article.id != a->articleId)
        return false;
    const Span span = text::trimmed(article.body, Span{cursor.selectionStart(), cursor.selectionEnd()});
    if (!m_document->editAnnotation(annotationId, AnnotationEdit().setSpan(span, article.body))) {
        if (!m_document->lastFailureWasSaving())
            reportError();
        return false;
    }
    return true;
}

void AnnotationController::showAnnotation(qint64 annotationId)
{
    const Annotation *a = m_document->annotation(annotationId);
    if (!a)
        return;
    m_hub.setArticle(a->articleId);
    if (a->orphan || m_viewer.articleId() != a->articleId)
        return;
    QTextCursor c(m_viewer.body()->document());
    c.setPosition(a->span.start);
    c.setPosition(a->span.end, QTextCursor::KeepAnchor);
    m_viewer.body()->setTextCursor(c);
    m_viewer.body()->scrollToOffset(a->span.start);
}

QString AnnotationController::tooltipAt(int offset) const
{
    QStringList parts;
    for (const Annotation &a : m_document->annotationsOf(m_viewer.articleId())) {
        if (a.orphan || !a.span.contains(offset))
            continue;
        const QStringList tags = m_document->tagPaths(a);
        QString html = u"<b>%1</b>"_s.arg(tags.isEmpty() ? tr("(no tags)") : tags.join(u", "_s).toHtmlEscaped());
        if (!a.note.isEmpty())
            html += u"<br>"_s + a.note.toHtmlEscaped().replace(u'\n', u"<br>"_s);
        html += u"<br><i>%1, %2</i>"_s.arg(a.author.toHtmlEscaped(),
                                           QLocale().toString(a.modified.toLocalTime(), QLocale::ShortFormat));
        parts.append(html);
    }
    return parts.join(u"<hr>"_s);
}

bool AnnotationController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && watched == m_viewer.body()->viewport())
        refreshHighlights(); // the tints depend on the palette
    if (event->type() == QEvent::ToolTip && watched == m_viewer.body()->viewport()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int offset = m_viewer.body()->cursorForPosition(help->pos()).position();
        // With what the other layers' highlights here say (entities, framing terms).
        QStringList parts{tooltipAt(offset), m_viewer.body()->toolTipAt(offset)};
        parts.removeAll(QString());
        const QString text = parts.join(u"<hr>"_s);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, m_viewer.body()->viewport());
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void AnnotationController::refreshHighlights()
{
    QList<Highlight> highlights;
    const QColor fallback = m_viewer.palette().color(QPalette::Highlight);
    for (const Annotation &a : m_document->annotationsOf(m_viewer.articleId())) {
        if (a.orphan)
            continue;
        const Tag *tag = a.tagIds.isEmpty() ? nullptr : m_document->codebook().tag(a.tagIds.first());
        const QColor colour = tag && tag->colour.isValid() ? tag->colour : fallback;
        QColor background = colour;
        // A tint (stronger on a dark base, where a light one vanishes): overlaps are drawn as
        // darker bands (BodyView::setMarksOverlaps).
        background.setAlpha(isDark(m_viewer.palette()) ? 150 : 90);
        QTextCharFormat format;
        format.setBackground(background);
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(colour);
        highlights.append(Highlight{a.span, format});
    }
    m_viewer.body()->setMarksOverlaps(kAnnotationLayer);
    m_viewer.body()->setLayer(kAnnotationLayer, highlights);
}

void AnnotationController::showContextMenu(const QPoint &pos)
{
    BodyView *body = m_viewer.body();
    std::unique_ptr<QMenu> menu(body->createStandardContextMenu());
    menu->addSeparator();
    menu->addAction(m_viewer.copyCitationAction());
    menu->addAction(m_annotate);
    const int offset = body->cursorForPosition(pos).position();
    // Orphans of this article (their passage was not found after a change) can be put on the selection.
    for (const Annotation &a : m_document->annotationsOf(m_viewer.articleId())) {
        if (a.orphan && body->textCursor().hasSelection()) {
            const qint64 id = a.id;
            menu->addAction(tr("&Place “%1” Here").arg(elided(a.quote.exact, 30)), this, [this, id] { placeAtSelection(id); })
                ->setObjectName(u"actionPlaceOrphan"_s);
        }
    }
    for (const Annotation &a : m_document->annotationsOf(m_viewer.articleId())) {
        if (a.orphan || !a.span.contains(offset))
            continue;
        const qint64 id = a.id;
        menu->addAction(tr("&Edit “%1”…").arg(elided(a.quote.exact, 30)), this, [this, id] { editInteractively(id); });
        menu->addAction(tr("&Delete “%1”").arg(elided(a.quote.exact, 30)), this,
                        [this, id] { m_document->removeAnnotation(id); });
    }
    menu->exec(body->viewport()->mapToGlobal(pos));
}

void AnnotationController::reportError()
{
    QMessageBox::warning(m_viewer.window(), tr("Annotations"), m_document->lastError());
}

bool AnnotationController::offerRetry(const QString &what, const QString &discard)
{
    QMessageBox box(QMessageBox::Warning, tr("Annotations"), what, QMessageBox::Retry | QMessageBox::Discard,
                    m_viewer.window());
    box.setObjectName(u"savingFailed"_s);
    box.setInformativeText(tr("%1.\n\nMake room on the disk (or make the corpus writable), then try again. %2")
                               .arg(m_document->lastError(), discard));
    box.setDefaultButton(QMessageBox::Retry);
    return box.exec() == QMessageBox::Retry;
}

static bool writeFile(QWidget *parent, const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    QMessageBox::warning(parent, QObject::tr("Export"), QObject::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return false;
}

void AnnotationController::exportAnnotations()
{
    const QString w3c = tr("W3C Web Annotations (*.jsonld)"), csvFilter = tr("CSV (*.csv)"),
                  json = tr("JSON (*.json)"), markdown = tr("Markdown report (*.md)");
    QString filter = w3c;
    const QString path = QFileDialog::getSaveFileName(m_viewer.window(), tr("Export annotations"), {},
                                                      QStringList{w3c, csvFilter, json, markdown}.join(u";;"_s), &filter);
    if (path.isEmpty())
        return;
    const exports::ExportInput input = exports::exportInput(m_store, *m_document);
    const QByteArray bytes = filter == csvFilter ? exports::toCsv(input)
                           : filter == json      ? exports::toJson(input)
                           : filter == markdown  ? exports::toMarkdown(input).toUtf8()
                                                 : exports::toW3c(input);
    writeFile(m_viewer.window(), path, bytes);
}

void AnnotationController::importAnnotations()
{
    const QString path = QFileDialog::getOpenFileName(m_viewer.window(), tr("Import annotations"), {},
                                                      tr("W3C Web Annotations (*.jsonld *.json)"));
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return;
    const exports::W3cImport imported =
        exports::fromW3c(file.readAll(), [this](qint64 id) { return exports::storedBody(m_store, id); });
    QList<Annotation> list;
    QList<QStringList> paths;
    for (const exports::ImportedAnnotation &a : imported.annotations) {
        list.append(a.annotation);
        paths.append(a.tagPaths);
    }
    m_document->importAnnotations(list, paths);
    if (!imported.problems.isEmpty())
        QMessageBox::information(m_viewer.window(), tr("Import annotations"),
                                 tr("%Ln annotation(s) imported.", nullptr, int(list.size())) + u"\n\n"_s
                                     + imported.problems.join(u'\n'));
}

void AnnotationController::exportCodebook()
{
    const QString qdc = tr("REFI-QDA codebook (*.qdc)"), csvFilter = tr("CSV (*.csv)");
    QString filter = qdc;
    const QString path = QFileDialog::getSaveFileName(m_viewer.window(), tr("Export codebook"), {},
                                                      qdc + u";;"_s + csvFilter, &filter);
    if (path.isEmpty())
        return;
    writeFile(m_viewer.window(), path,
              filter == csvFilter ? exports::codebookToCsv(m_document->codebook())
                                  : exports::codebookToQdc(m_document->codebook(),
                                                           u"Parallax %1"_s.arg(QStringLiteral(PARALLAX_VERSION))));
}

void AnnotationController::importCodebook()
{
    const QString path = QFileDialog::getOpenFileName(m_viewer.window(), tr("Import codebook"), {},
                                                      tr("Codebooks (*.qdc *.csv)"));
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = file.readAll();
    const exports::CodebookImport imported = path.endsWith(u".csv"_s, Qt::CaseInsensitive)
                                                 ? exports::codebookFromCsv(bytes)
                                                 : exports::codebookFromQdc(bytes);
    if (imported.ok)
        m_document->importCodebook(imported.codebook);
    if (!imported.problems.isEmpty())
        QMessageBox::information(m_viewer.window(), tr("Import codebook"), imported.problems.join(u'\n'));
}

} // namespace parallax::ui
