// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/entities/entityrecognizer.h"
#include "analysis/entities/tokenizer.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;
using namespace parallax;
using namespace parallax::entities;

namespace {

const EntityRecognizer &recognizer()
{
    static const EntityRecognizer r(Gazetteer::load(QStringLiteral(PARALLAX_SOURCE_DIR "/resources/gazetteer")));
    return r;
}

QString readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// The first mention written exactly as surface, or nullptr.
const EntityMention *find(const QList<EntityMention> &mentions, const QString &surface)
{
    for (const EntityMention &m : mentions) {
        if (m.surface == surface)
            return &m;
    }
    return nullptr;
}

QString describe(const QList<EntityMention> &mentions)
{
    QStringList out;
    for (const EntityMention &m : mentions)
        out << u"%1:%2=%3"_s.arg(typeName(m.type), m.surface, m.key);
    return out.join(u", "_s);
}

} // namespace

class TestEntities : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gazetteerLoadsCleanly();
    void finds_data();
    void finds();
    void ignores_data();
    void ignores();
    void sameEntity_data();
    void sameEntity();
    void differentEntities_data();
    void differentEntities();
    void spansAreOffsetsIntoTheText();
    void samePersonAcrossArticles();
    void contestedNamesKeepTheirUsage();
    void sampleCorpus_data();
    void sampleCorpus();
    void concurrentRecognition();
    void tokenKeysAreNumbered_data();
    void tokenKeysAreNumbered();
};

void TestEntities::gazetteerLoadsCleanly()
{
    const Gazetteer &g = recognizer().gazetteer();
    QVERIFY2(g.warnings().isEmpty(), qPrintable(g.warnings().join(u'\n')));
    QVERIFY(g.entries().size() > 900);
    QVERIFY(g.find(u"country/jp"_s));
    QCOMPARE(g.find(u"country/ru"_s)->canonical, u"Russia"_s);
    QVERIFY(recognizer().names().phraseCount() > 3000);
}

