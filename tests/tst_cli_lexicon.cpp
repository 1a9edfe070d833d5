// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The user's lexicon reaches the command line: after an edit (saved where the GUI saves it, in
// the data folder), `framing --json` and `export-chart framing` report the new term from the
// stored hits, tagged again once, and `import` tags new articles with it.
#include "analysis/framing/lexicondocument.h"
#include "cliprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestCliLexicon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void editedTermIsReported();
    void importTagsWithTheEditedLexicon();

private:
    testing::CliRun run(const QStringList &args) const;
    static int hitsOf(const QJsonDocument &doc, const QString &term, qint64 article = 0);

    QTemporaryDir m_dir;
    QString m_db;
};

testing::CliRun TestCliLexicon::run(const QStringList &args) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, m_dir.path());
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    return testing::runParallax(QStringList{u"--db"_s, m_db} + args, env);
}

int TestCliLexicon::hitsOf(const QJsonDocument &doc, const QString &term, qint64 article)
{
    int n = 0;
    for (const QJsonValue &h : doc.object().value(u"hits"_s).toArray()) {
        if (h[u"term"_s].toString() == term && (article == 0 || h[u"article"_s].toInteger() == article))
            ++n;
    }
    return n;
}

void TestCliLexicon::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"c.parallax"_s);
    QCOMPARE(run({u"import"_s, QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds")}).code, 0);
}

void TestCliLexicon::editedTermIsReported()
{
    const testing::CliRun before = run({u"framing"_s, u"--json"_s});
    QCOMPARE(before.code, 0);
    QCOMPARE(hitsOf(before.json(), u"working group"_s), 0);
    const int shipped = int(before.json().object().value(u"hits"_s).toArray().size());
    QVERIFY(shipped > 10);

    // The edit, as the lexicon editor makes it: saved to the user's file in the data folder.
    framing::LexiconDocument doc(m_dir.filePath(u"data/parallax/lexicon.tsv"_s));
    QCOMPARE(doc.add({u"working group"_s, u"format of the talks"_s, u"neutral"_s, {}}), QString());
    QVERIFY(QFile::exists(m_dir.filePath(u"data/parallax/lexicon.tsv"_s)));

    const testing::CliRun after = run({u"framing"_s, u"--json"_s});
    QCOMPARE(after.code, 0);
    QVERIFY2(after.err.contains("tagged 5 articles again"), after.err.constData());
    QCOMPARE(hitsOf(after.json(), u"working group"_s, 1), 1); // 000: "a working group session"
    const QJsonObject jp = after.json().object().value(u"by_country"_s).toObject().value(u"JP"_s).toObject();
    QCOMPARE(jp.value(u"working group"_s).toInt(), 1);
    QCOMPARE(int(after.json().object().value(u"hits"_s).toArray().size()), shipped + 1);

    // Stored now: the next run reads the same hits without tagging again.
    const testing::CliRun again = run({u"framing"_s, u"--json"_s});
    QVERIFY(!again.err.contains("again"));
    QCOMPARE(again.out, after.out);

    // The chart export reads the same stored hits.
    const QString csv = m_dir.filePath(u"framing.csv"_s);
    QCOMPARE(run({u"export-chart"_s, u"framing"_s, u"--out"_s, csv}).code, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("working group"));
}

void TestCliLexicon::importTagsWithTheEditedLexicon()
{
    const QString folder = m_dir.filePath(u"more"_s);
    QVERIFY(QDir().mkpath(folder));
    QFile f(folder + u"/talks.txt"_s);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("TOKYO, Dec. 20 (Kyodo) --\n\nThe working group will meet again in January.\n");
    f.close();
    const testing::CliRun imported = run({u"import"_s, folder});
    QCOMPARE(imported.code, 0);
    const testing::CliRun after = run({u"framing"_s, u"--json"_s});
    QVERIFY2(!after.err.contains("again"), after.err.constData()); // tagged at import, nothing stale
    QCOMPARE(hitsOf(after.json(), u"working group"_s, 6), 1);
}

QTEST_GUILESS_MAIN(TestCliLexicon)
#include "tst_cli_lexicon.moc"
