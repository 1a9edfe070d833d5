// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/compare/aligner.h"
#include "seedarticles.h"
#include "text/segmenter.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace parallax;
using namespace parallax::compare;

namespace {

AlignmentSide sideOf(const QString &body)
{
    return {body, text::sentences(body), {}};
}

AlignmentSide sideOf(const Article &a)
{
    return {a.body, a.sentences, {}};
}

// "0-1 2-0" for pairs, then "|" and the unmatched sentences of each side.
QString describe(const Alignment &a)
{
    QStringList parts;
    for (const SentencePair &p : a.pairs)
        parts.append(u"%1-%2"_s.arg(p.left).arg(p.right));
    QStringList left, right;
    for (int i : a.onlyLeft)
        left.append(QString::number(i));
    for (int j : a.onlyRight)
        right.append(QString::number(j));
    return parts.join(u' ') + u" | L:"_s + left.join(u',') + u" R:"_s + right.join(u',');
}

const SentencePair *pairOfLeft(const Alignment &a, int left)
{
    for (const SentencePair &p : a.pairs) {
        if (p.left == left)
            return &p;
    }
    return nullptr;
}

} // namespace

class TestAlignment : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void lemmaForms_data();
    void lemmaForms();
    void numberValues_data();
    void numberValues();
    void cases_data();
    void cases();
    void differingNumbers();
    void sharedEntities();
    void manualFixes();
    void sample_data();
    void sample();
    void sampleNumbersAndOmissions();

private:
    QList<Article> m_seeds;
    Alignment m_sample; // 000 (left) against 002 (right)
};

void TestAlignment::initTestCase()
{
    m_seeds = testing::seedArticles();
    QCOMPARE(m_seeds.size(), 5);
    m_sample = SentenceAligner().align(sideOf(m_seeds.at(0)), sideOf(m_seeds.at(2)));
}

void TestAlignment::lemmaForms_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("seized-seize") << u"seized"_s << u"seize"_s;
    QTest::newRow("seizes-seizing") << u"seizes"_s << u"seizing"_s;
    QTest::newRow("activities-activity") << u"activities"_s << u"activity"_s;
    QTest::newRow("ships-ship") << u"Ships"_s << u"ship"_s;
    QTest::newRow("stopped-stop") << u"stopped"_s << u"stop"_s;
    QTest::newRow("agreed-agree") << u"agreed"_s << u"agree"_s;
    QTest::newRow("possessive") << u"Japan’s"_s << u"Japan"_s;
    QTest::newRow("talks-talk") << u"talks"_s << u"talk"_s;
}

void TestAlignment::lemmaForms()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(lemma(a), lemma(b));
}

void TestAlignment::numberValues_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("value");
    QTest::newRow("word five") << u"five"_s << u"5"_s;
    QTest::newRow("digit five") << u"5"_s << u"5"_s;
    QTest::newRow("capitalised") << u"Five"_s << u"5"_s;
    QTest::newRow("thousands separator") << u"1,000"_s << u"1000"_s;
    QTest::newRow("decimal") << u"6.5"_s << u"6.5"_s;
    QTest::newRow("hyphenated") << u"twenty-five"_s << u"25"_s;
    QTest::newRow("year") << u"1956"_s << u"1956"_s;
    QTest::newRow("not a number") << u"fishing"_s << QString();
    QTest::newRow("number-noun compound") << u"five-day"_s << QString();
}

void TestAlignment::numberValues()
{
    QFETCH(QString, word);
    QFETCH(QString, value);
    QCOMPARE(numberValue(word), value);
}

