// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusgen.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace parallax::bench {

namespace {

// A small, fast, deterministic generator (xorshift64*).
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed ? seed : 1) {}
    quint64 next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 0x2545F4914F6CDD1DULL;
    }
    int below(int n) { return int(next() % quint64(n)); }
    double unit() { return double(next() >> 11) / double(1ULL << 53); }

private:
    quint64 m_state;
};

// Picks index i with probability proportional to 1 / (ranks[i] + 1)^s: names drawn from a part
// of a ranked list keep the frequencies their ranks give them in the whole.
class Zipf
{
public:
    Zipf() = default;
    Zipf(const QList<int> &ranks, double s)
    {
        double total = 0;
        for (int rank : ranks)
            m_cumulative.append(total += 1.0 / std::pow(rank + 1, s));
        for (double &c : m_cumulative)
            c /= total;
    }
    int pick(Random &r) const
    {
        const double u = r.unit();
        return int(std::lower_bound(m_cumulative.cbegin(), m_cumulative.cend(), u) - m_cumulative.cbegin());
    }

private:
    QList<double> m_cumulative;
};

struct Outlet
{
    QString name;
    QString country;
    QString language;
};

const QList<Outlet> outlets = {
    {u"Kyodo"_s, u"JP"_s, u"en"_s},        {u"Japan Times"_s, u"JP"_s, u"en"_s},
    {u"NHK"_s, u"JP"_s, u"ja"_s},          {u"Asahi Shimbun"_s, u"JP"_s, u"ja"_s},
    {u"TASS"_s, u"RU"_s, u"en"_s},         {u"Sputnik"_s, u"RU"_s, u"en"_s},
    {u"RIA Novosti"_s, u"RU"_s, u"ru"_s},  {u"Kommersant"_s, u"RU"_s, u"ru"_s},
    {u"Reuters"_s, u"GB"_s, u"en"_s},      {u"BBC"_s, u"GB"_s, u"en"_s},
    {u"AP"_s, u"US"_s, u"en"_s},           {u"New York Times"_s, u"US"_s, u"en"_s},
    {u"Yonhap"_s, u"KR"_s, u"en"_s},       {u"Xinhua"_s, u"CN"_s, u"en"_s},
};

// A language's entity names, most frequent first (the Zipf rank over all of them), each with its
// kind: P a person, L a place, O an organisation. The sentences have a slot of each kind, %P, %L
// and %O, and %W for a weekday; a slot draws among the names of its kind by their ranks.
struct Language
{
    QList<std::pair<QString, QChar>> names;
    QStringList templates;
    QStringList weekdays;
};

const Language english = [] {
    Language l;
    l.names = {{u"Shinzo Abe"_s, u'P'}, {u"Vladimir Putin"_s, u'P'}, {u"Sergei Lavrov"_s, u'P'},
               {u"Kuril Islands"_s, u'L'}, {u"Tokyo"_s, u'L'}, {u"Moscow"_s, u'L'}, {u"Hokkaido"_s, u'L'},
               {u"Iturup"_s, u'L'}, {u"Kunashir"_s, u'L'}, {u"Shikotan"_s, u'L'}, {u"Habomai"_s, u'L'},
               {u"Sakhalin"_s, u'L'}, {u"Fumio Kishida"_s, u'P'}, {u"Yoshihide Suga"_s, u'P'},
               {u"Toshimitsu Motegi"_s, u'P'}, {u"Dmitry Medvedev"_s, u'P'}, {u"United Nations"_s, u'O'},
               {u"Foreign Ministry"_s, u'O'}, {u"Defence Ministry"_s, u'O'}, {u"Nemuro"_s, u'L'},
               {u"Vladivostok"_s, u'L'}, {u"Yuzhno-Sakhalinsk"_s, u'L'}, {u"Taro Kono"_s, u'P'},
               {u"Maria Zakharova"_s, u'P'}, {u"Sea of Okhotsk"_s, u'L'}};
    for (int i = 0; i < 275; ++i) // a long tail of rarer names
        l.names.append({u"Delegate %1 Tanaka-Ivanov"_s.arg(QChar(u'A' + i % 26)) + QString::number(i), u'P'});
    l.templates = {
        u"%P said on %W that talks with %P on a peace treaty would continue despite the dispute over %L."_s,
        u"Officials in %L described the military drills near %L as unacceptable and lodged a protest with the %O."_s,
        u"The joint economic activities on %L could include aquaculture, tourism and wind power, according to %P."_s,
        u"Former residents of %L visited family graves on %L under an agreement reached by %P."_s,
        u"%P told reporters that the sovereignty of %L was not open to discussion, a position the %O rejected."_s,
        u"Analysts said the meeting between %P and %P was unlikely to break the deadlock over %L."_s,
        u"A new airport and a fish processing plant opened on %L, funded by a development programme run from %L."_s,
        u"%P and %P agreed to hold the next round of consultations in %L before the end of the year."_s,
    };
    l.weekdays = {u"Monday"_s, u"Tuesday"_s, u"Wednesday"_s, u"Thursday"_s, u"Friday"_s};
    return l;
}();

