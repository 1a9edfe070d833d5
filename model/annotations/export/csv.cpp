// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/export/csv.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace parallax::annotations::csv {

namespace {

bool needsQuotes(const QString &field)
{
    if (field.isEmpty())
        return false;
    if (field.front().isSpace() || field.back().isSpace())
        return true;
    for (QChar c : field) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

} // namespace

QString record(const QStringList &fields)
{
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += u',';
        const QString &field = fields.at(i);
        if (needsQuotes(field)) {
            out += u'"';
            out += QString(field).replace(u"\""_s, u"\"\""_s);
            out += u'"';
        } else {
            out += field;
        }
    }
    out += u"\r\n"_s;
    return out;
}

QByteArray toBytes(const QString &text)
{
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Table parse(QStringView text)
{
    Table table;
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    QStringList current;
    QString field;
    bool quoted = false;       // inside a quoted field
    bool afterQuote = false;   // a quoted field has just closed
    int line = 1;
    int quoteLine = 1;
    const auto endField = [&] {
        current.append(field);
        field.clear();
        afterQuote = false;
    };
    const auto endRecord = [&] {
        endField();
        table.records.append(current);
        current.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u',') {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            endRecord();
            ++line;
        } else if (afterQuote) {
            table.error = u"text after a closing quote"_s;
            table.errorLine = line;
            return table;
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
            quoteLine = line;
        } else {
            field += c;
        }
    }
    if (quoted) {
        table.error = u"a quoted field is not closed"_s;
        table.errorLine = quoteLine;
        return table;
    }
    if (!field.isEmpty() || !current.isEmpty() || afterQuote)
        endRecord();
    return table;
}

Table parse(const QByteArray &utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(utf8);
    return parse(QStringView(text));
}

} // namespace parallax::annotations::csv