void TestAlignment::cases_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("expected");

    QTest::newRow("paraphrase with synonyms")
        << u"The projects cover five fields, including wind power and greenhouse farming."_s
        << u"Cooperation covers five areas such as greenhouse agriculture and wind energy."_s
        << u"0-0 | L: R:"_s;
    QTest::newRow("number words and digits")
        << u"Russian border guards detained five Japanese fishing boats near Kunashir."_s
        << u"The border service captured 5 Japanese vessels off Kunashir Island."_s
        << u"0-0 | L: R:"_s;
    QTest::newRow("reordering")
        << u"Lavrov and Motegi met in Moscow on Thursday. The two ministers discussed the "
           u"fishing boats seized on Tuesday. Tourism and aquaculture projects will start next year."_s
        << u"Projects in aquaculture and tourism are to start next year. Lavrov held talks with "
           u"Motegi in Moscow on Thursday. The ministers also talked about boats seized on Tuesday."_s
        << u"0-1 1-2 2-0 | L: R:"_s;
    QTest::newRow("one to none")
        << u"Lavrov and Motegi met in Moscow on Thursday. Moscow has claimed the fishers had an "
           u"undeclared octopus catch of 6 tons."_s
        << u"Lavrov held talks with Motegi in Moscow on Thursday. A memorandum dated January 27, "
           u"1960, set new conditions for the handover."_s
        << u"0-0 | L:1 R:1"_s;
    QTest::newRow("nothing in common")
        << u"Aquaculture and tourism projects start next year."_s
        << u"The memorandum of 1960 set conditions for the handover."_s
        << u" | L:0 R:0"_s;
    QTest::newRow("dates in either order")
        << u"The delegation arrives on December 19 for the meeting."_s
        << u"On 19 December the guests come to the meeting, officials said. Trade grew."_s
        << u"0-0 | L: R:1"_s;
    QTest::newRow("empty side")
        << u"Lavrov and Motegi met in Moscow."_s << QString() << u" | L:0 R:"_s;
}

void TestAlignment::cases()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QString, expected);
    QCOMPARE(describe(SentenceAligner().align(sideOf(left), sideOf(right))), expected);
}

void TestAlignment::differingNumbers()
{
    const Alignment a = SentenceAligner().align(
        sideOf(u"Moscow said the fishers had an undeclared octopus catch totaling 6 tons."_s),
        sideOf(u"Moscow said the fishers had an undeclared catch of octopus of 8 tons."_s));
    QCOMPARE(a.pairs.size(), 1);
    QCOMPARE(a.pairs.first().leftNumbers, QStringList{u"6"_s});
    QCOMPARE(a.pairs.first().rightNumbers, QStringList{u"8"_s});
    QVERIFY(a.pairs.first().sharedNumbers.isEmpty());
    QVERIFY(a.pairs.first().sharedWords.contains(u"octopus"_s));
}

void TestAlignment::sharedEntities()
{
    // Entity keys make two sentences that name the same people differently comparable.
    AlignmentSide left = sideOf(u"The Japanese foreign minister met his counterpart in the capital."_s);
    AlignmentSide right = sideOf(u"Motegi and Lavrov held talks at the ministry mansion."_s);
    QVERIFY(SentenceAligner().align(left, right).pairs.isEmpty());
    left.entities = {{u"person:motegi"_s, u"person:lavrov"_s}};
    right.entities = {{u"person:lavrov"_s, u"person:motegi"_s}};
    const Alignment a = SentenceAligner().align(left, right);
    QCOMPARE(a.pairs.size(), 1);
    QCOMPARE(a.pairs.first().sharedEntities, (QStringList{u"person:lavrov"_s, u"person:motegi"_s}));
}

void TestAlignment::manualFixes()
{
    const AlignmentSide left = sideOf(u"Lavrov and Motegi met in Moscow on Thursday. Aquaculture "
                                      u"projects start next year."_s);
    const AlignmentSide right = sideOf(u"Lavrov held talks with Motegi in Moscow on Thursday. "
                                       u"A memorandum of 1960 set conditions."_s);
    QCOMPARE(describe(SentenceAligner().align(left, right)), u"0-0 | L:1 R:1"_s);
    AlignmentOptions unlink;
    unlink.unlinks = {{0, 0}};
    QCOMPARE(describe(SentenceAligner().align(left, right, unlink)), u" | L:0,1 R:0,1"_s);
    AlignmentOptions link;
    link.links = {{1, 1}};
    const Alignment linked = SentenceAligner().align(left, right, link);
    QCOMPARE(describe(linked), u"0-0 1-1 | L: R:"_s);
    QVERIFY(linked.pairs.at(1).manual);
    QVERIFY(!linked.pairs.at(0).manual);
    // A link takes its sentences away from the automatic pairs.
    AlignmentOptions cross;
    cross.links = {{1, 0}};
    QCOMPARE(describe(SentenceAligner().align(left, right, cross)), u"1-0 | L:0 R:1"_s);
}

