// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built parallax binary and checks what it prints.
#include "cliprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importThenArticles();
    void showPrintsBodyAndCodePointSentences();
    void searchRanksAndExplainsErrors();
    void importReportsBadFilesAndExitsOne();
    void tablesLineUpJapaneseText();
    void anotherProgramsDatabaseIsNotACorpus();
    void readOnlyReadsAndChangesNothing();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void helpAndVersion();
    void defaultCorpusHasTheSample();
    void windowImportsAtStart();
    void windowMeasuresItsStartup();

private:
    using Run = parallax::testing::CliRun;
    Run run(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QTemporaryDir m_dir;
    QString m_db;
};

TestCli::Run TestCli::run(const QStringList &args, const QProcessEnvironment &env)
{
    return parallax::testing::runParallax(args, env);
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"corpus.parallax"_s);
    QVERIFY(parallax::testing::copySample(m_dir.filePath(u"sample"_s)));
}

void TestCli::importThenArticles()
{
    const Run imp = run({u"--db"_s, m_db, u"import"_s, m_dir.filePath(u"sample"_s)});
    QCOMPARE(imp.code, 0);
    QVERIFY2(imp.out.contains("5 articles imported"), imp.out.constData());

    const Run r = run({u"--db"_s, m_db, u"articles"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonArray arr = r.json().array();
    QCOMPARE(arr.size(), 5);
    QHash<QString, QJsonObject> byFile;
    for (const QJsonValue &v : arr) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"id", "source", "title", "outlet", "country", "language", "published",
                                "date_provenance", "words"})
            QVERIFY2(o.contains(QLatin1StringView(key)), key);
        byFile.insert(QFileInfo(o.value(u"source"_s).toString()).fileName(), o);
        QVERIFY(o.value(u"source"_s).toString().startsWith(m_dir.filePath(u"sample"_s)));
        QVERIFY(o.value(u"words"_s).toInt() > 300);
    }
    const QJsonObject tass = byFile.value(u"002_a96840ff3fb00932.txt"_s);
    QCOMPARE(tass.value(u"published"_s).toString(), u"2019-12-19"_s);
    QCOMPARE(tass.value(u"date_provenance"_s).toString(), u"inferred"_s);
    QCOMPARE(tass.value(u"outlet"_s).toString(), u"TASS"_s);
    QCOMPARE(tass.value(u"country"_s).toString(), u"RU"_s);
    QCOMPARE(tass.value(u"title"_s).toString(),
             u"Russia, Japan agree to resume economic activity in Southern Kurils — foreign minister"_s);
    const QJsonObject sputnik = byFile.value(u"004_c623e53691a4bfea.txt"_s);
    QCOMPARE(sputnik.value(u"outlet"_s).toString(), u"Sputnik"_s);
    QCOMPARE(sputnik.value(u"published"_s).toString(), u"2017-03-20"_s);
    for (const QString &f : {u"000_3c3ba5992d8ce02f.txt"_s, u"001_61ddea294d18a99e.txt"_s, u"003_76d55192bd7b0349.txt"_s}) {
        QCOMPARE(byFile.value(f).value(u"country"_s).toString(), u"JP"_s);
        QVERIFY(byFile.value(f).value(u"outlet"_s).isNull());
        QCOMPARE(byFile.value(f).value(u"date_provenance"_s).toString(), u"explicit"_s);
    }
    QCOMPARE(byFile.value(u"000_3c3ba5992d8ce02f.txt"_s).value(u"published"_s).toString(), u"2019-12-19"_s);
    QCOMPARE(byFile.value(u"001_61ddea294d18a99e.txt"_s).value(u"published"_s).toString(), u"2019-04-18"_s);
    QCOMPARE(byFile.value(u"003_76d55192bd7b0349.txt"_s).value(u"published"_s).toString(), u"2017-03-31"_s);

    // One country's, one outlet's (in any case), or both.
    const auto titles = [this](const QStringList &options) {
        QStringList out;
        for (const QJsonValue &v : run(QStringList{u"--db"_s, m_db, u"articles"_s, u"--json"_s} + options).json().array())
            out << v.toObject().value(u"outlet"_s).toString() + u'/' + v.toObject().value(u"country"_s).toString();
        return out;
    };
    QCOMPARE(titles({u"--country"_s, u"jp"_s}), (QStringList{u"/JP"_s, u"/JP"_s, u"/JP"_s}));
    QCOMPARE(titles({u"--outlet"_s, u"tass"_s}), QStringList{u"TASS/RU"_s});
    QCOMPARE(titles({u"--outlet"_s, u"TASS"_s, u"--country"_s, u"JP"_s}), QStringList{});

    // A table without --json.
    const Run table = run({u"--db"_s, m_db, u"articles"_s});
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.startsWith("ID"));
    QVERIFY(table.out.contains("2019-12-19*"));

    // Importing again adds nothing.
    const Run again = run({u"--db"_s, m_db, u"import"_s, u"--json"_s, m_dir.filePath(u"sample"_s)});
    QCOMPARE(again.code, 0);
    QCOMPARE(again.json().object().value(u"imported"_s).toInt(), 0);
    QCOMPARE(again.json().object().value(u"duplicates"_s).toInt(), 5);
}

