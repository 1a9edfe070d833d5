// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lexicon.h"

#include <QObject>
#include <QUndoStack>

namespace parallax::framing {

/**
 * The user's lexicon being edited: every edit is an undoable command on the document's stack,
 * and the lexicon is saved to its file after each one. Starts from the user's file when there is
 * one, else from the shipped lexicon.
 */
class LexiconDocument final : public QObject
{
    Q_OBJECT
public:
    explicit LexiconDocument(const QString &path, QObject *parent = nullptr);

    /** The user's lexicon file in the application data folder. */
    static QString userLexiconPath();

    const Lexicon &lexicon() const { return m_lexicon; }
    QUndoStack *undoStack() { return &m_undo; }
    QString path() const { return m_path; }
    /** Problems met reading the file, or saving it last. */
    QString lastError() const { return m_error; }

    /** Each returns an empty string when the edit was done (and pushed), else why not. */
    QString add(const LexiconEntry &entry);
    QString update(int row, const LexiconEntry &entry);
    QString remove(int row);
    /** Replaces every entry with a CSV file's (one undoable step); problems are returned as text. */
    QString importCsv(const QString &file);
    bool exportCsv(const QString &file, QString *error = nullptr) const;

    /** Used by the commands: applies an edit without pushing it. */
    void apply(const QList<LexiconEntry> &entries);

Q_SIGNALS:
    /** The entries changed (edit, undo or redo). */
    void changed();

private:
    QString push(const QString &text, QList<LexiconEntry> after);

    QString m_path;
    Lexicon m_lexicon;
    QUndoStack m_undo;
    QString m_error;
};

} // namespace parallax::framing
