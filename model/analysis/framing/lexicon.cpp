// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon.h"

#include "pattern.h"

#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace parallax::framing {

namespace {

const QStringList &headerRow()
{
    static const QStringList header = {u"term"_s, u"concept"_s, u"side"_s, u"note"_s};
    return header;
}

QString canonicalSide(const QString &side)
{
    const QString s = side.trimmed();
    if (s.compare(u"jp"_s, Qt::CaseInsensitive) == 0)
        return u"JP"_s;
    if (s.compare(u"ru"_s, Qt::CaseInsensitive) == 0)
        return u"RU"_s;
    if (s.compare(u"neutral"_s, Qt::CaseInsensitive) == 0)
        return u"neutral"_s;
    return s;
}

LexiconEntry cleaned(LexiconEntry e)
{
    e.term = e.term.simplified();
    e.conceptName = e.conceptName.simplified();
    e.side = canonicalSide(e.side);
    e.note = e.note.simplified();
    return e;
}

} // namespace

QString LexiconProblem::toString() const
{
    return line > 0 ? u"line %1: %2"_s.arg(line).arg(message) : message;
}

const Lexicon &Lexicon::standard()
{
    static const Lexicon lexicon = [] {
        Lexicon l;
        l.load(u":/parallax/framing/lexicon.tsv"_s);
        return l;
    }();
    return lexicon;
}

QString Lexicon::validate(const LexiconEntry &entry)
{
    Pattern p;
    QString error;
    if (!parsePattern(entry.term, &p, &error))
        return error;
    if (entry.conceptName.trimmed().isEmpty())
        return u"the concept is empty"_s;
    const QString side = entry.side.trimmed();
    if (side.isEmpty())
        return u"the side is empty (JP, RU, neutral or a name of your own)"_s;
    for (QChar c : side) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            return u"the side \"%1\" must be one word (JP, RU, neutral or a name of your own)"_s.arg(side);
    }
    return {};
}

int Lexicon::find(const QString &term, int except) const
{
    const QString key = normalisedTerm(term);
    for (int i = 0; i < m_entries.size(); ++i) {
        if (i != except && normalisedTerm(m_entries.at(i).term) == key)
            return i;
    }
    return -1;
}

QList<LexiconProblem> Lexicon::readRows(const QList<QStringList> &rows, const QList<int> &lines)
{
    m_entries.clear();
    QList<LexiconProblem> problems;
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        const int line = lines.at(r);
        if (row.size() < 3 || row.size() > 4) {
            problems.append({line, u"expected 3 or 4 fields (term, concept, side, note), found %1"_s
                                       .arg(row.size())});
            continue;
        }
        const LexiconEntry e = cleaned({row.at(0), row.at(1), row.at(2), row.value(3)});
        if (const QString why = validate(e); !why.isEmpty()) {
            problems.append({line, why});
            continue;
        }
        if (const int dup = find(e.term); dup >= 0) {
            problems.append({line, u"\"%1\" repeats an earlier entry"_s.arg(e.term)});
            continue;
        }
        m_entries.append(e);
    }
    return problems;
}

QList<LexiconProblem> Lexicon::readTsv(const QString &text)
{
    QList<QStringList> rows;
    QList<int> lines;
    const QStringList all = text.split(u'\n');
    for (int i = 0; i < all.size(); ++i) {
        QString line = all.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        QStringList fields = line.split(u'\t');
        if (rows.isEmpty() && lines.isEmpty() && fields.mid(0, 3) == headerRow().mid(0, 3))
            continue;
        while (fields.size() > 3 && fields.last().trimmed().isEmpty())
            fields.removeLast();
        rows.append(fields);
        lines.append(i + 1);
    }
    return readRows(rows, lines);
}

QList<LexiconProblem> Lexicon::readCsv(const QString &text)
{
    QList<int> lines;
    QList<QStringList> rows = parseCsv(text, &lines);
    if (rows.isEmpty() || rows.first().mid(0, 3) != headerRow().mid(0, 3)) {
        m_entries.clear();
        return {{1, u"a CSV lexicon starts with the header row term,concept,side,note"_s}};
    }
    rows.removeFirst();
    lines.removeFirst();
    return readRows(rows, lines);
}

QString Lexicon::toTsv() const
{
    QString out = u"# term\tconcept\tside\tnote\n"_s;
    for (const LexiconEntry &e : m_entries)
        out += e.term + u'\t' + e.conceptName + u'\t' + e.side + u'\t' + e.note + u'\n';
    return out;
}

QString Lexicon::toCsv() const
{
    QString out = headerRow().join(u',') + u"\r\n"_s;
    for (const LexiconEntry &e : m_entries) {
        out += csvField(e.term) + u',' + csvField(e.conceptName) + u',' + csvField(e.side) + u','
            + csvField(e.note) + u"\r\n"_s;
    }
    return out;
}

QList<LexiconProblem> Lexicon::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_entries.clear();
        return {{0, u"cannot read %1: %2"_s.arg(path, file.errorString())}};
    }
    const QString text = QString::fromUtf8(file.readAll());
    return path.endsWith(u".csv"_s, Qt::CaseInsensitive) ? readCsv(text) : readTsv(text);
}

bool Lexicon::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const bool csv = path.endsWith(u".csv"_s, Qt::CaseInsensitive);
    if (file.open(QIODevice::WriteOnly)) {
        file.write((csv ? toCsv() : toTsv()).toUtf8());
        if (file.commit())
            return true;
    }
    if (error)
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
    return false;
}

QString Lexicon::add(const LexiconEntry &entry)
{
    return insert(size(), entry);
}

QString Lexicon::insert(int row, const LexiconEntry &entry)
{
    if (row < 0 || row > size())
        return u"row %1 is out of range"_s.arg(row);
    const LexiconEntry e = cleaned(entry);
    if (const QString why = validate(e); !why.isEmpty())
        return why;
    if (find(e.term) >= 0)
        return u"\"%1\" is already in the lexicon"_s.arg(e.term);
    m_entries.insert(row, e);
    return {};
}

QString Lexicon::update(int row, const LexiconEntry &entry)
{
    if (row < 0 || row >= size())
        return u"row %1 is out of range"_s.arg(row);
    const LexiconEntry e = cleaned(entry);
    if (const QString why = validate(e); !why.isEmpty())
        return why;
    if (find(e.term, row) >= 0)
        return u"\"%1\" is already in the lexicon"_s.arg(e.term);
    m_entries[row] = e;
    return {};
}

QString Lexicon::remove(int row)
{
    if (row < 0 || row >= size())
        return u"row %1 is out of range"_s.arg(row);
    m_entries.removeAt(row);
    return {};
}

QList<QStringList> parseCsv(const QString &text, QList<int> *lineNumbers)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool any = false;
    int line = 1;
    int rowLine = 1;
    auto endRow = [&] {
        row.append(field);
        field.clear();
        if (!(row.size() == 1 && row.first().isEmpty() && !any)) {
            rows.append(row);
            if (lineNumbers)
                lineNumbers->append(rowLine);
        }
        row.clear();
        any = false;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            any = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endRow();
            ++line;
            rowLine = line;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty() || !row.isEmpty())
        endRow();
    return rows;
}

QString csvField(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n')
        && !field.contains(u'\r'))
        return field;
    return u'"' + QString(field).replace(u"\""_s, u"\"\""_s) + u'"';
}

} // namespace parallax::framing