void TestEntities::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("surface");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("key"); // exact, or a prefix ending in ':' for names the gazetteer lacks

    QTest::newRow("title cue: Foreign Minister")
        << u"Talks were led by Foreign Minister Akira Tanabe of Japan."_s << u"Akira Tanabe"_s << u"person"_s << u"person:"_s;
    QTest::newRow("title cue: Vice Foreign Minister")
        << u"Vice Foreign Minister Shinsuke Sugiyama met him."_s << u"Shinsuke Sugiyama"_s << u"person"_s << u"person:shinsuke sugiyama"_s;
    QTest::newRow("title cue: Economic Development Minister")
        << u"He met Economic Development Minister Maxim Oreshkin on Wednesday."_s << u"Maxim Oreshkin"_s << u"person"_s << u"person:"_s;
    QTest::newRow("title cue: counterpart")
        << u"He and his Japanese counterpart Takeo Akiba presented plans."_s << u"Takeo Akiba"_s << u"person"_s << u"person:"_s;
    QTest::newRow("title cue: Secretary-General")
        << u"The party's Secretary-General Hiroshi Moriyama spoke."_s << u"Hiroshi Moriyama"_s << u"person"_s << u"person:"_s;
    QTest::newRow("title inside a name: company CEO")
        << u"The launch by Globex Corporation CEO Hank Scorpio went well."_s << u"Hank Scorpio"_s << u"person"_s << u"person:"_s;
    QTest::newRow("company before a title")
        << u"The launch by Globex Corporation CEO Hank Scorpio went well."_s << u"Globex Corporation"_s << u"organization"_s << u"organization:"_s;
    QTest::newRow("gazetteer person")
        << u"Talks with Sergey Lavrov ended."_s << u"Sergey Lavrov"_s << u"person"_s << u"person/sergey-lavrov"_s;
    QTest::newRow("transliteration variant Sergei")
        << u"Talks with Sergei Lavrov ended."_s << u"Sergei Lavrov"_s << u"person"_s << u"person/sergey-lavrov"_s;
    QTest::newRow("transliteration variant Dmitri")
        << u"Dmitri Medvedev said so."_s << u"Dmitri Medvedev"_s << u"person"_s << u"person/dmitry-medvedev"_s;
    QTest::newRow("transliteration variant Etorofu")
        << u"Fishing boats near Etorofu were seized."_s << u"Etorofu"_s << u"place"_s << u"place/iturup"_s;
    QTest::newRow("transliteration variant Kunashiri")
        << u"A power plant on Kunashiri was opened."_s << u"Kunashiri"_s << u"place"_s << u"place/kunashir"_s;
    QTest::newRow("Japanese name")
        << u"ロシア軍は択捉島で演習を行った。"_s << u"択捉島"_s << u"place"_s << u"place/iturup"_s;
    QTest::newRow("Russian inflected name")
        << u"Встреча Сергея Лаврова и Мотеги прошла в Москве."_s << u"Москве"_s << u"place"_s << u"place/moscow"_s;
    QTest::newRow("Russian inflected surname")
        << u"Заявление Лаврова было опубликовано."_s << u"Лаврова"_s << u"person"_s << u"person/sergey-lavrov"_s;
    QTest::newRow("acronym defined in parentheses")
        << u"The Government Accountability Office (GAO) upheld the protest. The GAO said so."_s << u"GAO"_s
        << u"organization"_s << u"organization:government accountability office"_s;
    QTest::newRow("acronym after its full name")
        << u"The ruling Liberal Democratic Party met. The LDP aims to build trust."_s << u"LDP"_s << u"organization"_s << u"org/ldp"_s;
    QTest::newRow("acronym of an unknown organisation without parentheses")
        << u"The Northern Fisheries Association protested. Later the NFA withdrew."_s << u"NFA"_s
        << u"organization"_s << u"organization:northern fisheries association"_s;
    QTest::newRow("possessive Japan's")
        << u"Japan's foreign minister arrived."_s << u"Japan"_s << u"place"_s << u"country/jp"_s;
    QTest::newRow("possessive with a curly apostrophe")
        << u"Japan’s lead negotiator arrived."_s << u"Japan"_s << u"place"_s << u"country/jp"_s;
    QTest::newRow("organisation head word")
        << u"A report by the Hokuyo Shipping Company was cited."_s << u"Hokuyo Shipping Company"_s << u"organization"_s << u"organization:"_s;
    QTest::newRow("given name starts a person")
        << u"Analysts said Peter Wardle expected more."_s << u"Peter Wardle"_s << u"person"_s << u"person:peter wardle"_s;
    QTest::newRow("country short name")
        << u"Ties between the U.S. and Britain improved."_s << u"Britain"_s << u"place"_s << u"country/gb"_s;
    QTest::newRow("hyphenated pair of countries")
        << u"The Japan-U.S. alliance holds."_s << u"U.S."_s << u"place"_s << u"country/us"_s;
    QTest::newRow("all-capital dateline")
        << u"MOSCOW, December 19. /TASS/. Talks ended."_s << u"MOSCOW"_s << u"place"_s << u"place/moscow"_s;
    QTest::newRow("event with lower-case words")
        << u"It is based on a 1956 joint declaration."_s << u"1956 joint declaration"_s << u"event"_s << u"event/1956-joint-declaration"_s;
    QTest::newRow("event abbreviation")
        << u"After WWII the islands were handed over."_s << u"WWII"_s << u"event"_s << u"event/ww2"_s;
    QTest::newRow("place with its country")
        << u"The plant in Kasugai, Japan was closed."_s << u"Kasugai"_s << u"place"_s << u"place:"_s;
    QTest::newRow("organisation word before a country")
        << u"He flew Air Canada to Tokyo."_s << u"Air Canada"_s << u"organization"_s << u"organization:air canada"_s;
    QTest::newRow("company the gazetteer knows")
        << u"Boeing said it would cut jobs."_s << u"Boeing"_s << u"organization"_s << u"org/boeing"_s;
    QTest::newRow("known company heading a unit's name")
        << u"He runs Boeing Commercial Airplanes now."_s << u"Boeing Commercial Airplanes"_s << u"organization"_s
        << u"organization:boeing commercial airplanes"_s;
    QTest::newRow("known company before a quantity")
        << u"BP holds Rosneft 19.75 percent of the shares."_s << u"Rosneft"_s << u"organization"_s << u"org/rosneft"_s;
    QTest::newRow("ampersand inside a name")
        << u"Shares of Procter & Gamble rose."_s << u"Procter & Gamble"_s << u"organization"_s << u"organization:"_s;
    QTest::newRow("event named after a place")
        << u"Orders came at the Paris Air Show this week."_s << u"Paris Air Show"_s << u"event"_s << u"event:"_s;

    // Japanese text, read without a segmenter: what ends a run of kanji or katakana.
    QTest::newRow("ja: kanji name before 外相")
        << u"村井外相は記者会見で述べた。"_s << u"村井"_s << u"person"_s << u"person:村井"_s;
    QTest::newRow("ja: kanji name before 官房長官")
        << u"政府の村井官房長官は十日、発表した。"_s << u"村井"_s << u"person"_s << u"person:村井"_s;
    QTest::newRow("ja: kanji full name before 外務次官")
        << u"岡野正敬外務次官が来日した。"_s << u"岡野正敬"_s << u"person"_s << u"person:岡野正敬"_s;
    QTest::newRow("ja: kanji name before 元首相")
        << u"岡野元首相が講演した。"_s << u"岡野"_s << u"person"_s << u"person:岡野"_s;
    QTest::newRow("ja: katakana name before 大使")
        << u"ロシアのガルージン大使は反発した。"_s << u"ガルージン"_s << u"person"_s << u"person:ガルージン"_s;
    QTest::newRow("ja: katakana name before 駐日大使")
        << u"ガルージン駐日大使は反発した。"_s << u"ガルージン"_s << u"person"_s << u"person:ガルージン"_s;
    QTest::newRow("ja: katakana name before 氏")
        << u"ルデンコ氏によると、協議は続く。"_s << u"ルデンコ"_s << u"person"_s << u"person:ルデンコ"_s;
    QTest::newRow("ja: katakana full name with a middle dot")
        << u"アンドレイ・ルデンコ外務次官と会談した。"_s << u"アンドレイ・ルデンコ"_s << u"person"_s << u"person:アンドレイ ルデンコ"_s;
    QTest::newRow("ja: place ending in 島")
        << u"志発島の周辺で操業した。"_s << u"志発島"_s << u"place"_s << u"place:志発島"_s;
    QTest::newRow("ja: place ending in 市")
        << u"紋別市の漁船が戻った。"_s << u"紋別市"_s << u"place"_s << u"place:紋別市"_s;
    QTest::newRow("ja: place ending in 県")
        << u"出身は架空県です。"_s << u"架空県"_s << u"place"_s << u"place:架空県"_s;
    QTest::newRow("ja: katakana place before 諸島")
        << u"ハボマイ諸島を訪れた。"_s << u"ハボマイ諸島"_s << u"place"_s << u"place:ハボマイ諸島"_s;
    QTest::newRow("ja: organisation ending in 庁")
        << u"水産庁によると、漁獲量は減った。"_s << u"水産庁"_s << u"organization"_s << u"organization:水産庁"_s;
    QTest::newRow("ja: organisation ending in 党")
        << u"緑風党は反対した。"_s << u"緑風党"_s << u"organization"_s << u"organization:緑風党"_s;
    QTest::newRow("ja: known place before 新聞")
        << u"北海道新聞が報じた。"_s << u"北海道新聞"_s << u"organization"_s << u"organization:北海道新聞"_s;
    QTest::newRow("ja: katakana agency before 通信")
        << u"スプートニク通信が伝えた。"_s << u"スプートニク通信"_s << u"organization"_s << u"org/sputnik"_s;
    QTest::newRow("ja: katakana agency the gazetteer lacks before 通信")
        << u"タイガ通信が伝えた。"_s << u"タイガ通信"_s << u"organization"_s << u"organization:タイガ通信"_s;

    // Russian title cues, the country in the genitive between the title and the name.
    QTest::newRow("ru: заместитель министра иностранных дел")
        << u"Заместитель министра иностранных дел Андрей Руденко заявил об этом."_s << u"Андрей Руденко"_s
        << u"person"_s << u"person:"_s;
    QTest::newRow("ru: министр иностранных дел with the country")
        << u"Об этом сообщил министр иностранных дел Финляндии Пекка Хаависто."_s << u"Пекка Хаависто"_s
        << u"person"_s << u"person:"_s;
    QTest::newRow("ru: губернатор with the region")
        << u"Губернатор Сахалинской области Валерий Лимаренко приветствовал решение."_s << u"Валерий Лимаренко"_s
        << u"person"_s << u"person:"_s;
    QTest::newRow("ru: given name in the genitive without a title")
        << u"Он поддержал позицию Андрея Руденко."_s << u"Андрея Руденко"_s << u"person"_s << u"person:андр руденк"_s;
    QTest::newRow("ru: президент with the country in the genitive")
        << u"Он встретился с президентом Финляндии Саули Ниинистё."_s << u"Саули Ниинистё"_s << u"person"_s << u"person:"_s;
}

