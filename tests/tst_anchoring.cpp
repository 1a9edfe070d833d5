// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/anchoring.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;
using namespace parallax::annotations;

Q_DECLARE_METATYPE(parallax::annotations::AnchorMethod)

namespace {

const QString Body = u"Japan and Russia have not signed a peace treaty since the end of World War II "
                     "because of the dispute over the islands, which Russia calls the Southern Kurils and "
                     "Japan calls the Northern Territories. Talks resumed in Moscow on Thursday."_s;

Span spanOf(const QString &body, const QString &quote, int from = 0)
{
    const int start = int(body.indexOf(quote, from));
    return Span{start, start + int(quote.size())};
}

} // namespace

class TestAnchoring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reanchor_data();
    void reanchor();
    void duplicatedQuoteFollowsItsContext();
    void duplicatedQuoteKeepsItsPlaceWhenUnchanged();
    void orphanKeepsSelectorAndFlag();
    void surrogatePairsAtContextEdge();
    void longQuoteWithEditInside();
    void editDistanceBasics();
    void largeBodyIsFast();
};

void TestAnchoring::reanchor_data()
{
    QTest::addColumn<QString>("newBody");
    QTest::addColumn<QString>("expected"); // the text the new span must cover
    QTest::addColumn<AnchorMethod>("method");

    const QString quote = u"Russia calls the Southern Kurils"_s;
    QString before = Body;
    before.insert(0, u"MOSCOW, December 19. /TASS/. "_s);
    QTest::newRow("insertion before the quote") << before << quote << AnchorMethod::Exact;

    QString after = Body;
    after.append(u" Officials declined to comment on the timetable."_s);
    QTest::newRow("insertion after the quote") << after << quote << AnchorMethod::Exact;

    QString inside = Body;
    inside.replace(u"Russia calls"_s, u"Russia now calls"_s);
    QTest::newRow("insertion inside the quote")
        << inside << u"Russia now calls the Southern Kurils"_s << AnchorMethod::Fuzzy;

    QString deletedBefore = Body;
    deletedBefore.remove(u"since the end of World War II "_s);
    QTest::newRow("deletion before the quote") << deletedBefore << quote << AnchorMethod::Exact;

    QString deletedInside = Body;
    deletedInside.replace(u"calls the Southern"_s, u"calls Southern"_s);
    QTest::newRow("deletion inside the quote")
        << deletedInside << u"Russia calls Southern Kurils"_s << AnchorMethod::Fuzzy;

    QString typo = Body;
    typo.replace(u"Kurils"_s, u"Kuriles"_s);
    QTest::newRow("spelling changed") << typo << u"Russia calls the Southern Kuriles"_s << AnchorMethod::Fuzzy;

    QString both = Body;
    both.insert(0, u"Updated: "_s);
    both.replace(u"Southern Kurils"_s, u"South Kurils"_s);
    QTest::newRow("insertion before and edit inside")
        << both << u"Russia calls the South Kurils"_s << AnchorMethod::Fuzzy;
}

void TestAnchoring::reanchor()
{
    QFETCH(QString, newBody);
    QFETCH(QString, expected);
    QFETCH(AnchorMethod, method);

    const Span old = spanOf(Body, u"Russia calls the Southern Kurils"_s);
    const QuoteSelector q = QuoteSelector::fromBody(Body, old);
    QCOMPARE(q.exact, u"Russia calls the Southern Kurils"_s);
    const AnchorResult r = anchor(q, newBody, old);
    QCOMPARE(r.method, method);
    QCOMPARE(newBody.mid(r.span.start, r.span.length()), expected);
    QVERIFY(r.similarity >= 0.75);
}

void TestAnchoring::duplicatedQuoteFollowsItsContext()
{
    const QString body = u"Tokyo said the islands are Japanese territory. Moscow said the islands are Russian "
                         "territory."_s;
    const Span second = spanOf(body, u"the islands"_s, 20);
    const QuoteSelector q = QuoteSelector::fromBody(body, second);
    // Text inserted before both copies shifts the old position onto nothing useful; an edit
    // between them moves the second copy. The context ("Moscow said", "are Russian") decides.
    const QString changed = u"Officials on both sides restated their positions this week. Tokyo said that "
                            "the islands are Japanese territory. Moscow said the islands are Russian territory."_s;
    const AnchorResult r = anchor(q, changed, second);
    QCOMPARE(r.method, AnchorMethod::Exact);
    QCOMPARE(r.span, spanOf(changed, u"the islands"_s, int(changed.indexOf(u"Moscow"_s))));
}

