// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/export/annotationexport.h"
#include "annotations/export/codebookexport.h"
#include "annotations/export/csv.h"
#include "annotations/export/w3cimport.h"
#include "text/segmenter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace parallax;
using namespace parallax::annotations;
using namespace parallax::annotations::exports;

namespace {

// An emoji (two UTF-16 units, one code point) before the quotes makes the two offsets differ.
const QString BodyJa = u"🗾 政府は「北方領土」の返還を求めている。ロシアは南クリルと呼ぶ。"_s;
const QString BodyRu = u"МОСКВА, 19 декабря. /ТАСС/. Россия называет острова \"Южными Курилами\", сказал он."_s;

Tag makeTag(qint64 id, qint64 parent, const QString &name, const QColor &colour = {}, const QString &description = {})
{
    return Tag{id, parent, name, colour, description, QUuid::createUuid()};
}

Codebook sampleCodebook()
{
    Codebook book;
    book.insert(makeTag(1, 0, u"Framing"_s, QColor(u"#d95f02"_s), u"How each side frames the dispute"_s));
    book.insert(makeTag(2, 1, u"Sovereignty"_s, QColor(u"#1b9e77"_s)));
    book.insert(makeTag(3, 1, u"Названия, \"кавычки\""_s, {}, u"Line one\nline two, with comma"_s));
    book.insert(makeTag(4, 0, u"アクター"_s, QColor(u"#7570b3"_s)));
    book.insert(makeTag(5, 2, u"Legal"_s));
    Tag folder = makeTag(6, 0, u"Themes"_s);
    folder.codable = false; // REFI-QDA isCodable="false"
    book.insert(folder);
    return book;
}

Annotation makeAnnotation(qint64 id, qint64 article, const QString &body, const QString &quote,
                          QList<qint64> tags, const QString &note)
{
    Annotation a;
    a.id = id;
    a.articleId = article;
    const int start = int(body.indexOf(quote));
    a.span = Span{start, start + int(quote.size())};
    a.quote = QuoteSelector::fromBody(body, a.span);
    a.tagIds = tags;
    a.note = note;
    a.author = u"佐藤"_s;
    a.created = QDateTime(QDate(2026, 11, 20), QTime(9, 30, 15, 250), Qt::UTC);
    a.modified = QDateTime(QDate(2026, 11, 21), QTime(10, 0, 0, 5), Qt::UTC);
    return a;
}

ExportInput sampleInput()
{
    ExportInput in;
    in.codebook = sampleCodebook();
    in.bodies = {{10, BodyJa}, {20, BodyRu}};
    in.citations = {{10, Citation{u"Yomiuri Shimbun"_s, QDate(2019, 12, 19), u"北方領土交渉"_s}},
                    {20, Citation{u"TASS"_s, QDate(2019, 12, 19), u"Lavrov on the Kurils"_s}}};
    in.annotations = {
        makeAnnotation(1, 10, BodyJa, u"北方領土"_s, {2, 4}, u"He said, \"return\",\nthen paused."_s),
        makeAnnotation(2, 20, BodyRu, u"\"Южными Курилами\""_s, {3}, u"Русское название"_s),
        makeAnnotation(3, 10, BodyJa, u"南クリル"_s, {}, {}),
    };
    in.annotations[2].orphan = true;
    return in;
}

} // namespace

class TestAnnotationExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvParser_data();
    void csvParser();
    void csvExportRoundTrips();
    void jsonExportUsesCodePoints();
    void w3cHasRequiredFields();
    void w3cRoundTripLosesNothing();
    void w3cImportReanchorsMovedQuotes();
    void w3cImportReportsProblems();
    void markdownGroupsQuotesByTag();
    void codebookCsvRoundTrip();
    void codebookCsvWithoutGuids();
    void qdcHasRequiredStructure();
    void qdcRoundTrip();
    void qdcFromAnotherTool();
};

