// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/compare/keyness.h"
#include "analysis/compare/textfeatures.h"
#include "seedarticles.h"
#include "text/segmenter.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace parallax;
using namespace parallax::compare;

class TestKeyness : public QObject
{
    Q_OBJECT
private slots:
    void logLikelihoodByHand_data();
    void logLikelihoodByHand();
    void logRatioByHand_data();
    void logRatioByHand();
    void table();
    void unigramCounts();
    void bigramCounts();
    void stopwords();
    void japaneseAndRussianTerms();
    void formsCountedTogether();
    void sampleByCountry();
};

void TestKeyness::logLikelihoodByHand_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<qint64>("c");
    QTest::addColumn<qint64>("d");
    QTest::addColumn<double>("g2");
    // E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d), G² = 2(a ln(a/E1) + b ln(b/E2)).
    // E1 = E2 = 1000·12/2000 = 6; G² = 2(10 ln(10/6) + 2 ln(2/6))
    //    = 2(10·0.5108256238 − 2·1.0986122887) = 2·2.9110316603 = 5.8220633206
    QTest::newRow("more in A, equal corpora") << qint64(10) << qint64(2) << qint64(1000) << qint64(1000)
                                              << 5.822063320647374;
    // E1 = 2000·5/3000 = 10/3, E2 = 1000·5/3000 = 5/3; a = 0 adds nothing;
    // G² = 2·5·ln(5/(5/3)) = 10 ln 3 = 10.9861228867
    QTest::newRow("absent in A") << qint64(0) << qint64(5) << qint64(2000) << qint64(1000)
                                 << 10.986122886681098;
    // E1 = 10000·100/15000 = 200/3, E2 = 100/3; G² = 2·50(ln(50/(200/3)) + ln(50/(100/3)))
    //    = 100 ln(0.75·1.5) = 100 ln 1.125 = 11.7783035656
    QTest::newRow("same count, unequal corpora") << qint64(50) << qint64(50) << qint64(10000)
                                                 << qint64(5000) << 11.778303565638346;
    // E1 = 200·6/300 = 4 = a, E2 = 2 = b: both logs are 0.
    QTest::newRow("same relative frequency") << qint64(4) << qint64(2) << qint64(200) << qint64(100) << 0.0;
    // E1 = 30·7/70 = 3; G² = 2·7 ln(7/3) = 14·0.8472978604 = 11.8621700454
    QTest::newRow("absent in B") << qint64(7) << qint64(0) << qint64(30) << qint64(40)
                                 << 11.862170045420852;
    QTest::newRow("empty corpus") << qint64(0) << qint64(0) << qint64(0) << qint64(10) << 0.0;
}

void TestKeyness::logLikelihoodByHand()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(qint64, c);
    QFETCH(qint64, d);
    QFETCH(double, g2);
    QVERIFY2(std::abs(logLikelihood(a, b, c, d) - g2) < 1e-6,
             qPrintable(QString::number(logLikelihood(a, b, c, d), 'g', 17)));
}

void TestKeyness::logRatioByHand_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<qint64>("c");
    QTest::addColumn<qint64>("d");
    QTest::addColumn<double>("ratio");
    // log2((10/1000)/(2/1000)) = log2 5 = 2.3219280949
    QTest::newRow("five times as frequent") << qint64(10) << qint64(2) << qint64(1000) << qint64(1000)
                                            << 2.321928094887362;
    // a = 0 counts as 0.5: log2((0.5/2000)/(5/1000)) = log2 0.05 = −4.3219280949
    QTest::newRow("zero replaced by half") << qint64(0) << qint64(5) << qint64(2000) << qint64(1000)
                                           << -4.321928094887363;
    // log2((50/10000)/(50/5000)) = log2 0.5 = −1
    QTest::newRow("half as frequent") << qint64(50) << qint64(50) << qint64(10000) << qint64(5000) << -1.0;
    // log2((7/30)/(0.5/40)) = log2 18.6666… = 4.2223924213
    QTest::newRow("absent in B") << qint64(7) << qint64(0) << qint64(30) << qint64(40) << 4.222392421336448;
}

void TestKeyness::logRatioByHand()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(qint64, c);
    QFETCH(qint64, d);
    QFETCH(double, ratio);
    QVERIFY(std::abs(logRatio(a, b, c, d) - ratio) < 1e-9);
}

