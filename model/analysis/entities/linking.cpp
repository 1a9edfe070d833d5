// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recognition_p.h"

#include "analysis/entities/entityrecognizer.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace parallax::entities {

using tokens::Kind;
using tokens::Token;

namespace {

bool isSuffix(const QString &key)
{
    return key == "jr"_L1 || key == "sr"_L1 || key == "ii"_L1 || key == "iii"_L1 || key == u".";
}

} // namespace

// "Apple TV", "Apple Macintosh": an organisation named alone elsewhere in the text, followed by
// words without an organisation head, is the maker of a product.
void Recognition::splitBrandedProducts()
{
    QSet<QString> singleOrgs;
    for (const Item &item : std::as_const(m_items)) {
        if (item.first == item.last && item.type == EntityType::Organization && item.evidence >= Evidence::Weak)
            singleOrgs.insert(m_tokens.at(item.first).key);
    }
    const qsizetype count = m_items.size();
    for (qsizetype k = 0; k < count; ++k) {
        Item &item = m_items[k];
        if (item.first == item.last || item.type != EntityType::Organization || item.evidence != Evidence::Default
            || !singleOrgs.contains(m_tokens.at(item.first).key) || !m_tokens.at(item.first + 1).spaceBefore)
            continue;
        Item product = item;
        product.first = item.first + 1;
        product.type = EntityType::Other;
        product.product = true;
        item.last = item.first;
        item.evidence = Evidence::Weak;
        m_items.append(product);
    }
    sortItems();
}

// A surname alone refers to the person last introduced by the full name; before anyone is,
// to the first person introduced after it.
void Recognition::linkPeople()
{
    QHash<QString, QVarLengthArray<int, 4>> bySurname; // surname key -> items giving a full name, in text order
    for (int k = 0; k < m_items.size(); ++k) {
        const Item &item = m_items.at(k);
        if (item.type != EntityType::Person || item.shortForm || item.first == item.last)
            continue;
        QVarLengthArray<QString, 4> surnames; // distinct, not empty
        const auto addSurname = [&surnames](const QString &s) {
            if (!s.isEmpty() && !surnames.contains(s))
                surnames.append(s);
        };
        int last = item.last;
        while (last > item.first && isSuffix(m_tokens.at(last).key))
            --last;
        if (m_tokens.at(last).kind == Kind::Word)
            addSurname(tokens::nameStem(m_tokens.at(last).key));
        if (item.evidence == Evidence::Known) {
            for (const QString &s : m_recognizer.shortFormKeys(item.entries.first()))
                addSurname(s);
        }
        for (const QString &s : std::as_const(surnames))
            bySurname[s].append(k);
    }
    // An organisation's first word alone names it: "Northrop" after "Northrop Grumman".
    QHash<QString, int> byFirstWord;
    for (int k = 0; k < m_items.size(); ++k) {
        const Item &item = m_items.at(k);
        if (item.type == EntityType::Organization && item.first < item.last && !item.product
            && m_tokens.at(item.first).kind == Kind::Word && !byFirstWord.contains(m_tokens.at(item.first).key))
            byFirstWord.insert(m_tokens.at(item.first).key, k);
    }
    for (int k = 0; k < m_items.size(); ++k) {
        Item &item = m_items[k];
        const bool candidate = item.first == item.last && (item.shortForm || item.evidence != Evidence::Known);
        if (!candidate || item.product)
            continue;
        // Russian surnames meet in any case: Лаврова, Лаврову after Сергей Лавров.
        const auto it = bySurname.constFind(tokens::nameStem(m_tokens.at(item.first).key));
        if (it == bySurname.cend()) {
            const int org = byFirstWord.value(m_tokens.at(item.first).key, -1);
            if (org >= 0 && item.evidence != Evidence::Known && item.type != EntityType::Person) {
                item.linkTo = org;
                item.type = EntityType::Organization;
                item.evidence = Evidence::Known;
            }
            continue;
        }
        int target = -1;
        for (int full : *it) {
            if (m_items.at(full).first < item.first)
                target = full;
        }
        if (target < 0)
            target = it->first();
        item.linkTo = target;
        item.type = EntityType::Person;
        item.evidence = Evidence::Known;
    }
}