void TestAnnotationExport::csvParser_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<int>("errorLine");
    QTest::newRow("plain fields") << u"a,b,c\r\n1,2,3\r\n"_s
                                  << QList<QStringList>{{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, u"3"_s}} << 0;
    QTest::newRow("quotes doubled inside quotes")
        << u"\"say \"\"hi\"\"\",x"_s << QList<QStringList>{{u"say \"hi\""_s, u"x"_s}} << 0;
    QTest::newRow("line breaks inside quotes")
        << u"\"one\r\ntwo\nthree\",end\r\nnext,row"_s
        << QList<QStringList>{{u"one\r\ntwo\nthree"_s, u"end"_s}, {u"next"_s, u"row"_s}} << 0;
    QTest::newRow("Japanese and Russian text")
        << u"北方領土,\"Южные, Курилы\"\n"_s << QList<QStringList>{{u"北方領土"_s, u"Южные, Курилы"_s}} << 0;
    QTest::newRow("empty fields and a trailing empty field")
        << u",,\r\na,\r\n"_s << QList<QStringList>{{QString(), QString(), QString()}, {u"a"_s, QString()}} << 0;
    QTest::newRow("byte order mark and no final line break")
        << u"\uFEFFid,tags\r\n7,x"_s << QList<QStringList>{{u"id"_s, u"tags"_s}, {u"7"_s, u"x"_s}} << 0;
    QTest::newRow("unterminated quote") << u"a,b\r\n\"open,\r\nnever closed"_s << QList<QStringList>{} << 2;
    QTest::newRow("text after a closing quote") << u"\"a\"b,c"_s << QList<QStringList>{} << 1;
}

void TestAnnotationExport::csvParser()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, records);
    QFETCH(int, errorLine);
    const csv::Table table = csv::parse(QStringView(text));
    QCOMPARE(table.errorLine, errorLine);
    QCOMPARE(table.ok(), errorLine == 0);
    if (table.ok())
        QCOMPARE(table.records, records);
}

void TestAnnotationExport::csvExportRoundTrips()
{
    const ExportInput in = sampleInput();
    const QByteArray bytes = toCsv(in);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\r\n"));
    const csv::Table table = csv::parse(bytes);
    QVERIFY2(table.ok(), qPrintable(table.error));
    QCOMPARE(table.records.size(), in.annotations.size() + 1);
    const QStringList header = table.records.first();
    QCOMPARE(header, csvHeader());
    const auto column = [&](int row, const QString &name) { return table.records.at(row).at(header.indexOf(name)); };
    for (int i = 0; i < in.annotations.size(); ++i) {
        const Annotation &a = in.annotations.at(i);
        QCOMPARE(table.records.at(i + 1).size(), header.size());
        QCOMPARE(column(i + 1, u"exact"_s), a.quote.exact);
        QCOMPARE(column(i + 1, u"prefix"_s), a.quote.prefix);
        QCOMPARE(column(i + 1, u"note"_s), a.note);
        QCOMPARE(column(i + 1, u"created"_s), u"2026-11-20T09:30:15.250Z"_s);
    }
    QCOMPARE(column(1, u"tags"_s), u"Framing/Sovereignty; アクター"_s);
    QCOMPARE(column(1, u"title"_s), u"北方領土交渉"_s);
    QCOMPARE(column(2, u"tags"_s), u"Framing/Названия, \"кавычки\""_s);
    QCOMPARE(column(3, u"orphan"_s), u"true"_s);
    // Code points: the emoji counts once.
    QCOMPARE(column(1, u"start"_s).toInt(), in.annotations[0].span.start - 1);
}

void TestAnnotationExport::jsonExportUsesCodePoints()
{
    const ExportInput in = sampleInput();
    const QJsonArray array = QJsonDocument::fromJson(toJson(in)).array();
    QCOMPARE(array.size(), 3);
    const QJsonObject first = array.at(0).toObject();
    const int start = first[u"start"_s].toInt();
    QCOMPARE(start, in.annotations[0].span.start - 1);
    QCOMPARE(BodyJa.mid(text::fromCodePoints(BodyJa, start), 4), u"北方領土"_s);
    QCOMPARE(first[u"tags"_s].toArray().size(), 2);
    QCOMPARE(first[u"outlet"_s].toString(), u"Yomiuri Shimbun"_s);
    QCOMPARE(first[u"date"_s].toString(), u"2019-12-19"_s);
    QVERIFY(array.at(2).toObject()[u"orphan"_s].toBool());
}

