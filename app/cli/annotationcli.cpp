// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcli.h"

#include "store/store.h"

#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace parallax::cli {

AnnotationSession::AnnotationSession(store::Store &store)
    : m_repository(store.database())
    , m_document(&m_repository)
{
}

bool AnnotationSession::load(QTextStream &err)
{
    if (m_document.load())
        return true;
    err << "parallax: cannot read the annotations: " << m_document.lastError() << Qt::endl;
    return false;
}

int writeOutput(Context &ctx, const QByteArray &bytes, const std::optional<QString> &outPath)
{
    if (!outPath) {
        const QByteArray bom("\xEF\xBB\xBF");
        ctx.out << QString::fromUtf8(bytes.startsWith(bom) ? bytes.mid(bom.size()) : bytes);
        ctx.out.flush();
        return Ok;
    }
    QSaveFile file(*outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        ctx.err << "parallax: cannot write " << *outPath << ": " << file.errorString() << Qt::endl;
        return Failed;
    }
    return Ok;
}

std::optional<QByteArray> importedFile(Context &ctx, const QString &usage, const QString &what, int &exitCode)
{
    exitCode = Usage;
    if (!ctx.rejectUnknownOptions(usage))
        return std::nullopt;
    if (ctx.args.size() != 2) {
        ctx.usageError(u"%1 import needs one %2"_s.arg(ctx.args.first(), what), usage);
        return std::nullopt;
    }
    exitCode = Failed;
    QFile file(ctx.args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.err << "parallax: cannot read " << ctx.args.at(1) << ": " << file.errorString() << Qt::endl;
        return std::nullopt;
    }
    exitCode = Ok;
    return file.readAll();
}

bool reportProblems(Context &ctx, const QStringList &problems, bool ok)
{
    for (const QString &problem : problems)
        ctx.err << "parallax: " << problem << '\n';
    ctx.err.flush();
    return ok;
}

} // namespace parallax::cli