void TestCli::showPrintsBodyAndCodePointSentences()
{
    // A body with characters outside the Basic Multilingual Plane: offsets count code points.
    const QString folder = m_dir.filePath(u"cp"_s);
    QVERIFY(QDir().mkpath(folder));
    QFile f(folder + u"/jp.txt"_s);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(u"吉野家の話\n\n𠮷野家が北方領土で会談した。両国は合意した。\n"_s.toUtf8());
    f.close();
    const QString db = m_dir.filePath(u"cp.parallax"_s);
    QCOMPARE(run({u"--db"_s, db, u"import"_s, folder}).code, 0);
    const Run r = run({u"--db"_s, db, u"show"_s, u"1"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(u"title"_s).toString(), u"吉野家の話"_s);
    QCOMPARE(o.value(u"language"_s).toString(), u"ja"_s);
    const QString body = o.value(u"body"_s).toString();
    const QList<uint> cps = body.toUcs4();
    const QJsonArray sentences = o.value(u"sentences"_s).toArray();
    QCOMPARE(sentences.size(), 2);
    auto textOf = [&](const QJsonValue &v) {
        const int s = v.toObject().value(u"start"_s).toInt();
        const int e = v.toObject().value(u"end"_s).toInt();
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData() + s), e - s);
    };
    QCOMPARE(textOf(sentences.at(0)), u"𠮷野家が北方領土で会談した。"_s);
    QCOMPARE(textOf(sentences.at(1)), u"両国は合意した。"_s);
    QCOMPARE(sentences.at(1).toObject().value(u"start"_s).toInt(), 14); // 15 UTF-16 units before it

    const Run missing = run({u"--db"_s, db, u"show"_s, u"99"_s, u"--json"_s});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains("no article with id 99"));
}

