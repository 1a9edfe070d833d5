// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Re-importing a changed article: it supersedes the stored version and the annotations follow it,
// re-anchored by their quotes, or flagged as orphans; never dropped.
#include "annotations/annotationdocument.h"
#include "import/importer.h"
#include "store/annotationstore.h"
#include "store/revisionstore.h"
#include "store/store.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;
using namespace parallax::annotations;

namespace {

const QString Quote = u"Russia calls the Southern Kurils"_s;
const QString Body = u"Japan and Russia have disputed four islands since the end of World War II. "
                     "Russia calls the Southern Kurils part of Sakhalin region. "
                     "Tokyo calls them the Northern Territories and wants them back."_s;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray jsonLine(const QString &title, const QString &body, const QString &url = {})
{
    QJsonObject o{{u"title"_s, title}, {u"outlet"_s, u"Kyodo"_s}, {u"date"_s, u"2024-02-07"_s}, {u"body"_s, body}};
    if (!url.isEmpty())
        o.insert(u"url"_s, url);
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

class TestReimport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void changedFileReanchors_data();
    void changedFileReanchors();
    void chainOfVersions();
    void shiftedRecordFollowsItsKey();
    void unchangedFileChangesNothing();
    void copiesInOneImportAreNotVersions();

private:
    import::ImportReport importFiles(const QStringList &paths);
    qint64 annotate(qint64 articleId, const QString &quote);
    QList<Annotation> stored();
    qint64 lastArticleId();

    QTemporaryDir m_dir;
    store::Store m_store;
};

void TestReimport::init()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_store.open(u":memory:"_s), qPrintable(m_store.lastError()));
}

void TestReimport::cleanup()
{
    m_store.close();
}

import::ImportReport TestReimport::importFiles(const QStringList &paths)
{
    import::Importer importer(m_store);
    return importer.run(paths);
}

qint64 TestReimport::annotate(qint64 articleId, const QString &quote)
{
    store::AnnotationStore repository(m_store.database());
    AnnotationDocument doc(&repository);
    if (!doc.load())
        return 0;
    const QString body = m_store.article(articleId)->body;
    const int at = int(body.indexOf(quote));
    const qint64 tag = doc.addTag(u"Framing"_s);
    return at < 0 ? 0 : doc.addAnnotation(articleId, body, Span{at, at + int(quote.size())}, {tag}, u"a note"_s);
}

QList<Annotation> TestReimport::stored()
{
    store::AnnotationStore repository(m_store.database());
    AnnotationData data;
    if (!repository.load(data))
        qWarning() << repository.lastError();
    return data.annotations;
}

qint64 TestReimport::lastArticleId()
{
    const auto list = m_store.articles(store::SortKey::Title, Qt::AscendingOrder);
    qint64 id = 0;
    for (const auto &a : list)
        id = std::max(id, a.id);
    return id;
}

void TestReimport::changedFileReanchors_data()
{
    QTest::addColumn<QString>("newBody");
    QTest::addColumn<QString>("expected"); // what the annotation covers afterwards; empty for an orphan

    QTest::newRow("insertion before the quote")
        << QString(Body).insert(0, u"Updated on Friday. "_s) << Quote;
    QTest::newRow("insertion inside the quote")
        << QString(Body).replace(u"Russia calls"_s, u"Russia now calls"_s) << u"Russia now calls the Southern Kurils"_s;
    QTest::newRow("insertion after the quote")
        << QString(Body).replace(u"part of"_s, u"an integral part of"_s) << Quote;
    QTest::newRow("quote rewritten: orphan")
        << QString(Body).replace(Quote, u"Moscow insists the islands are its own"_s) << QString();
}

void TestReimport::changedFileReanchors()
{
    QFETCH(QString, newBody);
    QFETCH(QString, expected);

    const QString path = m_dir.filePath(u"kurils.txt"_s);
    QVERIFY(writeFile(path, Body.toUtf8()));
    QCOMPARE(importFiles({path}).articlesImported, 1);
    const qint64 first = lastArticleId();
    const qint64 id = annotate(first, Quote);
    QVERIFY(id > 0);
    const Annotation before = stored().constFirst();

    QVERIFY(writeFile(path, newBody.toUtf8()));
    const import::ImportReport report = importFiles({path});
    QCOMPARE(report.articlesImported, 1);
    QCOMPARE(report.revisions, 1);
    QCOMPARE(report.reanchored, expected.isEmpty() ? 0 : 1);
    QCOMPARE(report.orphaned, expected.isEmpty() ? 1 : 0);
    QVERIFY(report.summary().contains(u"changed version"_s));
    const qint64 second = lastArticleId();
    QVERIFY(second > first);

    const QList<Annotation> after = stored();
    QCOMPARE(after.size(), 1); // never dropped
    const Annotation &a = after.constFirst();
    QCOMPARE(a.id, id);
    QCOMPARE(a.articleId, second);
    QCOMPARE(a.tagIds, before.tagIds);
    QCOMPARE(a.note, before.note);
    const QString text = m_store.article(second)->body;
    if (expected.isEmpty()) {
        QVERIFY(a.orphan);
        QCOMPARE(a.quote, before.quote); // kept for the user to place
    } else {
        QVERIFY(!a.orphan);
        QCOMPARE(text.mid(a.span.start, a.span.length()), expected);
        QCOMPARE(a.quote.exact, expected);
    }
    store::RevisionStore revisions(m_store.database());
    const auto revision = revisions.supersededBy(first);
    QVERIFY(revision);
    QCOMPARE(revision->articleId, second);
    QCOMPARE(revision->matchedBy, u"source"_s);
}

