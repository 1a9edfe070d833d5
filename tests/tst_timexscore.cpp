// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timexscore.h"

#include "analysis/dates/datetagger.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;
using namespace parallax::timexscore;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(PARALLAX_SOURCE_DIR "/tests/data/dates/") + QString::fromLatin1(name);
}

QString sharedData(const char *name)
{
    return QStringLiteral(PARALLAX_SHARED_DATA_DIR "/") + QString::fromLatin1(name);
}

} // namespace

class TestTimexScore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTimeML();
    void readsMeantime();
    void measuresFollowTempEval3();
    void timebankSubsetKeepsItsFloor();
    void meantimeKeepsItsFloor();
};

void TestTimexScore::readsTimeML()
{
    QString error;
    const auto doc = readTimeML(dataFile("sample.tml"), &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->created, QDate(2019, 12, 19));
    QVERIFY(doc->text.contains(u"met Tuesday in Moscow & agreed"_s));
    QCOMPARE(doc->timexes.size(), 3);
    const GoldTimex &t = doc->timexes.at(1);
    QCOMPARE(doc->text.mid(t.span.start, t.span.length()), u"next month"_s);
    QCOMPARE(t.type, u"DATE"_s);
    QCOMPARE(t.value, u"2020-01"_s);
    QCOMPARE(doc->timexes.at(2).type, u"DURATION"_s);
}

void TestTimexScore::readsMeantime()
{
    QString error;
    const auto doc = readMeantime(dataFile("sample_meantime.xml"), &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->created, QDate(2019, 12, 19));
    QCOMPARE(doc->sentences.size(), 7);
    QCOMPARE(doc->text.mid(doc->sentences.at(1).start, doc->sentences.at(1).length()), u"December 19 , 2019"_s);
    QCOMPARE(doc->timexes.size(), 3); // the empty TIMEX3 has no tokens
    QCOMPARE(doc->text.mid(doc->timexes.at(0).span.start, doc->timexes.at(0).span.length()), u"December 19 , 2019"_s);
    // only the title and the first five sentences are annotated
    QCOMPARE(doc->annotatedEnd, doc->sentences.at(6).start - 1);

    Report report;
    scoreDocument(*doc, analysis::DateTagger().tag(doc->text, doc->sentences, doc->created), report);
    QCOMPARE(report.all.gold, 3);
    QCOMPARE(report.all.system, 3); // "yesterday" lies beyond the annotated part
    QCOMPARE(report.all.value, 3);
}

void TestTimexScore::measuresFollowTempEval3()
{
    GoldDocument doc;
    doc.name = u"synthetic"_s;
    doc.text = u"They met on Tuesday, March 20 and again last month in Nagoya."_s;
    auto span = [&doc](const QString &s) {
        const int at = int(doc.text.indexOf(s));
        return Span{at, at + int(s.size())};
    };
    doc.timexes = {{span(u"Tuesday"_s), u"DATE"_s, u"2019-12-17"_s},
                   {span(u"March 20"_s), u"DATE"_s, u"2019-03-20"_s},
                   {span(u"last month"_s), u"DATE"_s, u"2019-11"_s}};
    using analysis::TimeExpression;
    using analysis::TimexType;
    auto sys = [&doc, &span](const QString &s, const QString &value) {
        TimeExpression e;
        e.span = span(s);
        e.surface = s;
        e.type = TimexType::Date;
        e.value = value;
        return e;
    };
    // exact and right; overlapping ("March") with a wrong value; one spurious; one missed
    const QList<TimeExpression> system = {sys(u"Tuesday"_s, u"2019-12-17"_s), sys(u"March"_s, u"2019-03"_s),
                                          sys(u"Nagoya"_s, u"2019"_s)};
    Report report;
    scoreDocument(doc, system, report);
    QCOMPARE(report.all.gold, 3);
    QCOMPARE(report.all.system, 3);
    QCOMPARE(report.all.strict, 1);
    QCOMPARE(report.all.relaxed, 2);
    QCOMPARE(report.all.value, 1);
    const Measures m = measures(report.all);
    QCOMPARE(m.relaxedP, 2.0 / 3);
    QCOMPARE(m.relaxedF1, 2.0 / 3);
    QCOMPARE(m.valueAccuracy, 0.5);
    QCOMPARE(m.valueF1, 1.0 / 3);
    QCOMPARE(report.errors.size(), 3); // missed, value, spurious
    const QJsonObject json = toJson(report);
    QCOMPARE(json.value(u"all"_s).toObject().value(u"relaxedMatches"_s).toInt(), 2);
}

void TestTimexScore::timebankSubsetKeepsItsFloor()
{
    const QString dir = sharedData("timebank");
    if (!QDir(dir).exists())
        QSKIP("../shared/data/timebank is not present in this checkout");
    const QStringList files = collectFiles({dir}).mid(0, 40);
    QCOMPARE(files.size(), 40);
    QStringList problems;
    const Report report = scoreFiles(files, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const Measures date = measures(report.date);
    const Measures all = measures(report.all);
    qInfo("TimeBank first 40: DATE value F1 %.3f, relaxed F1 %.3f; all value F1 %.3f, strict F1 %.3f",
          date.valueF1, date.relaxedF1, all.valueF1, all.strictF1);
    // measured 0.875 / 0.943 / 0.834 / 0.890 when the floor was set
    QVERIFY(date.valueF1 >= 0.86);
    QVERIFY(date.relaxedF1 >= 0.93);
    QVERIFY(all.valueF1 >= 0.82);
    QVERIFY(all.strictF1 >= 0.875);
}

void TestTimexScore::meantimeKeepsItsFloor()
{
    const QString dir = sharedData("meantime-dev");
    if (!QDir(dir).exists())
        QSKIP("../shared/data/meantime-dev is not present in this checkout");
    const Report report = scoreFiles(collectFiles({dir}));
    const Measures date = measures(report.date);
    qInfo("MEANTIME dev: DATE value F1 %.3f", date.valueF1);
    QVERIFY(report.documents >= 60);
    QVERIFY(date.valueF1 >= 0.89); // measured 0.905 when the floor was set
}

QTEST_GUILESS_MAIN(TestTimexScore)
#include "tst_timexscore.moc"
