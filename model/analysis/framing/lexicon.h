// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace parallax::framing {

/** A contested term: the words (or pattern) used, the conceptName it names and whose usage it is. */
struct LexiconEntry
{
    QString term;    ///< a term or pattern (see PatternWord for the syntax)
    QString conceptName; ///< e.g. "name of the disputed islands"
    QString side;    ///< "JP", "RU", "neutral" or a user-defined side
    QString note;    ///< optional
    friend bool operator==(const LexiconEntry &, const LexiconEntry &) = default;
};

/** A problem found when reading or editing a lexicon; line is 0 when it is not about a file line. */
struct LexiconProblem
{
    int line = 0;
    QString message;
    QString toString() const;
};

/**
 * The framing lexicon: an ordered list of entries read from and written to TSV
 * (term, conceptName, side, note; # comment lines) or CSV (with a header row). Reading keeps the
 * valid entries and reports every invalid one with its line; editing refuses invalid entries
 * and says why. Nothing here throws or shows anything.
 */
class Lexicon final
{
public:
    /** The lexicon shipped in resources/framing/lexicon.tsv. */
    static const Lexicon &standard();

    const QList<LexiconEntry> &entries() const { return m_entries; }
    int size() const { return int(m_entries.size()); }
    const LexiconEntry &at(int i) const { return m_entries.at(i); }

    /** Replaces the entries with those read from the text; returns the problems (empty: all good). */
    QList<LexiconProblem> readTsv(const QString &text);
    QList<LexiconProblem> readCsv(const QString &text);
    QString toTsv() const;
    QString toCsv() const;

    /** File forms; the format follows the extension (.csv or anything else for TSV). */
    QList<LexiconProblem> load(const QString &path);
    bool save(const QString &path, QString *error = nullptr) const;

    /** Editing: each returns an empty string on success, or the reason it refused. */
    QString add(const LexiconEntry &entry);
    QString insert(int row, const LexiconEntry &entry);
    QString update(int row, const LexiconEntry &entry);
    QString remove(int row);

    /** Why an entry is invalid (bad pattern, missing conceptName or side), or an empty string. */
    static QString validate(const LexiconEntry &entry);
    /** The row of an entry with the same normalised term, or -1 (ignoring row `except`). */
    int find(const QString &term, int except = -1) const;

private:
    QList<LexiconProblem> readRows(const QList<QStringList> &rows, const QList<int> &lines);

    QList<LexiconEntry> m_entries;
};

/** Splits CSV text (RFC 4180: quotes, doubled quotes, newlines inside quotes) into rows. */
QList<QStringList> parseCsv(const QString &text, QList<int> *lineNumbers = nullptr);
QString csvField(const QString &field);

} // namespace parallax::framing
