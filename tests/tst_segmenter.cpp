// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/segmenter.h"

#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestSegmenter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sentences_data();
    void sentences();
    void paragraphsSplitAtBlankLines();
    void wordsKeepHyphensAndNumbers();
    void codePointOffsets();
    void japaneseIsCutIntoWords();
};

void TestSegmenter::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("two plain sentences")
        << u"Abe met Putin. They talked."_s << QStringList{u"Abe met Putin."_s, u"They talked."_s};
    QTest::newRow("U.S. inside a sentence")
        << u"The Japan-U.S. security alliance grew. Putin objected."_s
        << QStringList{u"The Japan-U.S. security alliance grew."_s, u"Putin objected."_s};
    QTest::newRow("U.N. sanctions")
        << u"Japan wants the U.N. sanctions implemented. Russia agrees."_s
        << QStringList{u"Japan wants the U.N. sanctions implemented."_s, u"Russia agrees."_s};
    QTest::newRow("month abbreviation before a day")
        << u"They met on Dec. 19 in Moscow. Talks ended."_s
        << QStringList{u"They met on Dec. 19 in Moscow."_s, u"Talks ended."_s};
    QTest::newRow("initials")
        << u"George W. Bush arrived. He spoke."_s
        << QStringList{u"George W. Bush arrived."_s, u"He spoke."_s};
    QTest::newRow("title abbreviation")
        << u"Mr. Abe said so. Dr. Smith agreed."_s
        << QStringList{u"Mr. Abe said so."_s, u"Dr. Smith agreed."_s};
    QTest::newRow("closing quote after the stop")
        << u"He said “it is over.” Then he left."_s
        << QStringList{u"He said “it is over.”"_s, u"Then he left."_s};
    QTest::newRow("decimal number")
        << u"Growth was 6.5 percent. It fell."_s
        << QStringList{u"Growth was 6.5 percent."_s, u"It fell."_s};
    QTest::newRow("japanese full stops")
        << u"北方領土問題について協議した。両国は合意した。"_s
        << QStringList{u"北方領土問題について協議した。"_s, u"両国は合意した。"_s};
    QTest::newRow("russian")
        << u"Лавров встретился с Мотеги. Стороны договорились."_s
        << QStringList{u"Лавров встретился с Мотеги."_s, u"Стороны договорились."_s};
    QTest::newRow("question and exclamation")
        << u"Will they agree? Nobody knows! Wait."_s
        << QStringList{u"Will they agree?"_s, u"Nobody knows!"_s, u"Wait."_s};
}

void TestSegmenter::sentences()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const Span &s : text::sentences(text))
        got << text.mid(s.start, s.length());
    QCOMPARE(got, expected);
}

void TestSegmenter::paragraphsSplitAtBlankLines()
{
    const QString t = u"First line\nsame paragraph.\n\n  Second paragraph.  \n\n\nThird."_s;
    const auto ps = text::paragraphs(t);
    QCOMPARE(ps.size(), 3);
    QCOMPARE(t.mid(ps[0].start, ps[0].length()), u"First line\nsame paragraph."_s);
    QCOMPARE(t.mid(ps[1].start, ps[1].length()), u"Second paragraph."_s);
    QCOMPARE(t.mid(ps[2].start, ps[2].length()), u"Third."_s);
    const QString lines = u"Headline\nStandfirst\nBody."_s;
    QCOMPARE(text::paragraphs(lines).size(), 3);
}

void TestSegmenter::wordsKeepHyphensAndNumbers()
{
    const QString t = u"The Russia-held islands, 1,000 boats and 6.5 tons; don’t stop."_s;
    QStringList got;
    for (const Span &s : text::words(t))
        got << t.mid(s.start, s.length());
    QCOMPARE(got, (QStringList{u"The"_s, u"Russia-held"_s, u"islands"_s, u"1,000"_s, u"boats"_s,
                               u"and"_s, u"6.5"_s, u"tons"_s, u"don’t"_s, u"stop"_s}));
}

void TestSegmenter::codePointOffsets()
{
    const QString t = u"a😀b"_s; // the emoji is two UTF-16 units
    QCOMPARE(text::toCodePoints(t, 3), 2);
    QCOMPARE(text::fromCodePoints(t, 2), 3);
    QCOMPARE(text::toCodePoints(t, 4), 3);
}

// Japanese has no spaces between words: the dictionary cuts it, digits part from the ideographs
// beside them, punctuation is no word, and Latin and Cyrillic words stay as they were.
void TestSegmenter::japaneseIsCutIntoWords()
{
    const QString t = u"北方領土問題の交渉による解決を目指すと強調した。2019年12月19日、ラブロフ外相は"
                      "「Kuril」と述べた。Курилы"_s;
    QStringList got;
    for (const Span &s : text::words(t))
        got << t.mid(s.start, s.length());
    QCOMPARE(got, (QStringList{u"北方領土"_s, u"問題"_s, u"の"_s, u"交渉"_s, u"による"_s, u"解決"_s, u"を"_s,
                               u"目指す"_s, u"と"_s, u"強調"_s, u"した"_s, u"2019"_s, u"年"_s, u"12"_s, u"月"_s,
                               u"19"_s, u"日"_s, u"ラブロフ"_s, u"外相"_s, u"は"_s, u"Kuril"_s, u"と"_s, u"述"_s,
                               u"べた"_s, u"Курилы"_s}));
    // Katakana with the long-vowel mark is one word.
    const QString k = u"エネルギー協力"_s;
    got.clear();
    for (const Span &s : text::words(k))
        got << k.mid(s.start, s.length());
    QCOMPARE(got, (QStringList{u"エネルギー"_s, u"協力"_s}));
    // Each thread cuts on its own.
    QStringList other;
    std::thread([&] {
        for (const Span &s : text::words(k))
            other << k.mid(s.start, s.length());
    }).join();
    QCOMPARE(other, got);
}

QTEST_GUILESS_MAIN(TestSegmenter)
#include "tst_segmenter.moc"
