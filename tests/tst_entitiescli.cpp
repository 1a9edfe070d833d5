// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built parallax binary: entities, mentions, cooccur and entity-edit, and checks that
// the user's decisions survive the analysis of newly imported articles.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestEntitiesCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void entitiesListsPeoplePlacesAndNames();
    void entitiesCountWithinArticles();
    void mentionsUseCodePointOffsets();
    void cooccurCountsSharedArticles();
    void decisionsSurviveNewAnalysis();
    void usageErrors();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };
    Run run(const QStringList &args);
    QJsonObject entityNamed(const QString &name, const QString &type = {});
    qint64 articleId(const QString &fileName);

    QTemporaryDir m_dir;
    QString m_db;
};

TestEntitiesCli::Run TestEntitiesCli::run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PARALLAX_BINARY), QStringList{u"--db"_s, m_db} + args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qWarning() << "parallax did not finish" << args;
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QJsonObject TestEntitiesCli::entityNamed(const QString &name, const QString &type)
{
    const Run r = run(type.isEmpty() ? QStringList{u"entities"_s, u"--json"_s}
                                     : QStringList{u"entities"_s, u"--json"_s, u"--type"_s, type});
    for (const QJsonValue &v : r.json().array()) {
        if (v.toObject().value(u"name"_s).toString() == name)
            return v.toObject();
    }
    return {};
}

qint64 TestEntitiesCli::articleId(const QString &fileName)
{
    const Run r = run({u"articles"_s, u"--json"_s});
    for (const QJsonValue &v : r.json().array()) {
        if (QFileInfo(v.toObject().value(u"source"_s).toString()).fileName() == fileName)
            return v.toObject().value(u"id"_s).toInteger();
    }
    return 0;
}

void TestEntitiesCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"corpus.parallax"_s);
    const QString seeds = QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds/");
    // Three articles now; two more after the user's decisions.
    for (const QString &batch : {u"first"_s, u"second"_s})
        QVERIFY(QDir().mkpath(m_dir.filePath(batch)));
    for (const QString &f : QDir(seeds).entryList(QDir::Files)) {
        const bool first = f.startsWith("000"_L1) || f.startsWith("002"_L1) || f.startsWith("003"_L1);
        QVERIFY(QFile::copy(seeds + f, m_dir.filePath((first ? u"first/"_s : u"second/"_s) + f)));
    }
    const Run imp = run({u"import"_s, m_dir.filePath(u"first"_s)});
    QVERIFY2(imp.code == 0, imp.err.constData());
}

void TestEntitiesCli::entitiesListsPeoplePlacesAndNames()
{
    const Run all = run({u"entities"_s, u"--json"_s});
    QCOMPARE(all.code, 0);
    const QJsonArray arr = all.json().array();
    QVERIFY(arr.size() > 20);
    for (const QJsonValue &v : arr) {
        for (const char *key : {"id", "name", "type", "aliases", "mentions", "articles"})
            QVERIFY2(v.toObject().contains(QLatin1StringView(key)), key);
    }
    const QJsonObject lavrov = entityNamed(u"Sergey Lavrov"_s, u"person"_s);
    QCOMPARE(lavrov.value(u"type"_s).toString(), u"person"_s);
    QCOMPARE(lavrov.value(u"articles"_s).toArray().size(), 2); // 000 and 002
    QVERIFY(lavrov.value(u"mentions"_s).toInt() >= 6);
    QVERIFY(lavrov.value(u"aliases"_s).toArray().contains(u"Lavrov"_s));

    const Run places = run({u"entities"_s, u"--json"_s, u"--type"_s, u"place"_s});
    for (const QJsonValue &v : places.json().array())
        QCOMPARE(v.toObject().value(u"type"_s).toString(), u"place"_s);
    const QJsonObject islands = entityNamed(u"Southern Kuril Islands"_s, u"place"_s);
    const QJsonArray aliases = islands.value(u"aliases"_s).toArray();
    for (const QString &name : {u"Northern Territories"_s, u"South Kuril Islands"_s, u"Southern Kuril Islands"_s})
        QVERIFY2(aliases.contains(name), qPrintable(name));
    QVERIFY(entityNamed(u"Russian"_s).isEmpty()); // a demonym, not a place
}

