// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The importer on real-looking corpora: mixed formats and encodings, near-duplicates, Japanese
// and Russian search, resume, the per-file report, and a kill in the middle of an import.
#include "import/importer.h"
#include "import/neardup.h"
#include "import/report.h"
#include "import/textreader.h"
#include "store/importstore.h"
#include "store/schema.h"
#include "store/store.h"
#include "wirecopies.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "core/plurals.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

const QString formats = QStringLiteral(PARALLAX_SOURCE_DIR "/tests/data/formats/");

void copyInto(const QString &dir, const QString &fixture, const QString &as = {})
{
    const QString target = QDir(dir).filePath(as.isEmpty() ? QFileInfo(fixture).fileName() : as);
    QDir().mkpath(QFileInfo(target).absolutePath());
    QVERIFY(QFile::copy(formats + fixture, target));
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

int scalar(const store::Store &s, const QString &sql)
{
    QSqlQuery q(s.database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// A deterministic article of about 2 KB, different for every n.
QByteArray generatedArticle(int n)
{
    static const QStringList words = {u"islands"_s, u"treaty"_s, u"ministry"_s, u"fishing"_s, u"talks"_s,
                                      u"border"_s, u"summit"_s, u"defence"_s, u"visit"_s, u"economy"_s,
                                      u"residents"_s, u"port"_s, u"airport"_s, u"protest"_s, u"drills"_s};
    QString text = u"Generated report %1\n\n"_s.arg(n);
    quint32 x = quint32(n) * 2654435761u + 1;
    for (int s = 0; s < 24; ++s) {
        text += u"Sentence %1 of report %2 mentions"_s.arg(s).arg(n);
        for (int w = 0; w < 8; ++w) {
            x = x * 1664525u + 1013904223u;
            text += u' ' + words.at(int(x >> 16) % words.size());
        }
        text += (s % 6 == 5) ? u".\n\n"_s : u". "_s;
    }
    return text.toUtf8();
}

// `total` generated articles in a folder: one text file each, or all in one JSON Lines file.
void writeCorpus(const QString &in, int total, bool oneJsonLinesFile)
{
    QDir().mkpath(in);
    QByteArray lines;
    for (int i = 0; i < total; ++i) {
        const QByteArray text = generatedArticle(i);
        if (!oneJsonLinesFile) {
            write(u"%1/g%2.txt"_s.arg(in).arg(i, 5, 10, QChar(u'0')), text);
            continue;
        }
        const qsizetype split = text.indexOf("\n\n");
        lines += QJsonDocument(QJsonObject{{u"title"_s, QString::fromUtf8(text.first(split))},
                                           {u"text"_s, QString::fromUtf8(text.sliced(split + 2))}})
                     .toJson(QJsonDocument::Compact) + '\n';
    }
    if (oneJsonLinesFile)
        write(in + u"/all.jsonl"_s, lines);
}

// The two layouts of a generated corpus, as test data: one text file per article, or all of them in
// one JSON Lines file (read in pieces).
void fileLayouts()
{
    QTest::addColumn<bool>("oneJsonLinesFile");
    QTest::newRow("text-files") << false;
    QTest::newRow("one-json-lines-file") << true;
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(parallax::installPluralForms()); } // "70 articles", as the application says
    void mixedFolder();
    void manifestCsvWithEncoding();
    void nearDuplicatesAreLinked();
    void nearDuplicatesAreMeasuredExactly();
    void estimatedLinksOfAnOlderCorpusAreMeasured();
    void japaneseAndRussianSearch_data();
    void japaneseAndRussianSearch();
    void resumeAddsExactlyWhatIsMissing_data();
    void resumeAddsExactlyWhatIsMissing();
    void reportJson();
    void aFullDiskStopsTheImportAtTheLastWholeBatch_data();
    void aFullDiskStopsTheImportAtTheLastWholeBatch();
    void killDuringImportLeavesConsistentCorpus_data();
    void killDuringImportLeavesConsistentCorpus();
};

void TestImporter::mixedFolder()
{
    QTemporaryDir dir;
    const QString in = dir.filePath(u"in"_s);
    for (const QString &f : {u"enc/ja-shift_jis.txt"_s, u"enc/ru-koi8-r.txt"_s, u"enc/ja-cp932.txt"_s,
                             u"src/page.html"_s, u"src/news.jsonl"_s, u"bundle.zip"_s,
                             u"bad/latin1.txt"_s, u"bad/program.bin"_s, u"bad/ru-windows-1251-broken.txt"_s})
        copyInto(in, f);
    write(in + u"/empty.txt"_s, {});

    store::Store s;
    QVERIFY(s.open(dir.filePath(u"c.parallax"_s)));
    Article before = import::readPlainText(u"Already here\n\nThis article was stored before the import."_s, u"old.txt"_s);
    QVERIFY(s.beginTransaction());
    QCOMPARE(s.insertArticle(before), store::Store::InsertOutcome::Inserted);
    QVERIFY(s.commitTransaction());

    import::Importer importer(s);
    const import::ImportReport r = importer.run({in});
    // Good: 2 Japanese + 1 Russian text, 1 page, 3 JSONL records, 3 in the zip, of which
    // ru.txt is the KOI8-R article's text again (an exact duplicate, skipped).
    QCOMPARE(r.articlesImported, 9);
    QCOMPARE(r.duplicates, 1);
    QCOMPARE(s.articleCount(), 10);
    QCOMPARE(r.filesSeen, 10);
    QStringList failed;
    for (const auto &p : r.problems) {
        if (!p.warning)
            failed << QFileInfo(p.path).fileName();
    }
    failed.sort();
    QCOMPARE(failed, (QStringList{u"empty.txt"_s, u"latin1.txt"_s, u"news.jsonl"_s, u"news.jsonl"_s,
                                  u"program.bin"_s, u"ru-windows-1251-broken.txt"_s}));
    const auto old = s.article(before.id);
    QVERIFY(old);
    QCOMPARE(old->title, u"Already here"_s);
    QCOMPARE(old->body, before.body);

    // Encodings are recorded per article.
    QSqlQuery q(s.database());
    QVERIFY(q.exec(u"SELECT encoding, count(*) FROM articles GROUP BY encoding ORDER BY encoding"_s));
    QStringList encodings;
    while (q.next())
        encodings << u"%1=%2"_s.arg(q.value(0).toString()).arg(q.value(1).toInt());
    QCOMPARE(encodings, (QStringList{u"=1"_s, u"CP932=1"_s, u"Shift_JIS=1"_s, u"UTF-8=7"_s}));
    // The zip (read first, by name) held the UTF-8 copy of the Russian text; the KOI8-R file repeated it.
    QCOMPARE(scalar(s, u"SELECT count(*) FROM articles WHERE source LIKE '%bundle.zip!/ru.txt'"_s), 1);
    QCOMPARE(scalar(s, u"SELECT count(*) FROM articles WHERE source LIKE '%ru-koi8-r.txt'"_s), 0);
}

void TestImporter::manifestCsvWithEncoding()
{
    QTemporaryDir dir;
    copyInto(dir.path(), u"bad/latin1.txt"_s, u"cafe.txt"_s);
    write(dir.filePath(u"parallax-manifest.csv"_s),
          "file,outlet,country,date,encoding,url\n"
          "cafe.txt,Le Monde,FR,\"December 19, 2019\",ISO-8859-1,https://example.fr/cafe\n");
    store::Store s;
    QVERIFY(s.open(u":memory:"_s));
    import::Importer importer(s);
    const import::ImportReport r = importer.run({dir.path()});
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.value(0).reason));
    QCOMPARE(r.filesSeen, 1);
    QCOMPARE(r.articlesImported, 1);
    const auto a = s.article(s.articles().first().id);
    QCOMPARE(a->encoding, u"ISO-8859-1"_s);
    QVERIFY(a->body.contains(u"naïve"_s));
    QCOMPARE(a->outlet, u"Le Monde"_s);
    QCOMPARE(a->outletProvenance, Provenance::Manifest);
    QCOMPARE(a->published, QDate(2019, 12, 19));
    QCOMPARE(store::ImportStore(s.database()).source(a->id).first, u"https://example.fr/cafe"_s);
}

