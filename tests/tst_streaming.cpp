// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Record files read in pieces: the same articles, order, problems and offsets as read whole, in
// every encoding, and memory that does not grow with the size of the file.
#include "import/filereader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;
using namespace parallax::import;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(PARALLAX_SOURCE_DIR "/tests/data/formats/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray encoded(const QString &text, const char *encoding)
{
    QStringEncoder e(encoding);
    const QByteArray bytes = e.encode(text);
    return e.hasError() ? QByteArray() : bytes;
}

QString jsonLine(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n';
}

// Japanese records (JSON Lines or CSV with quoted fields over two lines), different for every n.
QString japaneseRecords(int count, bool csv)
{
    static const QStringList sentences = {u"北方四島での日ロの共同経済活動に向けて、政府は調査団を派遣した。"_s,
                                          u"現地では「特別な制度」の検討が進んでいる。"_s,
                                          u"外相は電話会談で墓参の継続を確認した。"_s,
                                          u"元島民の高齢化が進み、交流事業の見直しが課題となっている。"_s};
    QString out = csv ? u"title,text,date\n"_s : QString();
    for (int n = 1; n <= count; ++n) {
        const QString title = u"北方領土問題 第%1報"_s.arg(n);
        const QString body = sentences.at(n % 4) + u"\n"_s + sentences.at((n + 1) % 4) + u"第%1回。"_s.arg(n);
        const QString date = u"2019-12-%1"_s.arg(1 + n % 28, 2, 10, QChar(u'0'));
        if (csv)
            out += u"\"%1\",\"%2\",%3\n"_s.arg(title, QString(body).replace(u"「"_s, u"\"\"「"_s), date);
        else
            out += jsonLine({{u"title"_s, title}, {u"text"_s, body}, {u"date"_s, date}});
    }
    return out;
}

QString russianRecords(int count)
{
    static const QStringList sentences = {u"Министр иностранных дел России заявил, что суверенитет над островами не обсуждается."_s,
                                          u"Переговоры о мирном договоре продолжатся в следующем месяце в Москве."_s,
                                          u"Жители Курильских островов ждут открытия нового аэропорта."_s};
    QString out;
    for (int n = 1; n <= count; ++n)
        out += jsonLine({{u"title"_s, u"Курилы: сообщение %1"_s.arg(n)},
                         {u"text"_s, sentences.at(n % 3) + u" "_s + sentences.at((n + 1) % 3)},
                         {u"source"_s, u"ТАСС"_s}});
    return out;
}

// About `bytes` of JSON Lines of English records of about 1 KB.
QByteArray englishJsonLines(qint64 bytes)
{
    QByteArray out;
    for (int n = 1; out.size() < bytes; ++n) {
        QString text;
        for (int s = 0; s < 8; ++s)
            text += u"Sentence %1 of report %2 mentions the islands, the treaty and the talks in Moscow. "_s.arg(s).arg(n);
        out += jsonLine({{u"title"_s, u"Report %1"_s.arg(n)}, {u"text"_s, text}}).toUtf8();
    }
    return out;
}

QStringList described(const FileResult &r)
{
    QStringList out;
    for (const Article &a : r.articles)
        out << QStringList{a.source, a.title, a.body, a.published.toString(Qt::ISODate), a.dateReason, a.outlet,
                           a.url, a.author, a.language, a.country, a.encoding}.join(u'|');
    for (const Problem &p : r.problems)
        out << u"%1|%2|offset %3|line %4|record %5|%6"_s.arg(p.path, p.reason).arg(p.byteOffset).arg(p.line)
                   .arg(p.record).arg(p.warning ? u"warning"_s : u"error"_s);
    return out;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

class TestStreaming : public QObject
{
    Q_OBJECT
private slots:
    void piecesGiveWholeResults_data();
    void piecesGiveWholeResults();
    void memoryDoesNotGrowWithTheFile_data();
    void memoryDoesNotGrowWithTheFile();
};

void TestStreaming::piecesGiveWholeResults_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("headBytes");
    QTest::addColumn<int>("articles");
    QTest::addColumn<qint64>("lastOffset"); // the byte offset of the last problem; -2: not checked
    QTest::addColumn<QString>("encoding");

    QTest::newRow("jsonl-bad-line") << u"news.jsonl"_s << fixture(u"src/news.jsonl"_s) << qint64(1 << 20) << 3
                                    << qint64(-2) << u"UTF-8"_s;
    QTest::newRow("csv-multiline-quotes-unclosed") << u"news.csv"_s << fixture(u"src/news.csv"_s) << qint64(1 << 20) << 2
                                                   << qint64(-2) << u"UTF-8"_s;
    QTest::newRow("tsv") << u"news.tsv"_s << fixture(u"src/news.tsv"_s) << qint64(1 << 20) << 2 << qint64(-2) << u"UTF-8"_s;
    QTest::newRow("json-array-non-object") << u"news.json"_s << fixture(u"src/news.json"_s) << qint64(1 << 20) << 2
                                           << qint64(-2) << u"UTF-8"_s;
    QByteArray oneLine = fixture(u"src/news.json"_s);
    oneLine.replace('\n', ' ');
    QTest::newRow("json-array-one-line") << u"one-line.json"_s << oneLine << qint64(64) << 2 << qint64(-2) << u"UTF-8"_s;
    QByteArray crlf = fixture(u"src/news.csv"_s);
    crlf.replace("\n", "\r\n");
    QTest::newRow("csv-crlf") << u"crlf.csv"_s << crlf << qint64(1 << 20) << 2 << qint64(-2) << u"UTF-8"_s;
    QTest::newRow("gzip-jsonl") << u"news.jsonl.gz"_s << fixture(u"news.jsonl.gz"_s) << qint64(1 << 20) << 3
                                << qint64(-2) << u"UTF-8"_s;

    const QString jsonl = QString::fromUtf8(fixture(u"src/news.jsonl"_s));
    QTest::newRow("utf16le-bom-jsonl") << u"utf16.jsonl"_s << QByteArray("\xFF\xFE") + encoded(jsonl, "UTF-16LE")
                                       << qint64(1 << 20) << 3 << qint64(-2) << u"UTF-16LE"_s;
    QTest::newRow("utf16be-bom-jsonl") << u"utf16be.jsonl"_s << QByteArray("\xFE\xFF") + encoded(jsonl, "UTF-16BE")
                                       << qint64(1 << 20) << 3 << qint64(-2) << u"UTF-16BE"_s;
    QTest::newRow("utf8-bom-csv") << u"bom.csv"_s << QByteArray("\xEF\xBB\xBF") + fixture(u"src/news.csv"_s)
                                  << qint64(1 << 20) << 2 << qint64(-2) << u"UTF-8"_s;
    QTest::newRow("shift_jis-csv-multiline") << u"ja.csv"_s << encoded(japaneseRecords(40, true), "Shift_JIS")
                                             << qint64(1 << 20) << 40 << qint64(-2) << u"Shift_JIS"_s;
    QTest::newRow("euc-jp-jsonl") << u"ja.jsonl"_s << encoded(japaneseRecords(40, false), "EUC-JP")
                                  << qint64(1 << 20) << 40 << qint64(-2) << u"EUC-JP"_s;
    QTest::newRow("windows-1251-jsonl") << u"ru.jsonl"_s << encoded(russianRecords(30), "windows-1251")
                                        << qint64(1 << 20) << 30 << qint64(-2) << u"windows-1251"_s;
    QTest::newRow("koi8-r-jsonl") << u"ru-koi8.jsonl"_s << encoded(russianRecords(30), "KOI8-R")
                                  << qint64(1 << 20) << 30 << qint64(-2) << u"KOI8-R"_s;

    // Undecodable bytes after the head: the records before them are read, the offset is the file's.
    {
        QByteArray bytes = englishJsonLines(20000);
        const qsizetype lineStart = bytes.indexOf('\n', 12000) + 1;
        const qsizetype bad = bytes.indexOf("Sentence 3", lineStart) + 4;
        bytes[bad] = char(0xFF);
        const int before = int(bytes.first(lineStart).count('\n'));
        QTest::newRow("utf8-undecodable-late") << u"late.jsonl"_s << bytes << qint64(4096) << before << qint64(bad)
                                               << u"UTF-8"_s;
    }
    {
        QByteArray bytes = encoded(japaneseRecords(120, false), "Shift_JIS");
        const qsizetype lineStart = bytes.indexOf('\n', bytes.size() / 2) + 1;
        const qsizetype bad = bytes.indexOf(':', lineStart + 12) + 2; // before the first character of a value
        bytes.insert(bad, "\x81 ");
        const int before = int(bytes.first(lineStart).count('\n'));
        QTest::newRow("shift_jis-undecodable-late") << u"late-ja.jsonl"_s << bytes << qint64(4096) << before
                                                    << qint64(bad) << u"Shift_JIS"_s;
    }
    {
        // A UTF-8 BOM counts: the offset is of the file, not of the text after the mark.
        QByteArray bytes = "\xEF\xBB\xBF" + englishJsonLines(3000);
        const qsizetype bad = bytes.indexOf("Sentence 5", 2000);
        bytes[bad] = char(0xC3); // a lead byte without its continuation
        const int before = int(bytes.first(bad).count('\n'));
        QTest::newRow("utf8-bom-undecodable") << u"bom-late.jsonl"_s << bytes << qint64(1024) << before << qint64(bad)
                                              << u"UTF-8"_s;
    }
    // Undecodable bytes in the head: the file is refused, as when read whole.
    QTest::newRow("windows-1251-broken-head") << u"broken.csv"_s
        << encoded(u"title,text\nКурилы,Текст о Курилах.\n"_s, "windows-1251") + "\x98\n" << qint64(1 << 20) << 0
        << qint64(-2) << QString();
}

void TestStreaming::piecesGiveWholeResults()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, headBytes);
    QFETCH(int, articles);
    QFETCH(qint64, lastOffset);
    QFETCH(QString, encoding);
    QVERIFY(!bytes.isEmpty());
    QTemporaryDir dir;
    const QString path = writeFile(dir, name, bytes);
    QVERIFY(!path.isEmpty());

    ReadOptions whole;
    whole.pieceBytes = 0;
    whole.headBytes = headBytes;
    const FileResult reference = readFile(path, whole);
    QCOMPARE(reference.articles.size(), articles);
    for (const Article &a : reference.articles)
        QCOMPARE(a.encoding, encoding);
    if (lastOffset != -2) {
        QVERIFY(!reference.problems.isEmpty());
        QCOMPARE(reference.problems.last().byteOffset, lastOffset);
        QVERIFY2(reference.problems.last().reason.contains(u"offset %1"_s.arg(lastOffset)),
                 qPrintable(reference.problems.last().reason));
    }
    // Read whole from memory, as archive members are, the same again.
    QCOMPARE(described(readBytes(path, bytes, whole)), described(reference));

    for (const qint64 piece : {qint64(1), qint64(2), qint64(3), qint64(7), qint64(64), qint64(1000)}) {
        ReadOptions options = whole;
        options.pieceBytes = piece;
        int pieces = 0;
        FileResult got;
        qint64 lastRead = 0;
        const ReadStats stats = readFile(path, options, [&](FileResult &r, qint64 bytesRead) {
            ++pieces;
            if (bytesRead < lastRead)
                return false;
            lastRead = bytesRead;
            got.articles += r.articles;
            got.problems += r.problems;
            return true;
        });
        QCOMPARE(stats.pieces, pieces);
        QCOMPARE(described(got), described(reference));
        if (piece <= 64 && articles > 2 && !name.endsWith(u".gz"_s))
            QVERIFY2(pieces > 2, "the articles came in one piece");
    }
}

