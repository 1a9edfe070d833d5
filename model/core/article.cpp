// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article.h"

#include "text/segmenter.h"

using namespace Qt::StringLiterals;

namespace parallax {

QString provenanceName(Provenance p)
{
    switch (p) {
    case Provenance::Explicit: return u"explicit"_s;
    case Provenance::Inferred: return u"inferred"_s;
    case Provenance::Manifest: return u"manifest"_s;
    case Provenance::User: return u"user"_s;
    case Provenance::Derived: return u"derived"_s;
    case Provenance::Unknown: break;
    }
    return u"unknown"_s;
}

Provenance provenanceFromName(const QString &name)
{
    for (auto p : {Provenance::Explicit, Provenance::Inferred, Provenance::Manifest,
                   Provenance::User, Provenance::Derived}) {
        if (provenanceName(p) == name)
            return p;
    }
    return Provenance::Unknown;
}

int Article::wordCount() const
{
    return int(text::words(body).size());
}

} // namespace parallax