void Recognition::dropUncorroborated()
{
    // Capitalised words seen as names away from the start of a sentence, and words seen in lower
    // case: collected when a name at the start of a sentence first needs them.
    std::optional<QSet<QString>> confirmedWords;
    std::optional<QSet<QString>> lowercaseWords;
    auto wordsWhere = [this](std::optional<QSet<QString>> &words, auto take) -> const QSet<QString> & {
        if (!words) {
            words.emplace();
            for (const Token &t : std::as_const(m_tokens)) {
                if (t.kind == Kind::Word && take(t))
                    words->insert(t.key);
            }
        }
        return *words;
    };
    auto confirmed = [&]() -> const QSet<QString> & { return wordsWhere(confirmedWords, [](const Token &t) { return t.upper && !t.sentenceStart; }); };
    auto lowercase = [&]() -> const QSet<QString> & { return wordsWhere(lowercaseWords, [](const Token &t) { return !t.upper; }); };
    for (Item &item : m_items) {
        if (item.demonym || item.linkTo >= 0 || !item.key.isEmpty())
            continue;
        const bool single = item.first == item.last;
        if (item.evidence == Evidence::Known) {
            // A surname the gazetteer knows, at the start of a sentence and also used as an
            // ordinary word in this text ("Hunt", "May"), is not taken.
            if (item.shortForm && m_tokens.at(item.first).sentenceStart && lowercase().contains(m_tokens.at(item.first).key))
                item.dropped = true;
            continue;
        }
        if (single) {
            const QString word = m_text.mid(m_tokens.at(item.first).start, m_tokens.at(item.first).end - m_tokens.at(item.first).start);
            if (m_rules.titles.contains(word) || m_rules.orgHeads.contains(word) || m_rules.placeHeads.contains(word)
                || m_rules.stopWords.contains(word)) {
                item.dropped = true;
                continue;
            }
        }
        if (!single || !m_tokens.at(item.first).sentenceStart || item.evidence >= Evidence::Title)
            continue;
        const QString key = keyOf(item.first, item.last);
        if (!confirmed().contains(key) || lowercase().contains(key))
            item.dropped = true;
    }
}

void Recognition::resolveKeys()
{
    const QList<GazetteerEntry> &entries = m_recognizer.gazetteer().entries();
    // Full names first, so that surnames can copy them.
    for (Item &item : m_items) {
        if (item.linkTo >= 0 || item.demonym || item.product || item.dropped)
            continue;
        if (item.evidence == Evidence::Known && !item.entries.isEmpty()
            && (!item.shortForm || item.entries.size() == 1)) {
            const GazetteerEntry &entry = entries.at(item.entries.first());
            item.key = entry.id;
            item.canonical = entry.canonical;
            continue;
        }
        if (!item.entries.isEmpty() && item.evidence != Evidence::Known) {
            const GazetteerEntry &entry = entries.at(item.entries.first());
            item.key = entry.id;
            item.canonical = entry.canonical;
            continue;
        }
        if (item.canonical.isEmpty())
            item.canonical = words(item.first, item.last);
        item.key = EntityRecognizer::unknownKey(item.type, item.canonical);
    }
    for (Item &item : m_items) {
        if (item.linkTo < 0 || item.dropped)
            continue;
        const Item &full = m_items.at(item.linkTo);
        item.key = full.key;
        item.canonical = full.canonical;
        item.entries = full.entries;
        item.type = full.type;
    }
}

QList<EntityMention> Recognition::mentions() const
{
    const QList<GazetteerEntry> &entries = m_recognizer.gazetteer().entries();
    QList<EntityMention> out;
    out.reserve(m_items.size());
    for (const Item &item : m_items) {
        if (item.demonym || item.product || item.dropped || item.key.isEmpty())
            continue;
        EntityMention m;
        m.span = Span{m_tokens.at(item.first).start, m_tokens.at(item.last).end};
        m.surface = m_text.mid(m.span.start, m.span.length());
        m.key = item.key;
        m.canonical = item.canonical;
        m.type = item.type;
        m.known = !item.entries.isEmpty() && item.key == entries.at(item.entries.first()).id;
        if (m.known && item.alias >= 0 && item.linkTo < 0)
            m.usage = entries.at(item.entries.first()).aliases.at(item.alias).usage;
        out.append(std::move(m));
    }
    std::sort(out.begin(), out.end(), [](const EntityMention &a, const EntityMention &b) { return a.span.start < b.span.start; });
    return out;
}

} // namespace parallax::entities
