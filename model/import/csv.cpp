// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

using namespace Qt::StringLiterals;

namespace parallax::import {

CsvTable parseDelimited(QStringView text, QChar delimiter, int firstLine)
{
    CsvTable table;
    CsvRecord record;
    QString field;
    int line = firstLine;
    record.line = firstLine;
    bool fieldStarted = false;
    auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
        if (!blank)
            table.records.append(std::move(record));
        record = CsvRecord{};
        record.line = line;
    };

    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c == u'"' && !fieldStarted) {
            // A quoted field: runs to the next quote that is not doubled.
            const int startLine = line;
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar q = text[i];
                if (q == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (q == u'\n')
                    ++line;
                if (!(q == u'\r' && i + 1 < n && text[i + 1] == u'\n'))
                    field += q;
                ++i;
            }
            if (!closed) {
                table.error = u"a quoted field opened on line %1 is never closed"_s.arg(startLine);
                table.errorLine = startLine;
                return table;
            }
            fieldStarted = true;
            continue;
        }
        if (c == delimiter) {
            endField();
            ++i;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            ++i;
            ++line;
            endRecord();
            continue;
        }
        field += c;
        fieldStarted = true;
        ++i;
    }
    if (fieldStarted || !field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return table;
}

QChar sniffDelimiter(QStringView firstLine)
{
    const qsizetype tabs = firstLine.count(u'\t');
    const qsizetype commas = firstLine.count(u',');
    const qsizetype semicolons = firstLine.count(u';');
    if (tabs > 0 && tabs >= commas && tabs >= semicolons)
        return u'\t';
    if (commas > 0 && commas >= semicolons)
        return u',';
    if (semicolons > 0)
        return u';';
    return QChar();
}

} // namespace parallax::import