void TestImporter::nearDuplicatesAreMeasuredExactly()
{
    Article a, b, other, brief;
    a.body = u"Japan and Russia will hold another round of talks on joint economic activities on the disputed "
             "islands next month, the foreign ministry said on Thursday, after a year without progress."_s;
    b.body = a.body + u" (Kyodo)"_s;
    other.body = u"A new civilian airport opened on Iturup island on Thursday, serving flights from Sakhalin "
                 "and the mainland, the regional government said in a statement."_s;
    brief.body = u"Talks next month."_s;
    QCOMPARE(import::resemblance(a, a), 1.0);
    Article shouted = a;
    shouted.body = a.body.toUpper().replace(u","_s, u" ;"_s);
    QCOMPARE(import::resemblance(a, shouted), 1.0); // case, punctuation and spacing do not count
    // One word more adds one three-word run: the agency's 30 words make 28 runs, the reprint 29.
    QCOMPARE(import::resemblance(a, b), 28.0 / 29.0);
    QCOMPARE(import::resemblance(b, a), 28.0 / 29.0);
    QVERIFY(import::resemblance(a, other) < 0.1);
    QCOMPARE(import::resemblance(a, brief), 0.0);

    // The signatures' estimate finds the candidate; the measure decides and is stored.
    {
        store::Store s;
        QVERIFY(s.open(u":memory:"_s));
        for (int i = 1; i <= 4; ++i) { // four stored articles, ids 1 to 4, not yet linked
            Article stored;
            stored.title = u"Article %1"_s.arg(i);
            stored.body = u"Body %1"_s.arg(i);
            QCOMPARE(s.insertArticle(stored), store::Store::InsertOutcome::Inserted);
            QCOMPARE(stored.id, i);
        }
        QVERIFY(s.beginTransaction());
        store::ImportStore links(s.database());
        const store::DuplicateKeys keys = import::duplicateKeys(a); // estimate 1 against itself
        QVERIFY(!links.linkNearDuplicate(1, keys));
        const auto measured = [](std::optional<double> value) {
            return [value](qint64 id) { return id == 1 ? value : std::nullopt; };
        };
        QVERIFY(!links.linkNearDuplicate(2, keys, measured(0.5))); // the same phrases, not a copy
        const std::optional<store::DuplicateLink> copy = links.linkNearDuplicate(3, keys, measured(0.9));
        QVERIFY(copy);
        QCOMPARE(copy->duplicateOf, 1);
        QCOMPARE(copy->similarity, 0.9);
        const std::optional<store::DuplicateLink> unmeasured = links.linkNearDuplicate(4, keys, measured(std::nullopt));
        QVERIFY(unmeasured);
        QCOMPARE(unmeasured->similarity, 1.0); // the estimate, when the text cannot be measured
        QVERIFY(links.lastError().isEmpty());
        s.rollbackTransaction();
    }

    // The import stores the measure, not the signatures' estimate.
    QTemporaryDir dir;
    QFile f(dir.filePath(u"wire.jsonl"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(testing::wireCopiesJsonl());
    f.close();
    store::Store s;
    QVERIFY(s.open(u":memory:"_s));
    const auto pragma = [&s](const QString &name) {
        QSqlQuery q(s.database());
        return q.exec(u"PRAGMA "_s + name) && q.next() ? q.value(0).toInt() : -1;
    };
    const int cache = pragma(u"cache_size"_s), checkpoint = pragma(u"wal_autocheckpoint"_s);
    QCOMPARE(import::Importer(s).run({dir.path()}).nearDuplicates, 2);
    // the import's larger page cache and write-ahead log do not outlive it
    QCOMPARE(pragma(u"cache_size"_s), cache);
    QCOMPARE(pragma(u"wal_autocheckpoint"_s), checkpoint);
    const QList<store::DuplicateLink> links = store::ImportStore(s.database()).duplicates();
    QCOMPARE(links.size(), 2);
    for (const store::DuplicateLink &link : links) {
        const std::optional<Article> copy = s.article(link.articleId), first = s.article(link.duplicateOf);
        QVERIFY(copy && first);
        QCOMPARE(link.similarity, import::resemblance(*copy, *first));
        QVERIFY2(link.similarity > 0.85 && link.similarity < 1, qPrintable(QString::number(link.similarity)));
    }
}

// A corpus made before imports measured its links carries MinHash's estimates, some of them
// false matches: opened by this version, each link is measured, and a false one dropped.
void TestImporter::estimatedLinksOfAnOlderCorpusAreMeasured()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(u"wire.jsonl"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(testing::wireCopiesJsonl());
    f.close();
    const QString path = dir.filePath(u"older.parallax"_s);
    qint64 tass = 0;
    {
        store::Store s;
        const auto &all = store::migrations();
        const auto measured = std::find_if(all.cbegin(), all.cend(), [](const store::Migration &m) { return m.name == u"duplicates-2"_s; });
        QVERIFY(measured != all.cend());
        QVERIFY(s.openAtVersion(path, int(measured - all.cbegin()))); // before "duplicates-2"
        QCOMPARE(import::Importer(s).run({f.fileName()}).nearDuplicates, 2);
        // As an estimating import left them: a reprint "100% alike", and an unrelated story linked.
        QSqlQuery q(s.database());
        QVERIFY(q.exec(u"UPDATE article_duplicates SET similarity = 1.0"_s));
        QVERIFY(q.exec(u"SELECT id FROM articles WHERE outlet = 'TASS'"_s) && q.next());
        tass = q.value(0).toLongLong();
        QVERIFY(q.exec(u"INSERT INTO article_duplicates(article_id, duplicate_of, kind, similarity) "
                       "VALUES (%1, 1, 'same-text', 0.75)"_s.arg(tass)));
    }
    store::Store s;
    QVERIFY2(s.open(path), qPrintable(s.lastError()));
    const QList<store::DuplicateLink> links = store::ImportStore(s.database()).duplicates();
    QCOMPARE(links.size(), 2); // the false match is gone
    for (const store::DuplicateLink &link : links) {
        QVERIFY(link.articleId != tass);
        const std::optional<Article> copy = s.article(link.articleId), first = s.article(link.duplicateOf);
        QCOMPARE(link.similarity, import::resemblance(*copy, *first));
        QVERIFY2(link.similarity > 0.85 && link.similarity < 1, qPrintable(QString::number(link.similarity)));
    }
}

void TestImporter::nearDuplicatesAreLinked()
{
    const QString wire = u"TOKYO (Kyodo) — Japan and Russia agreed on Thursday to hold another round of talks on joint "
                         "economic activities on the disputed islands off Hokkaido, the Foreign Ministry said. The "
                         "two sides will discuss aquaculture, greenhouse farming, tourism, wind power and waste "
                         "reduction, and ways for former island residents to visit family graves by air. Prime "
                         "Minister Shinzo Abe and President Vladimir Putin agreed in 2016 to explore the projects "
                         "as a step towards a peace treaty."_s;
    auto json = [](const QString &title, const QString &outlet, const QString &date, const QString &text) {
        return QJsonDocument(QJsonObject{{u"title"_s, title}, {u"source"_s, outlet}, {u"date"_s, date},
                                         {u"text"_s, text}}).toJson(QJsonDocument::Compact) + '\n';
    };
    QTemporaryDir dir;
    write(dir.filePath(u"wire.jsonl"_s),
          json(u"Japan, Russia to hold more island talks"_s, u"Kyodo"_s, u"2019-12-19"_s, wire)
          // The same wire copy in another paper, with its own headline and a credit line.
          + json(u"Island talks to continue"_s, u"Japan Times"_s, u"2019-12-20"_s,
                 wire + u"\n\n(Japan Times staff contributed to this report.)"_s)
          // The same outlet, date and title, the text rewritten (an updated version).
          + json(u"Japan, Russia to hold more island talks"_s, u"Kyodo"_s, u"2019-12-19"_s,
                 u"Updated: the talks will take place in Moscow next month, officials said."_s)
          // A different story.
          + json(u"Russia opens airport on Iturup"_s, u"TASS"_s, u"2019-12-19"_s,
                 u"MOSCOW — A new civilian airport opened on Iturup island on Thursday, serving flights from "
                 "Sakhalin and the mainland, the regional government said in a statement."_s)
          // An exact copy: skipped, not linked.
          + json(u"Japan, Russia to hold more island talks"_s, u"Kyodo"_s, u"2019-12-19"_s, wire));
    store::Store s;
    QVERIFY(s.open(u":memory:"_s));
    import::Importer importer(s);
    const import::ImportReport r = importer.run({dir.path()});
    QCOMPARE(r.articlesImported, 4);
    QCOMPARE(r.duplicates, 1);
    QCOMPARE(r.nearDuplicates, 2);
    const QList<store::DuplicateLink> links = store::ImportStore(s.database()).duplicates();
    QCOMPARE(links.size(), 2);
    auto idOf = [&s](const QString &title, const QString &outlet) {
        for (const auto &a : s.articles())
            if (a.title == title && a.outlet == outlet)
                return a.id;
        return qint64(0);
    };
    const qint64 original = idOf(u"Japan, Russia to hold more island talks"_s, u"Kyodo"_s);
    QCOMPARE(links[0].articleId, idOf(u"Island talks to continue"_s, u"Japan Times"_s));
    QCOMPARE(links[0].duplicateOf, original);
    QCOMPARE(links[0].kind, u"same-text"_s);
    QVERIFY(links[0].similarity >= 0.7);
    QCOMPARE(links[1].duplicateOf, original);
    QCOMPARE(links[1].kind, u"same-title"_s);
    QCOMPARE(store::ImportStore(s.database()).duplicates(original).size(), 2);

    // What the reader and `show` list: for the first, its two copies; for a copy, the first and
    // then the other copy.
    const store::ImportStore imports(s.database());
    const QList<store::ArticleCopy> ofOriginal = imports.copiesOf(original);
    QCOMPARE(ofOriginal.size(), 2);
    QCOMPARE(ofOriginal[0].id, links[0].articleId);
    QVERIFY(!ofOriginal[0].first);
    QCOMPARE(ofOriginal[0].kind, u"same-text"_s);
    QCOMPARE(ofOriginal[1].id, links[1].articleId);
    QCOMPARE(ofOriginal[1].kind, u"same-title"_s);
    const QList<store::ArticleCopy> ofCopy = imports.copiesOf(links[1].articleId);
    QCOMPARE(ofCopy.size(), 2);
    QCOMPARE(ofCopy[0].id, original);
    QVERIFY(ofCopy[0].first);
    QCOMPARE(ofCopy[0].kind, u"same-title"_s);
    QCOMPARE(ofCopy[1].id, links[0].articleId);
    QCOMPARE(ofCopy[1].kind, u"same-text"_s);
    QVERIFY(imports.copiesOf(idOf(u"Russia opens airport on Iturup"_s, u"TASS"_s)).isEmpty());
}

void TestImporter::japaneseAndRussianSearch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("snippetHas");
    // Trigram index: a word inside a compound.
    QTest::newRow("japanese-compound-part") << u"領土問題"_s << u"北方領土問題で日ロ外相が電話会談"_s << u"\u0002領土問題\u0003"_s;
    QTest::newRow("japanese-three-characters") << u"茂木氏"_s << u"北方領土問題で日ロ外相が電話会談"_s << u"茂木氏"_s;
    QTest::newRow("japanese-html-page") << u"特別な制度"_s << u"北方領土で日ロ共同経済活動の調査"_s << u"特別な制度"_s;
    // One or two characters: the scan.
    QTest::newRow("japanese-two-characters") << u"墓参"_s << u"北方領土問題で日ロ外相が電話会談"_s << u"\u0002墓参\u0003"_s;
    QTest::newRow("japanese-two-terms-scan") << u"外相 墓参"_s << u"北方領土問題で日ロ外相が電話会談"_s << u"\u0002外相\u0003"_s;
    // Russian: unicode61 folds case for Cyrillic.
    QTest::newRow("russian-lower-case") << u"лавров"_s << u"Лавров и Мотэги обсудили мирный договор"_s << u"Лавров"_s;
    QTest::newRow("russian-upper-case") << u"КУРИЛЬСКИМИ"_s << u"Лавров и Мотэги обсудили мирный договор"_s << u"Курильскими"_s;
}

void TestImporter::japaneseAndRussianSearch()
{
    QFETCH(QString, query);
    QFETCH(QString, title);
    QFETCH(QString, snippetHas);
    QTemporaryDir dir;
    copyInto(dir.path(), u"enc/ja-euc-jp.txt"_s);
    copyInto(dir.path(), u"enc/ru-windows-1251.txt"_s);
    copyInto(dir.path(), u"enc/page-ja-shift_jis.html"_s);
    copyInto(dir.path(), u"src/page.html"_s);
    store::Store s;
    QVERIFY(s.open(dir.filePath(u"c.parallax"_s)));
    QCOMPARE(import::Importer(s).run({dir.path()}).articlesImported, 4);

    const auto hits = s.search(query);
    QVERIFY2(hits, qPrintable(s.lastError()));
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().title, title);
    QVERIFY2(hits->first().snippet.contains(snippetHas), qPrintable(hits->first().snippet));
    const auto ids = s.matchingIds(query);
    QVERIFY(ids);
    QCOMPARE(*ids, QList<qint64>{hits->first().id});
    store::ArticleFilter filter;
    filter.search = query;
    QCOMPARE(s.articleCount(filter).value_or(-1), 1);
}

