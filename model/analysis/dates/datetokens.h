// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datelexicon.h"

#include <QList>
#include <QString>

// Tokens for the date tagger: one pass over a sentence, each token looked up once.
namespace parallax::analysis::dates {

struct Token
{
    enum Kind : qint8 { Word, Number, Punct, Cjk };
    int start = 0; ///< UTF-16 offsets into the text
    int end = 0;
    Kind kind = Punct;
    bool spaceBefore = true; ///< false when glued to the previous token ("mid-May", "1990s")
    bool capital = false;    ///< a word starting with an upper-case letter
    int value = -1;          ///< a number's value (digits, capped), else -1
    int digits = 0;          ///< how many digits a number has
    QString lower;           ///< the token folded to lower case (’ becomes ')
    const WordInfo *info = nullptr;
};

/** Tokens of text[span.start, span.end). */
QList<Token> tokenize(const QString &text, int start, int end);

} // namespace parallax::analysis::dates