void TestEntities::finds()
{
    QFETCH(QString, text);
    QFETCH(QString, surface);
    QFETCH(QString, type);
    QFETCH(QString, key);
    const QList<EntityMention> mentions = recognizer().recognize(text);
    const EntityMention *m = find(mentions, surface);
    QVERIFY2(m, qPrintable(u"'%1' not found in: %2"_s.arg(surface, describe(mentions))));
    QCOMPARE(typeName(m->type), type);
    if (key.endsWith(u':'))
        QVERIFY2(m->key.startsWith(key), qPrintable(m->key));
    else
        QCOMPARE(m->key, key);
}

void TestEntities::ignores_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("word");
    QTest::newRow("sentence-initial capital")
        << u"Separately, another source said Japan agreed."_s << u"Separately"_s;
    QTest::newRow("sentence-initial capital of an ordinary word")
        << u"Members of the mission met. The members left."_s << u"Members"_s;
    QTest::newRow("headline word")
        << u"Dispute over the Kuril Islands\n\nThe dispute goes on."_s << u"Dispute"_s;
    QTest::newRow("demonym is not a place")
        << u"Russian Foreign Minister Sergey Lavrov met Japanese officials."_s << u"Russian"_s;
    QTest::newRow("demonym as a noun")
        << u"The Japanese protested."_s << u"Japanese"_s;
    QTest::newRow("plural demonym")
        << u"Some Russians protested in Moscow."_s << u"Russians"_s;
    QTest::newRow("weekday")
        << u"They met on Thursday in Moscow."_s << u"Thursday"_s;
    QTest::newRow("month")
        << u"Abe plans to visit Russia around April 27."_s << u"April"_s;
    QTest::newRow("title alone")
        << u"The Prime Minister said so."_s << u"Prime Minister"_s;
    QTest::newRow("lower-case region name")
        << u"Troops in the far east were moved."_s << u"far east"_s;
    QTest::newRow("model number is not an organisation")
        << u"Qantas ordered the Airbus A380 jets."_s << u"A380"_s;
    QTest::newRow("unit abbreviation")
        << u"The chip runs at 2 GHz and costs 40 USD."_s << u"USD"_s;
    QTest::newRow("ja: 同島 is not a place")
        << u"同島には住民がいる。"_s << u"同島"_s;
    QTest::newRow("ja: 与党 is not an organisation")
        << u"与党は賛成した。"_s << u"与党"_s;
    QTest::newRow("ja: 次期首相 names nobody")
        << u"次期首相の人選が進む。"_s << u"次期"_s;
    QTest::newRow("ja: a title inside a longer word")
        << u"日露外相会談が開かれた。"_s << u"日露"_s;
    QTest::newRow("known maker before a model number")
        << u"Qantas flies the Boeing 787 to Tokyo."_s << u"Boeing"_s;
    QTest::newRow("place inside an event's name")
        << u"Orders came at the Paris Air Show this week."_s << u"Paris"_s;
    QTest::newRow("ru: an adjective after a title is not a person")
        << u"Губернатор Сахалинской области Валерий Лимаренко приветствовал решение."_s << u"Сахалинской"_s;
    QTest::newRow("ru: the first word of a sentence before a name")
        << u"Позиция Руденко известна. Замминистра Андрей Руденко уехал."_s << u"Позиция Руденко"_s;
    QTest::newRow("ja: a katakana country inside a longer word")
        << u"タイガの森が広がる。"_s << u"タイ"_s;
    QTest::newRow("ja: one kanji for a country before a title")
        << u"露外相が訪日した。"_s << u"露"_s;
}