// Narrowed like the library (an outlet country, a search, dates), each entity's articles are its
// articles there and its mentions are counted in them from `mentions`; the others are left out.
void TestEntitiesCli::entitiesCountWithinArticles()
{
    const QJsonArray whole = run({u"entities"_s, u"--json"_s}).json().array();
    QHash<qint64, QSet<qint64>> wholeArticles;
    for (const QJsonValue &v : whole) {
        for (const QJsonValue &a : v.toObject().value(u"articles"_s).toArray())
            wholeArticles[v.toObject().value(u"id"_s).toInteger()].insert(a.toInteger());
    }
    QVERIFY(!wholeArticles.isEmpty());
    // Mentions per (entity, article), from each article's mention list.
    QHash<std::pair<qint64, qint64>, int> mentions;
    QSet<qint64> corpus;
    QHash<qint64, QString> published;
    for (const QJsonValue &a : run({u"articles"_s, u"--json"_s}).json().array()) {
        const qint64 id = a.toObject().value(u"id"_s).toInteger();
        corpus.insert(id);
        published.insert(id, a.toObject().value(u"published"_s).toString());
        for (const QJsonValue &m : run({u"mentions"_s, QString::number(id), u"--json"_s}).json().array())
            ++mentions[{m.toObject().value(u"entity"_s).toInteger(), id}];
    }
    QCOMPARE(corpus.size(), 3);

    // The number of entities listed, or -1 (with a warning) when the listing is wrong.
    const auto check = [&](const QStringList &options, const QSet<qint64> &scope) -> int {
        const auto wrong = [&options](const QString &what) {
            qWarning().noquote() << options.join(u' ') << what;
            return -1;
        };
        const Run r = run(QStringList{u"entities"_s, u"--json"_s} + options);
        if (r.code != 0)
            return wrong(QString::fromUtf8(r.err));
        const QJsonArray listed = r.json().array();
        QSet<qint64> seen;
        for (const QJsonValue &v : listed) {
            const qint64 entity = v.toObject().value(u"id"_s).toInteger();
            seen.insert(entity);
            QSet<qint64> articles;
            int count = 0;
            for (const QJsonValue &a : v.toObject().value(u"articles"_s).toArray()) {
                articles.insert(a.toInteger());
                count += mentions.value({entity, a.toInteger()});
            }
            if (articles != (wholeArticles.value(entity) & scope))
                return wrong(u"articles of entity %1"_s.arg(entity));
            if (v.toObject().value(u"mentions"_s).toInt() != count)
                return wrong(u"mentions of entity %1: %2, counted %3"_s.arg(entity).arg(v.toObject().value(u"mentions"_s).toInt()).arg(count));
        }
        // Every entity named in the scope is listed, and no other.
        int named = 0;
        for (auto it = wholeArticles.cbegin(); it != wholeArticles.cend(); ++it) {
            if (it->intersects(scope)) {
                if (!seen.contains(it.key()))
                    return wrong(u"entity %1 is missing"_s.arg(it.key()));
                ++named;
            }
        }
        if (listed.size() != named)
            return wrong(u"%1 listed, %2 named"_s.arg(listed.size()).arg(named));
        // The text form says how many entities in how many articles.
        const Run text = run(QStringList{u"entities"_s} + options);
        const QString last = u"%1 entit%2 in %3 article%4"_s.arg(named).arg(named == 1 ? u"y"_s : u"ies"_s)
                                 .arg(scope.size()).arg(scope.size() == 1 ? u""_s : u"s"_s);
        if (!text.out.trimmed().endsWith(last.toUtf8()))
            return wrong(QString::fromUtf8(text.out));
        return named;
    };

    QSet<qint64> russian; // the TASS article (no manifest yet: the others have no outlet)
    for (const QJsonValue &a : run({u"articles"_s, u"--json"_s, u"--country"_s, u"RU"_s}).json().array())
        russian.insert(a.toObject().value(u"id"_s).toInteger());
    QCOMPARE(russian.size(), 1);
    QVERIFY(check({u"--country"_s, u"ru"_s}, russian) > 5);
    QVERIFY(check({u"--outlet"_s, u"tass"_s}, russian) > 5);
    // "-": the articles without one (the other two, imported without their manifest).
    QSet<qint64> unknown;
    for (const QJsonValue &a : run({u"articles"_s, u"--json"_s, u"--country"_s, u"-"_s}).json().array())
        unknown.insert(a.toObject().value(u"id"_s).toInteger());
    QCOMPARE(unknown, corpus - russian);
    QSet<qint64> noOutlet;
    for (const QJsonValue &a : run({u"articles"_s, u"--json"_s, u"--outlet"_s, u"-"_s}).json().array())
        noOutlet.insert(a.toObject().value(u"id"_s).toInteger());
    QCOMPARE(noOutlet, unknown);
    QVERIFY(check({u"--country"_s, u"-"_s}, unknown) > 5);

    QSet<qint64> lavrov;
    for (const QJsonValue &h : run({u"search"_s, u"Lavrov"_s, u"--json"_s}).json().array())
        lavrov.insert(h.toObject().value(u"id"_s).toInteger());
    QCOMPARE(lavrov.size(), 2);
    QVERIFY(check({u"--search"_s, u"Lavrov"_s}, lavrov) > 5);

    QSet<qint64> december;
    for (auto it = published.cbegin(); it != published.cend(); ++it) {
        if (it->startsWith(u"2019-12"_s))
            december.insert(it.key());
    }
    QVERIFY(!december.isEmpty() && december.size() < corpus.size());
    QVERIFY(check({u"--from"_s, u"2019-12"_s, u"--to"_s, u"2019-12"_s}, december) > 5);
    QCOMPARE(check({u"--outlet"_s, u"no such outlet"_s}, {}), 0);

    QCOMPARE(run({u"entities"_s, u"--from"_s, u"2019-13"_s}).code, 2);
    QCOMPARE(run({u"entities"_s, u"--from"_s, u"2020"_s, u"--to"_s, u"2019"_s}).code, 2);
    const Run bad = run({u"entities"_s, u"--search"_s, u"\"Kuril"_s});
    QCOMPARE(bad.code, 1);
    QVERIFY2(bad.err.contains("quote"), bad.err.constData());
}