void TestReimport::chainOfVersions()
{
    const QString path = m_dir.filePath(u"chain.txt"_s);
    QVERIFY(writeFile(path, Body.toUtf8()));
    importFiles({path});
    QVERIFY(annotate(lastArticleId(), Quote) > 0);
    QVERIFY(writeFile(path, (u"First update. "_s + Body).toUtf8()));
    importFiles({path});
    QVERIFY(writeFile(path, (u"Second, longer update of the text. "_s + Body).toUtf8()));
    const import::ImportReport report = importFiles({path});
    QCOMPARE(report.reanchored, 1);
    const Annotation a = stored().constFirst();
    QCOMPARE(a.articleId, lastArticleId());
    const QString text = m_store.article(a.articleId)->body;
    QCOMPARE(text.mid(a.span.start, a.span.length()), Quote);
}

void TestReimport::shiftedRecordFollowsItsKey()
{
    // Record numbers shift when a row is added on top: the annotated record is found by its outlet,
    // date and title, and the record now at its old number is not mistaken for it.
    const QString path = m_dir.filePath(u"feed.jsonl"_s);
    const QString other = u"Fishermen near Nemuro wait for the season to open under the current agreement."_s;
    QVERIFY(writeFile(path, jsonLine(u"Fishing season"_s, other) + jsonLine(u"Kurils dispute"_s, Body)));
    QCOMPARE(importFiles({path}).articlesImported, 2);
    const qint64 kurils = lastArticleId();
    QVERIFY(annotate(kurils, Quote) > 0);

    const QString added = u"A completely different story about the weather in Sapporo this winter."_s;
    QVERIFY(writeFile(path, jsonLine(u"Weather"_s, added) + jsonLine(u"Fishing season"_s, other)
                                + jsonLine(u"Kurils dispute"_s, u"Updated. "_s + Body)));
    const import::ImportReport report = importFiles({path});
    QCOMPARE(report.articlesImported, 2); // the weather story and the new Kurils version
    QCOMPARE(report.revisions, 1);
    const Annotation a = stored().constFirst();
    QCOMPARE(a.articleId, lastArticleId());
    QVERIFY(!a.orphan);
    QCOMPARE(m_store.article(a.articleId)->title, u"Kurils dispute"_s);
    store::RevisionStore revisions(m_store.database());
    QCOMPARE(revisions.supersededBy(kurils)->matchedBy, u"outlet-date-title"_s);
}

void TestReimport::unchangedFileChangesNothing()
{
    const QString path = m_dir.filePath(u"same.txt"_s);
    QVERIFY(writeFile(path, Body.toUtf8()));
    importFiles({path});
    const qint64 article = lastArticleId();
    QVERIFY(annotate(article, Quote) > 0);
    const QList<Annotation> before = stored();
    const import::ImportReport report = importFiles({path});
    QCOMPARE(report.duplicates, 1);
    QCOMPARE(report.revisions, 0);
    QCOMPARE(stored(), before);
}

void TestReimport::copiesInOneImportAreNotVersions()
{
    // Two records of one import with the same outlet, date and title and the same URL are copies.
    const QString path = m_dir.filePath(u"copies.jsonl"_s);
    const QString url = u"https://example.org/kurils"_s;
    QVERIFY(writeFile(path, jsonLine(u"Kurils dispute"_s, Body, url) + jsonLine(u"Kurils dispute"_s, u"Copy. "_s + Body, url)));
    const import::ImportReport report = importFiles({path});
    QCOMPARE(report.articlesImported, 2);
    QCOMPARE(report.revisions, 0);

    // A later import of the same URL from elsewhere is a new version of the latest copy.
    const QString moved = m_dir.filePath(u"moved.jsonl"_s);
    QVERIFY(writeFile(moved, jsonLine(u"Kurils dispute (corrected)"_s, u"Corrected. "_s + Body, url)));
    const qint64 latest = lastArticleId();
    QVERIFY(annotate(latest, Quote) > 0);
    QCOMPARE(importFiles({moved}).revisions, 1);
    store::RevisionStore revisions(m_store.database());
    QCOMPARE(revisions.supersededBy(latest)->matchedBy, u"url"_s);
    QCOMPARE(stored().constFirst().articleId, lastArticleId());
}

QTEST_GUILESS_MAIN(TestReimport)
#include "tst_reimport.moc"