void TestKeyness::table()
{
    FrequencyTable a;
    a.total = 1000;
    a.add(u"seized"_s, 10);
    a.add(u"islands"_s, 4);
    a.add(u"rare"_s, 1);
    FrequencyTable b;
    b.total = 1000;
    b.add(u"seized"_s, 2);
    b.add(u"islands"_s, 4);
    b.add(u"handed"_s, 9);
    b.add(u"rare"_s, 1);
    const QList<KeynessRow> rows = keyness(a, b);
    // "rare" (1 + 1 < 3) is left out; the rest sorted by G².
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).term, u"handed"_s);
    // E = 4.5 each; G² = 2·9 ln(9/4.5) = 18 ln 2 = 12.4766
    QVERIFY(std::abs(rows.at(0).g2 - 18 * std::log(2.0)) < 1e-9);
    QVERIFY(!rows.at(0).keyForA());
    QCOMPARE(rows.at(0).countA, 0);
    QCOMPARE(rows.at(0).countB, 9);
    QCOMPARE(rows.at(1).term, u"seized"_s);
    QVERIFY(std::abs(rows.at(1).g2 - 5.822063320647374) < 1e-9);
    QVERIFY(rows.at(1).keyForA());
    QCOMPARE(rows.at(2).term, u"islands"_s);
    QCOMPARE(rows.at(2).g2, 0.0);

    KeynessOptions strict;
    strict.minG2 = 6.63; // p < 0.01
    QCOMPARE(keyness(a, b, strict).size(), 1);
    KeynessOptions all;
    all.minFrequency = 1;
    QCOMPARE(keyness(a, b, all).size(), 4);
}

void TestKeyness::unigramCounts()
{
    const QString text = u"The islands were seized. The Islands’ return was demanded, 2 times."_s;
    const FrequencyTable t = countTerms(text, text::sentences(text), Ngram::Unigram, englishStopwords());
    QCOMPARE(t.total, 11); // every token counts towards the total, stop words and numbers too
    QCOMPARE(t.counts.value(u"islands"_s), 2);
    QCOMPARE(t.counts.value(u"seized"_s), 1);
    QVERIFY(!t.counts.contains(u"the"_s));
    QVERIFY(!t.counts.contains(u"were"_s));
    QVERIFY(!t.counts.contains(u"2"_s));
}

void TestKeyness::bigramCounts()
{
    const QString text = u"The islands were handed over to the Soviet Union. Northern Territories."_s;
    const FrequencyTable t = countTerms(text, text::sentences(text), Ngram::Bigram, englishStopwords());
    // 9 words in the first sentence give 8 pairs, 2 in the second give 1: none across sentences.
    QCOMPARE(t.total, 9);
    QCOMPARE(t.counts.value(u"handed over"_s), 1); // a particle may end a bigram
    QCOMPARE(t.counts.value(u"soviet union"_s), 1);
    QCOMPARE(t.counts.value(u"northern territories"_s), 1);
    QCOMPARE(t.counts.value(u"islands were"_s), 0); // ends with a stop word
    QCOMPARE(t.counts.value(u"the islands"_s), 0);  // starts with one
    QCOMPARE(t.counts.value(u"union northern"_s), 0);
    QCOMPARE(t.counts.size(), 3);
}

void TestKeyness::stopwords()
{
    const QSet<QString> &stop = englishStopwords();
    QVERIFY(stop.size() > 150);
    QVERIFY(stop.contains(u"the"_s));
    QVERIFY(stop.contains(u"wouldn't"_s));
    QVERIFY(!stop.contains(u"said"_s));
    QVERIFY(!stop.contains(u"#"_s));
}

// Japanese is counted by its words and both languages' function words are left out, so that
// what is key for a side is its vocabulary, not its grammar.
void TestKeyness::japaneseAndRussianTerms()
{
    const QSet<QString> &stop = keynessStopwords();
    QVERIFY(stop.contains(u"the"_s) && stop.contains(u"на"_s) && stop.contains(u"の"_s));
    QVERIFY(!stop.contains(u"заявил"_s) && !stop.contains(u"交渉"_s));
    const QString ja = u"北方領土問題の交渉による解決を目指すと強調した。北方領土の返還を求めた。"_s;
    const FrequencyTable j = countTerms(ja, text::sentences(ja), Ngram::Unigram, stop);
    QCOMPARE(j.counts.value(u"北方領土"_s), 2);
    QCOMPARE(j.counts.value(u"交渉"_s), 1);
    QCOMPARE(j.counts.value(u"返還"_s), 1);
    QVERIFY(!j.counts.contains(u"の"_s));
    QVERIFY(!j.counts.contains(u"を"_s));
    QVERIFY(!j.counts.contains(ja.left(10))); // no run of a clause as one "word"
    const FrequencyTable jb = countTerms(ja, text::sentences(ja), Ngram::Bigram, stop);
    QCOMPARE(jb.counts.value(u"北方領土 問題"_s), 1);
    const QString ru = u"Лавров заявил, что на Курилах нет японских военных."_s;
    const FrequencyTable r = countTerms(ru, text::sentences(ru), Ngram::Unigram, stop);
    QCOMPARE(r.counts.value(u"заявил"_s), 1);
    QCOMPARE(r.counts.value(u"курилах"_s), 1);
    for (const QString &w : {u"что"_s, u"на"_s, u"нет"_s})
        QVERIFY2(!r.counts.contains(w), qPrintable(w));

    // A recognised name counts as one word where the word boundaries would cut it.
    const QString named = u"安倍晋三首相は交渉を続けると述べた。"_s;
    const FrequencyTable cut = countTerms(named, text::sentences(named), Ngram::Unigram, stop);
    QVERIFY(!cut.counts.contains(u"安倍晋三"_s)); // the dictionary does not know it
    const FrequencyTable whole = countTerms(named, text::sentences(named), Ngram::Unigram, stop, {Span{0, 4}});
    QCOMPARE(whole.counts.value(u"安倍晋三"_s), 1);
    QCOMPARE(whole.counts.value(u"首相"_s), 1);
    QCOMPARE(whole.counts.value(u"交渉"_s), 1);
    QVERIFY(whole.total < cut.total);
    const FrequencyTable pairs = countTerms(named, text::sentences(named), Ngram::Bigram, stop, {Span{0, 4}});
    QCOMPARE(pairs.counts.value(u"安倍晋三 首相"_s), 1);
}

