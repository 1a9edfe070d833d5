// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/csv.h"
#include "import/dates.h"
#include "import/filereader.h"
#include "import/html.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;
using namespace parallax::import;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(PARALLAX_SOURCE_DIR "/tests/data/formats/") + name;
}

const Article *bySource(const FileResult &r, const QString &suffix)
{
    for (const Article &a : r.articles) {
        if (a.source.endsWith(suffix))
            return &a;
    }
    return nullptr;
}

QString problemsText(const FileResult &r)
{
    QStringList lines;
    for (const Problem &p : r.problems)
        lines << p.path + u": "_s + p.reason;
    return lines.join(u'\n');
}

} // namespace

class TestFormats : public QObject
{
    Q_OBJECT
private slots:
    void dates_data();
    void dates();
    void csvQuoting();
    void records_data();
    void records();
    void recordProblems_data();
    void recordProblems();
    void fieldMapping();
    void htmlPage();
    void htmlJapaneseDeclaredCharset();
    void htmlOnlyBoilerplate();
    void sniffing_data();
    void sniffing();
    void gzip();
    void zip();
    void damagedArchive();
};

void TestFormats::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("form");
    const QDate dec19(2019, 12, 19);
    QTest::newRow("iso-with-zone") << u"2019-12-19T08:30:00+09:00"_s << dec19 << u"ISO 8601"_s;
    QTest::newRow("iso-zulu") << u"2019-12-19T23:59:59Z"_s << dec19 << u"ISO 8601"_s;
    QTest::newRow("iso-space-time") << u"2019-12-19 10:15:00"_s << dec19 << u"ISO 8601"_s;
    QTest::newRow("iso-date-only") << u"2019-12-19"_s << dec19 << u"ISO 8601"_s;
    QTest::newRow("rfc2822") << u"Thu, 19 Dec 2019 09:00:00 +0900"_s << dec19 << u"RFC 2822"_s;
    QTest::newRow("rfc2822-gmt") << u"19 Dec 2019 09:00 GMT"_s << dec19 << u"RFC 2822"_s;
    QTest::newRow("month-day-year") << u"December 19, 2019"_s << dec19 << u"month day, year"_s;
    QTest::newRow("abbreviated-month") << u"Dec. 19, 2019"_s << dec19 << u"month day, year"_s;
    QTest::newRow("weekday-month-day-year") << u"Thursday, December 19, 2019 10:00 AM"_s << dec19 << u"month day, year"_s;
    QTest::newRow("day-month-year") << u"19 December 2019"_s << dec19 << u"day month year"_s;
    QTest::newRow("russian-genitive") << u"19 декабря 2019 года"_s << dec19 << u"day month year"_s;
    QTest::newRow("dotted-day-first") << u"19.12.2019"_s << dec19 << u"DD.MM.YYYY"_s;
    QTest::newRow("slashed-year-first") << u"2019/12/19"_s << dec19 << u"YYYY/MM/DD"_s;
    QTest::newRow("japanese") << u"2019年12月19日"_s << dec19 << u"Japanese"_s;
    QTest::newRow("unix-seconds") << u"1576749600"_s << dec19 << u"Unix time (UTC)"_s;
    QTest::newRow("impossible-day") << u"2019-02-30"_s << QDate() << QString();
    QTest::newRow("not-a-date") << u"yesterday"_s << QDate() << QString();
    QTest::newRow("ambiguous-slashes") << u"12/11/2019"_s << QDate() << QString();
}

void TestFormats::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(QString, form);
    const ParsedDate d = parseDate(text);
    QCOMPARE(d.date, date);
    QCOMPARE(d.form, form);
}

void TestFormats::csvQuoting()
{
    const CsvTable t = parseDelimited(u"a,b,c\r\n\"x, y\",\"line1\nline2\",\"say \"\"hi\"\"\"\n\nlast,,\n"_s, u',');
    QVERIFY(t.error.isEmpty());
    QCOMPARE(t.records.size(), 3);
    QCOMPARE(t.records[1].fields, (QStringList{u"x, y"_s, u"line1\nline2"_s, u"say \"hi\""_s}));
    QCOMPARE(t.records[1].line, 2);
    QCOMPARE(t.records[2].fields, (QStringList{u"last"_s, QString(), QString()}));
    QCOMPARE(t.records[2].line, 5);

    const CsvTable open = parseDelimited(u"a,b\n1,\"never closed\n2,3\n"_s, u',');
    QCOMPARE(open.records.size(), 1);
    QCOMPARE(open.errorLine, 2);
    QVERIFY(open.error.contains(u"never closed"_s));
}