void TestCli::searchRanksAndExplainsErrors()
{
    const Run r = run({u"--db"_s, m_db, u"search"_s, u"\"Northern Territories\""_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonArray hits = r.json().array();
    QCOMPARE(hits.size(), 3);
    double last = 1e9;
    for (const QJsonValue &v : hits) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"id", "title", "published", "score", "snippet"})
            QVERIFY2(o.contains(QLatin1StringView(key)), key);
        QVERIFY(o.value(u"score"_s).toDouble() <= last);
        last = o.value(u"score"_s).toDouble();
        QVERIFY2(o.value(u"snippet"_s).toString().contains(u"[Northern Territories]"_s),
                 qPrintable(o.value(u"snippet"_s).toString()));
    }
    const Run limited = run({u"--db"_s, m_db, u"search"_s, u"Japan"_s, u"--json"_s, u"--limit"_s, u"2"_s});
    QCOMPARE(limited.json().array().size(), 2);

    const Run bad = run({u"--db"_s, m_db, u"search"_s, u"Japan AND"_s, u"--json"_s});
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.out.isEmpty());
    QCOMPARE(bad.err.count('\n'), 1);
    QVERIFY(bad.err.contains("could not be read"));

    // A word finds its other forms, and the match shows which; in quotes, only itself.
    const Run forms = run({u"--db"_s, m_db, u"search"_s, u"negotiation"_s, u"--json"_s});
    QCOMPARE(forms.code, 0);
    QStringList marked;
    for (const QJsonValue &v : forms.json().array()) {
        const QString snippet = v.toObject().value(u"snippet"_s).toString();
        static const QRegularExpression mark(u"\\[([^\\]]+)\\]"_s);
        for (auto m = mark.globalMatch(snippet); m.hasNext();)
            marked << m.next().captured(1).toLower();
    }
    marked.removeDuplicates();
    marked.sort();
    QCOMPARE(marked, (QStringList{u"negotiating"_s, u"negotiations"_s, u"negotiator"_s}));
    QCOMPARE(run({u"--db"_s, m_db, u"search"_s, u"\"negotiation\""_s, u"--json"_s}).json().array().size(), 0);
    const Run table = run({u"--db"_s, m_db, u"search"_s, u"negotiation"_s});
    QVERIFY2(table.out.contains("negotiation also finds "), table.out.constData());

    // `forms` says what a search looks for.
    const Run listed = run({u"--db"_s, m_db, u"forms"_s, u"islands \"talks\" Lavrov*"_s, u"--json"_s});
    QCOMPARE(listed.code, 0);
    const QJsonObject answer = listed.json().object();
    QCOMPARE(answer.value(u"query"_s).toString(), u"islands \"talks\" Lavrov*"_s);
    const QJsonArray words = answer.value(u"words"_s).toArray();
    QCOMPARE(words.size(), 1);
    QCOMPARE(words.at(0).toObject().value(u"word"_s).toString(), u"islands"_s);
    QCOMPARE(words.at(0).toObject().value(u"forms"_s).toArray(),
             (QJsonArray{u"islands"_s, u"island"_s}));
    const Run none = run({u"--db"_s, m_db, u"forms"_s, u"\"talks\""_s});
    QCOMPARE(none.code, 0);
    QVERIFY2(none.out.contains("searched as written"), none.out.constData());

    // `concordance`: each match in its context, its place in the body in code points.
    const Run kwic = run({u"--db"_s, m_db, u"concordance"_s, u"octopus"_s, u"--json"_s});
    QCOMPARE(kwic.code, 0);
    const QJsonObject c = kwic.json().object();
    QCOMPARE(c.value(u"query"_s).toString(), u"octopus"_s);
    QCOMPARE(c.value(u"articles"_s).toInt(), 1);
    QCOMPARE(c.value(u"truncated"_s).toBool(), false);
    const QJsonArray lines = c.value(u"lines"_s).toArray();
    QCOMPARE(lines.size(), 1);
    const QJsonObject line = lines.first().toObject();
    QCOMPARE(line.value(u"match"_s).toString(), u"octopus"_s);
    QVERIFY(line.value(u"left"_s).toString().endsWith(u"undeclared"_s));
    QVERIFY(line.value(u"right"_s).toString().startsWith(u"catch"_s));
    QCOMPARE(line.value(u"country"_s).toString(), u"JP"_s);
    const QJsonObject shown = run({u"--db"_s, m_db, u"show"_s, QString::number(line.value(u"article"_s).toInteger()),
                                   u"--json"_s}).json().object();
    QCOMPARE(shown.value(u"body"_s).toString().mid(line.value(u"start"_s).toInt(),
                                                   line.value(u"end"_s).toInt() - line.value(u"start"_s).toInt()),
             u"octopus"_s);
    // Ordered by the words after the match; a limit; the table.
    const QJsonArray right = run({u"--db"_s, m_db, u"concordance"_s, u"islands"_s, u"--json"_s, u"--sort"_s,
                                  u"right"_s, u"--context"_s, u"30"_s}).json().object().value(u"lines"_s).toArray();
    QVERIFY(right.size() > 20);
    for (const QJsonValue &v : right)
        QVERIFY(v.toObject().value(u"left"_s).toString().size() <= 31);
    const QJsonObject few = run({u"--db"_s, m_db, u"concordance"_s, u"islands"_s, u"--json"_s, u"--limit"_s, u"2"_s})
                                .json().object();
    QCOMPARE(few.value(u"truncated"_s).toBool(), true);
    const Run lineTable = run({u"--db"_s, m_db, u"concordance"_s, u"octopus"_s});
    QVERIFY2(lineTable.out.contains("[octopus]") && lineTable.out.contains("1 line in 1 article"),
             lineTable.out.constData());
    QCOMPARE(run({u"--db"_s, m_db, u"concordance"_s, u"islands"_s, u"--sort"_s, u"author"_s}).code, 2);
    // An entity's mentions under all its names.
    const QJsonObject named = run({u"--db"_s, m_db, u"concordance"_s, u"--entity"_s, u"place/southern-kurils"_s,
                                   u"--json"_s, u"--sort"_s, u"match"_s}).json().object();
    QCOMPARE(named.value(u"entity"_s).toString(), u"Southern Kuril Islands"_s);
    QSet<QString> names;
    for (const QJsonValue &v : named.value(u"lines"_s).toArray())
        names.insert(v.toObject().value(u"match"_s).toString());
    QVERIFY(names.contains(u"Northern Territories"_s) && names.contains(u"Southern Kurils"_s));
    QCOMPARE(run({u"--db"_s, m_db, u"concordance"_s, u"islands"_s, u"--entity"_s, u"place/southern-kurils"_s}).code, 2);
    // The words near the matches.
    const QJsonObject withWords = run({u"--db"_s, m_db, u"concordance"_s, u"islands"_s, u"--collocates"_s, u"--span"_s,
                                       u"3"_s, u"--json"_s}).json().object();
    QCOMPARE(withWords.value(u"span"_s).toInt(), 3);
    const QJsonArray collocates = withWords.value(u"collocates"_s).toArray();
    QVERIFY(!collocates.isEmpty());
    bool disputed = false;
    for (const QJsonValue &v : collocates) {
        const QJsonObject k = v.toObject();
        QCOMPARE(k.value(u"near"_s).toInteger(), k.value(u"before"_s).toInteger() + k.value(u"after"_s).toInteger());
        disputed = disputed || (k.value(u"word"_s).toString() == u"disputed"_s && k.value(u"before"_s).toInt() >= 4);
    }
    QVERIFY(disputed);
    const Run wordsTable = run({u"--db"_s, m_db, u"concordance"_s, u"islands"_s, u"--collocates"_s});
    QVERIFY2(wordsTable.out.contains("disputed") && wordsTable.out.contains("within 5 words of"),
             wordsTable.out.constData());
    QCOMPARE(run({u"--db"_s, m_db, u"concordance"_s, u"islands"_s, u"--span"_s, u"3"_s}).code, 2);
    QCOMPARE(run({u"--db"_s, m_db, u"concordance"_s}).code, 2);
}