void TestAnnotationExport::w3cHasRequiredFields()
{
    const ExportInput in = sampleInput();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(toW3c(in), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root[u"@context"_s].toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
    QCOMPARE(root[u"type"_s].toString(), u"AnnotationCollection"_s);
    QVERIFY(!root[u"id"_s].toString().isEmpty());
    QCOMPARE(root[u"total"_s].toInt(), 3);
    const QJsonObject page = root[u"first"_s].toObject();
    QCOMPARE(page[u"type"_s].toString(), u"AnnotationPage"_s);
    const QJsonArray items = page[u"items"_s].toArray();
    QCOMPARE(items.size(), 3);
    for (const QJsonValue &v : items) {
        const QJsonObject a = v.toObject();
        QCOMPARE(a[u"type"_s].toString(), u"Annotation"_s);
        QVERIFY(a[u"id"_s].toString().startsWith(u"urn:"_s)); // an IRI
        QVERIFY(a[u"target"_s].toObject()[u"source"_s].toString().startsWith(u"urn:parallax:article:"_s));
        QVERIFY(QDateTime::fromString(a[u"created"_s].toString(), Qt::ISODateWithMs).isValid());
    }
    const QJsonObject first = items.first().toObject();
    QCOMPARE(first[u"motivation"_s].toString(), u"tagging"_s);
    const QJsonArray body = first[u"body"_s].toArray();
    QCOMPARE(body.size(), 3);
    QCOMPARE(body[0].toObject()[u"type"_s].toString(), u"TextualBody"_s);
    QCOMPARE(body[0].toObject()[u"purpose"_s].toString(), u"tagging"_s);
    QCOMPARE(body[0].toObject()[u"value"_s].toString(), u"Framing/Sovereignty"_s);
    QCOMPARE(body[2].toObject()[u"purpose"_s].toString(), u"commenting"_s);
    const QJsonArray selectors = first[u"target"_s].toObject()[u"selector"_s].toArray();
    QCOMPARE(selectors.size(), 2);
    const QJsonObject quote = selectors[0].toObject();
    QCOMPARE(quote[u"type"_s].toString(), u"TextQuoteSelector"_s);
    QCOMPARE(quote[u"exact"_s].toString(), u"北方領土"_s);
    const QJsonObject position = selectors[1].toObject();
    QCOMPARE(position[u"type"_s].toString(), u"TextPositionSelector"_s);
    const int start = position[u"start"_s].toInt();
    const int end = position[u"end"_s].toInt();
    QCOMPARE(end - start, 4);
    QCOMPARE(start, int(BodyJa.indexOf(u"北方領土"_s)) - 1); // code points, not UTF-16 units
    QCOMPARE(items[2].toObject()[u"motivation"_s].toString(), u"highlighting"_s);
    QVERIFY(items[2].toObject()[u"parallax:orphan"_s].toBool());
}

void TestAnnotationExport::w3cRoundTripLosesNothing()
{
    const ExportInput in = sampleInput();
    const W3cImport imported = fromW3c(toW3c(in), in.bodies);
    QVERIFY2(imported.ok, qPrintable(imported.problems.join(u'\n')));
    QVERIFY2(imported.problems.isEmpty(), qPrintable(imported.problems.join(u'\n')));
    QCOMPARE(imported.annotations.size(), in.annotations.size());
    for (int i = 0; i < in.annotations.size(); ++i) {
        Annotation back = imported.annotations.at(i).annotation;
        for (const QString &path : imported.annotations.at(i).tagPaths)
            back.tagIds.append(in.codebook.findPath(path));
        QCOMPARE(back, in.annotations.at(i));
    }
    // A single annotation and a bare array are read too.
    const QJsonObject one = toW3cAnnotation(in.annotations[1], in);
    QCOMPARE(fromW3c(QJsonDocument(one).toJson(), in.bodies).annotations.size(), 1);
    QCOMPARE(fromW3c(QJsonDocument(QJsonArray{one, one}).toJson(), in.bodies).annotations.size(), 2);
}

void TestAnnotationExport::w3cImportReanchorsMovedQuotes()
{
    const ExportInput in = sampleInput();
    QHash<qint64, QString> edited = in.bodies;
    edited[10].prepend(u"【速報】"_s);
    const W3cImport imported = fromW3c(toW3c(in), edited);
    const Annotation a = imported.annotations.at(0).annotation;
    QCOMPARE(edited[10].mid(a.span.start, a.span.length()), u"北方領土"_s);
    QVERIFY(!a.orphan);
    QVERIFY(imported.problems.join(u'\n').contains(u"re-anchored"_s));
}

void TestAnnotationExport::w3cImportReportsProblems()
{
    QVERIFY(!fromW3c("{not json", QHash<qint64, QString>()).ok);
    const QByteArray foreign = R"({"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno1",
        "type": "Annotation", "target": {"source": "http://example.org/page1",
        "selector": {"type": "TextQuoteSelector", "exact": "Kurils"}}})";
    const W3cImport r = fromW3c(foreign, QHash<qint64, QString>());
    QVERIFY(!r.ok);
    QVERIFY(r.problems.first().contains(u"http://example.org/anno1"_s));
}

