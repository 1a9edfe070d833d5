// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `export-chart framing|keyness`: the files hold what `framing --json` and `keyness --json` report.
#include "cliprocess.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using parallax::testing::CliRun;

class TestCliFramingChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void framingCsvMatchesJson();
    void keynessCsvMatchesJson();
    void svgHasTheLabels_data();
    void svgHasTheLabels();
    void pngIsDrawn_data();
    void pngIsDrawn();
    void unknownChartIsRefused();

private:
    CliRun run(const QStringList &args) const;
    QList<QStringList> csv(const QString &chart, const QStringList &extra = {});
    QTemporaryDir m_dir;
    QString m_db;
};

CliRun TestCliFramingChart::run(const QStringList &args) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return parallax::testing::runParallax(QStringList{u"--db"_s, m_db} + args, env);
}

void TestCliFramingChart::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"corpus.parallax"_s);
    QCOMPARE(run({u"import"_s, QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds")}).code, 0);
}

QList<QStringList> TestCliFramingChart::csv(const QString &chart, const QStringList &extra)
{
    const QString out = m_dir.filePath(chart + u".csv"_s);
    const CliRun r = run(QStringList{u"export-chart"_s, chart, u"--out"_s, out} + extra);
    if (r.code != 0)
        qWarning() << r.err;
    QFile f(out);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QStringList> rows;
    // The sample's terms have no commas or quotes; a plain split reads them.
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts))
        rows.append(line.split(u','));
    return rows;
}

