// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Chart export: each file format checked for what it must hold, from the API and the CLI.
#include "itemmodels/timelinemodel.h"
#include "timelinefixture.h"
#include "ui/chartexport/chartexport.h"
#include "ui/chartexport/exportdialog.h"
#include "ui/timeline/timelinechart.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {
const QString seeds = QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds");
const QString caption = u"北方領土 · Курильские острова"_s; // a Japanese and a Cyrillic label

QStringList svgTexts(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&f);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == "text"_L1)
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    if (xml.hasError())
        texts.prepend(u"XML ERROR: "_s + xml.errorString());
    return texts;
}

QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void formatFromSuffix_data();
    void formatFromSuffix();
    void pngHasTheSizeAndMarks();
    void svgKeepsLabelsAsText();
    void pdfIsVectorWithEmbeddedFonts();
    void csvIsExactlyThePlottedData_data();
    void csvIsExactlyThePlottedData();
    void reportedLaneIsStripsWhenCounted();
    void badRequestsAreReported();
    void dialogFormatAndFileFollowEachOther();
    void cliWritesEveryFormat_data();
    void cliWritesEveryFormat();
    void cliFiltersAndRejects();

private:
    QTemporaryDir m_dir;
    store::Store m_store;
    std::unique_ptr<itemmodels::TimelineModel> m_model;
    std::unique_ptr<ui::TimelineChart> m_chart;
    QString m_db;
};

void TestChartExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"corpus.parallax"_s);
    QVERIFY(m_store.open(m_db));
    QVERIFY(testing::loadSampleWithDates(m_store, seeds));
    m_model = std::make_unique<itemmodels::TimelineModel>(m_store);
    m_chart = std::make_unique<ui::TimelineChart>(*m_model);
    m_chart->applyPalette(QApplication::style()->standardPalette());
    m_chart->setCaption(caption);
    m_chart->resize(800, 450);
    query::TimelineRequest r;
    r.from = QDate(1940, 1, 1);
    r.to = QDate(2020, 12, 31);
    m_chart->setRange(r.from, r.to);
    m_model->setRequest(r);
    int articles = 0;
    for (int row = 0; row < m_model->reportedRows(); ++row)
        articles += m_model->index(row, itemmodels::TimelineModel::ArticlesColumn).data().toInt();
    QCOMPARE(articles, 5);
    QVERIFY(m_model->mentionedRows() > 0);
}

void TestChartExport::formatFromSuffix_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format");
    QTest::newRow("png") << u"a/b.png"_s << int(ui::ExportFormat::Png);
    QTest::newRow("upper-case SVG") << u"B.SVG"_s << int(ui::ExportFormat::Svg);
    QTest::newRow("pdf") << u"c.pdf"_s << int(ui::ExportFormat::Pdf);
    QTest::newRow("csv") << u"d.csv"_s << int(ui::ExportFormat::Csv);
    QTest::newRow("unknown") << u"e.jpg"_s << -1;
}

void TestChartExport::formatFromSuffix()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const auto f = ui::exportFormatForPath(path);
    QCOMPARE(f ? int(*f) : -1, format);
}

// File ▸ Export Chart…: choosing a format changes the file's suffix and the other way round;
// a table of data has no size to set; Save writes the file the dialog names.
void TestChartExport::dialogFormatAndFileFollowEachOther()
{
    struct Exportable : ui::ExportableChart
    {
        QChart *chart;
        const QAbstractItemModel *data;
        QChart *chartToExport() const override { return chart; }
        const QAbstractItemModel *chartData() const override { return data; }
        QString chartFileName() const override { return u"timeline"_s; }
    } exportable;
    exportable.chart = m_chart.get();
    exportable.data = m_model.get();
    ui::ExportDialog dialog(exportable);
    auto *format = dialog.findChild<QComboBox *>(u"exportFormat"_s);
    auto *file = dialog.findChild<QLineEdit *>(u"exportPath"_s);
    auto *width = dialog.findChild<QSpinBox *>(u"exportWidth"_s);
    QVERIFY(format && file && width);
    QVERIFY(file->text().endsWith(u"/timeline.png"_s));
    QCOMPARE(format->currentIndex(), int(ui::ExportFormat::Png));
    QVERIFY(width->isEnabled());

    format->setCurrentIndex(int(ui::ExportFormat::Csv));
    QVERIFY(file->text().endsWith(u"/timeline.csv"_s));
    QVERIFY(!width->isEnabled());
    file->setText(m_dir.filePath(u"from-dialog.SVG"_s));
    QCOMPARE(format->currentIndex(), int(ui::ExportFormat::Svg));
    QVERIFY(width->isEnabled());
    file->setText(m_dir.filePath(u"from-dialog.chart"_s)); // no known suffix: the format adds one
    format->setCurrentIndex(int(ui::ExportFormat::Pdf));
    QCOMPARE(file->text(), m_dir.filePath(u"from-dialog.chart.pdf"_s));
    format->setCurrentIndex(int(ui::ExportFormat::Svg));
    QCOMPARE(file->text(), m_dir.filePath(u"from-dialog.chart.svg"_s));

    QCOMPARE(dialog.exportNow(), QString());
    QFile written(m_dir.filePath(u"from-dialog.chart.svg"_s));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().contains("<svg"));
}