void TestImporter::resumeAddsExactlyWhatIsMissing_data()
{
    fileLayouts();
}

void TestImporter::resumeAddsExactlyWhatIsMissing()
{
    QFETCH(bool, oneJsonLinesFile);
    QTemporaryDir dir;
    const QString in = dir.filePath(u"in"_s);
    writeCorpus(in, 40, oneJsonLinesFile);
    import::ReadOptions pieces;
    pieces.pieceBytes = 4096; // the JSON Lines file (80 KB) comes in many pieces
    store::Store s;
    QVERIFY(s.open(dir.filePath(u"c.parallax"_s)));
    QList<import::ImportProgress> seen;
    {
        import::Importer first(s);
        first.setBatchSize(8);
        first.setReadOptions(pieces);
        const auto r = first.run({in}, [&seen](const import::ImportProgress &p) {
            seen.append(p);
            return p.articlesImported < 16;
        });
        QVERIFY(r.cancelled);
        QCOMPARE(r.articlesImported, 16);
    }
    QCOMPARE(s.articleCount(), 16);
    if (oneJsonLinesFile) {
        // Cancelled within the file, whose progress was told by the bytes read of it.
        QCOMPARE(seen.last().filesDone, 0);
        QVERIFY(seen.last().bytesDone > 0);
        QVERIFY(seen.last().bytesDone < seen.last().bytesTotal);
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY(seen[i].bytesDone >= seen[i - 1].bytesDone);
    }
    import::Importer again(s);
    again.setBatchSize(8);
    again.setReadOptions(pieces);
    const auto r = again.run({in});
    QCOMPARE(r.articlesImported, 24);
    QCOMPARE(r.duplicates, 16);
    QCOMPARE(s.articleCount(), 40);
    QCOMPARE(scalar(s, u"SELECT count(DISTINCT source) FROM articles"_s), 40);
    QCOMPARE(scalar(s, u"SELECT count(DISTINCT content_hash) FROM articles"_s), 40);
}