void TestFormats::records_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("bodyStart");
    QTest::addColumn<QString>("extra"); // url, author or language, as "key=value"

    QTest::newRow("jsonl-news-please-fields") << u"src/news.jsonl"_s << 3 << u"#1"_s
        << u"Kuril Islands talks resume in Moscow"_s << QDate(2019, 11, 4) << u"reuters.com"_s
        << u"MOSCOW (Reuters) - Japanese and Russian diplomats"_s << u"url=https://www.reuters.com/article/kuril-talks"_s;
    QTest::newRow("jsonl-rfc2822-date") << u"src/news.jsonl"_s << 3 << u"#2"_s
        << u"Abe hopes for progress on peace treaty"_s << QDate(2019, 11, 5) << u"Kyodo"_s
        << u"TOKYO — Prime Minister Shinzo Abe"_s << u"country=JP"_s;
    QTest::newRow("jsonl-russian") << u"src/news.jsonl"_s << 3 << u"#5"_s
        << u"Лавров: суверенитет над Курилами не обсуждается"_s << QDate(2019, 11, 7) << u"ТАСС"_s
        << u"МОСКВА, 7 ноября."_s << u"language=ru"_s;
    QTest::newRow("json-array") << u"src/news.json"_s << 2 << u"#1"_s
        << u"Russia deploys missiles on Kuril islands"_s << QDate(2016, 11, 22) << u"BBC"_s
        << u"Russia has deployed coastal missile systems"_s << u"author=Staff"_s;
    QTest::newRow("json-array-day-month-year") << u"src/news.json"_s << 2 << u"#2"_s
        << u"Japan lodges protest"_s << QDate(2016, 11, 23) << u"NHK"_s
        << u"Japan lodged a protest"_s << u"country=JP"_s;
    QTest::newRow("csv-quoted-multiline") << u"src/news.csv"_s << 2 << u"#1"_s
        << u"Japan, Russia agree on islands \"roadmap\""_s << QDate(2017, 9, 7) << u"Asahi Shimbun"_s
        << u"TOKYO — Japan and Russia agreed on a \"roadmap\" for joint projects.\n\nThe projects include"_s
        << u"url=https://example.jp/a1"_s;
    QTest::newRow("csv-month-day-year") << u"src/news.csv"_s << 2 << u"#2"_s
        << u"Short item"_s << QDate(2017, 9, 8) << u"Hokkaido Shimbun"_s
        << u"Kunashiri fishermen report a good season."_s << u"language=en"_s;
    QTest::newRow("tsv-russian") << u"src/news.tsv"_s << 2 << u"#1"_s
        << u"Курилы: новый аэропорт"_s << QDate(2014, 9, 22) << u"РИА Новости"_s
        << u"На острове Итуруп открылся"_s << u"language=ru"_s;
    QTest::newRow("tsv-dotted-date") << u"src/news.tsv"_s << 2 << u"#2"_s
        << u"Shikotan port upgrade"_s << QDate(2014, 9, 22) << u"The Moscow Times"_s
        << u"Russia will upgrade the port"_s << u"language=en"_s;
}

void TestFormats::records()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    QFETCH(QString, record);
    QFETCH(QString, title);
    QFETCH(QDate, date);
    QFETCH(QString, outlet);
    QFETCH(QString, bodyStart);
    QFETCH(QString, extra);

    const FileResult r = readFile(fixture(file));
    QCOMPARE(r.articles.size(), count);
    const Article *a = bySource(r, record);
    QVERIFY2(a, qPrintable(problemsText(r)));
    QCOMPARE(a->title, title);
    QCOMPARE(a->titleProvenance, Provenance::Explicit);
    QCOMPARE(a->published, date);
    QCOMPARE(a->dateProvenance, Provenance::Explicit);
    QVERIFY(!a->dateReason.isEmpty());
    QCOMPARE(a->outlet, outlet);
    QVERIFY2(a->body.startsWith(bodyStart), qPrintable(a->body));
    QVERIFY(!a->sentences.isEmpty());
    QCOMPARE(a->encoding, u"UTF-8"_s);
    const QString key = extra.section(u'=', 0, 0);
    const QString value = extra.section(u'=', 1);
    const QString actual = key == u"url"_s ? a->url : key == u"author"_s ? a->author
        : key == u"country"_s ? a->country : a->language;
    QCOMPARE(actual, value);
}