void TestAlignment::sample_data()
{
    QTest::addColumn<QString>("left");  // a passage of a sentence of 000
    QTest::addColumn<QString>("right"); // a passage of its partner in 002, or empty: none
    QTest::newRow("five fields align with five areas") << u"five fields"_s << u"in five areas"_s;
    QTest::newRow("Lavrov-Motegi meeting")
        << u"Lavrov and Japanese counterpart Toshimitsu Motegi agreed"_s
        << u"Lavrov said on Thursday on the outcomes of the talks"_s;
    QTest::newRow("1956 declaration") << u"based on a 1956 joint declaration"_s
                                      << u"based on the 1956 Joint Declaration"_s;
    QTest::newRow("how the islands changed hands")
        << u"seized the islands illegally"_s << u"handed over to the Soviet Union"_s;
    QTest::newRow("boats demanded back") << u"five Japanese fishing boats recently captured"_s << QString();
    QTest::newRow("ships seized on Tuesday") << u"The five ships were seized"_s << QString();
    QTest::newRow("abrupt seizure") << u"abrupt seizure of the Japanese fishing boats"_s << QString();
    QTest::newRow("octopus catch") << u"undeclared octopus catch"_s << QString();
    QTest::newRow("boats detained") << u"detained the five fishing boats"_s << QString();
}

void TestAlignment::sample()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    const Article &l = m_seeds.at(0);
    const Article &r = m_seeds.at(2);
    const int i = testing::sentenceWith(l, left);
    QVERIFY2(i >= 0, qPrintable(left));
    const SentencePair *p = pairOfLeft(m_sample, i);
    if (right.isEmpty()) {
        QVERIFY2(!p, p ? qPrintable(r.text(r.sentences.at(p->right))) : "");
        QVERIFY(m_sample.onlyLeft.contains(i));
        return;
    }
    QVERIFY2(p, qPrintable(l.text(l.sentences.at(i))));
    QVERIFY2(r.text(r.sentences.at(p->right)).contains(right), qPrintable(r.text(r.sentences.at(p->right))));
}

void TestAlignment::sampleNumbersAndOmissions()
{
    const Article &l = m_seeds.at(0);
    const Article &r = m_seeds.at(2);
    // The 1960 memorandum is reported by TASS only.
    const int memo = testing::sentenceWith(r, u"memorandum dated January 27, 1960"_s);
    QVERIFY(memo >= 0);
    QVERIFY(m_sample.onlyRight.contains(memo));
    // The declaration sentences share 1956; each has a number the other lacks.
    const SentencePair *p = pairOfLeft(m_sample, testing::sentenceWith(l, u"1956 joint declaration"_s));
    QVERIFY(p);
    QVERIFY(p->sharedNumbers.contains(u"1956"_s));
    QVERIFY(p->rightNumbers.contains(u"2018"_s));
    QVERIFY(p->leftNumbers.contains(u"4"_s));
    // The five-fields pair shares the number and the fields (synonyms grouped).
    const SentencePair *fields = pairOfLeft(m_sample, testing::sentenceWith(l, u"five fields"_s));
    QVERIFY(fields);
    QVERIFY(fields->sharedNumbers.contains(u"5"_s));
    QVERIFY(fields->sharedWords.contains(lemma(u"wind"_s) + u' ' + lemma(u"power"_s)));
    QVERIFY(fields->sharedWords.contains(lemma(u"field"_s)));
    // Pairs are one-to-one and sorted; every sentence is either paired or unmatched.
    QSet<int> rights;
    for (const SentencePair &pair : m_sample.pairs)
        rights.insert(pair.right);
    QCOMPARE(rights.size(), m_sample.pairs.size());
    QCOMPARE(m_sample.pairs.size() + m_sample.onlyLeft.size(), l.sentences.size());
    QCOMPARE(m_sample.pairs.size() + m_sample.onlyRight.size(), r.sentences.size());
}

QTEST_GUILESS_MAIN(TestAlignment)
#include "tst_alignment.moc"