void TestAnchoring::duplicatedQuoteKeepsItsPlaceWhenUnchanged()
{
    const QString body = u"the islands, the islands, the islands"_s;
    const Span middle{13, 24};
    QCOMPARE(body.mid(13, 11), u"the islands"_s);
    const AnchorResult r = anchor(QuoteSelector::fromBody(body, middle), body, middle);
    QCOMPARE(r.span, middle);
    QCOMPARE(r.method, AnchorMethod::Exact);
}

void TestAnchoring::orphanKeepsSelectorAndFlag()
{
    Annotation a;
    a.span = spanOf(Body, u"Talks resumed in Moscow on Thursday."_s);
    a.quote = QuoteSelector::fromBody(Body, a.span);
    const QuoteSelector original = a.quote;
    const QString rewritten = u"Japan and Russia have not signed a peace treaty. The foreign ministers will "
                              "meet again next year."_s;
    const Span oldSpan = a.span;
    const AnchorResult r = annotations::reanchor(a, rewritten, {});
    QVERIFY(r.orphan());
    QVERIFY(a.orphan);
    QCOMPARE(a.quote, original); // kept so that the user can place it
    QCOMPARE(a.span, oldSpan);
    QVERIFY(r.span.end <= rewritten.size());
}

void TestAnchoring::surrogatePairsAtContextEdge()
{
    // 32 units before the quote would start in the middle of an emoji (a surrogate pair).
    const QString body = u"😀"_s + QString(31, u'x') + u"北方領土"_s + QString(31, u'y') + u"😀"_s;
    const Span s{33, 37};
    const QuoteSelector q = QuoteSelector::fromBody(body, s);
    QCOMPARE(q.exact, u"北方領土"_s);
    QVERIFY(!q.prefix.front().isLowSurrogate());
    QVERIFY(!q.suffix.back().isHighSurrogate());
    const QString moved = u"前文。"_s + body;
    QCOMPARE(anchor(q, moved, s).span, (Span{36, 40}));
}

void TestAnchoring::longQuoteWithEditInside()
{
    QString body;
    for (int i = 0; i < 40; ++i)
        body += u"Paragraph %1 talks about fishing quotas near Shikotan and Habomai. "_s.arg(i);
    const Span old{int(body.indexOf(u"Paragraph 10 "_s)), int(body.indexOf(u"Paragraph 16 "_s))};
    const QuoteSelector q = QuoteSelector::fromBody(body, old);
    QVERIFY(q.exact.size() > AnchorOptions().maxFuzzyPattern);
    QString changed = body;
    changed.replace(u"Paragraph 13 talks about"_s, u"Paragraph 13 mentions"_s);
    changed.insert(0, u"Preface. "_s);
    const AnchorResult r = anchor(q, changed, old);
    QCOMPARE(r.method, AnchorMethod::Fuzzy);
    QCOMPARE(r.span.start, int(changed.indexOf(u"Paragraph 10 "_s)));
    QCOMPARE(r.span.end, int(changed.indexOf(u"Paragraph 16 "_s)));
}

void TestAnchoring::editDistanceBasics()
{
    QCOMPARE(editDistance(u"kitten", u"sitting"), 3);
    QCOMPARE(editDistance(u"", u"abc"), 3);
    QCOMPARE(editDistance(u"Итуруп", u"Итуруп"), 0);
    QCOMPARE(editDistance(u"択捉島", u"択捉"), 1);
}

void TestAnchoring::largeBodyIsFast()
{
    // About 130,000 characters of seeded pseudo-text, and a sentence edited in its middle.
    const QStringList vocabulary = u"islands treaty minister talks fishing visa Moscow Tokyo sovereignty "
                                   "declaration joint economic activity border patrol vessel"_s.split(u' ');
    QRandomGenerator random(1956);
    QString body;
    for (int i = 0; i < 2000; ++i) {
        body += u"Sentence %1"_s.arg(i);
        for (int w = 0; w < 8; ++w)
            body += u' ' + vocabulary.at(random.bounded(int(vocabulary.size())));
        body += u". "_s;
    }
    const Span old{int(body.indexOf(u"Sentence 1500 "_s)), int(body.indexOf(u"Sentence 1501 "_s))};
    const QuoteSelector q = QuoteSelector::fromBody(body, old);
    QString changed = body;
    changed.replace(u"Sentence 1500 "_s, u"Sentence 1500, they said, "_s);
    AnchorResult r;
    QBENCHMARK_ONCE {
        r = anchor(q, changed, old);
    }
    QCOMPARE(r.method, AnchorMethod::Fuzzy);
    QCOMPARE(r.span.start, old.start);
}

QTEST_GUILESS_MAIN(TestAnchoring)
#include "tst_anchoring.moc"