void TestImporter::reportJson()
{
    QTemporaryDir dir;
    copyInto(dir.path(), u"src/news.jsonl"_s);
    copyInto(dir.path(), u"bad/ru-windows-1251-broken.txt"_s);
    store::Store s;
    QVERIFY(s.open(u":memory:"_s));
    const import::ImportReport r = import::Importer(s).run({dir.path()});
    const QString out = dir.filePath(u"report.json"_s);
    QString error;
    QVERIFY2(import::writeReport(r, out, &error), qPrintable(error));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(o.value(u"imported"_s).toInt(), 3);
    QCOMPARE(o.value(u"failed"_s).toInt(), 2);
    const QJsonArray problems = o.value(u"problems"_s).toArray();
    QCOMPARE(problems.size(), 3);
    QJsonObject badLine, badBytes;
    for (const QJsonValue &v : problems) {
        const QJsonObject p = v.toObject();
        if (p.value(u"line"_s).toInt() == 3)
            badLine = p;
        if (p.value(u"path"_s).toString().endsWith(u"broken.txt"_s))
            badBytes = p;
    }
    QCOMPARE(badLine.value(u"record"_s).toInt(), 3);
    QVERIFY(badLine.value(u"byte_offset"_s).toInt() > 0);
    QCOMPARE(badBytes.value(u"byte_offset"_s).toInt(), 300);
    QVERIFY(badBytes.value(u"reason"_s).toString().contains(u"windows-1251"_s));
    QVERIFY(!writeReport(r, dir.filePath(u"no/such/folder/r.json"_s), &error));
    QVERIFY(o.value(u"stopped"_s).isNull()); // it ran to its end
}

