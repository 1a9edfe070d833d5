// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Names in Japanese text without a segmenter: a run of kanji or of katakana is read as a name by
// what ends it — a title or honorific (茂木外相, ラブロフ氏), a place suffix (択捉島, 根室市) or an
// organisation suffix (外務省, 自民党, 共同通信).
#include "recognition_p.h"

#include "analysis/entities/entityrecognizer.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax::entities {

using tokens::Kind;
using tokens::Token;

namespace {

enum class Script { None, Kanji, Katakana };

Script scriptOf(const QString &text, const Token &t)
{
    if (t.kind == Kind::Cjk) {
        const QChar c = text.at(t.start);
        if (c.script() == QChar::Script_Han || c == u'々')
            return Script::Kanji;
        if (c.script() == QChar::Script_Katakana || c == u'ー')
            return Script::Katakana;
    }
    return Script::None;
}

// A title may carry a word for "former", "present", "new" before it: 元首相, 前外相, 次期首相.
const QStringList &titlePrefixes()
{
    static const QStringList prefixes = {u"次期"_s, u"元"_s, u"前"_s, u"現"_s, u"新"_s};
    return prefixes;
}

QString withoutTitlePrefix(const QString &name)
{
    for (const QString &p : titlePrefixes()) {
        if (name.endsWith(p))
            return name.left(name.size() - p.size());
    }
    return name;
}

} // namespace

// "タイ" (Thailand) in "タイガ": a katakana name is a whole katakana word, not a part of one.
bool Recognition::insideKatakanaWord(int first, int last) const
{
    const auto katakana = [this](int i) { return scriptOf(m_text, m_tokens.at(i)) == Script::Katakana; };
    return (katakana(first) && first > 0 && katakana(first - 1) && m_tokens.at(first - 1).end == m_tokens.at(first).start)
        || (katakana(last) && last + 1 < m_tokens.size() && katakana(last + 1)
            && m_tokens.at(last).end == m_tokens.at(last + 1).start);
}

