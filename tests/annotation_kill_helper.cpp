// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Opens the SQLite file named on the command line, adds one tagged annotation through the
// document, prints "written <id>" and then blocks until it is killed. Used by the kill test.
#include "annotations/annotationdocument.h"
#include "store/annotationstore.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace parallax;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    store::Store corpus;
    if (!corpus.open(args.at(1)))
        return 3;
    store::AnnotationStore store(corpus.database());
    annotations::AnnotationDocument doc(&store);
    if (!doc.load())
        return 5;
    const QString body = args.at(2);
    const qint64 tag = doc.ensureTagPath(u"Framing/Sovereignty"_s);
    const qint64 id = doc.addAnnotation(1, body, Span{0, int(body.size())}, {tag}, u"written before the kill"_s);
    if (id == 0)
        return 6;
    std::printf("written %lld\n", static_cast<long long>(id));
    std::fflush(stdout);
    QTimer::singleShot(60000, &app, &QCoreApplication::quit); // never reached in the test
    return app.exec();
}