void TestEntities::ignores()
{
    QFETCH(QString, text);
    QFETCH(QString, word);
    const QList<EntityMention> mentions = recognizer().recognize(text);
    for (const EntityMention &m : mentions)
        QVERIFY2(m.surface != word, qPrintable(describe(mentions)));
}

void TestEntities::sameEntity_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("surname links to the full name")
        << u"Vice Foreign Minister Shinsuke Sugiyama spoke. Later Sugiyama left."_s << u"Shinsuke Sugiyama"_s << u"Sugiyama"_s;
    QTest::newRow("surname at a sentence start")
        << u"They met Igor Morgulov on Monday. Morgulov said little."_s << u"Igor Morgulov"_s << u"Morgulov"_s;
    QTest::newRow("gazetteer surname")
        << u"Sergey Lavrov met Toshimitsu Motegi. Motegi hopes for progress."_s << u"Toshimitsu Motegi"_s << u"Motegi"_s;
    QTest::newRow("surnames joined by a hyphen")
        << u"Sergey Lavrov met Toshimitsu Motegi before the Lavrov-Motegi meeting."_s << u"Sergey Lavrov"_s << u"Lavrov"_s;
    QTest::newRow("contested names of the southern Kurils")
        << u"The Northern Territories, or South Kuril Islands, are disputed."_s << u"Northern Territories"_s << u"South Kuril Islands"_s;
    QTest::newRow("Southern Kurils and Southern Kuril Islands")
        << u"Russia calls them the Southern Kurils. Projects in the Southern Kuril Islands go on."_s << u"Southern Kurils"_s
        << u"Southern Kuril Islands"_s;
    QTest::newRow("Japanese and Russian names of the islands")
        << u"北方領土 and Южные Курилы"_s << u"北方領土"_s << u"Южные Курилы"_s;
    QTest::newRow("acronym and full name")
        << u"The Liberal Democratic Party (LDP) won."_s << u"Liberal Democratic Party"_s << u"LDP"_s;
    QTest::newRow("ja: kanji surname after the full name")
        << u"岡野正敬外務次官が来日した。岡野外務次官は会談に臨んだ。"_s << u"岡野正敬"_s << u"岡野"_s;
    QTest::newRow("ja: katakana surname after the full name")
        << u"アンドレイ・ルデンコ外務次官と会談した。ルデンコ氏は述べた。"_s << u"アンドレイ・ルデンコ"_s << u"ルデンコ"_s;
    QTest::newRow("ru: surname in the genitive after the full name")
        << u"Заместитель министра иностранных дел Андрей Руденко заявил об этом. Позиция Руденко известна, "
           "слова Моргулова тоже. Замминистра Игорь Моргулов уехал. Визит Моргулова завершён."_s
        << u"Игорь Моргулов"_s << u"Моргулова"_s;
    QTest::newRow("ru: one person named in two cases")
        << u"Заместитель министра иностранных дел Андрей Руденко заявил об этом. Слова Андрея Руденко известны."_s
        << u"Андрей Руденко"_s << u"Андрея Руденко"_s;
    QTest::newRow("organisation first word")
        << u"Northrop Grumman won the contract. Northrop will build the planes."_s << u"Northrop Grumman"_s << u"Northrop"_s;
}

