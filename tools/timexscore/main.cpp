// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// timex-score: runs the date tagger over TimeBank / MEANTIME files and prints TempEval-3 measures.
#include "timexscore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace parallax::timexscore;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"timex-score"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Scores the date tagger against TimeBank (.tml) and MEANTIME (.xml) gold TIMEX3 annotation."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"paths"_s, u"Files or directories to score."_s, u"PATH..."_s);
    const QCommandLineOption json(u"json"_s, u"Print the measures as JSON."_s);
    const QCommandLineOption errors(u"errors"_s, u"Print every disagreement with the gold annotation."_s);
    const QCommandLineOption limit(u"limit"_s, u"Score only the first N files (sorted by path)."_s, u"N"_s);
    parser.addOptions({json, errors, limit});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList files = collectFiles(parser.positionalArguments());
    if (parser.isSet(limit))
        files = files.mid(0, parser.value(limit).toInt());
    if (files.isEmpty()) {
        err << "timex-score: no .tml or .xml files in the given paths\n";
        return 2;
    }
    QStringList problems;
    const Report report = scoreFiles(files, &problems);
    for (const QString &p : problems)
        err << "timex-score: " << p << '\n';
    if (parser.isSet(errors)) {
        for (const ScoreError &e : report.errors) {
            out << e.kind << '\t' << e.document << "\tgold=" << e.goldType << ':' << e.goldValue << " '"
                << e.goldText << "'\tsys=" << e.systemType << ':' << e.systemValue << " '" << e.systemText
                << "'\t" << e.context << '\n';
        }
    }
    if (parser.isSet(json)) {
        QJsonObject o = toJson(report);
        o.insert(u"files"_s, int(files.size()));
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        out << toTable(report);
    }
    return problems.isEmpty() ? 0 : 1;
}