void TestImporter::aFullDiskStopsTheImportAtTheLastWholeBatch_data()
{
    fileLayouts();
}

// The corpus's disk fills up part way (SQLite's page limit stands in for the disk: the same
// "database or disk is full"): the import stops at once, keeps every whole batch before, says why
// and what to do, lists no file as bad; the corpus is sound, and importing again adds the rest.
void TestImporter::aFullDiskStopsTheImportAtTheLastWholeBatch()
{
    QFETCH(bool, oneJsonLinesFile);
    QTemporaryDir dir;
    const QString in = dir.filePath(u"in"_s);
    writeCorpus(in, 120, oneJsonLinesFile);
    store::Store s;
    QVERIFY(s.open(dir.filePath(u"full.parallax"_s)));
    const int pages = scalar(s, u"PRAGMA page_count"_s);
    QSqlQuery limit(s.database());
    QVERIFY(limit.exec(u"PRAGMA max_page_count = %1"_s.arg(pages + 120)));

    import::Importer importer(s);
    importer.setBatchSize(10);
    const import::ImportReport r = importer.run({in});
    QCOMPARE(r.stopped, u"the disk that holds the corpus is full"_s);
    QVERIFY2(r.articlesImported > 0 && r.articlesImported < 120, qPrintable(QString::number(r.articlesImported)));
    QCOMPARE(r.articlesImported % 10, 0); // whole batches
    QCOMPARE(s.articleCount(), r.articlesImported);
    QCOMPARE(r.failedFiles(), 0);
    for (const import::Problem &p : r.problems)
        QVERIFY2(p.path != s.path(), qPrintable(p.reason));
    QVERIFY2(r.summary().endsWith(u"(stopped: the disk that holds the corpus is full)"_s), qPrintable(r.summary()));
    const QString message = r.stoppedMessage();
    QVERIFY2(message.startsWith(u"The import stopped: the disk that holds the corpus is full. The %1 articles stored "
                                "before it stopped are in the corpus."_s.arg(r.articlesImported))
                 && message.contains(u"import the same files again"_s),
             qPrintable(message));
    QCOMPARE(import::reportJson(r).value(u"stopped"_s).toString(), r.stopped);
    QSqlQuery check(s.database());
    QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
    QCOMPARE(check.value(0).toString(), u"ok"_s);
    QVERIFY2(check.exec(u"INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')"_s),
             qPrintable(check.lastError().text()));

    // Room again: the same import adds exactly the rest.
    QVERIFY(limit.exec(u"PRAGMA max_page_count = 1000000000"_s));
    const import::ImportReport again = import::Importer(s).run({in});
    QVERIFY2(again.stopped.isEmpty(), qPrintable(again.stopped));
    QCOMPARE(again.duplicates, r.articlesImported);
    QCOMPARE(again.articlesImported, 120 - r.articlesImported);
    QCOMPARE(s.articleCount(), 120);
    QCOMPARE(again.stoppedMessage(), QString());
}