void TestAnnotationExport::markdownGroupsQuotesByTag()
{
    const QString md = toMarkdown(sampleInput(), u"Kuril coverage"_s);
    QVERIFY(md.startsWith(u"# Kuril coverage\n"_s));
    const qsizetype sov = md.indexOf(u"\n## Framing/Sovereignty\n"_s);
    const qsizetype actors = md.indexOf(u"\n## アクター\n"_s);
    const qsizetype untagged = md.indexOf(u"\n## Untagged\n"_s);
    QVERIFY(sov > 0 && actors > sov && untagged > actors);
    QCOMPARE(md.count(u"> 北方領土\n"_s), 2); // under both of its tags
    QVERIFY(md.contains(u"> — Yomiuri Shimbun, 2019-12-19, “北方領土交渉”\n"_s));
    QVERIFY(md.contains(u"> — TASS, 2019-12-19, “Lavrov on the Kurils”\n"_s));
    QVERIFY(md.contains(u"could not be found"_s));
    QVERIFY(md.contains(u"*How each side frames the dispute*"_s) == false); // only tags that hold quotes
}

void TestAnnotationExport::codebookCsvRoundTrip()
{
    const Codebook book = sampleCodebook();
    const QByteArray bytes = codebookToCsv(book);
    const CodebookImport back = codebookFromCsv(bytes);
    QVERIFY(back.ok);
    QVERIFY2(back.problems.isEmpty(), qPrintable(back.problems.join(u'\n')));
    QVERIFY(back.codebook.isEquivalent(book));
    QCOMPARE(codebookToCsv(back.codebook), bytes);
    const csv::Table table = csv::parse(bytes);
    QCOMPARE(table.records.at(1).at(1), u"Framing"_s);
    QCOMPARE(table.records.at(1).at(2), u"#D95F02"_s);
    QCOMPARE(table.records.at(0).at(4), u"codable"_s);
    QCOMPARE(table.records.at(1).at(4), u"true"_s);
    QVERIFY(!back.codebook.tag(back.codebook.findPath(u"Themes"_s))->codable);
    Codebook changed = book;
    Tag t = *changed.tag(6);
    t.codable = true;
    changed.insert(t);
    QVERIFY(!changed.isEquivalent(book)); // codability is part of the codebook
}

void TestAnnotationExport::codebookCsvWithoutGuids()
{
    // Hand-made: no guid column, a child before its parent, LF line ends.
    const QByteArray bytes = "path,colour\nFraming/Sovereignty,#1b9e77\nFraming,#d95f02\n";
    QVERIFY(!codebookFromCsv("path,codable\nFolder,no\nFolder/Tag,\n").codebook.tag(1)->codable);
    QVERIFY(codebookFromCsv("path,codable\nFolder,no\nFolder/Tag,\n").codebook.tag(2)->codable);
    const CodebookImport first = codebookFromCsv(bytes);
    QVERIFY(first.ok);
    QCOMPARE(first.codebook.size(), 2);
    const qint64 framing = first.codebook.findPath(u"Framing"_s);
    QCOMPARE(first.codebook.tag(framing)->colour, QColor(u"#d95f02"_s));
    QCOMPARE(first.codebook.tag(first.codebook.findPath(u"Framing/Sovereignty"_s))->parentId, framing);
    // Guids derived from paths are stable: importing twice gives the same codebook.
    QVERIFY(codebookFromCsv(bytes).codebook.isEquivalent(first.codebook));
    QVERIFY(!codebookFromCsv("colour\n#fff\n").ok);
}

