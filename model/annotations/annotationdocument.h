// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"
#include "annotations/annotationrepository.h"
#include "annotations/codebook.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <optional>

namespace parallax::annotations {

/** What to change in an annotation; unset fields stay as they are. */
struct AnnotationEdit
{
    std::optional<QList<qint64>> tagIds;
    std::optional<QString> note;
    std::optional<Span> span;
    QString body; ///< the article body, needed when span is set (for the quote selector)

    AnnotationEdit &setTags(const QList<qint64> &ids) { tagIds = ids; return *this; }
    AnnotationEdit &setNote(const QString &text) { note = text; return *this; }
    AnnotationEdit &setSpan(Span s, const QString &articleBody)
    {
        span = s;
        body = articleBody;
        return *this;
    }
};

/** What happens to the annotations of a tag that is deleted. */
enum class TagDeletion {
    DeleteAnnotations, ///< annotations carrying the tag (or one below it) are deleted
    MoveToParent,      ///< they get the deleted tag's parent instead (untagged at top level)
    Untag              ///< the tag is taken off them; the annotations stay
};

/**
 * The annotations and codebook of a corpus, with undo. Views call the intent methods and listen
 * to the typed change signals; every change is one undo command and is written to the repository
 * the moment it happens (there is no Save). Invalid requests return 0/false with lastError().
 */
class AnnotationDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationDocument)

public:
    /** repository may be null (nothing persisted); it must outlive the document. */
    explicit AnnotationDocument(AnnotationRepository *repository = nullptr, QObject *parent = nullptr);
    ~AnnotationDocument() override;

    /** Replaces the content with what the repository holds and clears the undo history. */
    bool load();
    /**
     * After articles were removed from the corpus (their annotations with them): reads the
     * content again, keeping the undo history unless some step of it writes about one of those
     * articles (then the history is cleared, as load() does). Returns false if it could not read.
     */
    bool articlesRemoved(const QSet<qint64> &articleIds);

    QUndoStack *undoStack() { return &m_undoStack; }
    QString lastError() const { return m_lastError; }
    /**
     * Whether the last failure was the store's (the change could not be written: a full disk, a
     * file that cannot be written), reported by persistenceFailed() too, rather than a refused
     * change (an unknown tag, a passage outside the article).
     */
    bool lastFailureWasSaving() const { return m_savingFailed; }
    QString author() const { return m_author; }
    /** The author recorded on new annotations (defaults to the OS user). */
    void setAuthor(const QString &author) { m_author = author; }

    const Codebook &codebook() const { return m_codebook; }
    /** All annotations, by id. */
    QList<Annotation> annotations() const;
    /** The annotations of one article, by position. */
    QList<Annotation> annotationsOf(qint64 articleId) const;
    /** The annotation with this id, or nullptr. */
    const Annotation *annotation(qint64 id) const;
    /** Tag paths of an annotation, in its tag order. */
    QStringList tagPaths(const Annotation &a) const;

    /** Marks span of body; returns the new annotation's id, or 0. */
    qint64 addAnnotation(qint64 articleId, const QString &body, Span span,
                         const QList<qint64> &tagIds = {}, const QString &note = {});
    bool editAnnotation(qint64 id, const AnnotationEdit &edit);
    bool removeAnnotation(qint64 id);
    /**
     * Re-anchors an article's annotations after its text changed, as one undoable step; returns
     * the orphans' ids. With newArticleId (a re-imported version stored as a new article), the
     * annotations move to that article as well.
     */
    QList<qint64> reanchorArticle(qint64 articleId, const QString &newBody, qint64 newArticleId = 0);
    /** Adds annotations made elsewhere (e.g. an import) as one undoable step; returns their ids. */
    QList<qint64> importAnnotations(QList<Annotation> annotations);
    /**
     * Adds annotations read from a file whose tags are paths (created when missing), as one
     * undoable step; returns the new ids.
     */
    QList<qint64> importAnnotations(const QList<Annotation> &annotations, const QList<QStringList> &tagPaths);
    /**
     * Merges a codebook read from a file as one undoable step: a tag with a known guid (or,
     * failing that, the same path) is updated, others are added with their guids. Returns the
     * number of tags added or changed.
     */
    int importCodebook(const Codebook &incoming);

    /** Adds a tag; returns its id, or 0 (empty name, '/' in it, or a sibling of that name). */
    qint64 addTag(const QString &name, qint64 parentId = 0, const QColor &colour = {},
                  const QString &description = {});
    /** The tag at a path such as "Framing/Sovereignty", created (with its parents) if missing. */
    qint64 ensureTagPath(const QString &path);
    bool renameTag(qint64 id, const QString &name);
    bool recolourTag(qint64 id, const QColor &colour);
    bool describeTag(qint64 id, const QString &description);
    /**
     * Makes a tag codable or a folder (not codable: it groups tags and cannot be applied to text).
     * A tag that carries annotations cannot become a folder.
     */
    bool setTagCodable(qint64 id, bool codable);
    /** Whether any annotation carries the tag. */
    bool isTagUsed(qint64 id) const;
    /** Moves a tag under another parent (0 = top level); never under itself or its subtree. */
    bool moveTag(qint64 id, qint64 newParentId);
    /** Source's annotations and children go to target; source is deleted. */
    bool mergeTags(qint64 sourceId, qint64 targetId);
    /** Deletes a tag with everything below it; mode says what happens to their annotations. */
    bool deleteTag(qint64 id, TagDeletion mode);

    /** Writes a change and applies it in memory; used by the undo commands. */
    bool apply(ChangeSet &change);

Q_SIGNALS:
    void annotationAdded(qint64 id);
    void annotationChanged(qint64 id);
    void annotationRemoved(qint64 id);
    void tagAdded(qint64 id);
    void tagChanged(qint64 id);
    void tagRemoved(qint64 id);
    /** Everything was replaced (load). */
    void reset();
    /** A change could not be written; memory was left as it was. */
    void persistenceFailed(const QString &error);

private:
    bool read(bool clearHistory);
    bool fail(const QString &error);
    bool validTagName(qint64 parentId, const QString &name, qint64 except = 0);
    /** Fails when one of tagIds (other than those already there) is a folder. */
    bool checkCodable(const QList<qint64> &tagIds, const QList<qint64> &alreadyThere = {});
    bool push(QUndoCommand *command);
    template<typename Command, typename Change>
    bool changeTag(qint64 id, Change change);
    qint64 insertTag(const Tag &tag);
    qint64 matchTag(const Tag &incoming, qint64 parentHere) const;
    bool codebookDiffers(const Codebook &incoming) const;
    bool mergeTag(qint64 id, const Tag &incoming);

    AnnotationRepository *m_repository = nullptr;
    QUndoStack m_undoStack;
    Codebook m_codebook;
    QHash<qint64, Annotation> m_annotations;
    QMultiHash<qint64, qint64> m_byArticle; ///< article id → its annotations' ids
    qint64 m_nextTransientId = -1;
    QString m_author;
    QString m_lastError;
    bool m_lastApplyOk = true;
    bool m_savingFailed = false;
};

} // namespace parallax::annotations
