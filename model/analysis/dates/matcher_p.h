// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datematcher.h"

// The recogniser class shared by the matcher's source files. Internal to the date tagger.
namespace parallax::analysis::dates {

/** One or more candidates found starting at a token (a range gives two). */
struct Match
{
    QList<Candidate> items;
    int last = -1; ///< the last token consumed
    bool ok() const { return !items.isEmpty(); }
};

class Matcher final
{
public:
    explicit Matcher(const QList<Token> &tokens) : t(tokens), n(int(tokens.size())) { }
    QList<Candidate> run();

private:
    // token tests
    bool word(int i, QStringView w) const { return i >= 0 && i < n && t[i].kind == Token::Word && t[i].lower == w; }
    bool punct(int i, QStringView p) const { return i >= 0 && i < n && t[i].kind == Token::Punct && t[i].lower == p; }
    bool cjk(int i, QStringView c) const { return i >= 0 && i < n && t[i].kind == Token::Cjk && t[i].lower == c; }
    bool glued(int i) const { return i >= 0 && i < n && !t[i].spaceBefore; }
    const WordInfo *info(int i) const { return i >= 0 && i < n ? t[i].info : nullptr; }
    bool isNumber(int i) const { return i >= 0 && i < n && t[i].kind == Token::Number; }
    bool dash(int i) const { return punct(i, u"-") || punct(i, u"\u2013") || punct(i, u"\u2014"); }

    // number parts
    int dayNumber(int i, int &last) const;
    int yearNumber(int i) const;
    bool count(int i, int &value, int &last) const;
    int ordinal(int i, int &last) const;

    // recognisers (each starts at token i; none consumes leading "on"/"in")
    Match best(int i);
    Match withMod(int i);
    Match core(int i);
    Match isoDate(int i) const;
    Match monthDate(int i) const;
    Match year(int i) const;
    Match weekday(int i) const;
    Match relative(int i) const;
    Match deictic(int i) const;
    Match countUnit(int i) const;
    Match sets(int i) const;
    Match century(int i) const;
    Match quarter(int i) const;
    Match seasonExpr(int i) const;
    Match clock(int i) const;
    Match japanese(int i) const;
    Match reportingPeriod(int i) const;
    Match spelledYear(int i) const;

    bool monthAllowed(int i, bool hasDayOrYear) const;
    int yearAfter(int i, int &last) const;
    void extendYearSuffix(Candidate &c) const;

    const QList<Token> &t;
    const int n;
};

} // namespace parallax::analysis::dates
