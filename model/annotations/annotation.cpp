// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotation.h"

#include <QDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax::annotations {

QuoteSelector QuoteSelector::fromBody(const QString &body, Span s)
{
    const int size = int(body.size());
    const int start = std::clamp(s.start, 0, size);
    const int end = std::clamp(s.end, start, size);
    QuoteSelector q;
    q.exact = body.mid(start, end - start);
    int prefixStart = std::max(0, start - ContextLength);
    // Never cut a surrogate pair in half at the outer edge of the context.
    if (prefixStart > 0 && body.at(prefixStart).isLowSurrogate())
        ++prefixStart;
    q.prefix = body.mid(prefixStart, start - prefixStart);
    int suffixEnd = std::min(size, end + ContextLength);
    if (suffixEnd < size && suffixEnd > end && body.at(suffixEnd - 1).isHighSurrogate())
        --suffixEnd;
    q.suffix = body.mid(end, suffixEnd - end);
    return q;
}

QDateTime nowUtc()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
}

QString defaultAuthor()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? u"unknown"_s : home;
}

} // namespace parallax::annotations