void Recognition::matchJapanese()
{
    if (!m_hasCjk)
        return; // no kanji or katakana to read
    const int n = int(m_tokens.size());
    QList<bool> covered(n, false);
    for (const Item &item : std::as_const(m_items)) {
        for (int i = item.first; i <= item.last; ++i)
            covered[i] = true;
    }
    // Runs of one script, split at names already found: [first, last] token indices.
    struct Run
    {
        int first;
        int last;
        Script script;
    };
    QList<Run> runs;
    for (int i = 0; i < n; ++i) {
        const Script s = scriptOf(m_text, m_tokens.at(i));
        if (s == Script::None || covered.at(i))
            continue;
        int last = i;
        while (last + 1 < n && !covered.at(last + 1) && m_tokens.at(last + 1).start == m_tokens.at(last).end) {
            const Token &next = m_tokens.at(last + 1);
            if (scriptOf(m_text, next) == s) {
                ++last;
            } else if (s == Script::Katakana && m_text.at(next.start) == u'・' && last + 2 < n && !covered.at(last + 2)
                       && scriptOf(m_text, m_tokens.at(last + 2)) == s && m_tokens.at(last + 2).start == next.end) {
                last += 2; // セルゲイ・ラブロフ
            } else {
                break;
            }
        }
        runs.append(Run{i, last, s});
        i = last;
    }

    const NameRules &rules = m_rules;
    auto textOf = [this](int first, int last) { return words(first, last); };
    // The token index where a name of `chars` characters starting at token `first` ends.
    auto tokenAfterChars = [this](int first, int chars) {
        const int end = m_tokens.at(first).start + chars;
        int t = first;
        while (t + 1 < m_tokens.size() && m_tokens.at(t + 1).end <= end)
            ++t;
        return t;
    };
    auto nameOk = [&rules](const QString &name, int minChars) {
        if (name.size() < minChars || rules.jaStop.contains(name))
            return false;
        const auto ends = [&name](const QString &suffix) { return name.endsWith(suffix); };
        return std::none_of(rules.jaPlaceSuffixes.cbegin(), rules.jaPlaceSuffixes.cend(), ends)
            && std::none_of(rules.jaOrgSuffixes.cbegin(), rules.jaOrgSuffixes.cend(), ends);
    };
    auto endingIn = [](const QString &s, const QStringList &endings) {
        for (const QString &e : endings) {
            if (!e.isEmpty() && e.back() != s.back())
                continue; // most endings differ in their last character: spare the comparison
            if (s.endsWith(e))
                return e;
        }
        return QString();
    };
    auto add = [this](int first, int last, EntityType type, Evidence evidence) {
        Item item;
        item.first = first;
        item.last = last;
        item.type = type;
        item.evidence = evidence;
        m_items.append(item);
    };
    // The known place or organisation (an index into m_items) whose last token, in Japanese
    // script, is `token`.
    auto knownEndingAt = [this](int token) {
        if (token < 0 || scriptOf(m_text, m_tokens.at(token)) == Script::None
            || m_tokens.at(token).end != m_tokens.at(token + 1).start)
            return -1;
        for (int k = 0; k < m_items.size(); ++k) {
            const Item &item = m_items.at(k);
            if (item.last == token && item.evidence == Evidence::Known && !item.dropped
                && (item.type == EntityType::Place || item.type == EntityType::Organization))
                return k;
        }
        return -1;
    };
    // A run that is only a title, a place or an organisation suffix, after a katakana name.
    auto adjacentKatakana = [&runs](int r) {
        return r > 0 && runs.at(r - 1).script == Script::Katakana && runs.at(r - 1).last + 1 == runs.at(r).first;
    };

    QList<int> people; // indices into m_items of the names found here
    for (int r = 0; r < runs.size(); ++r) {
        const Run &run = runs.at(r);
        const QString s = textOf(run.first, run.last);
        const int after = m_tokens.at(run.last).end;
        if (run.script == Script::Kanji) {
            const QString title = endingIn(s, rules.jaTitles);
            if (!title.isEmpty()) {
                const QString before = s.left(s.size() - title.size());
                const QString name = withoutTitlePrefix(before);
                if (nameOk(name, 2) && name.size() <= 5) {
                    people << int(m_items.size());
                    add(run.first, tokenAfterChars(run.first, int(name.size())), EntityType::Person, Evidence::Title);
                } else if (withoutTitlePrefix(before).isEmpty() && adjacentKatakana(r)) {
                    people << int(m_items.size());
                    add(runs.at(r - 1).first, runs.at(r - 1).last, EntityType::Person, Evidence::Title);
                }
                continue;
            }
            for (const auto &[endings, type] : {std::pair{&rules.jaPlaceSuffixes, EntityType::Place},
                                                 std::pair{&rules.jaOrgSuffixes, EntityType::Organization}}) {
                const QString suffix = endingIn(s, *endings);
                if (suffix.isEmpty())
                    continue;
                const QString name = s.left(s.size() - suffix.size());
                // A known place just before an organisation's name is part of it: 北海道新聞, 日本経済新聞.
                const int known = type == EntityType::Organization ? knownEndingAt(run.first - 1) : -1;
                if (known >= 0 && m_items.at(known).type == EntityType::Organization && s == suffix) {
                    m_items[known].last = run.last; // スプートニク通信: the agency the gazetteer knows
                } else if (known >= 0 && (name.isEmpty() || !rules.jaStop.contains(name))) {
                    m_items[known].dropped = true;
                    add(m_items.at(known).first, run.last, type, Evidence::Head);
                } else if (name.isEmpty() && adjacentKatakana(r) && s == suffix) {
                    add(runs.at(r - 1).first, run.last, type, Evidence::Head);
                } else if (!name.isEmpty() && !rules.jaStop.contains(name) && !rules.jaStop.contains(s)) {
                    add(run.first, run.last, type, Evidence::Head);
                }
                break;
            }
            continue;
        }
        // A katakana name before an honorific written in kana: ラブロフさん.
        for (const QString &title : rules.jaTitles) {
            if (run.last + 1 < n && QStringView(m_text).mid(after, title.size()) == title
                && scriptOf(m_text, m_tokens.at(run.last + 1)) == Script::None && run.last > run.first) {
                people << int(m_items.size());
                add(run.first, run.last, EntityType::Person, Evidence::Title);
                break;
            }
        }
    }

    // Within the text, a surname alone is the person introduced with the full name: 茂木 after
    // 茂木敏充, ラブロフ after セルゲイ・ラブロフ.
    for (int a : std::as_const(people)) {
        const QString shortName = textOf(m_items.at(a).first, m_items.at(a).last);
        for (int b : std::as_const(people)) {
            const QString full = textOf(m_items.at(b).first, m_items.at(b).last);
            if (full.size() > shortName.size()
                && (full.startsWith(shortName) || full.section(u'・', -1) == shortName)) {
                m_items[a].canonical = full;
                break;
            }
        }
    }
}

} // namespace parallax::entities
