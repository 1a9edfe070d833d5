// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/export/codebookexport.h"

#include "annotations/export/csv.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace parallax::annotations::exports {

namespace {

const QString QdcNamespace = u"urn:QDA-XML:codebook:1.0"_s;
/** Namespace for guids derived from tag paths (rows of hand-made CSV files without a guid). */
const QUuid PathNamespace = QUuid::fromString(u"6f1c2d0e-8a5b-4c1e-9a63-2b7d4e1f0a95"_s);

QString tr(const char *text)
{
    return QCoreApplication::translate("CodebookExport", text);
}

QString guidText(const QUuid &guid)
{
    return guid.toString(QUuid::WithoutBraces).toUpper();
}

QString colourText(const QColor &c)
{
    return c.isValid() ? c.name(QColor::HexRgb).toUpper() : QString();
}

QColor colourFrom(const QString &text)
{
    return text.isEmpty() ? QColor() : QColor::fromString(text);
}

/** xs:boolean (and yes/no in hand-made CSV); empty or unknown text is codable. */
bool codableFrom(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    return !(t == u"false"_s || t == u"0"_s || t == u"no"_s);
}

QString booleanText(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

/** Adds a tag under parentId, repairing its name so that paths stay unique and unambiguous. */
qint64 addRepaired(Codebook &book, Tag tag, CodebookImport &result)
{
    if (tag.name.contains(Codebook::PathSeparator)) {
        result.problems.append(tr("“%1”: “/” replaced by “∕”").arg(tag.name));
        tag.name.replace(Codebook::PathSeparator, QChar(0x2215));
    }
    if (tag.name.trimmed().isEmpty())
        tag.name = tr("(unnamed)");
    const QString base = tag.name;
    for (int n = 2; book.findChild(tag.parentId, tag.name) != 0; ++n)
        tag.name = u"%1 (%2)"_s.arg(base).arg(n);
    if (tag.name != base)
        result.problems.append(tr("“%1” appears twice under one parent; renamed “%2”").arg(base, tag.name));
    if (tag.guid.isNull() || book.findGuid(tag.guid) != 0)
        tag.guid = QUuid::createUuid();
    tag.id = book.size() + 1;
    book.insert(tag);
    return tag.id;
}

void writeCode(QXmlStreamWriter &xml, const Codebook &book, qint64 id)
{
    const Tag *t = book.tag(id);
    xml.writeStartElement(u"Code"_s);
    xml.writeAttribute(u"guid"_s, guidText(t->guid));
    xml.writeAttribute(u"name"_s, t->name);
    xml.writeAttribute(u"isCodable"_s, booleanText(t->codable));
    if (t->colour.isValid())
        xml.writeAttribute(u"color"_s, colourText(t->colour));
    if (!t->description.isEmpty())
        xml.writeTextElement(u"Description"_s, t->description);
    for (qint64 child : book.children(id))
        writeCode(xml, book, child);
    xml.writeEndElement();
}

} // namespace

QByteArray codebookToCsv(const Codebook &book)
{
    QString out = csv::record({u"guid"_s, u"path"_s, u"colour"_s, u"description"_s, u"codable"_s});
    for (const Tag &t : book.tags())
        out += csv::record({guidText(t.guid), book.path(t.id), colourText(t.colour), t.description, booleanText(t.codable)});
    return csv::toBytes(out);
}

CodebookImport codebookFromCsv(const QByteArray &bytes)
{
    CodebookImport result;
    const csv::Table table = csv::parse(bytes);
    if (!table.ok() || table.records.isEmpty()) {
        result.ok = false;
        result.problems.append(table.ok() ? tr("The file is empty.")
                                          : tr("Line %1: %2").arg(table.errorLine).arg(table.error));
        return result;
    }
    const QStringList header = table.records.first();
    const qsizetype guidColumn = header.indexOf(u"guid"_s), pathColumn = header.indexOf(u"path"_s),
                    colourColumn = header.indexOf(u"colour"_s), descriptionColumn = header.indexOf(u"description"_s),
                    codableColumn = header.indexOf(u"codable"_s);
    if (pathColumn < 0) {
        result.ok = false;
        result.problems.append(tr("No “path” column."));
        return result;
    }
    const auto cell = [](const QStringList &row, qsizetype column) {
        return column >= 0 && column < row.size() ? row.at(column) : QString();
    };
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const QStringList &row = table.records.at(r);
        const QStringList parts = cell(row, pathColumn).split(Codebook::PathSeparator, Qt::SkipEmptyParts);
        qint64 parentId = 0;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QString name = parts.at(i).trimmed();
            const qint64 existing = result.codebook.findChild(parentId, name);
            const bool last = i + 1 == parts.size();
            if (existing != 0 && !last) {
                parentId = existing;
                continue;
            }
            const QString path = QStringList(parts.mid(0, i + 1)).join(Codebook::PathSeparator);
            Tag t{0, parentId, name, {}, {}, QUuid::createUuidV5(PathNamespace, path)};
            if (last) {
                const QUuid guid = QUuid::fromString(cell(row, guidColumn));
                t.guid = guid.isNull() ? t.guid : guid;
                t.colour = colourFrom(cell(row, colourColumn));
                t.description = cell(row, descriptionColumn);
                t.codable = codableFrom(cell(row, codableColumn));
                if (existing != 0) { // an ancestor row written after its child: fill it in
                    Tag filled = *result.codebook.tag(existing);
                    filled.guid = t.guid;
                    filled.colour = t.colour;
                    filled.description = t.description;
                    filled.codable = t.codable;
                    result.codebook.insert(filled);
                    break;
                }
            }
            parentId = addRepaired(result.codebook, t, result);
        }
    }
    return result;
}

