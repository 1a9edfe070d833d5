// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/decoder.h"
#include "import/filereader.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;
using namespace parallax::import;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(PARALLAX_SOURCE_DIR "/tests/data/formats/") + name;
}

QByteArray bytesOf(const QString &name)
{
    QFile f(fixture(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

QString sourceText(const QString &name)
{
    return QString::fromUtf8(bytesOf(u"src/"_s + name));
}

} // namespace

class TestEncodings : public QObject
{
    Q_OBJECT
private slots:
    void detects_data();
    void detects();
    void declaredCharsetWins();
    void userOverride_data();
    void userOverride();
    void userChoiceWinsOverAByteOrderMark();
    void refuses_data();
    void refuses();
    void articleRecordsEncoding();
};

void TestEncodings::detects_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("how");

    QTest::newRow("japanese-utf8") << u"enc/ja-utf8.txt"_s << u"ja.txt"_s << u"UTF-8"_s << u"utf-8"_s;
    QTest::newRow("japanese-shift_jis") << u"enc/ja-shift_jis.txt"_s << u"ja.txt"_s << u"Shift_JIS"_s << u"detected"_s;
    QTest::newRow("japanese-cp932") << u"enc/ja-cp932.txt"_s << u"ja-cp932.txt"_s << u"CP932"_s << u"detected"_s;
    QTest::newRow("japanese-euc-jp") << u"enc/ja-euc-jp.txt"_s << u"ja.txt"_s << u"EUC-JP"_s << u"detected"_s;
    QTest::newRow("japanese-iso-2022-jp") << u"enc/ja-iso-2022-jp.txt"_s << u"ja.txt"_s << u"ISO-2022-JP"_s << u"detected"_s;
    QTest::newRow("japanese-utf16-bom") << u"enc/ja-utf16-bom.txt"_s << u"ja.txt"_s << u"UTF-16LE"_s << u"bom"_s;
    QTest::newRow("japanese-utf16le-no-bom") << u"enc/ja-utf16le-nobom.txt"_s << u"ja.txt"_s << u"UTF-16LE"_s << u"detected"_s;
    QTest::newRow("japanese-utf16be-no-bom") << u"enc/ja-utf16be-nobom.txt"_s << u"ja.txt"_s << u"UTF-16BE"_s << u"detected"_s;
    QTest::newRow("russian-windows-1251") << u"enc/ru-windows-1251.txt"_s << u"ru.txt"_s << u"windows-1251"_s << u"detected"_s;
    QTest::newRow("russian-koi8-r") << u"enc/ru-koi8-r.txt"_s << u"ru.txt"_s << u"KOI8-R"_s << u"detected"_s;
    QTest::newRow("russian-utf16be-no-bom") << u"enc/ru-utf16be-nobom.txt"_s << u"ru.txt"_s << u"UTF-16BE"_s << u"detected"_s;
    QTest::newRow("russian-utf8-bom") << u"enc/ru-utf8-bom.txt"_s << u"ru.txt"_s << u"UTF-8"_s << u"bom"_s;
}

void TestEncodings::detects()
{
    QFETCH(QString, file);
    QFETCH(QString, source);
    QFETCH(QString, encoding);
    QFETCH(QString, how);
    const DecodeResult r = decode(bytesOf(file));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.encoding, encoding);
    QCOMPARE(encodingSourceName(r.source), how);
    QCOMPARE(r.text, sourceText(source));
}

void TestEncodings::declaredCharsetWins()
{
    const QByteArray page = bytesOf(u"enc/page-ja-shift_jis.html"_s);
    QCOMPARE(declaredCharset(page), u"Shift_JIS"_s);
    const DecodeResult r = decode(page, declaredCharset(page));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.source, EncodingSource::Declared);
    QCOMPARE(r.text, sourceText(u"page-ja.html"_s));

    // A declaration that does not fit the bytes is ignored with a warning, and detection decides.
    const DecodeResult wrong = decode(bytesOf(u"enc/ja-euc-jp.txt"_s), u"UTF-8"_s);
    QVERIFY(wrong.ok);
    QCOMPARE(wrong.encoding, u"EUC-JP"_s);
    QCOMPARE(wrong.source, EncodingSource::Detected);
    QVERIFY(wrong.warning.contains(u"UTF-8"_s));

    // UTF-8 bytes under a stale Latin-1 header are UTF-8.
    const DecodeResult stale = decode(u"Café — déjà vu"_s.toUtf8(), u"iso-8859-1"_s);
    QCOMPARE(stale.encoding, u"UTF-8"_s);
    QCOMPARE(stale.text, u"Café — déjà vu"_s);
    QVERIFY(!stale.warning.isEmpty());

    const QByteArray xml = "<?xml version=\"1.0\" encoding=\"KOI8-R\"?><doc/>";
    QCOMPARE(declaredCharset(xml), u"KOI8-R"_s);
}

