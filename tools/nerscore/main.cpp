// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ner-score: measures the entity recogniser against MEANTIME gold annotations.
#include "analysis/entities/entityrecognizer.h"
#include "scoring.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace parallax;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ner-score"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Scores the entity recogniser against MEANTIME CAT XML files (gold PER/ORG/LOC names)."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"directory"_s, u"Folder with the CAT XML files (searched recursively)."_s);
    const QCommandLineOption json(u"json"_s, u"Print the scores as JSON."_s);
    const QCommandLineOption errors(u"errors"_s, u"List every false positive and false negative."_s);
    const QCommandLineOption dump(u"dump"_s, u"Print the mentions found in a UTF-8 text file and exit."_s, u"file"_s);
    parser.addOptions({json, errors, dump});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const entities::EntityRecognizer &recognizer = entities::EntityRecognizer::shared();
    for (const QString &w : recognizer.gazetteer().warnings())
        err << "gazetteer: " << w << '\n';

    if (parser.isSet(dump)) {
        QFile f(parser.value(dump));
        if (!f.open(QIODevice::ReadOnly)) {
            err << f.fileName() << ": " << f.errorString() << '\n';
            return 1;
        }
        const QString text = QString::fromUtf8(f.readAll());
        for (const entities::EntityMention &m : recognizer.recognize(text))
            out << m.span.start << '\t' << entities::typeName(m.type) << '\t' << m.surface << '\t' << m.key << '\t'
                << m.usage << '\n';
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        parser.showHelp(2);
    }
    QList<nerscore::GoldDocument> docs;
    for (const QString &path : nerscore::documentFiles(parser.positionalArguments().first())) {
        nerscore::GoldDocument doc;
        QString error;
        if (!nerscore::readDocument(path, doc, &error)) {
            err << path << ": " << error << '\n';
            return 1;
        }
        docs.append(doc);
    }
    if (docs.isEmpty()) {
        err << "no CAT XML files found\n";
        return 1;
    }
    const nerscore::Scores scores = nerscore::score(docs, recognizer);
    if (parser.isSet(errors)) {
        for (const QString &e : scores.errors)
            out << e << '\n';
    }
    if (parser.isSet(json))
        out << QJsonDocument(scores.toJson()).toJson(QJsonDocument::Indented);
    else
        out << scores.table();
    return 0;
}