void TestChartExport::pngHasTheSizeAndMarks()
{
    const QString path = m_dir.filePath(u"t.png"_s);
    const QRectF before = m_chart->geometry();
    QCOMPARE(ui::exportChart(*m_chart, m_model.get(), path, {QSize(1200, 700), 192}), QString());
    QCOMPARE(m_chart->geometry(), before); // put back as it was
    QImage image(path);
    QCOMPARE(image.size(), QSize(1200, 700));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 192);
    // Not blank: many colours, and the Japanese and Russian outlets' colours among them.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y) & 0xFFFFFF);
    }
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
    QVERIFY(colours.contains(0xD55E00)); // JP, vermillion
    QVERIFY(colours.contains(0x0072B2)); // RU, blue
}

void TestChartExport::svgKeepsLabelsAsText()
{
    const QString path = m_dir.filePath(u"t.svg"_s);
    QCOMPARE(ui::exportChart(*m_chart, m_model.get(), path, {QSize(1000, 600), 96}), QString());
    const QStringList texts = svgTexts(path);
    QVERIFY2(!texts.isEmpty() && !texts.first().startsWith(u"XML ERROR"_s), qPrintable(texts.value(0)));
    const QString all = texts.join(u'\n');
    QVERIFY2(all.contains(u"When it was reported, and the dates mentioned"_s), qPrintable(all));
    QVERIFY(texts.contains(u"JP"_s)); // the reported lane's row
    QVERIFY(all.contains(u"mentioned · years"_s)); // the mentioned lane's
    QVERIFY(all.contains(u"JP reported"_s)); // the legend
    QVERIFY(all.contains(u"北方領土"_s));
    QVERIFY(all.contains(u"Курильские острова"_s));
    QVERIFY(texts.contains(u"1950"_s) || texts.contains(u"1960"_s) || all.contains(u"19"_s));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray svg = f.readAll();
    QVERIFY(svg.contains("viewBox=\"0 0 1000 600\""));
}

void TestChartExport::pdfIsVectorWithEmbeddedFonts()
{
    const QString path = m_dir.filePath(u"t.pdf"_s);
    QCOMPARE(ui::exportChart(*m_chart, m_model.get(), path, {QSize(1600, 900), 144}), QString());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.contains("/FontFile")); // fonts embedded, not just named
    const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
    const QString pdffonts = QStandardPaths::findExecutable(u"pdffonts"_s);
    if (pdfinfo.isEmpty() || pdffonts.isEmpty())
        QSKIP("poppler-utils (pdfinfo, pdffonts) not installed: the bytes were checked only");
    const QString info = runTool(pdfinfo, {path});
    QVERIFY2(info.contains(QRegularExpression(u"Pages:\\s+1\\n"_s)), qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(u"Page size:\\s+800 x 450 pts"_s)), qPrintable(info));
    const QStringList fonts = runTool(pdffonts, {path}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fonts.isEmpty());
    bool cjk = false;
    for (const QString &line : fonts) {
        QVERIFY2(line.contains(u" yes "_s), qPrintable(line)); // every font embedded
        cjk = cjk || line.contains(u"CJK"_s);
    }
    QVERIFY2(cjk, "the Japanese label is drawn with a CJK font");
}

void TestChartExport::csvIsExactlyThePlottedData_data()
{
    QTest::addColumn<int>("mentionLimit");
    QTest::newRow("each date mentioned") << 5000;
    QTest::newRow("dates mentioned as densities") << 3;
}