void TestEntitiesCli::mentionsUseCodePointOffsets()
{
    const qint64 tass = articleId(u"002_a96840ff3fb00932.txt"_s);
    QVERIFY(tass > 0);
    const Run show = run({u"show"_s, QString::number(tass), u"--json"_s});
    const QString body = show.json().object().value(u"body"_s).toString();
    QVERIFY(!body.isEmpty());
    const Run r = run({u"mentions"_s, QString::number(tass), u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonArray arr = r.json().array();
    QVERIFY(arr.size() > 30);
    const QList<uint> codePoints = body.toUcs4();
    bool moscow = false;
    for (const QJsonValue &v : arr) {
        const QJsonObject m = v.toObject();
        const int start = m.value(u"start"_s).toInt();
        const int end = m.value(u"end"_s).toInt();
        const QString text = QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + start), end - start);
        QCOMPARE(m.value(u"text"_s).toString(), text);
        QVERIFY(m.value(u"entity"_s).toInteger() > 0);
        if (text == "MOSCOW"_L1) {
            moscow = true;
            QCOMPARE(m.value(u"name"_s).toString(), u"Moscow"_s);
            QCOMPARE(m.value(u"type"_s).toString(), u"place"_s);
        }
    }
    QVERIFY(moscow);
    QCOMPARE(run({u"mentions"_s, u"99999"_s, u"--json"_s}).code, 1);
}

