// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recognition_p.h"

#include "analysis/entities/entityrecognizer.h"
#include "text/segmenter.h"

#include <algorithm>
#include <numeric>
#include <optional>

using namespace Qt::StringLiterals;

namespace parallax::entities {

using tokens::Kind;
using tokens::Token;

QString normalizedName(const QString &name)
{
    QStringList out;
    int previousCjkEnd = -1;
    for (const Token &t : tokens::tokenize(name)) {
        if (t.kind != Kind::Word && t.kind != Kind::Number && t.kind != Kind::Cjk)
            continue;
        // Japanese is written without spaces: adjacent kana and kanji are one word.
        const bool joined = t.kind == Kind::Cjk && t.start == previousCjkEnd;
        previousCjkEnd = t.kind == Kind::Cjk ? t.end : -1;
        if (joined) {
            out.last() += t.key;
            continue;
        }
        QString w = tokens::nameStem(t.key);
        w.remove(u'.');
        // Transliteration variants of Russian names: Sergei/Sergey, Dmitri/Dmitriy/Dmitry,
        // Aleksandr/Alexander's "ks", Nikolai/Nikolay.
        w.replace("ks"_L1, "x"_L1);
        if (w.endsWith("iy"_L1) || w.endsWith("yi"_L1))
            w = w.left(w.size() - 2) + u'y';
        else if (w.size() > 2 && w.endsWith(u'i') && w.at(w.size() - 2).unicode() < 0x80)
            w = w.left(w.size() - 1) + u'y';
        out << w;
    }
    return out.join(u' ');
}

namespace {

// Lower-case words that may join the capitalised parts of a name.
bool isNameParticle(const QString &key)
{
    static const QSet<QString> particles = {u"de"_s, u"da"_s, u"del"_s, u"der"_s, u"den"_s,
                                            u"van"_s, u"von"_s, u"bin"_s, u"al"_s, u"la"_s,
                                            u"le"_s, u"du"_s, u"di"_s, u"dos"_s, u"zu"_s};
    return particles.contains(key);
}

bool isPlaceCue(const QString &key)
{
    return key == "in"_L1 || key == "near"_L1 || key == "outside"_L1;
}

bool isNameWord(const Token &t)
{
    return t.kind == Kind::Word && (t.upper || t.allCaps);
}

} // namespace

Recognition::Recognition(const EntityRecognizer &recognizer, const QString &text, const QList<Span> *sentences)
    : m_recognizer(recognizer)
    , m_rules(recognizer.gazetteer().rules())
    , m_text(text)
    , m_sentences(sentences)
    , m_tokens(tokens::tokenize(text))
{
    recognizer.names().prepare(m_tokens); // the titles share the names' vocabulary
    m_hasCjk = std::any_of(m_tokens.cbegin(), m_tokens.cend(), [](const Token &t) { return t.kind == Kind::Cjk; });
    m_items.reserve(m_tokens.size() / 16);
}

QList<EntityMention> Recognition::run()
{
    markSentenceStarts();
    matchGazetteer();
    matchJapanese();
    mergeHeads();
    applyAcronyms();
    unifyTypes();
    splitBrandedProducts();
    linkPeople();
    dropUncorroborated();
    resolveKeys();
    return mentions();
}

QString Recognition::words(int first, int last) const
{
    return m_text.mid(m_tokens.at(first).start, m_tokens.at(last).end - m_tokens.at(first).start);
}

QString Recognition::keyOf(int first, int last) const
{
    if (first == last)
        return m_tokens.at(first).key;
    qsizetype size = 0;
    for (int i = first; i <= last; ++i)
        size += m_tokens.at(i).key.size() + 1;
    QString key;
    key.reserve(size);
    for (int i = first; i <= last; ++i) {
        if (!key.isEmpty() && m_tokens.at(i).spaceBefore)
            key += u' ';
        key += m_tokens.at(i).key;
    }
    return key;
}

bool Recognition::isStop(int i) const
{
    const Token &t = m_tokens.at(i);
    // A string over the text's own characters: no copy for the look-up.
    return m_rules.stopWords.contains(QString::fromRawData(m_text.constData() + t.start, t.end - t.start));
}

bool Recognition::isCap(int i) const
{
    return i >= 0 && i < m_tokens.size() && isNameWord(m_tokens.at(i));
}

void Recognition::markSentenceStarts()
{
    const QList<Span> sentences = m_sentences ? *m_sentences : text::sentences(m_text);
    int t = 0;
    for (const Span &s : sentences) {
        while (t < m_tokens.size() && m_tokens.at(t).start < s.start)
            ++t;
        int w = t;
        while (w < m_tokens.size() && m_tokens.at(w).start < s.end && m_tokens.at(w).kind != Kind::Word)
            ++w;
        if (w < m_tokens.size() && m_tokens.at(w).start < s.end)
            m_tokens[w].sentenceStart = true;
    }
    // The first word after an opening quotation mark or a dash at the start of a line too.
    for (int i = 0; i + 1 < m_tokens.size(); ++i) {
        if (m_tokens.at(i).sentenceStart && m_tokens.at(i).kind == Kind::Punct)
            m_tokens[i + 1].sentenceStart = true;
    }
}

void Recognition::matchGazetteer()
{
    const PhraseMatcher &names = m_recognizer.names();
    const QList<GazetteerEntry> &entries = m_recognizer.gazetteer().entries();
    QList<std::pair<int, int>> pendingRuns;
    int runStart = 0;
    int i = 0;
    while (i < m_tokens.size()) {
        const PhraseMatcher::Match m = names.longestAt(m_tokens, i);
        if (m.value < 0 || insideKatakanaWord(m.first, m.last)) {
            ++i;
            continue;
        }
        pendingRuns.append({runStart, i});
        Item item;
        item.first = m.first;
        item.last = m.last;
        item.evidence = Evidence::Known;
        bool allShort = true;
        for (int value : names.valuesOf(m_tokens, m.first, m.last)) {
            const EntityRecognizer::AliasRef &ref = m_recognizer.aliasRef(value);
            if (item.entries.contains(ref.entry))
                continue;
            const GazetteerEntry &entry = entries.at(ref.entry);
            const bool isShort = entry.aliases.at(ref.alias).shortForm;
            // A full name wins over people who only share it as a surname.
            if (!isShort && allShort) {
                item.entries.clear();
                item.alias = -1;
            }
            if (isShort && !allShort)
                continue;
            allShort = allShort && isShort;
            item.entries.append(ref.entry);
            if (item.alias < 0)
                item.alias = ref.alias;
        }
        const GazetteerEntry &first = entries.at(item.entries.first());
        item.shortForm = allShort;
        item.demonym = first.demonym;
        item.type = first.demonym ? EntityType::Other : first.type;
        // A surname at the start of a sentence is only taken when it is capitalised as a name
        // elsewhere in the text or is not an ordinary word.
        // "US$ 40 billion": a currency sign, not the country.
        if (m.last + 1 < m_tokens.size() && !m_tokens.at(m.last + 1).spaceBefore && m_tokens.at(m.last + 1).key == u"$")
            item.dropped = true;
        if (item.type == EntityType::Place && !item.shortForm)
            m_knownPlaceStarts.insert(item.first, item.last);
        // "Boeing 787", "Airbus A380": a maker before a model designation names the product.
        if (item.type == EntityType::Organization && modelFollows(item.last) && !quantityFollows(item.last))
            item.product = true;
        m_items.append(item);
        i = m.last + 1;
        runStart = i;
    }
    pendingRuns.append({runStart, int(m_tokens.size())});
    for (const auto &[from, to] : std::as_const(pendingRuns))
        buildRuns(from, to);
}

// Capitalised runs between gazetteer matches: "Shinsuke Sugiyama", "Government Accountability
// Office", "Wal-Mart", "George W. Bush".
void Recognition::buildRuns(int from, int to)
{
    int i = from;
    while (i < to) {
        if (!isNameWord(m_tokens.at(i))) {
            ++i;
            continue;
        }
        int last = i;
        int j = i + 1;
        while (j < to) {
            const Token &t = m_tokens.at(j);
            if (isNameWord(t) && t.spaceBefore && !t.sentenceStart) {
                last = j;
                ++j;
            } else if ((t.kind == Kind::Hyphen || t.key == u"&") && !t.spaceBefore && j + 1 < to
                       && isNameWord(m_tokens.at(j + 1)) && !m_tokens.at(j + 1).spaceBefore) {
                last = j + 1;
                j += 2;
            } else if (t.key == u"&" && t.spaceBefore && j + 1 < to && isNameWord(m_tokens.at(j + 1))
                       && m_tokens.at(j + 1).spaceBefore && !isStop(j + 1)) {
                last = j + 1; // "Procter & Gamble", "Marks & Spencer"
                j += 2;
            } else if (t.key == u"." && !t.spaceBefore && m_tokens.at(last).end - m_tokens.at(last).start == 1
                       && j + 1 < to && isNameWord(m_tokens.at(j + 1)) && !isStop(j + 1)) {
                last = j + 1; // middle initial: George W. Bush
                j += 2;
            } else if (t.key == u"." && !t.spaceBefore
                       && m_rules.orgHeads.contains(m_text.mid(m_tokens.at(last).start, m_tokens.at(last).end - m_tokens.at(last).start) + u'.')) {
                last = j; // Apple Inc.
                ++j;
                break;
            } else if (t.kind == Kind::Word && !t.upper && j + 1 < to && isNameWord(m_tokens.at(j + 1))
                       && (isNameParticle(t.key)
                           || ((t.key == "of"_L1 || t.key == "for"_L1)
                               && (m_rules.orgHeads.contains(m_text.mid(m_tokens.at(last).start, m_tokens.at(last).end - m_tokens.at(last).start))
                                   || m_rules.placeHeads.contains(m_text.mid(m_tokens.at(last).start, m_tokens.at(last).end - m_tokens.at(last).start)))))) {
                last = j + 1;
                j += 2;
            } else if (t.key == "and"_L1 && j + 1 < to && isNameWord(m_tokens.at(j + 1)) && !isStop(j + 1)
                       && !m_rules.orgHeads.contains(m_text.mid(m_tokens.at(last).start, m_tokens.at(last).end - m_tokens.at(last).start))) {
                // "European Aeronautic Defence and Space Company": "and" inside a name that
                // ends in an organisation head word.
                int k = j + 1;
                while (k + 1 < to && isNameWord(m_tokens.at(k + 1)) && m_tokens.at(k + 1).spaceBefore)
                    ++k;
                const Token &end = m_tokens.at(k);
                if (!m_rules.orgHeads.contains(m_text.mid(end.start, end.end - end.start)))
                    break;
                last = k;
                j = k + 1;
            } else {
                break;
            }
        }
        addRun(i, last);
        i = j;
    }
}

bool Recognition::titleEndsAt(int tokenIndex) const
{
    for (int start = std::max(0, tokenIndex - 4); start <= tokenIndex; ++start) {
        const PhraseMatcher::Match m = m_recognizer.titles().longestAt(m_tokens, start);
        if (m.value >= 0 && m.last == tokenIndex)
            return true;
    }
    return false;
}

// "Foreign Minister Kono", and in Russian with the country after the title: "министр иностранных
// дел Японии Тосимицу Мотеги", "президента России Владимира Путина".
bool Recognition::titleBefore(int first) const
{
    if (first <= 0)
        return false;
    if (titleEndsAt(first - 1))
        return true;
    for (auto it = m_knownPlaceStarts.cbegin(); it != m_knownPlaceStarts.cend(); ++it) {
        if (it.value() == first - 1 && m_tokens.at(it.key()).cyrillic && it.key() > 0 && titleEndsAt(it.key() - 1))
            return true;
    }
    return false;
}

// "Губернатор Сахалинской области": a Russian adjective before the noun it qualifies, not a name.
bool Recognition::russianAdjective(int first, int last) const
{
    static const QStringList endings = {u"ской"_s, u"ского"_s, u"ских"_s, u"ская"_s, u"ское"_s, u"ной"_s,
                                        u"ного"_s, u"ных"_s,   u"ная"_s,  u"ное"_s,  u"ого"_s, u"ому"_s};
    const Token &t = m_tokens.at(first);
    if (first != last || !t.cyrillic || last + 1 >= m_tokens.size())
        return false;
    const Token &next = m_tokens.at(last + 1);
    return next.kind == Kind::Word && next.cyrillic && !next.upper
        && std::any_of(endings.cbegin(), endings.cend(), [&t](const QString &e) { return t.key.endsWith(e); });
}

// A model designation after a token: "787", "A380", "-10" in "DC-10".
bool Recognition::modelFollows(int last) const
{
    return last + 1 < m_tokens.size()
        && ((m_tokens.at(last + 1).hasDigit && m_tokens.at(last + 1).spaceBefore)
            || (m_tokens.at(last + 1).kind == Kind::Hyphen && !m_tokens.at(last + 1).spaceBefore
                && last + 2 < m_tokens.size() && m_tokens.at(last + 2).kind == Kind::Number));
}

// A number that counts or measures rather than names a model: "Rosneft 19.75 percent".
bool Recognition::quantityFollows(int last) const
{
    static const QSet<QString> units = {u"%"_s, u"percent"_s, u"per"_s, u"billion"_s, u"million"_s, u"thousand"_s,
                                        u"bn"_s, u"m"_s, u"years"_s, u"shares"_s};
    if (last + 1 >= m_tokens.size())
        return false;
    const Token &number = m_tokens.at(last + 1);
    const QString text = m_text.mid(number.start, number.end - number.start);
    const int after = number.end;
    if (number.kind == Kind::Number
        && (text.contains(u'.') || text.contains(u',')
            || (after + 1 < m_text.size() && (m_text.at(after) == u'.' || m_text.at(after) == u',') && m_text.at(after + 1).isDigit())))
        return true;
    return last + 2 < m_tokens.size() && units.contains(m_tokens.at(last + 2).key);
}

bool Recognition::isGivenName(int i) const
{
    const Token &t = m_tokens.at(i);
    return m_rules.givenNames.contains(m_text.mid(t.start, t.end - t.start))
        || (t.cyrillic && m_rules.givenNameStems.contains(tokens::nameStem(t.key)));
}

void Recognition::addRun(int first, int last)
{
    // Leading function words are not part of a name: "The", "In", "However".
    while (first <= last && isStop(first))
        ++first;
    // Russian capitalises only names: the first word of a sentence before a name is an ordinary
    // word ("Позиция Руденко", "Слова Андрея Руденко") unless it is a given name or a title.
    if (first < last && m_tokens.at(first).cyrillic && m_tokens.at(first).sentenceStart && !isGivenName(first)
        && m_recognizer.titles().longestAt(m_tokens, first).value < 0)
        ++first;
    if (first > last)
        return;
    splitAtTitles(first, last);
}

// "Apple Computer CEO Steve Jobs": an organisation, a title, a person.
void Recognition::splitAtTitles(int first, int last)
{
    const PhraseMatcher &titles = m_recognizer.titles();
    for (int p = first; p <= last; ++p) {
        const PhraseMatcher::Match m = titles.longestAt(m_tokens, p);
        if (m.value < 0 || m.last > last)
            continue;
        // "Royal Courts of Justice": a title word after "of" is part of a name.
        if (p > first && m_tokens.at(p - 1).kind == Kind::Word && !m_tokens.at(p - 1).upper)
            continue;
        // "Martin Luther King": a title word ending a person's name.
        const QString firstWord = m_text.mid(m_tokens.at(first).start, m_tokens.at(first).end - m_tokens.at(first).start);
        if (p > first && m.last == last && m_rules.givenNames.contains(firstWord))
            continue;
        // "General Motors", "General Electric": a title word heading an organisation's name.
        const QString lastWord = m_text.mid(m_tokens.at(last).start, m_tokens.at(last).end - m_tokens.at(last).start);
        if (m.last < last && m_rules.orgHeads.contains(lastWord))
            break;
        if (p > first) {
            Item before;
            before.first = first;
            before.last = p - 1;
            // The maker or employer before a title: "Boeing CEO", "Kremlin spokesman".
            before.type = EntityType::Organization;
            before.evidence = Evidence::Context;
            classify(before);
            if (before.type == EntityType::Person)
                before.type = EntityType::Organization;
            m_items.append(before);
        }
        if (m.last < last) {
            Item person;
            person.first = m.last + 1;
            person.last = last;
            person.type = EntityType::Person;
            person.evidence = Evidence::Title;
            person.dropped = russianAdjective(person.first, person.last);
            m_items.append(person);
        }
        return;
    }
    Item item;
    item.first = first;
    item.last = last;
    classify(item);
    m_items.append(item);
}

void Recognition::classify(Item &item) const
{
    const int first = item.first;
    const int last = item.last;
    const QString firstWord = m_text.mid(m_tokens.at(first).start, m_tokens.at(first).end - m_tokens.at(first).start);
    // "Apple Inc." ends in a full stop that belongs to its last word.
    const int lastWordIndex = (m_tokens.at(last).key == u"." && last > first) ? last - 1 : last;
    QString lastWord = m_text.mid(m_tokens.at(lastWordIndex).start, m_tokens.at(lastWordIndex).end - m_tokens.at(lastWordIndex).start);
    if (lastWordIndex != last)
        lastWord += u'.';
    const bool single = first == last;
    auto set = [&item](EntityType type, Evidence evidence) {
        if (evidence > item.evidence) {
            item.type = type;
            item.evidence = evidence;
        }
    };
    // Model designations: "A380", "787 Dreamliner", "iTunes Music Store" are products.
    bool product = false;
    if (first > 0 && m_tokens.at(first).spaceBefore) {
        const Token &prev = m_tokens.at(first - 1);
        product = (prev.kind == Kind::Number && first > 1 && isNameWord(m_tokens.at(first - 2)))
            || (prev.kind == Kind::Word && prev.hasDigit && prev.upper)
            || (prev.kind == Kind::Word && !prev.upper
                && m_text.mid(prev.start, prev.end - prev.start) != m_text.mid(prev.start, prev.end - prev.start).toLower());
    }
    for (int i = first; i <= last; ++i)
        product = product || m_tokens.at(i).hasDigit;
    {
        if (product) {
            item.product = true;
            item.type = EntityType::Other;
            item.evidence = Evidence::Head;
            return;
        }
    }
    if (russianAdjective(first, last)) {
        item.dropped = true;
        return;
    }
    if (titleBefore(first))
        set(EntityType::Person, Evidence::Title);
    if (!single && isGivenName(first))
        set(EntityType::Person, Evidence::GivenName);
    if (m_rules.orgHeads.contains(lastWord) || m_rules.orgHeads.contains(lastWord + u'.'))
        set(EntityType::Organization, Evidence::Head);
    else if (m_rules.placeHeads.contains(lastWord) && !single)
        set(EntityType::Place, Evidence::Head);
    if (item.evidence < Evidence::Title && first > 0) {
        const Token &before = m_tokens.at(first - 1);
        if (m_rules.orgCues.contains(before.key))
            set(EntityType::Organization, Evidence::Context);
        else if (isPlaceCue(before.key))
            set(EntityType::Place, Evidence::Weak);
    }
    // "Boeing 787", "Airbus A380", "Adam Air Flight 574": a model or a flight, not the maker.
    if (modelFollows(last)) {
        item.product = true;
        item.type = EntityType::Other;
        item.evidence = Evidence::Head;
        return;
    }
    // "Jusman Syafii Djamal, minister of transport": a title in apposition.
    if (last + 2 < m_tokens.size() && m_tokens.at(last + 1).key == u",") {
        int t = last + 2;
        if (m_tokens.at(t).key == "the"_L1 || m_tokens.at(t).key == "a"_L1)
            ++t;
        const PhraseMatcher::Match m = m_recognizer.titles().longestAt(m_tokens, t);
        if (m.value >= 0 && !m_tokens.at(t).upper)
            set(EntityType::Person, Evidence::Context);
    }
    if (m_rules.eventHeads.contains(lastWord))
        set(EntityType::Event, Evidence::Head);
    // "Heathrow airport", "Sakhalin island": a lower-case place word after the name.
    if (last + 1 < m_tokens.size()) {
        const Token &next = m_tokens.at(last + 1);
        if (next.kind == Kind::Word && !next.upper && m_rules.placeHeads.contains(m_text.mid(next.start, 1).toUpper() + m_text.mid(next.start + 1, next.end - next.start - 1)))
            set(EntityType::Place, Evidence::Context);
    }
    // "Toulouse, France", "Mobile, Alabama": a place followed by the country or state it is in.
    if (last + 2 < m_tokens.size() && m_tokens.at(last + 1).key == u"," && m_knownPlaceStarts.contains(last + 2)) {
        // ... but not "Airbus, Europe's biggest aircraft maker".
        const int placeEnd = m_knownPlaceStarts.value(last + 2);
        if (placeEnd + 1 >= m_tokens.size() || m_tokens.at(placeEnd + 1).kind != Kind::Possessive)
            set(EntityType::Place, Evidence::Context);
    }
    // An unknown word that acts ("Ryanair said", "Cisco sued") or owns ("Apple's") names an
    // organisation; one that does neither may be a product or a brand.
    if (last + 1 < m_tokens.size()) {
        const Token &next = m_tokens.at(last + 1);
        if (next.kind == Kind::Possessive || (next.kind == Kind::Word && m_rules.actionVerbs.contains(next.key)))
            set(EntityType::Organization, Evidence::Weak);
    }
    set(single && !m_tokens.at(first).allCaps ? EntityType::Other : EntityType::Organization, Evidence::Default);
}

// A known place or a demonym directly followed by a capitalised name ending in an organisation
// head word is one organisation: "Qatar Airways", "U.S. Air Force", "Russian Railways".
void Recognition::sortItems()
{
    // The order std::sort gives the items themselves, found on their indices: the same
    // comparisons in the same order, without moving whole items at every step.
    std::vector<int> order(size_t(m_items.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](int a, int b) { return m_items.at(a).first < m_items.at(b).first; });
    QList<Item> sorted;
    sorted.reserve(m_items.size());
    for (int k : order)
        sorted.append(std::move(m_items[k]));
    m_items = std::move(sorted);
}

void Recognition::mergeHeads()
{
    sortItems();
    for (int k = 0; k + 1 < m_items.size(); ++k) {
        Item &a = m_items[k];
        Item &b = m_items[k + 1];
        // "Air France", "Bank of Korea": organisation words before a known place.
        if (a.evidence != Evidence::Known && !a.product && b.evidence == Evidence::Known && b.type == EntityType::Place
            && b.first == a.last + 1 && m_tokens.at(b.first).spaceBefore) {
            bool heads = true;
            for (int t = a.first; t <= a.last; ++t)
                heads = heads && m_rules.orgHeads.contains(m_text.mid(m_tokens.at(t).start, m_tokens.at(t).end - m_tokens.at(t).start));
            if (heads) {
                b.first = a.first;
                b.type = EntityType::Organization;
                b.evidence = Evidence::Head;
                b.entries.clear();
                a.dropped = true;
                continue;
            }
        }
        // A company the gazetteer knows heading a unit's name: "Boeing Commercial Airplanes",
        // "Apple Corps".
        const bool knownOrg = a.evidence == Evidence::Known && a.type == EntityType::Organization && !a.shortForm;
        if (a.dropped || a.evidence != Evidence::Known || (a.type != EntityType::Place && !a.demonym && !knownOrg)
            || b.evidence == Evidence::Known || b.first != a.last + 1 || !m_tokens.at(b.first).spaceBefore
            || m_tokens.at(b.first).sentenceStart || titleEndsAt(b.first))
            continue;
        const QString lastWord = m_text.mid(m_tokens.at(b.last).start, m_tokens.at(b.last).end - m_tokens.at(b.last).start);
        // "Paris Air Show", "Beijing Olympic Games": an event named after a place.
        const bool event = a.type == EntityType::Place && m_rules.eventHeads.contains(lastWord);
        if ((!m_rules.orgHeads.contains(lastWord) && !event) || b.type == EntityType::Person)
            continue;
        b.first = a.first;
        b.type = event ? EntityType::Event : EntityType::Organization;
        b.evidence = Evidence::Head;
        a.dropped = true;
    }
    m_items.removeIf([](const Item &i) { return i.dropped; });
}

// "Liberal Democratic Party (LDP)", "the GAO" after "Government Accountability Office".
void Recognition::applyAcronyms()
{
    // Each name's initials, made when an acronym is first compared with it: a name's words do
    // not change here, and acronyms (single words) are never compared with one another.
    QList<std::optional<QString>> initialsOf(m_items.size());
    auto initials = [this, &initialsOf](int d) -> const QString & {
        std::optional<QString> &cached = initialsOf[d];
        if (!cached) {
            const Item &item = m_items.at(d);
            QString out;
            for (int i = item.first; i <= item.last; ++i) {
                const Token &t = m_tokens.at(i);
                if (t.kind == Kind::Word && t.upper)
                    out += m_text.at(t.start);
            }
            cached = out.toUpper();
        }
        return *cached;
    };
    for (int k = 0; k < m_items.size(); ++k) {
        Item &acr = m_items[k];
        if (acr.evidence == Evidence::Known || acr.first != acr.last || !m_tokens.at(acr.first).allCaps)
            continue;
        const QString letters = m_text.mid(m_tokens.at(acr.first).start, m_tokens.at(acr.first).end - m_tokens.at(acr.first).start)
                                    .remove(u'.');
        for (int d = 0; d < m_items.size(); ++d) {
            const Item &def = m_items.at(d);
            if (d == k || def.first == def.last || def.product || initials(d) != letters)
                continue;
            acr.type = def.type;
            acr.evidence = std::max(def.evidence, Evidence::Context);
            acr.entries = def.entries;
            acr.canonical = words(def.first, def.last);
            acr.key = keyOf(def.first, def.last);
            break;
        }
    }
}

// The strongest evidence for a name anywhere in the text decides its type everywhere.
void Recognition::unifyTypes()
{
    struct Best { EntityType type; Evidence evidence; };
    QHash<QString, Best> best;
    QList<QString> keys(m_items.size()); // of the items not known, made once
    for (qsizetype k = 0; k < m_items.size(); ++k) {
        const Item &item = m_items.at(k);
        if (item.evidence == Evidence::Known)
            continue;
        const QString &key = keys[k] = keyOf(item.first, item.last);
        auto it = best.find(key);
        if (it == best.end() || item.evidence > it->evidence)
            best.insert(key, Best{item.type, item.evidence});
    }
    for (qsizetype k = 0; k < m_items.size(); ++k) {
        Item &item = m_items[k];
        if (item.evidence == Evidence::Known)
            continue;
        const Best &b = best[keys.at(k)];
        item.type = b.type;
        item.evidence = b.evidence;
    }
}

} // namespace parallax::entities