void TestStreaming::memoryDoesNotGrowWithTheFile_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("jsonl") << u"jsonl"_s;
    QTest::newRow("csv") << u"csv"_s;
    QTest::newRow("json-array") << u"json"_s;
}

void TestStreaming::memoryDoesNotGrowWithTheFile()
{
    QFETCH(QString, format);
    QTemporaryDir dir;
    ReadOptions options;
    options.pieceBytes = 8 * 1024;
    options.headBytes = 8 * 1024;
    auto fileOf = [&](qint64 size) {
        const QByteArray lines = englishJsonLines(size);
        QByteArray bytes;
        if (format == u"jsonl"_s) {
            bytes = lines;
        } else if (format == u"json"_s) {
            bytes = "[\n" + QByteArray(lines).replace("}\n{", "},\n{") + "]\n";
        } else {
            bytes = "title,text\n";
            for (const QByteArray &line : lines.split('\n')) {
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                if (!o.isEmpty())
                    bytes += "\"" + o.value(u"title"_s).toString().toUtf8() + "\",\"" + o.value(u"text"_s).toString().toUtf8()
                        + "\nA second line.\"\n";
            }
        }
        return writeFile(dir, u"%1.%2"_s.arg(size).arg(format), bytes);
    };
    qint64 held[2] = {0, 0};
    int i = 0;
    for (const qint64 size : {qint64(256 * 1024), qint64(4 * 1024 * 1024)}) {
        const QString path = fileOf(size);
        QVERIFY(!path.isEmpty());
        int articles = 0;
        int problems = 0;
        const ReadStats stats = readFile(path, options, [&](FileResult &r, qint64) {
            articles += int(r.articles.size());
            problems += int(r.problems.size());
            return true;
        });
        QCOMPARE(problems, 0);
        QVERIFY(articles > int(size / 1200));
        QVERIFY2(stats.pieces >= size / options.pieceBytes / 2, qPrintable(QString::number(stats.pieces)));
        // The head, a piece, its text (UTF-16) and the incomplete record: a few pieces, never the file.
        QVERIFY2(stats.largestHeld <= 10 * options.pieceBytes, qPrintable(QString::number(stats.largestHeld)));
        held[i++] = stats.largestHeld;
    }
    QVERIFY2(held[1] <= held[0] + 2048, qPrintable(u"%1 then %2"_s.arg(held[0]).arg(held[1])));
}

QTEST_GUILESS_MAIN(TestStreaming)
#include "tst_streaming.moc"