void TestEntitiesCli::cooccurCountsSharedArticles()
{
    const qint64 lavrov = entityNamed(u"Sergey Lavrov"_s).value(u"id"_s).toInteger();
    const Run r = run({u"cooccur"_s, QString::number(lavrov), u"--json"_s});
    QCOMPARE(r.code, 0);
    QHash<QString, int> counts;
    for (const QJsonValue &v : r.json().array())
        counts.insert(v.toObject().value(u"name"_s).toString(), v.toObject().value(u"articles"_s).toInt());
    QCOMPARE(counts.value(u"Toshimitsu Motegi"_s), 2);
    QCOMPARE(counts.value(u"Moscow"_s), 2);
    QVERIFY(!counts.contains(u"Sergey Lavrov"_s));
    QVERIFY(!counts.contains(u"Crimea"_s)); // only in 003, which does not name Lavrov
}

void TestEntitiesCli::decisionsSurviveNewAnalysis()
{
    auto idOf = [this](const QString &name) {
        return QString::number(entityNamed(name).value(u"id"_s).toInteger());
    };
    auto edit = [this](const QStringList &args) {
        const Run r = run(QStringList{u"entity-edit"_s} + args);
        QVERIFY2(r.code == 0, r.err.constData());
    };
    edit({u"rename"_s, idOf(u"Sergey Lavrov"_s), u"Lavrov, Sergey"_s});
    edit({u"reject"_s, idOf(u"Soviet Union"_s)});
    edit({u"merge"_s, idOf(u"Kuril Islands"_s), idOf(u"Southern Kuril Islands"_s)});
    edit({u"retype"_s, idOf(u"Crimea"_s), u"other"_s});
    edit({u"split"_s, idOf(u"Southern Kuril Islands"_s), u"Northern Territories"_s});
    edit({u"alias"_s, u"add"_s, idOf(u"Southern Kuril Islands"_s), u"Kuriles"_s});
    edit({u"alias"_s, u"remove"_s, idOf(u"Southern Kuril Islands"_s), u"South Kuril Islands"_s});

    const Run imp = run({u"import"_s, m_dir.filePath(u"second"_s)});
    QVERIFY2(imp.code == 0, imp.err.constData());

    const QJsonObject lavrov = entityNamed(u"Lavrov, Sergey"_s);
    QCOMPARE(lavrov.value(u"articles"_s).toArray().size(), 4); // 000, 002 and now 001, 004
    QVERIFY(entityNamed(u"Sergey Lavrov"_s).isEmpty());
    QVERIFY(entityNamed(u"Soviet Union"_s).isEmpty()); // 001 names it too
    QVERIFY(entityNamed(u"Kuril Islands"_s).isEmpty());  // 004 names it too
    const QJsonObject islands = entityNamed(u"Southern Kuril Islands"_s);
    const QJsonArray aliases = islands.value(u"aliases"_s).toArray();
    QVERIFY(aliases.contains(u"Kuril Islands"_s));
    QVERIFY(aliases.contains(u"Kuriles"_s));
    QVERIFY(!aliases.contains(u"South Kuril Islands"_s));
    QVERIFY(!aliases.contains(u"Northern Territories"_s));
    const QJsonObject territories = entityNamed(u"Northern Territories"_s);
    QCOMPARE(territories.value(u"type"_s).toString(), u"place"_s);
    QCOMPARE(territories.value(u"articles"_s).toArray().size(), 3); // 000, and now 001 and 004
    QCOMPARE(entityNamed(u"Crimea"_s).value(u"type"_s).toString(), u"other"_s);
    QCOMPARE(entityNamed(u"Crimea"_s).value(u"articles"_s).toArray().size(), 2); // 003 and 004
}

void TestEntitiesCli::usageErrors()
{
    QCOMPARE(run({u"entities"_s, u"--type"_s, u"planet"_s}).code, 2);
    QCOMPARE(run({u"mentions"_s}).code, 2);
    QCOMPARE(run({u"cooccur"_s, u"x"_s}).code, 2);
    QCOMPARE(run({u"entity-edit"_s, u"frobnicate"_s, u"1"_s, u"x"_s}).code, 2);
    QCOMPARE(run({u"entity-edit"_s, u"rename"_s, u"999999"_s, u"Name"_s}).code, 1);
}

QTEST_GUILESS_MAIN(TestEntitiesCli)
#include "tst_entitiescli.moc"