void TestFormats::recordProblems_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected"); // substrings of the problems, in order
    QTest::newRow("jsonl-bad-line-and-missing-text") << u"src/news.jsonl"_s
        << QStringList{u"record 3 (line 3): not valid JSON"_s, u"record 4 (line 4): no article text"_s};
    QTest::newRow("json-array-non-object") << u"src/news.json"_s << QStringList{u"record 3: not a JSON object"_s};
    QTest::newRow("csv-missing-body-and-open-quote") << u"src/news.csv"_s
        << QStringList{u"record 3 (line 6): no article text"_s, u"line 7: a quoted field opened on line 7 is never closed"_s};
}

void TestFormats::recordProblems()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const FileResult r = readFile(fixture(file));
    QCOMPARE(r.problems.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(r.problems[i].path, fixture(file));
        QVERIFY2(r.problems[i].reason.contains(expected[i]), qPrintable(r.problems[i].reason));
        QVERIFY(!r.problems[i].warning);
        QVERIFY(r.problems[i].line > 0 || r.problems[i].record > 0);
    }
    if (file.endsWith(u".jsonl"_s)) {
        // The byte offset of the bad line: where line 3 starts.
        QFile f(fixture(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const qsizetype line3 = bytes.indexOf('\n', bytes.indexOf('\n') + 1) + 1;
        QCOMPARE(r.problems[0].byteOffset, qint64(line3));
    }
}

void TestFormats::fieldMapping()
{
    // Unknown column names: nothing found without a mapping...
    const FileResult unmapped = readFile(fixture(u"src/mapped.csv"_s));
    QVERIFY(unmapped.articles.isEmpty());
    QVERIFY(!unmapped.problems.isEmpty());
    // ...and the article with one. "text" is an accepted name for the body field.
    ReadOptions options;
    options.fieldMap = {{u"title"_s, u"headline_text"_s}, {u"text"_s, u"article_copy"_s},
                        {u"date"_s, u"when"_s}, {u"outlet"_s, u"paper"_s}};
    const FileResult r = readFile(fixture(u"src/mapped.csv"_s), options);
    QCOMPARE(r.articles.size(), 1);
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
    const Article &a = r.articles.first();
    QCOMPARE(a.title, u"Islanders visit graves"_s);
    QCOMPARE(a.body, u"Former residents of the islands visited family graves on Kunashiri."_s);
    QCOMPARE(a.published, QDate(2018, 8, 1));
    QCOMPARE(a.outlet, u"Nemuro News"_s);

    // A mapped column the header lacks is a warning naming the header.
    options.fieldMap.insert(u"author"_s, u"writer"_s);
    const FileResult warned = readFile(fixture(u"src/mapped.csv"_s), options);
    QCOMPARE(warned.articles.size(), 1);
    QCOMPARE(warned.problems.size(), 1);
    QVERIFY(warned.problems.first().warning);
    QVERIFY(warned.problems.first().reason.contains(u"writer"_s));
}

void TestFormats::htmlPage()
{
    const FileResult r = readFile(fixture(u"src/page.html"_s));
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
    QCOMPARE(r.articles.size(), 1);
    const Article &a = r.articles.first();
    QCOMPARE(a.title, u"Japan protests Russian drills on disputed islands"_s);
    QCOMPARE(a.outlet, u"Northern Daily"_s);
    QCOMPARE(a.published, QDate(2019, 12, 19));
    QCOMPARE(a.dateProvenance, Provenance::Explicit);
    QVERIFY(a.dateReason.contains(u"article:published_time"_s));
    QCOMPARE(a.author, u"Hanako Sato"_s);
    QCOMPARE(a.language, u"en"_s);
    QCOMPARE(a.dateline, u"TOKYO"_s);
    QVERIFY(a.body.startsWith(u"TOKYO — Japan lodged a protest with Russia on Thursday"_s));
    QVERIFY(a.body.contains(u"“unacceptable”"_s));
    QVERIFY(a.body.endsWith(u"legal framework for the projects."_s));
    QCOMPARE(a.paragraphs.size(), 4);
    for (const QString &junk : {u"dataLayer"_s, u"renderInlineAd"_s, u"font-family"_s, u"Politics"_s,
                                u"Search the site"_s, u"Home"_s, u"ad slot"_s, u"Related stories"_s,
                                u"Kuril talks stall"_s, u"Share this article"_s, u"newsletter"_s,
                                u"All rights reserved"_s, u"Privacy policy"_s, u"By Hanako Sato"_s,
                                u"NewsArticle"_s, u"tracker"_s})
        QVERIFY2(!a.body.contains(junk), qPrintable(junk));
}

void TestFormats::htmlJapaneseDeclaredCharset()
{
    const FileResult r = readFile(fixture(u"enc/page-ja-shift_jis.html"_s));
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
    QCOMPARE(r.articles.size(), 1);
    const Article &a = r.articles.first();
    QCOMPARE(a.encoding, u"Shift_JIS"_s);
    QCOMPARE(a.title, u"北方領土で日ロ共同経済活動の調査"_s);
    QCOMPARE(a.outlet, u"北海道新報"_s);
    QCOMPARE(a.published, QDate(2019, 10, 28));
    QCOMPARE(a.language, u"ja"_s);
    QVERIFY(a.body.startsWith(u"北方四島での日ロの共同経済活動に向けて"_s));
    QVERIFY(a.body.contains(u"と述べた。"_s));
    for (const QString &junk : {u"広告"_s, u"スポーツ"_s, u"無断転載"_s})
        QVERIFY2(!a.body.contains(junk), qPrintable(junk));
}

void TestFormats::htmlOnlyBoilerplate()
{
    const QByteArray page = "<html><body><nav><a href=/>Home</a> <a href=/w>World</a></nav>"
                            "<p>Subscribe</p><footer>Copyright</footer></body></html>";
    const FileResult r = readBytes(u"menu.html"_s, page);
    QVERIFY(r.articles.isEmpty());
    QCOMPARE(r.problems.size(), 1);
    QVERIFY(r.problems.first().reason.contains(u"no article text"_s));
}

void TestFormats::sniffing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format");
    QTest::newRow("html-without-extension") << u"<!DOCTYPE html><html><p>x</p></html>"_s << u"page"_s << int(Format::Html);
    QTest::newRow("jsonl-named-txt") << u"{\"title\": \"a\", \"text\": \"b\"}\n"_s << u"a.txt"_s << int(Format::Json);
    QTest::newRow("csv-named-txt") << u"headline,content\nA,B\n"_s << u"a.txt"_s << int(Format::Delimited);
    QTest::newRow("tsv-named-dat") << u"title\tbody\nA\tB\n"_s << u"a.dat"_s << int(Format::Delimited);
    QTest::newRow("prose-with-commas") << u"Tokyo, Moscow and Kyiv, in turn.\n\nMore text."_s << u"a.txt"_s << int(Format::PlainText);
    QTest::newRow("plain-article") << u"A title\n\nA body."_s << u"a.csv.txt"_s << int(Format::PlainText);
}