QByteArray codebookToQdc(const Codebook &book, const QString &origin)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QdcNamespace);
    xml.writeStartElement(QdcNamespace, u"CodeBook"_s);
    xml.writeAttribute(u"origin"_s, origin.isEmpty() ? u"Parallax"_s : origin);
    xml.writeStartElement(QdcNamespace, u"Codes"_s);
    for (qint64 root : book.children(0))
        writeCode(xml, book, root);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

CodebookImport codebookFromQdc(const QByteArray &bytes)
{
    CodebookImport result;
    QXmlStreamReader xml(bytes);
    QList<qint64> open; // ids of the Code elements enclosing the current one
    bool sawCodeBook = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"CodeBook"_s) {
                sawCodeBook = true;
                if (xml.namespaceUri() != QdcNamespace)
                    result.problems.append(tr("Unexpected namespace “%1”").arg(xml.namespaceUri().toString()));
            } else if (name == u"Code"_s) {
                const auto attrs = xml.attributes();
                Tag t{0, open.isEmpty() ? 0 : open.last(), attrs.value(u"name"_s).toString(),
                      colourFrom(attrs.value(u"color"_s).toString()), {},
                      QUuid::fromString(attrs.value(u"guid"_s)), codableFrom(attrs.value(u"isCodable"_s))};
                open.append(addRepaired(result.codebook, t, result));
            } else if (name == u"Description"_s && !open.isEmpty()) {
                Tag t = *result.codebook.tag(open.last());
                t.description = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                result.codebook.insert(t);
            }
        } else if (xml.isEndElement() && xml.name() == u"Code"_s && !open.isEmpty()) {
            open.removeLast();
        }
    }
    if (xml.hasError() || !sawCodeBook) {
        result.ok = false;
        result.problems.append(xml.hasError() ? tr("Line %1: %2").arg(xml.lineNumber()).arg(xml.errorString())
                                              : tr("Not a REFI-QDA codebook (no CodeBook element)."));
    }
    return result;
}

} // namespace parallax::annotations::exports