void TestKeyness::formsCountedTogether()
{
    const QString a = u"Острова спорные. На островах рыбаки. Острова и острова."_s;
    const QString b = u"Остров большой. Islands and an island."_s;
    const QSet<QString> &stop = compare::keynessStopwords();
    compare::FormJoiner joiner;
    compare::FrequencyTable uniA, uniB, biA, biB;
    compare::addTerms(a, text::sentences(a), stop, {}, &uniA, &biA);
    compare::addTerms(b, text::sentences(b), stop, {}, &uniB, &biB);
    uniA = compare::joinForms(uniA, joiner);
    uniB = compare::joinForms(uniB, joiner);
    biA = compare::joinForms(biA, joiner);
    // Totals are of words, as without joining.
    QCOMPARE(uniA.total, compare::countTerms(a, text::sentences(a), compare::Ngram::Unigram, stop).total);
    compare::KeynessOptions options;
    options.minFrequency = 1;
    const QList<compare::KeynessRow> rows = compare::keyness(uniA, uniB, options);
    const auto row = [&rows](const QString &term) {
        for (const compare::KeynessRow &r : rows) {
            if (r.term == term)
                return r;
        }
        return compare::KeynessRow{};
    };
    // Named by the form found most often; counted with the others.
    const compare::KeynessRow island = row(u"острова"_s);
    QCOMPARE(island.countA, 4);
    QCOMPARE(island.countB, 1);
    QCOMPARE(island.forms, (QStringList{u"острова"_s, u"остров"_s, u"островах"_s}));
    QCOMPARE(row(u"islands"_s).countB + row(u"island"_s).countB, 2);
    QCOMPARE(row(u"island"_s).forms, (QStringList{u"island"_s, u"islands"_s})); // a tie: alphabetical
    QVERIFY(row(u"рыбаки"_s).forms.isEmpty()); // one form only
    QCOMPARE(row(u"рыбаки"_s).countA, 1);
    // A pair of words joins as the pair of their terms: "острова спорные" alone here.
    QCOMPARE(biA.forms.size(), biA.counts.size());
    for (auto it = biA.forms.cbegin(); it != biA.forms.cend(); ++it) {
        qint64 n = 0;
        for (const qint64 c : *it)
            n += c;
        QCOMPARE(n, biA.counts.value(it.key()));
    }
}

void TestKeyness::sampleByCountry()
{
    FrequencyTable jp, ru, jpBigrams, ruBigrams;
    for (const Article &a : testing::seedArticles()) {
        FrequencyTable &uni = a.country == u"JP"_s ? jp : ru;
        FrequencyTable &bi = a.country == u"JP"_s ? jpBigrams : ruBigrams;
        uni.merge(countTerms(a.body, a.sentences, Ngram::Unigram, englishStopwords()));
        bi.merge(countTerms(a.body, a.sentences, Ngram::Bigram, englishStopwords()));
    }
    QVERIFY(jp.total > 1000);
    QVERIFY(ru.total > 500);
    const QList<KeynessRow> rows = keyness(jp, ru);
    QVERIFY(!rows.isEmpty());
    for (int i = 1; i < rows.size(); ++i)
        QVERIFY(rows.at(i - 1).g2 >= rows.at(i).g2);
    auto find = [](const QList<KeynessRow> &list, const QString &term) -> const KeynessRow * {
        for (const KeynessRow &r : list) {
            if (r.term == term)
                return &r;
        }
        return nullptr;
    };
    // TASS and Sputnik write "Kuril(s)" far more often; the Japanese press writes "Motegi".
    const KeynessRow *kuril = find(rows, u"kuril"_s);
    QVERIFY(kuril);
    QVERIFY(!kuril->keyForA());
    QVERIFY2(kuril->g2 > 6.63, qPrintable(QString::number(kuril->g2))); // p < 0.01
    const KeynessRow *motegi = find(rows, u"motegi"_s);
    QVERIFY(motegi);
    QVERIFY(motegi->keyForA());
    // Bigrams: "Southern Kuril" belongs to the Russian side.
    const QList<KeynessRow> bigramRows = keyness(jpBigrams, ruBigrams);
    const KeynessRow *southern = find(bigramRows, u"southern kuril"_s);
    QVERIFY(southern);
    QVERIFY(!southern->keyForA());
    QCOMPARE(southern->countA, 0);
}

QTEST_GUILESS_MAIN(TestKeyness)
#include "tst_keyness.moc"