// The mentions written as the rows' "first" and "second" in the row's text.
static std::pair<EntityMention, EntityMention> rowPair()
{
    QFETCH(QString, text);
    QFETCH(QString, first);
    QFETCH(QString, second);
    const QList<EntityMention> mentions = recognizer().recognize(text);
    const EntityMention *a = find(mentions, first);
    const EntityMention *b = find(mentions, second);
    if (!a || !b) {
        QTest::qFail(qPrintable(describe(mentions)), __FILE__, __LINE__);
        return {};
    }
    return {*a, *b};
}

void TestEntities::sameEntity()
{
    const auto [a, b] = rowPair();
    QVERIFY(!a.key.isEmpty());
    QCOMPARE(a.key, b.key);
    QCOMPARE(a.type, b.type);
}

void TestEntities::differentEntities_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("two people sharing a surname")
        << u"Analyst Mark Tanaka and Foreign Minister Keiko Tanaka disagreed. Mark Tanaka later left."_s
        << u"Mark Tanaka"_s << u"Keiko Tanaka"_s;
    QTest::newRow("the Kuril chain is not the southern islands")
        << u"The Kuril Islands issue concerns the Southern Kurils."_s << u"Kuril Islands"_s << u"Southern Kurils"_s;
}

void TestEntities::differentEntities()
{
    const auto [a, b] = rowPair();
    QVERIFY(!a.key.isEmpty() && !b.key.isEmpty());
    QVERIFY(a.key != b.key);
}

