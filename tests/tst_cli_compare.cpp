// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built parallax binary on the sample corpus and checks what the comparison commands
// print: pairs, compare, framing and keyness, and the decisions and fixes they store.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliCompare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pairsJson();
    void compareJson();
    void framingJson();
    void keynessJson();
    void framingAndKeynessWithinArticles();
    void decisionsAreStored();
    void limitKeepsDecisions();
    void alignmentFixesAreStored();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };
    Run run(QStringList args);
    QTemporaryDir m_dir;
    QString m_db;
    QHash<QString, qint64> m_ids; // file prefix ("000") → article id
};

TestCliCompare::Run TestCliCompare::run(QStringList args)
{
    args.prepend(m_db);
    args.prepend(u"--db"_s);
    QProcess p;
    p.start(QStringLiteral(PARALLAX_BINARY), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qWarning() << "parallax did not finish" << args;
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

void TestCliCompare::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"corpus.parallax"_s);
    QCOMPARE(run({u"import"_s, QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds")}).code, 0);
    const Run r = run({u"articles"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    for (const QJsonValue &v : r.json().array()) {
        const QJsonObject o = v.toObject();
        m_ids.insert(o.value(u"source"_s).toString().section(u'/', -1).left(3),
                     o.value(u"id"_s).toInteger());
    }
    QCOMPARE(m_ids.size(), 5);
}

void TestCliCompare::pairsJson()
{
    const Run r = run({u"pairs"_s, u"--json"_s, u"--days"_s, u"5000"_s, u"--min-score"_s, u"0.01"_s});
    QCOMPARE(r.code, 0);
    const QJsonArray pairs = r.json().array();
    QVERIFY(pairs.size() >= 2);
    const QJsonObject top = pairs.first().toObject();
    QCOMPARE(top.value(u"left"_s).toInteger(), m_ids.value(u"000"_s));
    QCOMPARE(top.value(u"right"_s).toInteger(), m_ids.value(u"002"_s));
    double previous = 2;
    for (const QJsonValue &v : pairs) {
        const double score = v.toObject().value(u"score"_s).toDouble();
        QVERIFY(score <= previous && score > 0);
        previous = score;
    }
    const QJsonObject evidence = top.value(u"evidence"_s).toObject();
    QCOMPARE(evidence.value(u"day_gap"_s).toInt(), 0);
    const QStringList words = evidence.value(u"shared_words"_s).toVariant().toStringList();
    QVERIFY2(words.contains(u"motegi"_s), qPrintable(words.join(u',')));
    QVERIFY(evidence.value(u"shared_numbers"_s).toArray().contains(u"5"_s));
    // With the default three-day window only the December 2019 pair is left.
    QCOMPARE(run({u"pairs"_s, u"--json"_s}).json().array().size(), 1);
}

void TestCliCompare::compareJson()
{
    const QString left = QString::number(m_ids.value(u"000"_s));
    const QString right = QString::number(m_ids.value(u"002"_s));
    const Run r = run({u"compare"_s, left, right, u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(u"left"_s).toObject().value(u"id"_s).toInteger(), m_ids.value(u"000"_s));
    QCOMPARE(o.value(u"right"_s).toObject().value(u"country"_s).toString(), u"RU"_s);
    bool fieldsAligned = false;
    for (const QJsonValue &v : o.value(u"pairs"_s).toArray()) {
        const QJsonObject p = v.toObject();
        const QString l = p.value(u"left"_s).toObject().value(u"text"_s).toString();
        const QString rt = p.value(u"right"_s).toObject().value(u"text"_s).toString();
        if (l.contains(u"five fields"_s))
            fieldsAligned = rt.contains(u"five areas"_s);
        QVERIFY(p.value(u"score"_s).toDouble() > 0);
        QVERIFY(p.value(u"left"_s).toObject().value(u"end"_s).toInt()
                > p.value(u"left"_s).toObject().value(u"start"_s).toInt());
    }
    QVERIFY(fieldsAligned);
    auto anyText = [](const QJsonArray &arr, const QString &needle) {
        for (const QJsonValue &v : arr) {
            if (v.toObject().value(u"text"_s).toString().contains(needle))
                return true;
        }
        return false;
    };
    QVERIFY(anyText(o.value(u"only_left"_s).toArray(), u"fishing boats recently captured"_s));
    QVERIFY(anyText(o.value(u"only_left"_s).toArray(), u"octopus"_s));
    QVERIFY(anyText(o.value(u"only_right"_s).toArray(), u"memorandum dated January 27, 1960"_s));
    QVERIFY(!anyText(o.value(u"only_right"_s).toArray(), u"Toshimitsu Motegi"_s));
}

void TestCliCompare::framingJson()
{
    const Run r = run({u"framing"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject o = r.json().object();
    const QJsonArray hits = o.value(u"hits"_s).toArray();
    QVERIFY(hits.size() > 20);
    bool northern = false;
    for (const QJsonValue &v : hits) {
        const QJsonObject h = v.toObject();
        for (const char *key : {"article", "term", "concept", "side", "start", "end"})
            QVERIFY2(h.contains(QLatin1StringView(key)), key);
        if (h.value(u"term"_s).toString() == u"Northern Territories"_s
            && h.value(u"article"_s).toInteger() == m_ids.value(u"000"_s)) {
            northern = true;
            QCOMPARE(h.value(u"side"_s).toString(), u"JP"_s);
            QCOMPARE(h.value(u"end"_s).toInt() - h.value(u"start"_s).toInt(), 20);
        }
    }
    QVERIFY(northern);
    const QJsonObject byCountry = o.value(u"by_country"_s).toObject();
    QCOMPARE(byCountry.value(u"RU"_s).toObject().value(u"Southern Kuril Islands"_s).toInt(), 3);
    QCOMPARE(byCountry.value(u"JP"_s).toObject().value(u"annexed"_s).toInt(), 1);
    QCOMPARE(byCountry.value(u"RU"_s).toObject().value(u"rejoining"_s).toInt(), 1);
    QVERIFY(!byCountry.value(u"JP"_s).toObject().contains(u"rejoining"_s));
    QCOMPARE(o.value(u"warnings"_s).toArray().size(), 2);
    // Those were the hits stored at import: tagging afresh with the same lexicon agrees.
    const Run fresh = run({u"framing"_s, u"--json"_s, u"--lexicon"_s,
                           QStringLiteral(PARALLAX_SOURCE_DIR "/resources/framing/lexicon.tsv")});
    QCOMPARE(fresh.code, 0);
    QCOMPARE(fresh.json().object().value(u"hits"_s), o.value(u"hits"_s));
    // A lexicon of one's own gives only its own terms.
    const QString own = m_dir.filePath(u"own.csv"_s);
    QFile file(own);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("term,concept,side,note\nrejoin*,status of Crimea,RU,\n");
    file.close();
    const QJsonArray ownHits = run({u"framing"_s, u"--json"_s, u"--lexicon"_s, own}).json().object()
                                   .value(u"hits"_s).toArray();
    QCOMPARE(ownHits.size(), 1);
    QCOMPARE(ownHits.first().toObject().value(u"text"_s).toString(), u"rejoining"_s);
}

void TestCliCompare::keynessJson()
{
    const Run r = run({u"keyness"_s, u"--json"_s, u"--group-by"_s, u"country"_s, u"--limit"_s, u"200"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(u"a"_s).toObject().value(u"group"_s).toString(), u"JP"_s); // most articles first
    QCOMPARE(o.value(u"a"_s).toObject().value(u"articles"_s).toInt(), 3);
    QCOMPARE(o.value(u"b"_s).toObject().value(u"group"_s).toString(), u"RU"_s);
    const QJsonArray uni = o.value(u"unigrams"_s).toArray();
    QVERIFY(!uni.isEmpty());
    QCOMPARE(uni.first().toObject().value(u"term"_s).toString(), u"kuril"_s);
    QCOMPARE(uni.first().toObject().value(u"key_for"_s).toString(), u"RU"_s);
    QCOMPARE(uni.first().toObject().value(u"count_b"_s).toInt(), 8);
    bool wind = false;
    for (const QJsonValue &v : o.value(u"bigrams"_s).toArray())
        wind = wind || v.toObject().value(u"term"_s).toString() == u"wind energy"_s;
    QVERIFY(wind);
    // Groups can be named; the same keyness read the other way round flips its sign.
    const QJsonObject flipped = run({u"keyness"_s, u"--json"_s, u"--a"_s, u"ru"_s, u"--b"_s, u"jp"_s}).json().object();
    const QJsonObject first = flipped.value(u"unigrams"_s).toArray().first().toObject();
    QCOMPARE(first.value(u"term"_s).toString(), u"kuril"_s);
    QVERIFY(first.value(u"log_ratio"_s).toDouble() > 0);
    QCOMPARE(run({u"keyness"_s, u"--a"_s, u"JP"_s, u"--b"_s, u"JP"_s}).code, 1);
    // "-": the articles of no known country (here none), keyed "??" as in the framing table.
    const QJsonObject unknown = run({u"keyness"_s, u"--json"_s, u"--a"_s, u"-"_s, u"--b"_s, u"JP"_s}).json().object();
    QCOMPARE(unknown.value(u"a"_s).toObject().value(u"group"_s).toString(), u"??"_s);
    QCOMPARE(unknown.value(u"a"_s).toObject().value(u"articles"_s).toInt(), 0);
    QCOMPARE(unknown.value(u"b"_s).toObject().value(u"articles"_s).toInt(), 3);

    // Two outlets (named in any case), or two languages.
    const QJsonObject outlets = run({u"keyness"_s, u"--json"_s, u"--group-by"_s, u"outlet"_s, u"--a"_s, u"tass"_s,
                                     u"--b"_s, u"Sputnik"_s}).json().object();
    QCOMPARE(outlets.value(u"group_by"_s).toString(), u"outlet"_s);
    QCOMPARE(outlets.value(u"a"_s).toObject().value(u"group"_s).toString(), u"TASS"_s);
    QCOMPARE(outlets.value(u"a"_s).toObject().value(u"articles"_s).toInt(), 1);
    QCOMPARE(outlets.value(u"b"_s).toObject().value(u"articles"_s).toInt(), 1);
    QVERIFY(!outlets.value(u"unigrams"_s).toArray().isEmpty());
    // Left to itself: the two named outlets (the three Japanese reports name none).
    const QJsonObject chosen = run({u"keyness"_s, u"--json"_s, u"--group-by"_s, u"outlet"_s}).json().object();
    QCOMPARE(QSet<QString>({chosen.value(u"a"_s).toObject().value(u"group"_s).toString(),
                            chosen.value(u"b"_s).toObject().value(u"group"_s).toString()}),
             QSet<QString>({u"TASS"_s, u"Sputnik"_s}));
    const Run oneLanguage = run({u"keyness"_s, u"--group-by"_s, u"language"_s});
    QCOMPARE(oneLanguage.code, 1); // the sample is all English
    QVERIFY2(oneLanguage.err.contains("keyness needs articles from two languages"), oneLanguage.err.constData());

    // The forms of a word counted as one: "kuril" with "kurils", more often than either alone.
    QCOMPARE(o.value(u"forms_joined"_s).toBool(), false);
    const QJsonObject joined = run({u"keyness"_s, u"--json"_s, u"--forms"_s, u"--limit"_s, u"200"_s}).json().object();
    QCOMPARE(joined.value(u"forms_joined"_s).toBool(), true);
    const auto find = [](const QJsonObject &report, const QString &term) {
        for (const QJsonValue &v : report.value(u"unigrams"_s).toArray()) {
            if (v.toObject().value(u"term"_s).toString() == term)
                return v.toObject();
        }
        return QJsonObject();
    };
    const QJsonObject kuril = find(joined, u"kuril"_s);
    QCOMPARE(kuril.value(u"forms"_s).toArray(), (QJsonArray{u"kuril"_s, u"kurils"_s}));
    QVERIFY(find(joined, u"kurils"_s).isEmpty());
    const QJsonObject apartKuril = find(o, u"kuril"_s), apartKurils = find(o, u"kurils"_s);
    QVERIFY(!apartKuril.isEmpty() && !apartKurils.isEmpty());
    QVERIFY(!apartKuril.contains(u"forms"_s));
    QCOMPARE(kuril.value(u"count_b"_s).toInt(),
             apartKuril.value(u"count_b"_s).toInt() + apartKurils.value(u"count_b"_s).toInt());
    QCOMPARE(kuril.value(u"count_a"_s).toInt(),
             apartKuril.value(u"count_a"_s).toInt() + apartKurils.value(u"count_a"_s).toInt());
    const Run table = run({u"keyness"_s, u"--forms"_s, u"--limit"_s, u"3"_s});
    QVERIFY2(table.out.contains("ALSO COUNTED") && table.out.contains("kurils"), table.out.constData());
}

// Narrowed to some articles (a search, dates, an outlet), framing lists their hits only and
// keyness counts their words only; the countries stay what they compare.
void TestCliCompare::framingAndKeynessWithinArticles()
{
    QSet<qint64> kuril;
    for (const QJsonValue &h : run({u"search"_s, u"Kuril"_s, u"--json"_s}).json().array())
        kuril.insert(h.toObject().value(u"id"_s).toInteger());
    QHash<qint64, QString> published, country;
    for (const QJsonValue &a : run({u"articles"_s, u"--json"_s}).json().array()) {
        published.insert(a.toObject().value(u"id"_s).toInteger(), a.toObject().value(u"published"_s).toString());
        country.insert(a.toObject().value(u"id"_s).toInteger(), a.toObject().value(u"country"_s).toString());
    }
    QVERIFY(!kuril.isEmpty() && kuril.size() < published.size());
    const auto hitsOf = [](const QJsonObject &report) {
        QStringList out;
        for (const QJsonValue &h : report.value(u"hits"_s).toArray())
            out << u"%1 %2 %3"_s.arg(h.toObject().value(u"article"_s).toInteger())
                       .arg(h.toObject().value(u"start"_s).toInt()).arg(h.toObject().value(u"term"_s).toString());
        out.sort();
        return out;
    };
    const QStringList every = hitsOf(run({u"framing"_s, u"--json"_s}).json().object());
    QStringList inKuril;
    for (const QString &h : every) {
        if (kuril.contains(h.section(u' ', 0, 0).toLongLong()))
            inKuril << h;
    }
    QVERIFY(!inKuril.isEmpty() && inKuril.size() < every.size());
    const QJsonObject scoped = run({u"framing"_s, u"--json"_s, u"--search"_s, u"Kuril"_s}).json().object();
    QCOMPARE(hitsOf(scoped), inKuril);
    int counted = 0;
    for (const QJsonValue &c : scoped.value(u"table"_s).toArray())
        counted += c.toObject().value(u"count"_s).toInt();
    QCOMPARE(counted, inKuril.size());

    const QJsonObject recent = run({u"framing"_s, u"--json"_s, u"--from"_s, u"2019"_s, u"--to"_s, u"2019"_s}).json().object();
    QVERIFY(!hitsOf(recent).isEmpty() && hitsOf(recent).size() < every.size());
    for (const QString &h : hitsOf(recent))
        QVERIFY2(published.value(h.section(u' ', 0, 0).toLongLong()).startsWith(u"2019"_s), qPrintable(h));

    // Keyness of the articles about the Kurils, by country.
    const QJsonObject key = run({u"keyness"_s, u"--json"_s, u"--search"_s, u"Kuril"_s, u"--a"_s, u"JP"_s, u"--b"_s, u"RU"_s})
                                .json().object();
    int jp = 0, ru = 0;
    for (qint64 id : std::as_const(kuril)) {
        jp += country.value(id) == u"JP"_s ? 1 : 0;
        ru += country.value(id) == u"RU"_s ? 1 : 0;
    }
    QCOMPARE(key.value(u"a"_s).toObject().value(u"articles"_s).toInt(), jp);
    QCOMPARE(key.value(u"b"_s).toObject().value(u"articles"_s).toInt(), ru);
    QVERIFY(jp + ru < 5);

    QCOMPARE(run({u"framing"_s, u"--from"_s, u"soon"_s}).code, 2);
    QCOMPARE(run({u"keyness"_s, u"--from"_s, u"2019"_s, u"--to"_s, u"2018"_s}).code, 2);
    const Run bad = run({u"framing"_s, u"--search"_s, u"\"Kuril"_s});
    QCOMPARE(bad.code, 1);
    QVERIFY2(bad.err.contains("quote"), bad.err.constData());
    QCOMPARE(run({u"keyness"_s, u"--search"_s, u"\"Kuril"_s}).code, 1);
}

void TestCliCompare::decisionsAreStored()
{
    const QString a000 = QString::number(m_ids.value(u"000"_s));
    const QString a001 = QString::number(m_ids.value(u"001"_s));
    const QString a002 = QString::number(m_ids.value(u"002"_s));
    QCOMPARE(run({u"pairs"_s, u"--reject"_s, a000 + u',' + a002}).code, 0);
    QCOMPARE(run({u"pairs"_s, u"--json"_s}).json().array().size(), 0);
    const QJsonArray all = run({u"pairs"_s, u"--json"_s, u"--all"_s}).json().array();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().toObject().value(u"decision"_s).toString(), u"rejected"_s);
    // A pair added by hand is listed first even though the finder would not propose it.
    QCOMPARE(run({u"pairs"_s, u"--confirm"_s, a002 + u',' + a001}).code, 0);
    const QJsonArray confirmed = run({u"pairs"_s, u"--json"_s}).json().array();
    QCOMPARE(confirmed.size(), 1);
    QCOMPARE(confirmed.first().toObject().value(u"decision"_s).toString(), u"confirmed"_s);
    QCOMPARE(run({u"pairs"_s, u"--forget"_s, a000 + u',' + a002}).code, 0);
    QCOMPARE(run({u"pairs"_s, u"--forget"_s, a002 + u',' + a001}).code, 0);
    QCOMPARE(run({u"pairs"_s, u"--json"_s}).json().array().size(), 1);
    QCOMPARE(run({u"pairs"_s, u"--confirm"_s, a000 + u",999"_s}).code, 1);
}

void TestCliCompare::alignmentFixesAreStored()
{
    const QString left = QString::number(m_ids.value(u"000"_s));
    const QString right = QString::number(m_ids.value(u"002"_s));
    auto pairsNow = [&] {
        return run({u"compare"_s, left, right, u"--json"_s}).json().object().value(u"pairs"_s).toArray();
    };
    const QJsonArray before = pairsNow();
    const QJsonObject first = before.first().toObject();
    const QString fixed = u"%1,%2"_s.arg(first.value(u"left"_s).toObject().value(u"index"_s).toInt())
                              .arg(first.value(u"right"_s).toObject().value(u"index"_s).toInt());
    QCOMPARE(run({u"compare"_s, left, right, u"--unlink"_s, fixed}).code, 0);
    // The two sentences are no longer a pair (each may find another partner).
    for (const QJsonValue &v : pairsNow()) {
        const QJsonObject p = v.toObject();
        QVERIFY(p.value(u"left"_s).toObject() != first.value(u"left"_s).toObject()
                || p.value(u"right"_s).toObject() != first.value(u"right"_s).toObject());
    }
    // Link the first sentences of each (both leads): a manual pair.
    QCOMPARE(run({u"compare"_s, left, right, u"--link"_s, u"0,0"_s}).code, 0);
    bool manual = false;
    for (const QJsonValue &v : pairsNow()) {
        const QJsonObject p = v.toObject();
        if (p.value(u"left"_s).toObject().value(u"index"_s).toInt() == 0)
            manual = p.value(u"manual"_s).toBool() && p.value(u"right"_s).toObject().value(u"index"_s).toInt() == 0;
    }
    QVERIFY(manual);
    QCOMPARE(run({u"compare"_s, left, right, u"--reset"_s, fixed}).code, 0);
    QCOMPARE(run({u"compare"_s, left, right, u"--reset"_s, u"0,0"_s}).code, 0);
    QCOMPARE(pairsNow(), before);
}

// --limit bounds the pairs the finder proposes; every pair the user decided on is listed besides.
void TestCliCompare::limitKeepsDecisions()
{
    const QStringList wide{u"pairs"_s, u"--json"_s, u"--days"_s, u"5000"_s, u"--min-score"_s, u"0.0001"_s};
    const QJsonArray all = run(wide).json().array();
    QVERIFY(all.size() >= 3);
    const QJsonArray one = run(wide + QStringList{u"--limit"_s, u"1"_s}).json().array();
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.first(), all.first());
    const auto idsOf = [](const QJsonValue &v) {
        return u"%1,%2"_s.arg(v.toObject().value(u"left"_s).toInteger()).arg(v.toObject().value(u"right"_s).toInteger());
    };
    // Confirm the last pair, reject the best: the limit still lists one undecided pair, after
    // the confirmed one, and --all brings back the rejected one.
    const QString last = idsOf(all.last());
    const QString best = idsOf(all.first());
    QCOMPARE(run({u"pairs"_s, u"--confirm"_s, last}).code, 0);
    QCOMPARE(run({u"pairs"_s, u"--reject"_s, best}).code, 0);
    const QJsonArray limited = run(wide + QStringList{u"--limit"_s, u"1"_s}).json().array();
    QCOMPARE(limited.size(), 2);
    QCOMPARE(idsOf(limited.at(0)), last);
    QCOMPARE(limited.at(0).toObject().value(u"decision"_s).toString(), u"confirmed"_s);
    QCOMPARE(idsOf(limited.at(1)), idsOf(all.at(1)));
    const QJsonArray withRejected = run(wide + QStringList{u"--limit"_s, u"1"_s, u"--all"_s}).json().array();
    QCOMPARE(withRejected.size(), 3);
    QStringList decided;
    for (const QJsonValue &v : withRejected)
        decided.append(v.toObject().value(u"decision"_s).toString());
    QCOMPARE(decided, (QStringList{u"confirmed"_s, u"rejected"_s, u""_s}));
    QCOMPARE(run({u"pairs"_s, u"--forget"_s, last}).code, 0);
    QCOMPARE(run({u"pairs"_s, u"--forget"_s, best}).code, 0);
}

void TestCliCompare::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("compare needs two ids") << QStringList{u"compare"_s, u"1"_s} << 2;
    QTest::newRow("compare unknown article") << QStringList{u"compare"_s, u"1"_s, u"999"_s} << 1;
    QTest::newRow("bad link") << QStringList{u"compare"_s, u"1"_s, u"3"_s, u"--link"_s, u"x"_s} << 2;
    QTest::newRow("pairs bad days") << QStringList{u"pairs"_s, u"--days"_s, u"soon"_s} << 2;
    QTest::newRow("pairs bad limit") << QStringList{u"pairs"_s, u"--limit"_s, u"-3"_s} << 2;
    QTest::newRow("pairs bad pair") << QStringList{u"pairs"_s, u"--confirm"_s, u"1"_s} << 2;
    QTest::newRow("keyness unknown grouping") << QStringList{u"keyness"_s, u"--group-by"_s, u"author"_s} << 2;
    QTest::newRow("framing missing lexicon") << QStringList{u"framing"_s, u"--lexicon"_s, u"/nonexistent.tsv"_s} << 1;
}

void TestCliCompare::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const Run r = run(args);
    QCOMPARE(r.code, code);
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_cli_compare.moc"