const Language japanese = {
    {{u"安倍晋三"_s, u'P'}, {u"プーチン大統領"_s, u'P'}, {u"北方領土"_s, u'L'}, {u"択捉島"_s, u'L'},
     {u"国後島"_s, u'L'}, {u"色丹島"_s, u'L'}, {u"歯舞群島"_s, u'L'}, {u"根室市"_s, u'L'}, {u"外務省"_s, u'O'},
     {u"ラブロフ外相"_s, u'P'}, {u"岸田文雄"_s, u'P'}, {u"菅義偉"_s, u'P'}, {u"茂木敏充"_s, u'P'},
     {u"北海道"_s, u'L'}, {u"サハリン"_s, u'L'}, {u"河野太郎"_s, u'P'}, {u"林芳正"_s, u'P'},
     {u"上川陽子"_s, u'P'}, {u"防衛省"_s, u'O'}, {u"内閣府"_s, u'O'}, {u"ザハロワ報道官"_s, u'P'},
     {u"メドベージェフ前大統領"_s, u'P'}, {u"ガルージン大使"_s, u'P'}, {u"知床"_s, u'L'}, {u"稚内市"_s, u'L'},
     {u"ユジノサハリンスク"_s, u'L'}, {u"ウラジオストク"_s, u'L'}, {u"モスクワ"_s, u'L'}, {u"東京"_s, u'L'},
     {u"ロシア外務省"_s, u'O'}, {u"国連"_s, u'O'}, {u"鈴木宗男"_s, u'P'}, {u"オホーツク海"_s, u'L'}},
    {
        u"%Pは%Wの記者会見で、%Pとの平和条約交渉を続ける考えを示した。"_s,
        u"%L周辺でのロシア軍の演習について、%Oは%Pに抗議した。"_s,
        u"%Lでの共同経済活動をめぐり、%Oと%Pの実務者協議が開かれた。"_s,
        u"元島民らが%Lを訪れ、墓参を行った。%Pは人道的な措置として評価した。"_s,
        u"%Pは%Lの帰属問題について、交渉による解決を目指すと強調した。"_s,
        u"%Oによると、%Pは%Wに%Lを訪問し、地元の関係者と意見を交わした。"_s,
        u"%Lと%Lを結ぶ定期便の再開について、%Pは慎重な姿勢を崩さなかった。"_s,
        u"%Pと%Pの会談では、%L周辺の漁業をめぐる問題も取り上げられた。"_s,
    },
    {u"月曜日"_s, u"火曜日"_s, u"水曜日"_s, u"木曜日"_s, u"金曜日"_s},
};

const Language russian = {
    {{u"Владимир Путин"_s, u'P'}, {u"Сергей Лавров"_s, u'P'}, {u"Курильские острова"_s, u'L'},
     {u"Итуруп"_s, u'L'}, {u"Кунашир"_s, u'L'}, {u"Шикотан"_s, u'L'}, {u"Токио"_s, u'L'}, {u"Москва"_s, u'L'},
     {u"Синдзо Абэ"_s, u'P'}, {u"МИД России"_s, u'O'}, {u"Сахалин"_s, u'L'}, {u"Мария Захарова"_s, u'P'},
     {u"Дмитрий Медведев"_s, u'P'}, {u"Фумио Кисида"_s, u'P'}, {u"Есихидэ Суга"_s, u'P'},
     {u"Михаил Галузин"_s, u'P'}, {u"Валерий Лимаренко"_s, u'P'}, {u"Хоккайдо"_s, u'L'},
     {u"Южно-Сахалинск"_s, u'L'}, {u"Владивосток"_s, u'L'}, {u"Охотское море"_s, u'L'}, {u"Хабомаи"_s, u'L'},
     {u"ООН"_s, u'O'}, {u"Минобороны России"_s, u'O'}, {u"Кремль"_s, u'O'}, {u"Таро Коно"_s, u'P'}},
    {
        u"%P заявил в %W, что переговоры с %P о мирном договоре будут продолжены."_s,
        u"%P выразил протест в связи с учениями вблизи острова %L, сообщает %O."_s,
        u"Совместная хозяйственная деятельность на %L обсуждалась на встрече с %P."_s,
        u"%P подчеркнул, что суверенитет над %L не подлежит обсуждению."_s,
        u"Новый аэропорт на острове %L принял первый рейс из %L."_s,
        u"По данным %O, %P посетил %L в %W и встретился с местными жителями."_s,
        u"%P и %P обсудили вопросы рыболовства в районе %L."_s,
        u"Эксперты считают, что позиция %O по %L останется неизменной."_s,
    },
    {u"понедельник"_s, u"вторник"_s, u"среду"_s, u"четверг"_s, u"пятницу"_s},
};