void TestAnnotationExport::qdcHasRequiredStructure()
{
    const Codebook book = sampleCodebook();
    const QByteArray xml = codebookToQdc(book, u"Parallax 0.1.0"_s);
    const QRegularExpression guidPattern(u"^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                                         "[0-9a-fA-F]{12})$"_s);
    const QRegularExpression colourPattern(u"^#[0-9A-Fa-f]{6}$"_s);
    QXmlStreamReader reader(xml);
    QStringList path; // element names from the root
    int codes = 0, maxDepth = 0;
    bool childSeen = false; // the current element already has a child element
    QSet<QString> guids;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            QCOMPARE(reader.namespaceUri().toString(), u"urn:QDA-XML:codebook:1.0"_s);
            const QString name = reader.name().toString();
            if (path.isEmpty()) {
                QCOMPARE(name, u"CodeBook"_s);
            } else if (path.size() == 1) {
                QCOMPARE(name, u"Codes"_s); // Codes is the first and only child here (Sets is optional)
            } else if (name == u"Description"_s) {
                QCOMPARE(path.last(), u"Code"_s);
                QVERIFY(!childSeen); // Description comes first in a Code
            } else {
                QCOMPARE(name, u"Code"_s);
            }
            childSeen = false;
            if (name == u"Code"_s) {
                ++codes;
                const auto attrs = reader.attributes();
                QVERIFY(guidPattern.match(attrs.value(u"guid"_s)).hasMatch());
                QVERIFY(!guids.contains(attrs.value(u"guid"_s).toString()));
                guids.insert(attrs.value(u"guid"_s).toString());
                QVERIFY(!attrs.value(u"name"_s).isEmpty());
                QVERIFY(attrs.value(u"isCodable"_s) == u"true"_s || attrs.value(u"isCodable"_s) == u"false"_s);
                if (attrs.hasAttribute(u"color"_s))
                    QVERIFY(colourPattern.match(attrs.value(u"color"_s)).hasMatch());
                maxDepth = std::max(maxDepth, int(path.count(u"Code"_s)) + 1);
            }
            path.append(name);
        } else if (reader.isEndElement()) {
            path.removeLast();
            childSeen = true;
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(codes, book.size());
    QCOMPARE(maxDepth, 3); // Framing/Sovereignty/Legal
    QVERIFY(xml.contains("<Description>Line one\nline two, with comma</Description>"));
    QVERIFY(xml.contains("origin=\"Parallax 0.1.0\""));
    QVERIFY(xml.contains("name=\"Themes\" isCodable=\"false\""));
    QVERIFY(xml.contains("name=\"Framing\" isCodable=\"true\""));
}

void TestAnnotationExport::qdcRoundTrip()
{
    const Codebook book = sampleCodebook();
    const QByteArray xml = codebookToQdc(book);
    const CodebookImport back = codebookFromQdc(xml);
    QVERIFY(back.ok);
    QVERIFY2(back.problems.isEmpty(), qPrintable(back.problems.join(u'\n')));
    QVERIFY(back.codebook.isEquivalent(book));
    QCOMPARE(codebookToQdc(back.codebook), xml); // guids are stable per tag
}

void TestAnnotationExport::qdcFromAnotherTool()
{
    QFile file(QStringLiteral(PARALLAX_SOURCE_DIR "/tests/data/annotations/other-tool.qdc"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const CodebookImport r = codebookFromQdc(file.readAll());
    QVERIFY(r.ok);
    QCOMPARE(r.codebook.size(), 5);
    const qint64 territory = r.codebook.findPath(u"Territory"_s);
    const Tag *t = r.codebook.tag(territory);
    QCOMPARE(t->guid, QUuid::fromString(u"1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294"_s));
    QCOMPARE(t->colour, QColor(u"#46AA00"_s));
    QCOMPARE(t->description, u"How the islands are named and claimed"_s);
    QVERIFY(!t->codable); // isCodable="false": a folder
    QVERIFY(r.codebook.tag(r.codebook.findPath(u"Actors"_s))->codable);
    QVERIFY(r.codebook.findPath(u"Territory/Northern Territories ∕ 北方領土"_s));
    const qint64 kurils = r.codebook.findPath(u"Territory/Южные Курилы"_s);
    QCOMPARE(r.codebook.tag(kurils)->description, u"Russian usage"_s);
    QVERIFY(r.codebook.findPath(u"Territory/Южные Курилы (2)"_s));
    QCOMPARE(r.codebook.tag(r.codebook.findPath(u"Actors"_s))->guid,
             QUuid::fromString(u"ECA18D76-2B8B-4F26-BC1D-19ECA19FB3F0"_s));
    QCOMPARE(r.problems.size(), 2);
    QVERIFY(!codebookFromQdc("<html/>").ok);
    QVERIFY(!codebookFromQdc("<CodeBook><Codes>").ok);
}

QTEST_GUILESS_MAIN(TestAnnotationExport)
#include "tst_annotationexport.moc"