void TestCliFramingChart::framingCsvMatchesJson()
{
    const QList<QStringList> rows = csv(u"framing"_s);
    QVERIFY(rows.size() > 1);
    QCOMPARE(rows.first(), (QStringList{u"concept"_s, u"term"_s, u"side"_s, u"country"_s, u"count"_s,
                                        u"articles"_s, u"per_1000_words"_s}));
    const CliRun r = run({u"framing"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonArray table = r.json().object().value(u"table"_s).toArray();
    QCOMPARE(rows.size() - 1, table.size());
    for (int i = 0; i < table.size(); ++i) {
        const QJsonObject c = table.at(i).toObject();
        const QStringList &row = rows.at(i + 1);
        QCOMPARE(row.at(1), c.value(u"term"_s).toString());
        QCOMPARE(row.at(3), c.value(u"country"_s).toString());
        QCOMPARE(row.at(4).toInt(), c.value(u"count"_s).toInt());
        QVERIFY(qAbs(row.at(6).toDouble() - c.value(u"per_1000_words"_s).toDouble()) < 0.001);
    }
    // Both sides are there: the Japanese and the Russian usage.
    const QJsonObject byCountry = r.json().object().value(u"by_country"_s).toObject();
    QVERIFY(byCountry.contains(u"JP"_s) && byCountry.contains(u"RU"_s));
}

void TestCliFramingChart::keynessCsvMatchesJson()
{
    const QList<QStringList> rows = csv(u"keyness"_s);
    QVERIFY(rows.size() > 1);
    const CliRun r = run({u"keyness"_s, u"--json"_s, u"--limit"_s, u"20"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject o = r.json().object();
    const QString a = o.value(u"a"_s).toObject().value(u"group"_s).toString();
    const QString b = o.value(u"b"_s).toObject().value(u"group"_s).toString();
    QCOMPARE(rows.first(), (QStringList{u"term"_s, u"g2"_s, u"log_ratio"_s, u"count_"_s + a, u"count_"_s + b}));
    const QJsonArray unigrams = o.value(u"unigrams"_s).toArray();
    QCOMPARE(rows.size() - 1, unigrams.size());
    for (int i = 0; i < unigrams.size(); ++i) {
        const QJsonObject k = unigrams.at(i).toObject();
        const QStringList &row = rows.at(i + 1);
        QCOMPARE(row.at(0), k.value(u"term"_s).toString());
        QVERIFY(qAbs(row.at(1).toDouble() - k.value(u"g2"_s).toDouble()) < 0.005);
        QVERIFY(qAbs(row.at(2).toDouble() - k.value(u"log_ratio"_s).toDouble()) < 0.005);
        QCOMPARE(row.at(3).toLongLong(), k.value(u"count_a"_s).toInteger());
        QCOMPARE(row.at(4).toLongLong(), k.value(u"count_b"_s).toInteger());
    }
    // Word pairs on request, the groups swapped.
    const QList<QStringList> pairs = csv(u"keyness"_s, {u"--bigrams"_s, u"--a"_s, b, u"--b"_s, a});
    QVERIFY(pairs.size() > 1);
    QCOMPARE(pairs.first().at(3), u"count_"_s + b);
    QVERIFY(pairs.at(1).at(0).contains(u' '));
    // Two outlets, as `keyness --group-by outlet` compares them.
    const QList<QStringList> outlets = csv(u"keyness"_s, {u"--group-by"_s, u"outlet"_s, u"--a"_s, u"tass"_s, u"--b"_s,
                                                          u"sputnik"_s});
    QVERIFY(outlets.size() > 1);
    QCOMPARE(outlets.first().mid(3), (QStringList{u"count_TASS"_s, u"count_Sputnik"_s}));
    QCOMPARE(run({u"export-chart"_s, u"keyness"_s, u"--out"_s, m_dir.filePath(u"k.csv"_s), u"--group-by"_s, u"author"_s}).code, 2);
    // The forms of a word counted as one, as `keyness --forms` counts them.
    const QList<QStringList> joined = csv(u"keyness"_s, {u"--forms"_s});
    const QJsonArray joinedJson =
        run({u"keyness"_s, u"--json"_s, u"--forms"_s, u"--limit"_s, u"20"_s}).json().object().value(u"unigrams"_s).toArray();
    QCOMPARE(joined.size() - 1, joinedJson.size());
    bool anyJoined = false;
    for (int i = 0; i < joinedJson.size(); ++i) {
        QCOMPARE(joined.at(i + 1).at(0), joinedJson.at(i).toObject().value(u"term"_s).toString());
        QCOMPARE(joined.at(i + 1).at(4).toLongLong(), joinedJson.at(i).toObject().value(u"count_b"_s).toInteger());
        anyJoined = anyJoined || joinedJson.at(i).toObject().contains(u"forms"_s);
    }
    QVERIFY(anyJoined);
    QVERIFY(joined != rows);
}

void TestCliFramingChart::svgHasTheLabels_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("framing") << u"framing"_s
                             << QStringList{u"Northern Territories"_s, u"Southern Kurils"_s, u"JP"_s, u"RU"_s};
    QTest::newRow("keyness") << u"keyness"_s << QStringList{u"kuril"_s, u"key for JP"_s, u"key for RU"_s};
}

void TestCliFramingChart::svgHasTheLabels()
{
    QFETCH(QString, chart);
    QFETCH(QStringList, labels);
    const QString out = m_dir.filePath(chart + u".svg"_s);
    QCOMPARE(run({u"export-chart"_s, chart, u"--out"_s, out}).code, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(f.readAll());
    for (const QString &label : labels)
        QVERIFY2(svg.contains(label), qPrintable(label));
}

void TestCliFramingChart::pngIsDrawn_data()
{
    QTest::addColumn<QString>("chart");
    QTest::newRow("framing") << u"framing"_s;
    QTest::newRow("keyness") << u"keyness"_s;
}

void TestCliFramingChart::pngIsDrawn()
{
    QFETCH(QString, chart);
    const QString out = m_dir.filePath(chart + u".png"_s);
    QCOMPARE(run({u"export-chart"_s, chart, u"--out"_s, out, u"--width"_s, u"800"_s, u"--height"_s, u"600"_s}).code, 0);
    const QImage image(out);
    QCOMPARE(image.size(), QSize(800, 600));
    // Bars in both countries' colours: many distinct colours, not a blank page.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 10, qPrintable(QString::number(colours.size())));
}

void TestCliFramingChart::unknownChartIsRefused()
{
    const CliRun r = run({u"export-chart"_s, u"pie"_s, u"--out"_s, m_dir.filePath(u"x.png"_s)});
    QVERIFY(r.code != 0);
    QVERIFY(r.err.contains("framing or keyness"));
}

QTEST_GUILESS_MAIN(TestCliFramingChart)
#include "tst_cli_framingchart.moc"