void TestFormats::sniffing()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(int, format);
    QCOMPARE(int(sniffFormat(text, name)), format);
}

void TestFormats::gzip()
{
    const FileResult r = readFile(fixture(u"news.jsonl.gz"_s));
    QCOMPARE(r.articles.size(), 3);
    QCOMPARE(r.problems.size(), 2);
    QCOMPARE(r.articles.first().source, fixture(u"news.jsonl.gz!/news.jsonl#1"_s));
    QCOMPARE(r.articles.first().title, u"Kuril Islands talks resume in Moscow"_s);
    QCOMPARE(r.problems.first().path, fixture(u"news.jsonl.gz!/news.jsonl"_s));
}

void TestFormats::zip()
{
    const FileResult r = readFile(fixture(u"bundle.zip"_s));
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemsText(r)));
    QCOMPARE(r.articles.size(), 3);
    QVERIFY(bySource(r, u"bundle.zip!/ru.txt"_s));
    QCOMPARE(bySource(r, u"bundle.zip!/ru.txt"_s)->title, u"Лавров и Мотэги обсудили мирный договор"_s);
    QVERIFY(bySource(r, u"bundle.zip!/news.tsv#2"_s));
}

void TestFormats::damagedArchive()
{
    QFile f(fixture(u"bundle.zip"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    bytes.truncate(bytes.size() / 2);
    const FileResult r = readBytes(u"cut.zip"_s, bytes);
    QVERIFY(!r.problems.isEmpty());
    QCOMPARE(r.problems.last().path.left(7), u"cut.zip"_s);
}

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"