void TestChartExport::csvIsExactlyThePlottedData()
{
    QFETCH(int, mentionLimit);
    query::TimelineRequest r = m_model->request();
    const int defaultLimit = r.mentionLimit;
    r.mentionLimit = mentionLimit;
    m_model->setRequest(r);
    const auto restore = qScopeGuard([this, r, defaultLimit]() mutable {
        r.mentionLimit = defaultLimit;
        m_model->setRequest(r);
    });
    QCOMPARE(m_model->mentionsAsDensity(), m_model->series().mentionTotal > mentionLimit);
    const QString path = m_dir.filePath(u"t.csv"_s);
    QCOMPARE(ui::exportChart(*m_chart, m_model.get(), path), QString());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), m_model->rowCount() + 1);
    QCOMPARE(lines.first(), u"lane,country,start,end,articles,mentions,article,value,mod,text"_s);
    int mentions = 0;
    for (const QString &line : lines.mid(1)) {
        if (line.startsWith(u"mentioned,"_s))
            mentions += line.section(u',', 5, 5).toInt();
    }
    QCOMPARE(mentions, m_model->series().mentionTotal); // every date mentioned in view, once
    // Rows in model order; unquoted fields compared one by one, quoted text rows by prefix.
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QString line = lines.at(r + 1);
        QStringList expected;
        for (int c = 0; c < itemmodels::TimelineModel::TextColumn; ++c)
            expected << m_model->index(r, c).data().toString();
        QVERIFY2(line.startsWith(expected.join(u',') + u','), qPrintable(line));
        QString text = m_model->index(r, itemmodels::TimelineModel::TextColumn).data().toString();
        if (text.contains(u',') || text.contains(u'"'))
            text = u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
        QVERIFY2(line.endsWith(u',' + text), qPrintable(line));
    }
    QCOMPARE(lines.at(1).section(u',', 0, 1), u"reported,JP"_s);
    QVERIFY(lines.last().startsWith(u"mentioned,"_s));
}

void TestChartExport::reportedLaneIsStripsWhenCounted()
{
    using itemmodels::TimelineModel;
    QVERIFY(!m_chart->reportedAsStrips()); // five articles: discs
    query::TimelineRequest r;
    r.from = QDate(1940, 1, 1);
    r.to = QDate(2020, 12, 31);
    r.mentionLimit = 1; // densities, as at 100,000 articles
    m_model->setRequest(r);
    QVERIFY(m_model->mentionsAsDensity());
    QVERIFY(m_chart->reportedAsStrips());
    QVERIFY(m_model->reportedRows() > 1);
    QStringList countries;
    for (int row = 0; row < m_model->reportedRows(); ++row)
        countries << m_model->index(row, TimelineModel::CountryColumn).data().toString();
    QVERIFY(countries.removeDuplicates() < m_model->reportedRows() - 1); // at least two countries
    // Each bucket a cell of its country's row: as tall as most of the row, never reaching the next.
    const qreal rowHeight = m_chart->plotArea().height() / (countries.size() + 3);
    for (int a = 0; a < m_model->reportedRows(); ++a) {
        const QRectF ra = m_chart->markOf(a);
        QVERIFY2(ra.height() > 0.6 * rowHeight && ra.height() < rowHeight, qPrintable(u"%1"_s.arg(ra.height())));
        QCOMPARE(m_chart->rowAt(ra.center()), a);
        for (int b = 0; b < m_model->reportedRows(); ++b) {
            if (m_model->index(a, TimelineModel::CountryColumn).data() != m_model->index(b, TimelineModel::CountryColumn).data())
                QVERIFY(ra.bottom() < m_chart->markOf(b).top() || m_chart->markOf(b).bottom() < ra.top());
        }
    }
    const QString path = m_dir.filePath(u"strips.svg"_s);
    QCOMPARE(ui::exportChart(*m_chart, m_model.get(), path, {QSize(1000, 600), 96}), QString());
    QVERIFY(svgTexts(path).contains(u"JP"_s)); // the row labels are drawn whole
    r.mentionLimit = query::TimelineRequest().mentionLimit;
    m_model->setRequest(r);
    QVERIFY(!m_chart->reportedAsStrips());
}

