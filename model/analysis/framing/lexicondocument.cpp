// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicondocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUndoCommand>

using namespace Qt::StringLiterals;

namespace parallax::framing {

namespace {

/** Any lexicon edit: the entries before and after (a lexicon is small: hundreds of rows). */
class LexiconCommand final : public QUndoCommand
{
public:
    LexiconCommand(LexiconDocument &doc, const QString &text, QList<LexiconEntry> before,
                   QList<LexiconEntry> after)
        : QUndoCommand(text), m_doc(doc), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void undo() override { m_doc.apply(m_before); }
    void redo() override { m_doc.apply(m_after); }

private:
    LexiconDocument &m_doc;
    QList<LexiconEntry> m_before;
    QList<LexiconEntry> m_after;
};

QString problemsText(const QList<LexiconProblem> &problems)
{
    QStringList lines;
    for (const LexiconProblem &p : problems)
        lines.append(p.toString());
    return lines.join(u"\n"_s);
}

} // namespace

LexiconDocument::LexiconDocument(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
    if (!path.isEmpty() && QFileInfo::exists(path))
        m_error = problemsText(m_lexicon.load(path));
    else
        m_lexicon = Lexicon::standard();
}

QString LexiconDocument::userLexiconPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/lexicon.tsv"_s;
}

QString LexiconDocument::push(const QString &text, QList<LexiconEntry> after)
{
    m_undo.push(new LexiconCommand(*this, text, m_lexicon.entries(), std::move(after)));
    return {};
}

QString LexiconDocument::add(const LexiconEntry &entry)
{
    Lexicon next = m_lexicon;
    if (QString why = next.add(entry); !why.isEmpty())
        return why;
    return push(tr("Add “%1”").arg(entry.term), next.entries());
}

QString LexiconDocument::update(int row, const LexiconEntry &entry)
{
    Lexicon next = m_lexicon;
    if (QString why = next.update(row, entry); !why.isEmpty())
        return why;
    if (next.entries() == m_lexicon.entries())
        return {};
    return push(tr("Edit “%1”").arg(entry.term), next.entries());
}

QString LexiconDocument::remove(int row)
{
    Lexicon next = m_lexicon;
    if (QString why = next.remove(row); !why.isEmpty())
        return why;
    return push(tr("Delete “%1”").arg(m_lexicon.at(row).term), next.entries());
}

QString LexiconDocument::importCsv(const QString &file)
{
    Lexicon read;
    const QList<LexiconProblem> problems = read.load(file);
    if (read.size() == 0)
        return problems.isEmpty() ? tr("%1 holds no entries").arg(file) : problemsText(problems);
    push(tr("Import %1").arg(QFileInfo(file).fileName()), read.entries());
    return problemsText(problems);
}

bool LexiconDocument::exportCsv(const QString &file, QString *error) const
{
    return m_lexicon.save(file, error);
}

void LexiconDocument::apply(const QList<LexiconEntry> &entries)
{
    Lexicon next;
    for (const LexiconEntry &e : entries)
        next.add(e); // already validated when the edit was made
    m_lexicon = next;
    if (!m_path.isEmpty()) {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        QString error;
        m_error = m_lexicon.save(m_path, &error) ? QString() : error;
    }
    Q_EMIT changed();
}

} // namespace parallax::framing