void TestEntities::spansAreOffsetsIntoTheText()
{
    const QString text = u"Motegi is visiting Russia for the first time since becoming Japan’s lead negotiator."_s;
    const QList<EntityMention> mentions = recognizer().recognize(text);
    QCOMPARE(mentions.size(), 3);
    for (const EntityMention &m : mentions)
        QCOMPARE(text.mid(m.span.start, m.span.length()), m.surface);
    QCOMPARE(mentions.at(2).span, (Span{60, 65}));
    QCOMPARE(mentions.at(0).canonical, u"Toshimitsu Motegi"_s);
}

void TestEntities::samePersonAcrossArticles()
{
    const auto a = recognizer().recognize(u"Deputy Minister Sergei Ryzhkov arrived. Ryzhkov spoke."_s);
    const auto b = recognizer().recognize(u"A talk by Deputy Minister Sergey Ryzhkov was cancelled."_s);
    const EntityMention *x = find(a, u"Ryzhkov"_s);
    const EntityMention *y = find(b, u"Sergey Ryzhkov"_s);
    QVERIFY2(x && y, qPrintable(describe(a) + u" / "_s + describe(b)));
    QCOMPARE(x->key, y->key);
    QCOMPARE(x->type, EntityType::Person);
}

void TestEntities::contestedNamesKeepTheirUsage()
{
    const auto mentions = recognizer().recognize(
        u"The islands, known as the Northern Territories in Japan and the Southern Kurils in Russia."_s);
    const EntityMention *jp = find(mentions, u"Northern Territories"_s);
    const EntityMention *ru = find(mentions, u"Southern Kurils"_s);
    QVERIFY(jp && ru);
    QCOMPARE(jp->usage, u"JP"_s);
    QCOMPARE(ru->usage, u"RU"_s);
    QCOMPARE(jp->canonical, ru->canonical);
}