void TestChartExport::badRequestsAreReported()
{
    QVERIFY(ui::exportChart(*m_chart, m_model.get(), m_dir.filePath(u"x.jpg"_s)).contains(u".png"_s));
    QVERIFY(!ui::exportChart(*m_chart, nullptr, m_dir.filePath(u"x.csv"_s)).isEmpty());
    QVERIFY(!ui::exportChart(*m_chart, m_model.get(), m_dir.filePath(u"x.png"_s), {QSize(0, 10), 96}).isEmpty());
    // A file that cannot be written is named, with the system's reason, in every format.
    const QString missing = m_dir.filePath(u"no-such-folder"_s);
    for (const QString &kind : {u"PNG"_s, u"SVG"_s, u"PDF"_s, u"CSV"_s}) {
        const QString path = missing + u"/x."_s + kind.toLower();
        const QString error = ui::exportChart(*m_chart, m_model.get(), path);
        QVERIFY2(error.startsWith(u"cannot write the %1 %2: "_s.arg(kind, path)) && error.size() > path.size() + 24,
                 qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
    }
    // A folder where the file would go: refused, and the folder is as it was.
    const QString folder = m_dir.filePath(u"taken.png"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(ui::exportChart(*m_chart, m_model.get(), folder).startsWith(u"cannot write the PNG "_s));
    QVERIFY(QFileInfo(folder).isDir());
}

void TestChartExport::cliWritesEveryFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("png") << u"cli.png"_s;
    QTest::newRow("svg") << u"cli.svg"_s;
    QTest::newRow("pdf") << u"cli.pdf"_s;
    QTest::newRow("csv") << u"cli.csv"_s;
}

void TestChartExport::cliWritesEveryFormat()
{
    QFETCH(QString, file);
    const QString out = m_dir.filePath(file);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"DISPLAY"_s); // no display needed
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PARALLAX_BINARY), {u"--db"_s, m_db, u"export-chart"_s, u"timeline"_s, u"--out"_s, out,
                                              u"--width"_s, u"900"_s, u"--height"_s, u"500"_s, u"--dpi"_s,
                                              u"120"_s, u"--from"_s, u"1945"_s, u"--to"_s, u"2020-12"_s});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(p.readAllStandardOutput().startsWith("wrote "));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    if (file.endsWith(u".png"_s)) {
        QCOMPARE(QImage::fromData(bytes).size(), QSize(900, 500));
    } else if (file.endsWith(u".svg"_s)) {
        QVERIFY(svgTexts(out).join(u'\n').contains(u"1945-01-01 – 2020-12-31"_s));
    } else if (file.endsWith(u".pdf"_s)) {
        QVERIFY(bytes.startsWith("%PDF-"));
    } else {
        // The same rows as the model for the same request.
        itemmodels::TimelineModel model(m_store);
        query::TimelineRequest r;
        r.from = QDate(1945, 1, 1);
        r.to = QDate(2020, 12, 31);
        model.setRequest(r);
        QCOMPARE(bytes.count("\r\n"), model.rowCount() + 1);
        QVERIFY(bytes.contains("\r\nmentioned,"));
    }
}

void TestChartExport::cliFiltersAndRejects()
{
    auto run = [this](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(PARALLAX_BINARY), QStringList{u"--db"_s, m_db, u"export-chart"_s} + args);
        p.waitForFinished(60000);
        return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
    };
    const QString csv = m_dir.filePath(u"entity.csv"_s);
    QCOMPARE(run({u"timeline"_s, u"--out"_s, csv, u"--entity"_s, u"Lavrov"_s}).first, 0);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    const QList<qint64> lavrov = query::articlesNaming(m_store, u"Lavrov"_s);
    QVERIFY(!lavrov.isEmpty() && lavrov.size() < m_store.articleCount());
    int reported = 0;
    for (const QString &line : lines.mid(1)) {
        if (line.startsWith(u"reported,"_s))
            reported += line.section(u',', 4, 4).toInt();
        else
            QVERIFY2(lavrov.contains(line.section(u',', 6, 6).toLongLong()), qPrintable(line));
    }
    QCOMPARE(reported, lavrov.size());

    QCOMPARE(run({u"timeline"_s}).first, 2);                                              // no --out
    QCOMPARE(run({u"pie"_s, u"--out"_s, m_dir.filePath(u"k.png"_s)}).first, 2);          // unknown chart
    QCOMPARE(run({u"timeline"_s, u"--out"_s, m_dir.filePath(u"k.gif"_s)}).first, 2);     // unknown format
    QCOMPARE(run({u"timeline"_s, u"--out"_s, csv, u"--from"_s, u"soon"_s}).first, 2);    // bad date
    QCOMPARE(run({u"timeline"_s, u"--out"_s, csv, u"--dpi"_s, u"-3"_s}).first, 2);       // bad number
    QCOMPARE(run({u"timeline"_s, u"--out"_s, u"/nonexistent-dir/a.png"_s}).first, 1);     // cannot write
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