// A language's names by kind, each kind drawn by the names' ranks over the whole list.
class Names
{
public:
    explicit Names(const Language &language)
        : m_language(language)
    {
        for (const QChar kind : {u'P', u'L', u'O'}) {
            Kind &k = m_kinds[kind];
            QList<int> ranks;
            for (int rank = 0; rank < language.names.size(); ++rank) {
                if (language.names.at(rank).second == kind) {
                    k.names.append(language.names.at(rank).first);
                    ranks.append(rank);
                }
            }
            k.zipf = Zipf(ranks, 1.1);
        }
    }

    QString sentence(Random &r) const
    {
        const QStringList &templates = m_language.templates;
        QString s = templates.at(r.below(int(templates.size())));
        // Each slot draws its own name, in order, so that "%P and %P" names two people.
        for (qsizetype at = s.indexOf(u'%'); at >= 0 && at + 1 < s.size(); at = s.indexOf(u'%', at)) {
            const QChar slot = s.at(at + 1);
            QString name;
            if (const auto kind = m_kinds.constFind(slot); kind != m_kinds.cend())
                name = kind->names.at(std::min<int>(kind->zipf.pick(r), int(kind->names.size()) - 1));
            else
                name = m_language.weekdays.at(r.below(int(m_language.weekdays.size())));
            s.replace(at, 2, name);
            at += name.size();
        }
        return s;
    }

private:
    struct Kind
    {
        QStringList names;
        Zipf zipf;
    };
    const Language &m_language;
    QHash<QChar, Kind> m_kinds;
};

} // namespace

GeneratedCorpus generateCorpus(const QString &folder, int articles, quint64 seed)
{
    GeneratedCorpus out;
    QDir().mkpath(folder);
    Random r(seed);
    const Names englishNames(english), japaneseNames(japanese), russianNames(russian);
    const QDate first(2010, 1, 1);
    const int days = int(first.daysTo(QDate(2024, 12, 31)));

    QFile file;
    for (int i = 0; i < articles; ++i) {
        if (i % 1000 == 0) {
            file.close();
            file.setFileName(QDir(folder).filePath(u"corpus-%1.jsonl"_s.arg(i / 1000, 4, 10, QChar(u'0'))));
            if (!file.open(QIODevice::WriteOnly))
                return out;
            out.files << file.fileName();
        }
        const double kind = r.unit();
        const bool ja = kind < 0.15, ru = !ja && kind < 0.30;
        const Names &names = ja ? japaneseNames : ru ? russianNames : englishNames;
        // Bodies of 1.5–5 KB in UTF-8 (Japanese characters take three bytes).
        const int targetBytes = 1500 + r.below(3500);
        QString body;
        int paragraphLength = 0;
        while (body.toUtf8().size() < targetBytes) {
            body += names.sentence(r);
            if (++paragraphLength >= 3 + r.below(3)) {
                body += u"\n\n"_s;
                paragraphLength = 0;
            } else if (!ja) {
                body += u' ';
            }
        }
        QList<Outlet> fitting;
        for (const Outlet &o : outlets) {
            if (o.language == (ja ? u"ja"_s : ru ? u"ru"_s : u"en"_s))
                fitting << o;
        }
        const Outlet &outlet = fitting.at(r.below(int(fitting.size())));
        const QString title = names.sentence(r).left(ja ? 40 : 90);
        const QJsonObject record{{u"title"_s, title},
                                 {u"text"_s, body.trimmed()},
                                 {u"date"_s, first.addDays(r.below(days + 1)).toString(Qt::ISODate)},
                                 {u"outlet"_s, outlet.name},
                                 {u"country"_s, outlet.country},
                                 {u"language"_s, outlet.language},
                                 {u"url"_s, u"https://example.invalid/%1"_s.arg(i)}};
        const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
        file.write(line);
        out.bytes += line.size();
        ++out.articles;
        out.japanese += ja;
        out.russian += ru;
    }
    file.close();
    return out;
}

} // namespace parallax::bench