void TestEntities::sampleCorpus_data()
{
    QTest::addColumn<QString>("article");
    const QDir seeds(QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds"));
    for (const QString &name : seeds.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << name.chopped(4);
}

void TestEntities::sampleCorpus()
{
    QFETCH(QString, article);
    const QString text = readFile(QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds/") + article + u".txt"_s);
    const QString expectedText = readFile(QStringLiteral(PARALLAX_SOURCE_DIR "/tests/data/entities/") + article + u".tsv"_s);
    QVERIFY(!text.isEmpty() && !expectedText.isEmpty());
    QSet<QString> expected;
    for (const QString &line : expectedText.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.startsWith(u'#'))
            expected.insert(line);
    }
    QSet<QString> found;
    for (const EntityMention &m : recognizer().recognize(text)) {
        if (m.type == EntityType::Person || m.type == EntityType::Place || m.type == EntityType::Organization)
            found.insert(typeName(m.type) + u'\t' + m.surface);
    }
    const QSet<QString> missing = expected - found;
    const QSet<QString> extra = found - expected;
    QVERIFY2(missing.isEmpty(), qPrintable(u"missing: "_s + QStringList(missing.begin(), missing.end()).join(u", "_s)));
    QVERIFY2(extra.isEmpty(), qPrintable(u"not a name: "_s + QStringList(extra.begin(), extra.end()).join(u", "_s)));
}

void TestEntities::concurrentRecognition()
{
    const QDir seeds(QStringLiteral(PARALLAX_SOURCE_DIR "/resources/seeds"));
    QStringList texts;
    for (const QString &name : seeds.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        texts << readFile(seeds.filePath(name));
    QList<QList<EntityMention>> serial;
    for (const QString &t : std::as_const(texts))
        serial << recognizer().recognize(t);
    QList<QList<QList<EntityMention>>> parallel(4);
    std::vector<std::thread> threads;
    for (int k = 0; k < 4; ++k) {
        threads.emplace_back([&, k] {
            for (int round = 0; round < 5; ++round) {
                QList<QList<EntityMention>> out;
                for (const QString &t : std::as_const(texts))
                    out << recognizer().recognize(t);
                parallel[k] = out;
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    for (const auto &p : std::as_const(parallel))
        QCOMPARE(p, serial);
}

void TestEntities::tokenKeysAreNumbered_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("distinctNumbered");
    // abe met putin and in moscow not 's (one-character tokens are not numbered)
    QTest::newRow("english") << u"Abe met Putin. ABE and abe met PUTIN in Moscow, not Abe's moscow."_s << 8;
    // лавров лаврова елка (ё folds to е)
    QTest::newRow("russian") << u"Лавров и ЛАВРОВ: лавров, Лаврова. Ёлка и елка."_s << 3;
    // one token per character: 茂 木 外 相 と 氏
    QTest::newRow("japanese") << u"茂木外相と茂木氏"_s << 6;
    // and zurich; "zürich" is folded outside the table, so not numbered
    QTest::newRow("mixed scripts") << u"Zürich and Zurich, zurich; a A"_s << 2;
}

// PhraseMatcher::prepare() looks the vocabulary up once per numbered key: equal keys must have
// equal numbers and different keys different ones.
void TestEntities::tokenKeysAreNumbered()
{
    QFETCH(QString, text);
    QFETCH(int, distinctNumbered);
    const QList<tokens::Token> tokens = tokens::tokenize(text);
    QHash<int, QString> keyOfNumber;
    QHash<QString, int> numberOfKey;
    for (const tokens::Token &t : tokens) {
        if (t.keyId < 0)
            continue;
        QCOMPARE(keyOfNumber.value(t.keyId, t.key), t.key);
        QCOMPARE(numberOfKey.value(t.key, t.keyId), t.keyId);
        keyOfNumber.insert(t.keyId, t.key);
        numberOfKey.insert(t.key, t.keyId);
    }
    QCOMPARE(int(keyOfNumber.size()), distinctNumbered);
}

QTEST_GUILESS_MAIN(TestEntities)
#include "tst_entities.moc"