void TestEncodings::userOverride_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("override");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("offset");

    // KOI8-R bytes read as windows-1251 decode (both map every letter byte): the user's choice wins.
    QTest::newRow("koi8-r-forced-to-windows-1251") << u"enc/ru-koi8-r.txt"_s << u"cp1251"_s << true << qint64(-1);
    QTest::newRow("latin1-chosen-by-user") << u"bad/latin1.txt"_s << u"ISO-8859-1"_s << true << qint64(-1);
    // Shift_JIS bytes are not EUC-JP: the user's choice is an error with the byte offset.
    QTest::newRow("shift_jis-forced-to-euc-jp") << u"enc/ja-shift_jis.txt"_s << u"EUC-JP"_s << false << qint64(0);
}

void TestEncodings::userOverride()
{
    QFETCH(QString, file);
    QFETCH(QString, override);
    QFETCH(bool, ok);
    QFETCH(qint64, offset);
    const DecodeResult r = decode(bytesOf(file), override, Declaration::User);
    QCOMPARE(r.ok, ok);
    if (ok) {
        QCOMPARE(r.source, EncodingSource::User);
    } else {
        QVERIFY(r.errorOffset >= offset);
        QVERIFY(r.error.contains(u"offset"_s));
    }
}

// A file that starts with a UTF-8 byte-order mark but is windows-1252 after it (a tool that added
// the mark to a legacy file): the mark alone decides nothing once the user chose; a chosen
// encoding the same as the mark's still reads it as before.
void TestEncodings::userChoiceWinsOverAByteOrderMark()
{
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + "Talks in the caf\xe9\n\nThe ministers met on Thursday.\n";
    QVERIFY(!decode(bytes).ok); // by the mark: not valid UTF-8
    const DecodeResult chosen = decode(bytes, u"windows-1252"_s, Declaration::User);
    QVERIFY2(chosen.ok, qPrintable(chosen.error));
    QCOMPARE(chosen.source, EncodingSource::User);
    QCOMPARE(chosen.text, u"Talks in the café\n\nThe ministers met on Thursday.\n"_s);
    const DecodeResult same = decode(bytes, u"UTF-8"_s, Declaration::User);
    QVERIFY(!same.ok);
    QVERIFY(same.errorOffset == 19);
    // A choice that does not fit either: the offset counts the mark's bytes.
    const QByteArray japanese = bytesOf(u"enc/ja-shift_jis.txt"_s);
    const DecodeResult plain = decode(japanese, u"EUC-JP"_s, Declaration::User);
    QVERIFY(!plain.ok && plain.errorOffset >= 0);
    const DecodeResult marked = decode(QByteArray("\xEF\xBB\xBF") + japanese, u"EUC-JP"_s, Declaration::User);
    QVERIFY(!marked.ok);
    QCOMPARE(marked.errorOffset, plain.errorOffset + 3);
    QVERIFY2(marked.error.contains(u"offset %1"_s.arg(plain.errorOffset + 3)), qPrintable(marked.error));
}

void TestEncodings::refuses_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("reason");

    QTest::newRow("windows-1251-undefined-byte") << u"bad/ru-windows-1251-broken.txt"_s << qint64(300) << u"windows-1251"_s;
    QTest::newRow("shift_jis-bad-trail-byte") << u"bad/ja-shift_jis-broken.txt"_s << qint64(200) << u"Shift_JIS"_s;
    QTest::newRow("latin1-not-utf8") << u"bad/latin1.txt"_s << qint64(12) << u"not valid UTF-8"_s;
    QTest::newRow("binary-program") << u"bad/program.bin"_s << qint64(-2) << u"binary"_s;
}

void TestEncodings::refuses()
{
    QFETCH(QString, file);
    QFETCH(qint64, offset);
    QFETCH(QString, reason);
    const DecodeResult r = decode(bytesOf(file));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(reason), qPrintable(r.error));
    if (offset >= 0) {
        QCOMPARE(r.errorOffset, offset);
        QVERIFY2(r.error.contains(QString::number(offset)), qPrintable(r.error));
    } else {
        QVERIFY(r.errorOffset >= 0);
    }
    // The file reader turns it into a problem naming the file and the offset.
    const FileResult fr = readFile(fixture(file));
    QVERIFY(fr.articles.isEmpty());
    QCOMPARE(fr.problems.size(), 1);
    QCOMPARE(fr.problems.first().path, fixture(file));
    QCOMPARE(fr.problems.first().byteOffset, r.errorOffset);
}

void TestEncodings::articleRecordsEncoding()
{
    const FileResult sjis = readFile(fixture(u"enc/ja-shift_jis.txt"_s));
    QCOMPARE(sjis.articles.size(), 1);
    QCOMPARE(sjis.articles.first().encoding, u"Shift_JIS"_s);
    QCOMPARE(sjis.articles.first().title, u"北方領土問題で日ロ外相が電話会談"_s);
    QCOMPARE(sjis.articles.first().language, u"ja"_s);

    const FileResult koi = readFile(fixture(u"enc/ru-koi8-r.txt"_s));
    QCOMPARE(koi.articles.size(), 1);
    QCOMPARE(koi.articles.first().encoding, u"KOI8-R"_s);
    QCOMPARE(koi.articles.first().title, u"Лавров и Мотэги обсудили мирный договор"_s);
    QCOMPARE(koi.articles.first().language, u"ru"_s);
}

QTEST_GUILESS_MAIN(TestEncodings)
#include "tst_encodings.moc"
