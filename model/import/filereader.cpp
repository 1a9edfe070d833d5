// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filereader.h"

#include "import/decoder.h"
#include "import/textreader.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace parallax::import {

FileResult readFile(const QString &path)
{
    FileResult r;
    const QFileInfo info(path);
    if (!info.exists()) {
        r.problems.append({path, info.isSymLink()
                                     ? u"the file cannot be read: it links to %1, which does not exist"_s.arg(
                                           info.symLinkTarget())
                                     : u"the file does not exist"_s});
        return r;
    }
    if (info.size() > kMaxArticleFileBytes) {
        r.problems.append({path, u"the file is too large for one article (%1; the limit is %2)"_s.arg(
                                     QLocale::c().formattedDataSize(info.size()),
                                     QLocale::c().formattedDataSize(kMaxArticleFileBytes))});
        return r;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.problems.append({path, u"the file cannot be read: %1"_s.arg(f.errorString())});
        return r;
    }
    return readBytes(path, f.readAll());
}

FileResult readBytes(const QString &path, const QByteArray &bytes)
{
    FileResult r;
    const DecodeResult decoded = decode(bytes);
    if (!decoded.ok) {
        r.problems.append({path, decoded.error, decoded.errorOffset});
        return r;
    }
    if (decoded.text.trimmed().isEmpty()) {
        r.problems.append({path, u"the file holds only white space"_s});
        return r;
    }
    Article a = readPlainText(decoded.text, path);
    a.encoding = decoded.encoding;
    if (a.body.isEmpty()) {
        r.problems.append({path, u"no article text was found after the header"_s});
        return r;
    }
    r.articles.append(std::move(a));
    return r;
}

} // namespace parallax::import