void TestCli::importReportsBadFilesAndExitsOne()
{
    const QString folder = m_dir.filePath(u"bad"_s);
    QVERIFY(QDir().mkpath(folder));
    QFile good(folder + u"/good.txt"_s);
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write(" date 2021-02-03 TOKYO — A new article about the talks. It is fine.\n");
    good.close();
    QFile bad(folder + u"/bad.txt"_s);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("Talks \xff\xfe failed.\n");
    bad.close();
    const Run r = run({u"--db"_s, m_db, u"import"_s, folder});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QFile::encodeName(folder + u"/bad.txt"_s)), r.err.constData());
    QVERIFY(r.err.contains("not valid UTF-8"));
    QVERIFY(r.out.contains("1 article imported"));
    QCOMPARE(run({u"--db"_s, m_db, u"articles"_s, u"--json"_s}).json().array().size(), 6);
}

// Printed tables pad each column as a terminal shows it: a Japanese character takes two columns.
void TestCli::tablesLineUpJapaneseText()
{
    const QString db = m_dir.filePath(u"wide.parallax"_s);
    const QString file = m_dir.filePath(u"wide.jsonl"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(u"{\"title\": \"北方領土の交渉\", \"text\": \"北方領土をめぐる交渉が再開された。\", \"source\": \"朝日新聞\", "
            "\"date\": \"2019-12-19\", \"language\": \"ja\"}\n"
            "{\"title\": \"Talks on the Kuril Islands\", \"text\": \"Talks on the Kuril Islands resumed.\", "
            "\"source\": \"TASS\", \"date\": \"2019-12-20\", \"language\": \"en\"}\n"_s.toUtf8());
    f.close();
    QCOMPARE(run({u"--db"_s, db, u"import"_s, file}).code, 0);
    const Run r = run({u"--db"_s, db, u"articles"_s});
    QCOMPARE(r.code, 0);
    const auto columns = [](QStringView text) {
        int n = 0;
        for (QChar c : text)
            n += c.unicode() >= 0x3000 && c.unicode() <= 0x9fff ? 2 : 1;
        return n;
    };
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n');
    QVERIFY(lines.size() >= 3);
    const int title = int(lines.at(0).indexOf(u"TITLE"_s));
    QVERIFY(title > 0);
    int checked = 0;
    for (const QString &line : lines.mid(1, 2)) {
        const qsizetype at = std::max(line.indexOf(u"北方領土の交渉"_s), line.indexOf(u"Talks on"_s));
        QVERIFY2(at > 0, qPrintable(line));
        QCOMPARE(columns(QStringView(line).left(at)), title);
        ++checked;
    }
    QCOMPARE(checked, 2);
    QVERIFY(lines.at(1).contains(u"朝日新聞"_s) || lines.at(2).contains(u"朝日新聞"_s));
}

// `--db` naming some other program's SQLite database: an error that names it, and the file as it was.
// --read-only: everything reads as usual; an import or an annotation is refused with the reason,
// and the corpus file is byte for byte as it was.
void TestCli::readOnlyReadsAndChangesNothing()
{
    const QString db = m_dir.filePath(u"kept.parallax"_s);
    QCOMPARE(run({u"--db"_s, db, u"import"_s, m_dir.filePath(u"sample"_s)}).code, 0);
    QCOMPARE(run({u"--db"_s, db, u"compact"_s}).code, 0); // everything in the file itself
    const auto bytes = [&db] {
        QFile f(db);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray before = bytes();
    QVERIFY(!before.isEmpty());

    Run r = run({u"--read-only"_s, u"--db"_s, db, u"articles"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().array().size(), 5);
    r = run({u"--read-only"_s, u"--db"_s, db, u"search"_s, u"Kuril"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(!r.json().array().isEmpty());
    r = run({u"--read-only"_s, u"--db"_s, db, u"import"_s, m_dir.filePath(u"sample"_s)});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("The import stopped: the corpus was opened for reading only."), r.err.constData());
    r = run({u"--read-only"_s, u"--db"_s, db, u"annotate"_s, u"1"_s, u"--start"_s, u"0"_s, u"--end"_s, u"10"_s});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains("reading only") || r.err.contains("cannot be written"), r.err.constData());
    QCOMPARE(bytes(), before);
    // A file that is not there is not made.
    const QString missing = m_dir.filePath(u"missing.parallax"_s);
    r = run({u"--read-only"_s, u"--db"_s, missing, u"articles"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("there is no such file"), r.err.constData());
    QVERIFY(!QFileInfo::exists(missing));
}

void TestCli::anotherProgramsDatabaseIsNotACorpus()
{
    const QString other = m_dir.filePath(u"bookmarks.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bookmarks"_s);
        db.setDatabaseName(other);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE bookmarks (url TEXT)"_s));
    }
    QSqlDatabase::removeDatabase(u"bookmarks"_s);
    QFile file(other);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const Run r = run({u"--db"_s, other, u"articles"_s});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QFile::encodeName(other)) && r.err.contains("not a Parallax corpus"), r.err.constData());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command"_s;
    QTest::newRow("import without paths") << QStringList{u"import"_s} << u"at least one"_s;
    QTest::newRow("show without id") << QStringList{u"show"_s} << u"one article id"_s;
    QTest::newRow("show with a word") << QStringList{u"show"_s, u"abc"_s} << u"not an article id"_s;
    QTest::newRow("unknown option") << QStringList{u"articles"_s, u"--xml"_s} << u"unknown option --xml"_s;
    QTest::newRow("bad limit") << QStringList{u"search"_s, u"x"_s, u"--limit"_s, u"0"_s} << u"positive"_s;
    QTest::newRow("db without value") << QStringList{u"--db"_s} << u"needs a value"_s;
    QTest::newRow("import option without path") << QStringList{u"--import"_s} << u"needs a file or folder"_s;
}

void TestCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    if (args.first() != u"--db"_s && args.first() != u"--import"_s)
        args.prepend(m_db), args.prepend(u"--db"_s);
    const Run r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

void TestCli::helpAndVersion()
{
    const Run help = run({u"--help"_s});
    QCOMPARE(help.code, 0);
    for (const char *cmd : {"import", "articles", "show", "search"})
        QVERIFY2(help.out.contains(cmd), cmd);
    const Run version = run({u"--version"_s});
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.startsWith("parallax " PARALLAX_VERSION));
    const Run cmdHelp = run({u"search"_s, u"--help"_s});
    QCOMPARE(cmdHelp.code, 0);
    QVERIFY(cmdHelp.out.contains("search QUERY"));
}