void TestImporter::killDuringImportLeavesConsistentCorpus_data()
{
    fileLayouts();
}

void TestImporter::killDuringImportLeavesConsistentCorpus()
{
    QFETCH(bool, oneJsonLinesFile);
    QTemporaryDir dir;
    const QString in = dir.filePath(u"in"_s);
    const int total = 1200;
    writeCorpus(in, total, oneJsonLinesFile);
    const QString db = dir.filePath(u"c.parallax"_s);
    {
        store::Store init; // create the schema before the child starts
        QVERIFY(init.open(db));
    }

    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {u"--child-import"_s, db, in});
    QVERIFY(child.waitForStarted());
    int seen = 0;
    {
        store::Store watch;
        QVERIFY(watch.open(db));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 60000 && child.state() == QProcess::Running) {
            seen = scalar(watch, u"SELECT count(*) FROM articles"_s);
            if (seen >= 96)
                break;
            QTest::qWait(5);
        }
    }
    QVERIFY2(child.state() == QProcess::Running, "the import ended before it could be killed");
    child.kill();
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    store::Store s;
    QVERIFY2(s.open(db), qPrintable(s.lastError()));
    QSqlQuery q(s.database());
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);
    const int stored = s.articleCount();
    QVERIFY(stored >= seen);
    QVERIFY2(stored < total, "the child finished before the kill");
    QCOMPARE(stored % 16, 0); // whole batches only
    // Every stored article is complete: sentences, paragraphs, duplicate keys, full-text rows.
    QCOMPARE(scalar(s, u"SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentences WHERE article_id = a.id)"_s), 0);
    QCOMPARE(scalar(s, u"SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM paragraphs WHERE article_id = a.id)"_s), 0);
    QCOMPARE(scalar(s, u"SELECT count(*) FROM article_signatures"_s), stored);
    QCOMPARE(scalar(s, u"SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'generated'"_s), stored);
    QCOMPARE(scalar(s, u"SELECT count(*) FROM sentences"_s), stored * 24);

    import::Importer again(s);
    import::ReadOptions pieces;
    pieces.pieceBytes = 16 * 1024;
    again.setReadOptions(pieces);
    const auto r = again.run({in});
    QCOMPARE(r.duplicates, stored);
    QCOMPARE(r.articlesImported, total - stored);
    QCOMPARE(s.articleCount(), total);
    QCOMPARE(scalar(s, u"SELECT count(DISTINCT content_hash) FROM articles"_s), total);
}

// The child process of the kill test imports a folder and is killed by the parent.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--child-import") == 0) {
        store::Store s;
        if (!s.open(QString::fromLocal8Bit(argv[2])))
            return 3;
        import::Importer importer(s);
        importer.setBatchSize(16);
        import::ReadOptions pieces;
        pieces.pieceBytes = 16 * 1024; // the JSON Lines file (2.4 MB) in many pieces
        importer.setReadOptions(pieces);
        importer.run({QString::fromLocal8Bit(argv[3])});
        return 0;
    }
    TestImporter test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_importer.moc"
