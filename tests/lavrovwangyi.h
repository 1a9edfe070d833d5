// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: one more article for a corpus of the sample articles, naming Sergey Lavrov (in four
// of the samples) and an entity they do not name.
#pragma once

#include <QDir>
#include <QFile>
#include <QString>

namespace parallax::testing {

/** Writes the article as a text file in `folder` and returns its path (empty when it cannot). */
inline QString writeLavrovMeetsWangYi(const QString &folder)
{
    QFile f(QDir(folder).filePath(QStringLiteral("lavrov-wang-yi.txt")));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("Lavrov meets Wang Yi\n\nMOSCOW, March 3. Foreign Minister Sergey Lavrov met Chinese Foreign Minister "
            "Wang Yi in Moscow on Monday to discuss the situation around the Kuril Islands.");
    return f.fileName();
}

} // namespace parallax::testing
