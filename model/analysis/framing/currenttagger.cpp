// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "currenttagger.h"

#include "lexicondocument.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace parallax::framing {

namespace {

QMutex &taggerMutex()
{
    static QMutex mutex;
    return mutex;
}

std::shared_ptr<const FramingTagger> &taggerSlot()
{
    static std::shared_ptr<const FramingTagger> tagger;
    return tagger;
}

} // namespace

Lexicon userLexicon()
{
    const QString path = LexiconDocument::userLexiconPath();
    if (QFileInfo::exists(path)) {
        Lexicon user;
        user.load(path);
        if (user.size() > 0)
            return user;
    }
    return Lexicon::standard();
}

QString lexiconFingerprint(const Lexicon &lexicon)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const LexiconEntry &e : lexicon.entries()) {
        hash.addData(QStringView(e.term).toUtf8());
        hash.addData("\t");
        hash.addData(QStringView(e.conceptName).toUtf8());
        hash.addData("\t");
        hash.addData(QStringView(e.side).toUtf8());
        hash.addData("\n");
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

std::shared_ptr<const FramingTagger> currentTagger()
{
    QMutexLocker lock(&taggerMutex());
    if (!taggerSlot())
        taggerSlot() = std::make_shared<const FramingTagger>(userLexicon());
    return taggerSlot();
}

void setCurrentLexicon(const Lexicon &lexicon)
{
    auto tagger = std::make_shared<const FramingTagger>(lexicon);
    QMutexLocker lock(&taggerMutex());
    taggerSlot() = std::move(tagger);
}

} // namespace parallax::framing
