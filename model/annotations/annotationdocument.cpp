// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotationdocument.h"

#include "annotations/anchoring.h"
#include "core/articlebound.h"
#include "annotations/commands/addannotationcommand.h"
#include "annotations/commands/addtagcommand.h"
#include "annotations/commands/codabletagcommand.h"
#include "annotations/commands/deletetagcommand.h"
#include "annotations/commands/describetagcommand.h"
#include "annotations/commands/editannotationcommand.h"
#include "annotations/commands/importannotationscommand.h"
#include "annotations/commands/mergetagscommand.h"
#include "annotations/commands/movetagcommand.h"
#include "annotations/commands/recolourtagcommand.h"
#include "annotations/commands/removeannotationcommand.h"
#include "annotations/commands/renametagcommand.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax::annotations {

AnnotationDocument::AnnotationDocument(AnnotationRepository *repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_author(defaultAuthor())
{
}

AnnotationDocument::~AnnotationDocument()
{
    // Commands refer to the document: destroy them while it is still whole.
    m_undoStack.clear();
}

bool AnnotationDocument::load()
{
    return read(true);
}

bool AnnotationDocument::articlesRemoved(const QSet<qint64> &articleIds)
{
    // The stack holds the entity edits of the session too: historyRefersToArticles asks them all.
    return read(historyRefersToArticles(m_undoStack, articleIds));
}

bool AnnotationDocument::read(bool clearHistory)
{
    if (!m_repository)
        return fail(tr("No store to load annotations from."));
    AnnotationData data;
    if (!m_repository->load(data))
        return fail(m_repository->lastError());
    if (clearHistory)
        m_undoStack.clear();
    m_codebook = data.codebook;
    m_annotations.clear();
    m_byArticle.clear();
    for (const Annotation &a : std::as_const(data.annotations)) {
        m_annotations.insert(a.id, a);
        m_byArticle.insert(a.articleId, a.id);
    }
    Q_EMIT reset();
    return true;
}

QList<Annotation> AnnotationDocument::annotations() const
{
    QList<Annotation> out = m_annotations.values();
    std::sort(out.begin(), out.end(), [](const Annotation &a, const Annotation &b) { return a.id < b.id; });
    return out;
}

QList<Annotation> AnnotationDocument::annotationsOf(qint64 articleId) const
{
    QList<Annotation> out;
    for (qint64 id : m_byArticle.values(articleId))
        out.append(m_annotations.value(id));
    std::sort(out.begin(), out.end(), [](const Annotation &a, const Annotation &b) {
        return std::tie(a.span.start, a.span.end, a.id) < std::tie(b.span.start, b.span.end, b.id);
    });
    return out;
}

const Annotation *AnnotationDocument::annotation(qint64 id) const
{
    const auto it = m_annotations.constFind(id);
    return it == m_annotations.cend() ? nullptr : &it.value();
}

QStringList AnnotationDocument::tagPaths(const Annotation &a) const
{
    QStringList paths;
    for (qint64 id : a.tagIds)
        paths.append(m_codebook.path(id));
    return paths;
}

bool AnnotationDocument::fail(const QString &error)
{
    m_lastError = error;
    m_savingFailed = false;
    return false;
}

bool AnnotationDocument::push(QUndoCommand *command)
{
    m_lastApplyOk = true;
    m_undoStack.push(command); // an obsolete (unwritten) command is deleted by the stack
    return m_lastApplyOk;
}

static bool validTags(const Codebook &book, const QList<qint64> &tagIds)
{
    return std::all_of(tagIds.cbegin(), tagIds.cend(), [&](qint64 id) { return book.contains(id); });
}

static QList<qint64> withoutDuplicates(const QList<qint64> &ids)
{
    QList<qint64> out;
    for (qint64 id : ids) {
        if (!out.contains(id))
            out.append(id);
    }
    return out;
}

qint64 AnnotationDocument::addAnnotation(qint64 articleId, const QString &body, Span span,
                                         const QList<qint64> &tagIds, const QString &note)
{
    if (span.start < 0 || span.end > body.size() || span.length() <= 0)
        return fail(tr("The passage %1–%2 is not inside the article.").arg(span.start).arg(span.end));
    if (!validTags(m_codebook, tagIds))
        return fail(tr("Unknown tag."));
    if (!checkCodable(tagIds))
        return 0;
    Annotation a;
    a.articleId = articleId;
    a.span = span;
    a.quote = QuoteSelector::fromBody(body, span);
    a.tagIds = withoutDuplicates(tagIds);
    a.note = note;
    a.author = m_author;
    a.created = a.modified = nowUtc();
    auto *command = new AddAnnotationCommand(this, a);
    return push(command) ? command->annotationId() : 0;
}

bool AnnotationDocument::editAnnotation(qint64 id, const AnnotationEdit &edit)
{
    const Annotation *before = annotation(id);
    if (!before)
        return fail(tr("No annotation %1.").arg(id));
    Annotation after = *before;
    if (edit.tagIds) {
        if (!validTags(m_codebook, *edit.tagIds))
            return fail(tr("Unknown tag."));
        if (!checkCodable(*edit.tagIds, before->tagIds))
            return false;
        after.tagIds = withoutDuplicates(*edit.tagIds);
    }
    if (edit.note)
        after.note = *edit.note;
    if (edit.span) {
        if (edit.span->start < 0 || edit.span->end > edit.body.size() || edit.span->length() <= 0)
            return fail(tr("The passage is not inside the article."));
        after.span = *edit.span;
        after.quote = QuoteSelector::fromBody(edit.body, *edit.span);
        after.orphan = false;
    }
    if (after == *before)
        return true;
    after.modified = nowUtc();
    return push(new EditAnnotationCommand(this, {*before}, {after}, tr("Edit annotation")));
}

bool AnnotationDocument::removeAnnotation(qint64 id)
{
    const Annotation *a = annotation(id);
    if (!a)
        return fail(tr("No annotation %1.").arg(id));
    return push(new RemoveAnnotationCommand(this, *a));
}

QList<qint64> AnnotationDocument::reanchorArticle(qint64 articleId, const QString &newBody, qint64 newArticleId)
{
    const QList<Annotation> current = annotationsOf(articleId);
    const QList<Annotation> after = reanchoredIn(current, newBody, newArticleId);
    QList<Annotation> before;
    for (const Annotation &a : after)
        before.append(*annotation(a.id));
    QList<qint64> orphans;
    for (const Annotation &a : current) {
        const auto moved = std::find_if(after.cbegin(), after.cend(), [&a](const Annotation &m) { return m.id == a.id; });
        if (moved != after.cend() ? moved->orphan : a.orphan)
            orphans.append(a.id);
    }
    if (!after.isEmpty())
        push(new EditAnnotationCommand(this, before, after, tr("Re-anchor annotations")));
    return orphans;
}

QList<qint64> AnnotationDocument::importAnnotations(QList<Annotation> annotations)
{
    for (Annotation &a : annotations) {
        a.id = 0;
        a.tagIds = withoutDuplicates(a.tagIds);
        if (!validTags(m_codebook, a.tagIds)) {
            fail(tr("Unknown tag."));
            return {};
        }
    }
    if (annotations.isEmpty())
        return {};
    auto *command = new ImportAnnotationsCommand(this, annotations);
    return push(command) ? command->annotationIds() : QList<qint64>();
}

QList<qint64> AnnotationDocument::importAnnotations(const QList<Annotation> &annotations,
                                                   const QList<QStringList> &tagPaths)
{
    if (annotations.isEmpty())
        return {};
    m_undoStack.beginMacro(tr("Import %n annotation(s)", nullptr, int(annotations.size())));
    QList<Annotation> resolved = annotations;
    for (qsizetype i = 0; i < resolved.size(); ++i) {
        resolved[i].tagIds.clear();
        for (const QString &path : tagPaths.value(i)) {
            if (const qint64 tag = ensureTagPath(path))
                resolved[i].tagIds.append(tag);
        }
    }
    const QList<qint64> ids = importAnnotations(resolved);
    m_undoStack.endMacro();
    return ids;
}

qint64 AnnotationDocument::insertTag(const Tag &tag)
{
    auto *command = new AddTagCommand(this, tag);
    return push(command) ? command->tagId() : 0;
}

bool AnnotationDocument::mergeTag(qint64 id, const Tag &incoming)
{
    const Tag *mine = m_codebook.tag(id);
    if (mine->parentId != incoming.parentId && !moveTag(id, incoming.parentId))
        return false;
    if (mine->name != incoming.name && !renameTag(id, incoming.name))
        return false;
    // A tag that carries annotations stays codable: they would otherwise carry a folder.
    return recolourTag(id, incoming.colour) && describeTag(id, incoming.description)
        && (incoming.codable || isTagUsed(id) || setTagCodable(id, false))
        && (!incoming.codable || setTagCodable(id, true));
}

qint64 AnnotationDocument::matchTag(const Tag &incoming, qint64 parentHere) const
{
    const qint64 byGuid = m_codebook.findGuid(incoming.guid);
    return byGuid != 0 ? byGuid : m_codebook.findChild(parentHere, incoming.name);
}

bool AnnotationDocument::codebookDiffers(const Codebook &incoming) const
{
    QHash<qint64, qint64> ids; // incoming id → id here
    for (const Tag &t : incoming.tags()) {
        const qint64 parent = ids.value(t.parentId, 0);
        const qint64 id = matchTag(t, parent);
        const Tag *mine = m_codebook.tag(id);
        if (!mine || mine->parentId != parent || mine->name != t.name || mine->colour != t.colour
            || mine->description != t.description || mine->codable != t.codable)
            return true;
        ids.insert(t.id, id);
    }
    return false;
}

int AnnotationDocument::importCodebook(const Codebook &incoming)
{
    if (!codebookDiffers(incoming))
        return 0;
    m_undoStack.beginMacro(tr("Import codebook"));
    QHash<qint64, qint64> ids; // incoming id → id here
    for (Tag t : incoming.tags()) {
        const qint64 incomingId = t.id;
        t.parentId = ids.value(t.parentId, 0);
        qint64 id = matchTag(t, t.parentId);
        if (id != 0) {
            mergeTag(id, t);
        } else if (validTagName(t.parentId, t.name)) {
            t.id = 0;
            id = insertTag(t);
        }
        ids.insert(incomingId, id);
    }
    m_undoStack.endMacro();
    return m_undoStack.command(m_undoStack.index() - 1)->childCount();
}

bool AnnotationDocument::validTagName(qint64 parentId, const QString &name, qint64 except)
{
    if (name.trimmed().isEmpty())
        return fail(tr("A tag needs a name."));
    if (name.contains(Codebook::PathSeparator))
        return fail(tr("A tag name cannot contain “/”."));
    const qint64 sibling = m_codebook.findChild(parentId, name);
    if (sibling != 0 && sibling != except)
        return fail(tr("“%1” already has a tag named “%2”.").arg(m_codebook.path(parentId), name));
    return true;
}

qint64 AnnotationDocument::addTag(const QString &name, qint64 parentId, const QColor &colour,
                                  const QString &description)
{
    if (parentId != 0 && !m_codebook.contains(parentId))
        return fail(tr("Unknown parent tag."));
    if (!validTagName(parentId, name))
        return 0;
    return insertTag(Tag{0, parentId, name, colour, description, QUuid::createUuid()});
}

qint64 AnnotationDocument::ensureTagPath(const QString &path)
{
    const QStringList parts = path.split(Codebook::PathSeparator, Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return fail(tr("Empty tag path."));
    if (const qint64 existing = m_codebook.findPath(path))
        return existing;
    m_undoStack.beginMacro(tr("Add tag “%1”").arg(path));
    qint64 id = 0;
    for (const QString &part : parts) {
        const qint64 child = m_codebook.findChild(id, part.trimmed());
        id = child != 0 ? child : addTag(part.trimmed(), id);
        if (id == 0)
            break;
    }
    m_undoStack.endMacro();
    return id;
}

template<typename Command, typename Change>
bool AnnotationDocument::changeTag(qint64 id, Change change)
{
    const Tag *before = m_codebook.tag(id);
    if (!before)
        return fail(tr("No tag %1.").arg(id));
    Tag after = *before;
    change(after);
    return after == *before || push(new Command(this, *before, after));
}

bool AnnotationDocument::renameTag(qint64 id, const QString &name)
{
    const Tag *tag = m_codebook.tag(id);
    if (tag && !validTagName(tag->parentId, name, id))
        return false;
    return changeTag<RenameTagCommand>(id, [&](Tag &t) { t.name = name; });
}

bool AnnotationDocument::recolourTag(qint64 id, const QColor &colour)
{
    return changeTag<RecolourTagCommand>(id, [&](Tag &t) { t.colour = colour; });
}

bool AnnotationDocument::describeTag(qint64 id, const QString &description)
{
    return changeTag<DescribeTagCommand>(id, [&](Tag &t) { t.description = description; });
}

bool AnnotationDocument::isTagUsed(qint64 id) const
{
    return std::any_of(m_annotations.cbegin(), m_annotations.cend(), [id](const Annotation &a) { return a.hasTag(id); });
}

bool AnnotationDocument::setTagCodable(qint64 id, bool codable)
{
    const Tag *tag = m_codebook.tag(id);
    if (tag && !codable && tag->codable && isTagUsed(id))
        return fail(tr("“%1” carries annotations: move them to another tag before making it a folder.").arg(tag->name));
    return changeTag<CodableTagCommand>(id, [&](Tag &t) { t.codable = codable; });
}

bool AnnotationDocument::checkCodable(const QList<qint64> &tagIds, const QList<qint64> &alreadyThere)
{
    for (qint64 id : tagIds) {
        const Tag *t = m_codebook.tag(id);
        if (t && !t->codable && !alreadyThere.contains(id))
            return fail(tr("“%1” is a folder of tags: it cannot be applied to text.").arg(m_codebook.path(id)));
    }
    return true;
}

bool AnnotationDocument::moveTag(qint64 id, qint64 newParentId)
{
    const Tag *tag = m_codebook.tag(id);
    if (newParentId != 0 && !m_codebook.contains(newParentId))
        return fail(tr("Unknown parent tag."));
    if (tag && m_codebook.isInSubtree(newParentId, id))
        return fail(tr("A tag cannot move under itself."));
    if (tag && !validTagName(newParentId, tag->name, id))
        return false;
    return changeTag<MoveTagCommand>(id, [&](Tag &t) { t.parentId = newParentId; });
}

bool AnnotationDocument::mergeTags(qint64 sourceId, qint64 targetId)
{
    if (!m_codebook.contains(sourceId) || !m_codebook.contains(targetId))
        return fail(tr("Unknown tag."));
    if (m_codebook.isInSubtree(targetId, sourceId))
        return fail(tr("A tag cannot be merged into itself or a tag below it."));
    if (!m_codebook.tag(targetId)->codable && isTagUsed(sourceId))
        return fail(tr("“%1” is a folder of tags: annotations cannot move to it.").arg(m_codebook.path(targetId)));
    for (qint64 child : m_codebook.children(sourceId)) {
        if (!validTagName(targetId, m_codebook.tag(child)->name))
            return false;
    }
    return push(new MergeTagsCommand(this, sourceId, targetId));
}

bool AnnotationDocument::deleteTag(qint64 id, TagDeletion mode)
{
    if (!m_codebook.contains(id))
        return fail(tr("No tag %1.").arg(id));
    const Tag *parent = m_codebook.tag(m_codebook.tag(id)->parentId);
    if (mode == TagDeletion::MoveToParent && parent && !parent->codable) {
        const QList<qint64> below = m_codebook.subtree(id);
        if (std::any_of(below.cbegin(), below.cend(), [this](qint64 t) { return isTagUsed(t); }))
            return fail(tr("“%1” is a folder of tags: annotations cannot move to it.").arg(m_codebook.path(parent->id)));
    }
    return push(new DeleteTagCommand(this, id, mode));
}

bool AnnotationDocument::apply(ChangeSet &change)
{
    if (m_repository) {
        if (!m_repository->save(change)) {
            m_lastApplyOk = false;
            m_lastError = m_repository->lastError();
            m_savingFailed = true;
            Q_EMIT persistenceFailed(m_lastError);
            return false;
        }
    } else {
        // Without a store, ids come from the largest one in use.
        qint64 maxTag = 0, maxAnnotation = 0;
        for (const Tag &t : m_codebook.tags())
            maxTag = std::max(maxTag, t.id);
        for (const Annotation &a : std::as_const(m_annotations))
            maxAnnotation = std::max(maxAnnotation, a.id);
        for (Tag &t : change.savedTags)
            t.id = t.id != 0 ? t.id : ++maxTag;
        for (Annotation &a : change.savedAnnotations)
            a.id = a.id != 0 ? a.id : ++maxAnnotation;
    }
    QList<qint64> tagsAdded, tagsChanged, annotationsAdded, annotationsChanged;
    for (const Tag &t : std::as_const(change.savedTags)) {
        (m_codebook.contains(t.id) ? tagsChanged : tagsAdded).append(t.id);
        m_codebook.insert(t);
    }
    for (const Annotation &a : std::as_const(change.savedAnnotations)) {
        const auto old = m_annotations.constFind(a.id);
        if (old != m_annotations.cend()) {
            annotationsChanged.append(a.id);
            m_byArticle.remove(old->articleId, a.id);
        } else {
            annotationsAdded.append(a.id);
        }
        m_annotations.insert(a.id, a);
        m_byArticle.insert(a.articleId, a.id);
    }
    for (qint64 id : std::as_const(change.removedAnnotations)) {
        if (const auto old = m_annotations.constFind(id); old != m_annotations.cend())
            m_byArticle.remove(old->articleId, id);
        m_annotations.remove(id);
    }
    for (qint64 id : std::as_const(change.removedTags))
        m_codebook.remove(id);

    for (qint64 id : std::as_const(tagsAdded))
        Q_EMIT tagAdded(id);
    for (qint64 id : std::as_const(tagsChanged))
        Q_EMIT tagChanged(id);
    for (qint64 id : std::as_const(annotationsAdded))
        Q_EMIT annotationAdded(id);
    for (qint64 id : std::as_const(annotationsChanged))
        Q_EMIT annotationChanged(id);
    for (qint64 id : std::as_const(change.removedAnnotations))
        Q_EMIT annotationRemoved(id);
    for (qint64 id : std::as_const(change.removedTags))
        Q_EMIT tagRemoved(id);
    return true;
}

} // namespace parallax::annotations
