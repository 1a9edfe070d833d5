// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The English plural forms: every text written with %n has its singular and plural in
// resources/translations/parallax_en.ts, and the application reads them.
#include "core/plurals.h"
#include "import/importer.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

struct Message
{
    QStringList forms;
    bool unfinished = false;
};

// (context, source) → the numerus forms of a .ts file
QHash<QString, Message> numerusMessages(const QString &path, QString *error)
{
    QHash<QString, Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u": "_s + file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context, source;
    Message message;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name"_s) {
                context = xml.readElementText();
            } else if (name == u"message"_s) {
                numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
                source.clear();
                message = {};
            } else if (name == u"source"_s) {
                source = xml.readElementText();
            } else if (name == u"translation"_s) {
                message.unfinished = xml.attributes().value(u"type"_s) == u"unfinished"_s;
            } else if (name == u"numerusform"_s) {
                message.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message"_s && numerus) {
            out.insert(context + u" | "_s + source, message);
        }
    }
    if (xml.hasError())
        *error = path + u": "_s + xml.errorString();
    return out;
}

} // namespace

class TestPlurals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyTextWithACountHasBothForms();
    void theApplicationReadsThem();
};

void TestPlurals::everyTextWithACountHasBothForms()
{
    const QString source = QStringLiteral(PARALLAX_SOURCE_DIR);
    const QString committed = source + u"/resources/translations/parallax_en.ts"_s;
    QString error;
    const QHash<QString, Message> have = numerusMessages(committed, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(have.size() > 20);
    for (auto it = have.cbegin(); it != have.cend(); ++it) {
        QVERIFY2(!it->unfinished, qPrintable(u"unfinished in parallax_en.ts: "_s + it.key()));
        QVERIFY2(it->forms.size() == 2 && !it->forms[0].isEmpty() && !it->forms[1].isEmpty(),
                 qPrintable(u"parallax_en.ts needs a singular and a plural for: "_s + it.key()));
        QVERIFY2(it->forms[0].contains(u"%n"_s) || !it.key().contains(u"%n"_s),
                 qPrintable(u"the singular lost its %n: "_s + it.key()));
    }

    // What the code says now, read by the same tool that made the file.
    QTemporaryDir dir;
    const QString fresh = dir.filePath(u"fresh.ts"_s);
    QProcess lupdate;
    lupdate.setWorkingDirectory(source);
    lupdate.start(QStringLiteral(PARALLAX_LUPDATE),
                  {u"-silent"_s, u"-pluralonly"_s, u"-locations"_s, u"none"_s, u"model"_s, u"ui"_s, u"app"_s,
                   u"-ts"_s, fresh});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QCOMPARE(lupdate.exitCode(), 0);
    const QHash<QString, Message> needed = numerusMessages(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!needed.isEmpty());
    QStringList missing;
    for (auto it = needed.cbegin(); it != needed.cend(); ++it) {
        if (!have.contains(it.key()))
            missing << it.key();
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"texts with %n that parallax_en.ts lacks (run tools/update-plurals.sh "
                                           "and give each its forms):\n"_s + missing.join(u'\n')));
}

void TestPlurals::theApplicationReadsThem()
{
    QCOMPARE(QCoreApplication::translate("ImportReport", "%n file(s) read", nullptr, 1), u"1 file(s) read"_s); // before
    QVERIFY(installPluralForms());
    QVERIFY(installPluralForms()); // once is enough; a second call changes nothing
    QCOMPARE(QCoreApplication::translate("ImportReport", "%n file(s) read", nullptr, 1), u"1 file read"_s);
    QCOMPARE(QCoreApplication::translate("ImportReport", "%n file(s) read", nullptr, 3), u"3 files read"_s);
    QCOMPARE(QCoreApplication::translate("ImportReport", "%n file(s) read", nullptr, 0), u"0 files read"_s);

    // The window's counts are written with %Ln: the number as the user's locale writes it.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(QCoreApplication::translate("parallax::ui::LibraryPanel", "%Ln article(s)", nullptr, 12345),
             u"12,345 articles"_s);
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    QCOMPARE(QCoreApplication::translate("parallax::ui::LibraryPanel", "%Ln article(s)", nullptr, 1),
             u"1 article"_s);
    QVERIFY(QCoreApplication::translate("parallax::ui::LibraryPanel", "%Ln article(s)", nullptr, 12345)
                .startsWith(u"12\u00a0345"_s));
    QLocale::setDefault(before);

    import::ImportReport report;
    report.filesSeen = 1;
    report.articlesImported = 2;
    report.duplicates = 1;
    report.nearDuplicates = 1;
    QCOMPARE(report.summary(),
             u"1 file read, 2 articles imported, 1 already in the corpus, 0 files failed, 1 near-duplicate linked"_s);
}

QTEST_GUILESS_MAIN(TestPlurals)
#include "tst_plurals.moc"