void TestCli::defaultCorpusHasTheSample()
{
    // Without --db the default corpus in the data folder is created with the sample corpus.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    const Run r = run({u"articles"_s, u"--json"_s}, env);
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().array().size(), 5);
    QVERIFY(QFile::exists(home.filePath(u"data/parallax/corpus.parallax"_s)));
    QVERIFY(r.json().array().first().toObject().value(u"source"_s).toString().startsWith(u":/parallax/seeds/"_s));
}

// A window run offscreen with its own home, data and settings folders.
static QProcessEnvironment windowEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return env;
}

void TestCli::windowImportsAtStart()
{
    // `parallax --import FOLDER` opens the window and imports in the background, as File › Import
    // does; what it imported is in the corpus afterwards.
    QTemporaryDir home;
    const QProcessEnvironment env = windowEnvironment(home);
    const QString db = home.filePath(u"window.parallax"_s);
    const Run window = run({u"--db"_s, db, u"--import"_s, m_dir.filePath(u"sample"_s), u"--quit-after"_s, u"5000"_s}, env);
    QCOMPARE(window.code, 0);
    const Run r = run({u"--db"_s, db, u"articles"_s, u"--json"_s}, env);
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().array().size(), 5);
}

void TestCli::windowMeasuresItsStartup()
{
    // `parallax --measure-startup` (what the benchmark runs) opens the window, watches the event
    // loop for 3 s, prints when it was shown and responsive, and quits by itself.
    QTemporaryDir home;
    const QProcessEnvironment env = windowEnvironment(home);
    const Run r = run({u"--measure-startup"_s}, env);
    QCOMPARE(r.code, 0);
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(u"watched_ms"_s).toInt(), 3000);
    const int shown = o.value(u"window_shown_ms"_s).toInt(-1);
    QVERIFY2(shown > 0 && shown < 60000, r.out.constData());
    QVERIFY(o.value(u"responsive_from_ms"_s).toInt(-1) >= shown);
    QVERIFY(o.value(u"longest_stall_ms"_s).toInt(-1) >= 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
