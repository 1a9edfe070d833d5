// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
// parallax-bench: generates a corpus, imports it with everything on, inserts the same texts into a
// bare FTS5 table as the floor, and measures search, timeline and opening. Prints a Markdown table.
#include "corpusgen.h"
#include "mixedcorpus.h"
#include "windowstartup.h"

#include "import/importer.h"
#include "itemmodels/entitytreemodel.h"
#include "query/comparison.h"
#include "query/timeline.h"
#include "store/entitystore.h"
#include "store/removalstore.h"
#include "store/store.h"
#include "store/timelinestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

struct Percentiles
{
    double p50 = 0;
    double p95 = 0;
};

Percentiles percentiles(QList<double> ms)
{
    if (ms.isEmpty())
        return {};
    std::sort(ms.begin(), ms.end());
    auto at = [&ms](double q) { return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(q * double(ms.size())))); };
    return {at(0.50), at(0.95)};
}

// The mentioned lane of the timeline as the window asks for it: dates counted per month for the
// whole corpus, one country, a search, the articles of the entity named in most of them and a
// range of publication dates; for the filtered views also as before the packed days (SQL over
// every time expression); then the whole load of a view, and what the window reads on its own
// thread (the article count, the extent of the data).
struct MentionDensity
{
    qint64 dates = 0;
    qint64 dated = 0;
    QList<std::pair<QString, Percentiles>> cases;
};

template<typename F>
Percentiles timed(int rounds, F &&work)
{
    QList<double> ms;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    return percentiles(ms);
}

// The key of the entity named in most articles (empty when there is none).
QString busiestEntityKey(const store::Store &s)
{
    QSqlQuery q(s.database());
    if (!q.exec(u"SELECT e.key FROM entity_counts c JOIN entities e ON e.id = c.entity_id "
                "ORDER BY c.articles DESC LIMIT 1"_s) || !q.next())
        return {};
    return q.value(0).toString();
}

MentionDensity timeMentionDensity(const store::Store &s)
{
    MentionDensity result;
    QSqlQuery q(s.database());
    if (q.exec(u"SELECT count(*), count(first_day) FROM time_expressions"_s) && q.next()) {
        result.dates = q.value(0).toLongLong();
        result.dated = q.value(1).toLongLong();
    }
    store::TimelineStore timeline(s.database());
    const auto [first, last] = query::timelineExtent(s, {});
    store::ArticleFilter japan;
    japan.country = u"JP"_s;
    store::ArticleFilter search;
    search.search = u"islands"_s;
    const std::optional<store::EntityRow> busiest = store::EntityStore(s.database()).entityByKey(busiestEntityKey(s));
    const QString entityName = busiest ? busiest->name : QString();
    const QList<qint64> entityIds = busiest ? busiest->articles : QList<qint64>{};
    store::ArticleFilter entity;
    entity.ids = entityIds;
    // the middle fifth of the publication dates
    const auto [published, lastPublished] = timeline.publishedExtent({});
    store::ArticleFilter range;
    range.from = published.addDays(published.daysTo(lastPublished) * 2 / 5);
    range.to = published.addDays(published.daysTo(lastPublished) * 3 / 5);
    const QString entityCase = u"entity \"%1\" (%2 articles)"_s.arg(entityName).arg(entityIds.size());
    const QString rangeCase = u"published %1..%2"_s.arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate));
    const QList<std::pair<QString, store::ArticleFilter>> filtered = {
        {u"search \"islands\""_s, search}, {entityCase, entity}, {rangeCase, range}};
    QList<std::pair<QString, store::ArticleFilter>> all = {{u"whole corpus"_s, {}}, {u"one country (JP)"_s, japan}};
    all << filtered;
    for (const auto &[name, filter] : all) {
        int rows = 0;
        const Percentiles p = timed(20, [&, &filter = filter] {
            const auto counts = timeline.mentionedCounts(filter, first, last, store::TimeBucket::Month);
            rows = counts ? int(counts->size()) : -1;
        });
        result.cases.append({u"per month, %1 (%2 buckets)"_s.arg(name).arg(rows), p});
    }
    // As before the packed days: SQL over every time expression (slow: a few rounds).
    store::TimelineStore sql(s.database());
    sql.setReadPackedDays(false);
    for (const auto &[name, filter] : filtered) {
        const Percentiles p = timed(3, [&, &filter = filter] {
            sql.mentionedCounts(filter, first, last, store::TimeBucket::Month);
        });
        result.cases.append({u"per month, %1, SQL over time_expressions (before)"_s.arg(name), p});
    }
    // The whole load of a view (both lanes, the extent, the total, the densities), as the
    // window's model reads it.
    for (const auto &[name, filter] : {std::pair{u"\"all\" view"_s, store::ArticleFilter{}},
                                       std::pair{u"search \"islands\""_s, search}, std::pair{entityCase, entity}}) {
        query::TimelineRequest request;
        request.filter = filter;
        result.cases.append({u"whole load, %1"_s.arg(name), timed(10, [&] { query::loadTimeline(s, request); })});
        // zoomed in on the last month of publication
        request.from = lastPublished.addDays(-30);
        request.to = lastPublished;
        int drawn = 0;
        const Percentiles zoomed = timed(10, [&] { drawn = query::loadTimeline(s, request).mentionTotal; });
        result.cases.append({u"whole load, %1, last month published (%2 dates in view)"_s.arg(name).arg(drawn), zoomed});
        // a month twenty years before the first publication: few dates, drawn one by one
        request.from = published.addYears(-20);
        request.to = request.from.addDays(30);
        const Percentiles past = timed(10, [&] { drawn = query::loadTimeline(s, request).mentionTotal; });
        result.cases.append({u"whole load, %1, a month 20 years before the first publication (%2 dates in view)"_s
                                 .arg(name).arg(drawn), past});
    }
    // The summary held nothing (in a transaction rolled back): the whole corpus from the packed days.
    q.exec(u"BEGIN"_s);
    q.exec(u"UPDATE mention_days_state SET upto = 0"_s);
    result.cases.append({u"per month, whole corpus, packed days, no summary"_s, timed(10, [&] {
        timeline.mentionedCounts({}, first, last, store::TimeBucket::Month);
    })});
    q.exec(u"ROLLBACK"_s);
    // What the window reads on its own thread.
    result.cases.append({u"window thread: article count"_s, timed(10, [&] { s.articleCount(); })});
    result.cases.append({u"window thread: extent of the data, all"_s, timed(10, [&] { query::timelineExtent(s, {}); })});
    result.cases.append({u"window thread: extent of the data, %1"_s.arg(entityCase),
                         timed(10, [&] { query::timelineExtent(s, entity); })});
    result.cases.append({u"window thread: extent of the data, search \"islands\""_s,
                         timed(10, [&] { query::timelineExtent(s, search); })});
    return result;
}

void printMentionDensity(QTextStream &out, const MentionDensity &mentioned, int articles)
{
    out << "| Time expressions stored | " << mentioned.dates << " ("
        << QString::number(double(mentioned.dates) / std::max(1, articles), 'f', 1) << " per article, "
        << mentioned.dated << " with days) | |\n";
    for (const auto &[name, p] : mentioned.cases) {
        const bool window = name.startsWith(u"window thread"_s);
        out << "| " << (window ? "Timeline, " : "Timeline mentioned dates, ") << name << " | p50 "
            << QString::number(p.p50, 'f', 1) << " ms, p95 " << QString::number(p.p95, 'f', 1) << " ms | "
            << (window ? "≤ 30 ms" : "≤ 100 ms") << " |\n";
    }
}

// The floor: the same texts, read and parsed the same way, into a bare FTS5 table.
double floorSeconds(const QStringList &files, const QString &path)
{
    QElapsedTimer t;
    t.start();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"floor"_s);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.exec(u"PRAGMA journal_mode=WAL"_s);
        q.exec(u"PRAGMA synchronous=NORMAL"_s);
        q.exec(u"CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')"_s);
        q.prepare(u"INSERT INTO t(title, body) VALUES (?, ?)"_s);
        for (const QString &f : files) {
            QFile in(f);
            in.open(QIODevice::ReadOnly);
            db.transaction();
            while (!in.atEnd()) {
                const QJsonObject o = QJsonDocument::fromJson(in.readLine()).object();
                q.addBindValue(o.value(u"title"_s).toString());
                q.addBindValue(o.value(u"text"_s).toString());
                q.exec();
            }
            db.commit();
        }
    }
    QSqlDatabase::removeDatabase(u"floor"_s);
    return double(t.nsecsElapsed()) / 1e9;
}

QList<double> timeQueries(store::Store &s, const QStringList &queries, int rounds, int *hits)
{
    QList<double> ms;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &query : queries) {
            QElapsedTimer t;
            t.start();
            const auto result = s.search(query, 50);
            ms << double(t.nsecsElapsed()) / 1e6;
            if (round == 0 && result)
                *hits += int(result->size());
        }
    }
    return ms;
}

// The five kinds of the target and three more, each a few queries over the generated vocabulary:
// their latencies by kind, and all of the first five together.
struct SearchTimes
{
    QList<std::pair<QString, Percentiles>> byKind;
    QList<double> fiveKinds;
    QList<double> library; ///< the library's search: its count and first page by relevance
    /** The same page in the other orders (a click on a column's header): name, times. */
    QList<std::pair<QString, QList<double>>> libraryOrders = {
        {u"date"_s, {}}, {u"title"_s, {}}, {u"outlet"_s, {}}, {u"country"_s, {}}};
    QList<double> forms; ///< looking up the other forms of one word in the word index
    int widened = 0;     ///< of the words looked up, those that have other forms
    int looked = 0;
};

struct SearchKind
{
    QString name;
    QStringList queries;
};

// The five kinds of the target (common, rare, phrase, prefix, AND), then three more.
const QList<SearchKind> &searchKinds()
{
    static const QList<SearchKind> kinds = {
        {u"common term"_s, {u"talks"_s, u"islands"_s, u"protest"_s, u"ministry"_s, u"peace"_s}},
        {u"rare term"_s, {u"ivanov250"_s, u"ivanov173"_s, u"ivanov99"_s, u"ivanov222"_s, u"ivanov301"_s}},
        {u"phrase"_s, {u"\"peace treaty\""_s, u"\"military drills\""_s, u"\"family graves\""_s,
                       u"\"wind power\""_s, u"\"next round\""_s}},
        {u"prefix"_s, {u"aqua*"_s, u"sovereign*"_s, u"consult*"_s, u"deleg*"_s, u"proc*"_s}},
        {u"AND"_s, {u"airport AND Iturup"_s, u"graves AND Shikotan"_s, u"Putin AND Abe"_s,
                    u"drills AND protest"_s, u"tourism AND Kunashir"_s}},
        {u"Japanese (trigram)"_s, {u"北方領土"_s, u"択捉島"_s, u"共同経済活動"_s, u"平和条約"_s, u"外務省"_s}},
        {u"Japanese 2 chars (scan)"_s, {u"墓参"_s, u"演習"_s}},
        {u"Russian"_s, {u"Лавров"_s, u"курильские"_s, u"суверенитет"_s}},
    };
    return kinds;
}

SearchTimes timeSearches(store::Store &s, int rounds)
{
    const QList<SearchKind> &kinds = searchKinds();
    SearchTimes out;
    for (const SearchKind &k : kinds) {
        int hits = 0;
        const QList<double> ms = timeQueries(s, k.queries, rounds, &hits);
        out.byKind.append({u"%1 (%2 hits)"_s.arg(k.name).arg(hits), percentiles(ms)});
        if (out.byKind.size() <= 5)
            out.fiveKinds += ms;
    }
    // A search's words widened to their forms: the word index's vocabulary read for each.
    const QStringList words = {u"islands"_s, u"talks"_s, u"protest"_s, u"negotiation"_s, u"delegation"_s,
                               u"острова"_s, u"Лавров"_s, u"курильские"_s, u"переговоры"_s, u"России"_s};
    for (int round = 0; round < rounds; ++round) {
        for (const QString &word : words) {
            QElapsedTimer t;
            t.start();
            const QList<store::WordForms> forms = s.wordForms(word);
            out.forms << double(t.nsecsElapsed()) / 1e6;
            if (round == 0) {
                ++out.looked;
                out.widened += forms.isEmpty() ? 0 : 1;
            }
        }
    }
    // What the library does when a search is typed: count the matches, then read the first page
    // of 256 in order of relevance with their context.
    for (int round = 0; round < rounds; ++round) {
        for (int k = 0; k < 5; ++k) {
            for (const QString &query : kinds.at(k).queries) {
                store::ArticleFilter filter;
                filter.search = query;
                QElapsedTimer t;
                t.start();
                const auto count = s.articleCount(filter);
                const auto page = s.articles(filter, store::SortKey::Relevance, Qt::DescendingOrder, 0, 256);
                out.library << double(t.nsecsElapsed()) / 1e6;
                if (!count || !page || page->size() != std::min(*count, 256))
                    qWarning("the library's search for %s did not give its first page", qPrintable(query));
                const store::SortKey keys[] = {store::SortKey::Published, store::SortKey::Title, store::SortKey::Outlet,
                                               store::SortKey::Country};
                for (int o = 0; o < 4; ++o) {
                    t.start();
                    const auto ordered = s.articles(filter, keys[o], Qt::DescendingOrder, 0, 256);
                    out.libraryOrders[o].second << double(t.nsecsElapsed()) / 1e6;
                    if (!ordered || ordered->size() != std::min(*count, 256))
                        qWarning("the library's search for %s did not give its first page by %s", qPrintable(query),
                                 qPrintable(out.libraryOrders[o].first));
                }
            }
        }
    }
    return out;
}

void printSearches(QTextStream &out, const SearchTimes &times)
{
    for (const auto &[name, p] : times.byKind)
        out << "| Search top 50 + snippets, " << name << " | p50 " << QString::number(p.p50, 'f', 1) << " ms, p95 "
            << QString::number(p.p95, 'f', 1) << " ms | p95 < 50 ms |\n";
    const Percentiles forms = percentiles(times.forms);
    out << "| Search: the other forms of a word, looked up in the word index (" << times.widened << " of "
        << times.looked << " words have some) | p50 " << QString::number(forms.p50, 'f', 2) << " ms, p95 "
        << QString::number(forms.p95, 'f', 2) << " ms | |\n";
    const Percentiles all = percentiles(times.fiveKinds);
    out << "| Search, five kinds together | p50 " << QString::number(all.p50, 'f', 1) << " ms, p95 "
        << QString::number(all.p95, 'f', 1) << " ms | p95 < 50 ms |\n";
    const Percentiles library = percentiles(times.library);
    out << "| Library search, five kinds: count + first 256 by relevance with context | p50 "
        << QString::number(library.p50, 'f', 1) << " ms, p95 " << QString::number(library.p95, 'f', 1)
        << " ms | ≤ 100 ms (window thread) |\n";
    for (const auto &[name, ms] : times.libraryOrders) {
        const Percentiles p = percentiles(ms);
        out << "| Library search, five kinds: first 256 by " << name << " | p50 " << QString::number(p.p50, 'f', 1)
            << " ms, p95 " << QString::number(p.p95, 'f', 1) << " ms | ≤ 100 ms (window thread) |\n";
    }
}

// CPU seconds of the whole process (all threads) so far: the machine may be shared, and wall
// time then says more about the neighbours than about Parallax.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long peakMemoryKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// The reported lane's series as the timeline asks for it: articles per month and country.
QList<double> timeTimeline(store::Store &s)
{
    QList<double> timeline;
    const store::TimelineStore store(s.database());
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer tt;
        tt.start();
        store.reported({}, store::TimeBucket::Month);
        timeline << double(tt.nsecsElapsed()) / 1e6;
    }
    return timeline;
}

// The entity sidebar as the window builds it: the tree with the first page of every type, then
// sorted by name, then filtered; milliseconds each.
struct SidebarTimes
{
    double tree = 0;
    double byName = 0;
    double filtered = 0;
    int entities = 0;
    // Selecting the entity named in most articles: the entity with its articles (as the sidebar,
    // library and timeline ask for it), then the details pane's lists, each timed once.
    QString busiest;
    int busiestArticles = 0;
    double select = 0;
    double names = 0;
    double cooccurring = 0;
    double libraryCount = 0; ///< the library filtered to its articles: the count
    double libraryPage = 0;  ///< and the first page
    // Counting only the articles in view (the library searched for "islands"; one month).
    int searchArticles = -1;
    double inSearch = 0;
    int monthArticles = -1;
    double inMonth = 0;
    // Every article in view, read; then the name filter and the order, which work in memory on
    // the window's thread.
    double inAll = 0;
    double inAllFiltered = 0;
    double inAllByName = 0;
    // The framing table (counted in SQL): the whole corpus, then within the search.
    double framingAll = 0;
    double framingInSearch = 0;
};

SidebarTimes timeSidebar(store::Store &s)
{
    SidebarTimes t;
    QElapsedTimer timer;
    timer.start();
    itemmodels::EntityTreeModel model(s);
    t.tree = double(timer.nsecsElapsed()) / 1e6;
    for (int g = 0; g < model.rowCount(); ++g)
        t.entities += model.data(model.index(g, 0), Qt::DisplayRole).toString().section(u'(', -1).chopped(1).toInt();
    timer.restart();
    model.setSortByCount(false);
    t.byName = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    model.setFilterText(u"ov"_s);
    t.filtered = double(timer.nsecsElapsed()) / 1e6;
    model.setFilterText({});
    model.setSortByCount(true);
    store::ArticleFilter inView;
    inView.search = u"islands"_s;
    timer.restart();
    model.setScope(inView); // read here: the model reads in the background only when told to
    t.inSearch = double(timer.nsecsElapsed()) / 1e6;
    t.searchArticles = model.scopeArticles();
    QSqlQuery latest(s.database());
    if (latest.exec(u"SELECT max(published) FROM articles"_s) && latest.next()) {
        const QDate last = QDate::fromString(latest.value(0).toString().left(10), Qt::ISODate);
        inView = {};
        inView.from = QDate(last.year(), last.month(), 1);
        inView.to = last;
        timer.restart();
        model.setScope(inView);
        t.inMonth = double(timer.nsecsElapsed()) / 1e6;
        t.monthArticles = model.scopeArticles();
    }
    timer.restart();
    query::framingTable(s);
    t.framingAll = double(timer.nsecsElapsed()) / 1e6;
    store::ArticleFilter islands;
    islands.search = u"islands"_s;
    timer.restart();
    query::framingTable(s, islands);
    t.framingInSearch = double(timer.nsecsElapsed()) / 1e6;
    inView = {};
    inView.ids = s.articleIds({}).value_or(QList<qint64>());
    timer.restart();
    model.setScope(inView);
    t.inAll = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    model.setFilterText(u"ov"_s);
    t.inAllFiltered = double(timer.nsecsElapsed()) / 1e6;
    model.setFilterText({});
    timer.restart();
    model.setSortByCount(false);
    t.inAllByName = double(timer.nsecsElapsed()) / 1e6;
    model.setSortByCount(true);
    model.setScope({});
    if (const QString key = busiestEntityKey(s); !key.isEmpty()) {
        const store::EntityStore es(s.database());
        timer.restart();
        const std::optional<store::EntityRow> row = es.entityByKey(key);
        t.select = double(timer.nsecsElapsed()) / 1e6;
        if (row) {
            t.busiest = row->name;
            t.busiestArticles = row->articleCount;
            timer.restart();
            store::ArticleFilter f;
            f.ids = row->articles;
            s.articleCount(f);
            t.libraryCount = double(timer.nsecsElapsed()) / 1e6;
            timer.restart();
            s.articles(f, store::SortKey::Published, Qt::DescendingOrder, 0, 200);
            t.libraryPage = double(timer.nsecsElapsed()) / 1e6;
            timer.restart();
            es.namesByCountry(row->id);
            t.names = double(timer.nsecsElapsed()) / 1e6;
            timer.restart();
            es.cooccurring(row->id);
            t.cooccurring = double(timer.nsecsElapsed()) / 1e6;
        }
    }
    return t;
}

// A corpus of `n` entities (one article naming each of them a few times) in memory: the sidebar
// at the size the issue asks for, which generated news does not reach.
SidebarTimes timeSidebarAt(int n)
{
    store::Store s;
    if (!s.open(u":memory:"_s))
        return {};
    QSqlDatabase db = s.database();
    db.transaction();
    QSqlQuery q(db);
    q.exec(u"INSERT INTO articles (id, source, content_hash, body, imported_at) VALUES (1, 'bench', 'x', '', '')"_s);
    q.prepare(u"INSERT INTO entities (id, key, name, type) VALUES (?, ?, ?, ?)"_s);
    QSqlQuery m(db);
    m.prepare(u"INSERT INTO mentions (article_id, start, end, entity_id, machine_key, surface) VALUES (1, ?, ?, ?, ?, ?)"_s);
    const QStringList types{u"person"_s, u"place"_s, u"organization"_s, u"event"_s, u"other"_s};
    int start = 0;
    for (int i = 1; i <= n; ++i) {
        const QString name = u"Entity %1 Ivanov"_s.arg((i * 7919) % n, 6, 10, QChar(u'0'));
        q.addBindValue(i);
        q.addBindValue(u"bench/%1"_s.arg(i));
        q.addBindValue(name);
        q.addBindValue(types.at(i % types.size()));
        q.exec();
        for (int k = 0; k < 1 + i % 3; ++k) {
            m.addBindValue(start);
            m.addBindValue(start + 5);
            m.addBindValue(i);
            m.addBindValue(u"bench/%1"_s.arg(i));
            m.addBindValue(name);
            m.exec();
            start += 10;
        }
    }
    // Counted as the writer counts its mentions.
    q.exec(u"INSERT INTO entity_articles (entity_id, article_id, mentions) "
           "SELECT entity_id, article_id, count(*) FROM mentions GROUP BY entity_id, article_id"_s);
    q.exec(u"INSERT INTO entity_counts (entity_id, mentions, articles) "
           "SELECT entity_id, count(*), count(DISTINCT article_id) FROM mentions GROUP BY entity_id"_s);
    db.commit();
    return timeSidebar(s);
}

void printSidebar(QTextStream &out, const QString &what, const SidebarTimes &t)
{
    out << "| Entity sidebar, " << what << " (" << t.entities << " entities): tree with first pages | "
        << QString::number(t.tree, 'f', 1) << " ms; by name " << QString::number(t.byName, 'f', 1)
        << " ms; filtered " << QString::number(t.filtered, 'f', 1) << " ms | |\n";
    if (!t.busiest.isEmpty())
        out << "| Entity sidebar, " << what << ": selecting the most named entity (" << t.busiest << ", "
            << t.busiestArticles << " articles) | its articles " << QString::number(t.select, 'f', 1)
            << " ms; library: count " << QString::number(t.libraryCount, 'f', 1) << " ms, first page "
            << QString::number(t.libraryPage, 'f', 1) << " ms; details: names per country " << QString::number(t.names, 'f', 0) << " ms, co-occurring "
            << QString::number(t.cooccurring, 'f', 0) << " ms | |\n";
    if (t.searchArticles > 0 && t.monthArticles > 0)
        out << "| Entity sidebar, " << what << ": only the articles in view (search \"islands\", " << t.searchArticles
            << " articles; the last month, " << t.monthArticles << ") | " << QString::number(t.inSearch, 'f', 1) << " ms; "
            << QString::number(t.inMonth, 'f', 1) << " ms (off the window's thread) | |\n";
    if (t.searchArticles > 0)
        out << "| Framing table, " << what << ": whole corpus; only the articles in view (search \"islands\") | "
            << QString::number(t.framingAll, 'f', 1) << " ms; " << QString::number(t.framingInSearch, 'f', 1)
            << " ms (off the window's thread) | |\n";
    out << "| Entity sidebar, " << what << ": every article in view | counted " << QString::number(t.inAll, 'f', 1)
        << " ms (off the window's thread); then filtered " << QString::number(t.inAllFiltered, 'f', 1) << " ms, by name "
        << QString::number(t.inAllByName, 'f', 1) << " ms | |\n";
}

// The rows both modes print after their own: searches, timeline, opening the corpus and the window.
void printQueryRows(QTextStream &out, const SearchTimes &searches, const Percentiles &tl,
                    const MentionDensity &mentioned, int count, double openMs, qsizetype pageRows,
                    const QString &corpus, const QString &app)
{
    printSearches(out, searches);
    out << "| Timeline series (month × country) | p50 " << QString::number(tl.p50, 'f', 1) << " ms, p95 "
        << QString::number(tl.p95, 'f', 1) << " ms | < 30 ms |\n";
    printMentionDensity(out, mentioned, count);
    out << "| Open corpus, count, first page of 200 | " << QString::number(openMs, 'f', 1) << " ms ("
        << count << " articles, " << pageRows << " rows) | |\n";
    out << bench::windowStartupRow(corpus, app);
    out << bench::windowStartupRow(corpus, app, u"talks"_s);
}

// --corpus: the figures that do not need an import, over a corpus already made (for example one
// imported in the window from a --generate-mixed folder).
int measureCorpus(const QString &path, int rounds, const QString &app, QTextStream &out)
{
    QElapsedTimer open;
    open.start();
    store::Store s;
    if (!s.open(path)) {
        out << "cannot open the corpus: " << s.lastError() << '\n';
        return 1;
    }
    const int count = s.articleCount();
    const auto page = s.articles(store::ArticleFilter{}, store::SortKey::Published, Qt::DescendingOrder, 0, 200);
    const double openMs = double(open.nsecsElapsed()) / 1e6;
    const SearchTimes searches = timeSearches(s, rounds);
    const Percentiles tl = percentiles(timeTimeline(s));
    const MentionDensity mentioned = timeMentionDensity(s);
    const SidebarTimes sidebar = timeSidebar(s);
    const SidebarTimes sidebarLarge = timeSidebarAt(100000);
    out << "## parallax-bench: the corpus " << path << ", " << count << " articles\n\n";
    out << "| Measure | Value | Target |\n|---|---|---|\n";
    printQueryRows(out, searches, tl, mentioned, count, openMs, page ? page->size() : 0, path, app);
    printSidebar(out, u"this corpus"_s, sidebar);
    printSidebar(out, u"100,000 entities"_s, sidebarLarge);
    out << "| Peak memory (RSS) | " << peakMemoryKb() / 1024 << " MB | < 500 MB |\n";
    return count > 0 ? 0 : 1;
}

// Only the searches over an existing corpus, with every query's median too: for working on one kind.
int measureSearches(const QString &path, int rounds, QTextStream &out)
{
    store::Store s;
    if (!s.open(path)) {
        out << "cannot open the corpus: " << s.lastError() << '\n';
        return 1;
    }
    s.search(u"warm"_s, 50); // the first search loads the lengths for ranking
    for (const QString &query : searchKinds().value(0).queries + searchKinds().value(3).queries
             + searchKinds().value(4).queries + searchKinds().value(2).queries) {
        int hits = 0;
        const Percentiles p = percentiles(timeQueries(s, {query}, rounds, &hits));
        out << "| " << query << " | p50 " << QString::number(p.p50, 'f', 1) << " ms, p95 "
            << QString::number(p.p95, 'f', 1) << " ms |\n";
    }
    out << "| Measure | Value | Target |\n|---|---|---|\n";
    printSearches(out, timeSearches(s, rounds));
    return 0;
}

} // namespace

// The generated files joined into one JSON Lines file, imported: a file read in pieces.
// An edit made in the window while the window imports: the import writes batch after batch on
// its own thread and connection; the window's thread writes a row (as saving an annotation does)
// every 25 ms. How long each write waited for the lock.
struct WindowWrites
{
    int writes = 0;
    int failed = 0;
    Percentiles wait;
    double longest = 0;
    int articles = 0;
    double importSeconds = 0; ///< the import's wall time, edits and all
};

WindowWrites timeWindowWritesDuringImport(const QString &corpusDir, const QString &path)
{
    WindowWrites w;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    store::Store window;
    if (!window.open(path))
        return w;
    std::atomic_bool done = false;
    QElapsedTimer importing;
    importing.start();
    std::thread import([&] {
        store::Store corpus;
        if (corpus.open(path))
            w.articles = import::Importer(corpus).run({corpusDir}).articlesImported;
        w.importSeconds = double(importing.nsecsElapsed()) / 1e9;
        done = true;
    });
    QList<double> waits;
    QSqlQuery q(window.database());
    for (int i = 0; !done; ++i) {
        QElapsedTimer t;
        t.start();
        const bool ok = window.database().transaction()
            && q.exec(u"INSERT INTO tags(name, guid) VALUES ('edit %1', 'bench-edit-%1')"_s.arg(i))
            && window.database().commit();
        if (!ok) {
            window.database().rollback();
            ++w.failed;
        }
        waits << double(t.nsecsElapsed()) / 1e6;
        QThread::msleep(25);
    }
    import.join();
    w.writes = int(waits.size());
    w.longest = waits.isEmpty() ? 0 : *std::max_element(waits.cbegin(), waits.cend());
    w.wait = percentiles(waits);
    return w;
}

int importOneFile(const bench::GeneratedCorpus &corpus, const QString &path, const QString &db, QTextStream &out)
{
    {
        QFile one(path);
        if (!one.open(QIODevice::WriteOnly)) {
            out << "cannot write " << path << '\n';
            return 1;
        }
        for (const QString &f : corpus.files) {
            QFile part(f);
            if (!part.open(QIODevice::ReadOnly))
                return 1;
            while (!part.atEnd())
                one.write(part.read(1 << 20));
            part.remove();
        }
    }
    store::Store s;
    if (!s.open(db)) {
        out << "cannot open the corpus: " << s.lastError() << '\n';
        return 1;
    }
    QElapsedTimer t;
    t.start();
    const import::ImportReport report = import::Importer(s).run({path});
    const double seconds = double(t.elapsed()) / 1000;
    out << "| One JSON Lines file | " << QLocale::c().formattedDataSize(QFileInfo(path).size()) << ", "
        << report.articlesImported << " articles |\n"
        << "| Import | " << QString::number(seconds, 'f', 1) << " s, "
        << QString::number(report.articlesImported / std::max(seconds, 0.001), 'f', 0) << " articles/s |\n"
        << "| Peak memory (RSS, generating and importing) | " << peakMemoryKb() / 1024 << " MB |\n";
    return report.articlesImported == corpus.articles ? 0 : 1;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Parallax import and search benchmark"_s);
    parser.addHelpOption();
    parser.addOption({u"articles"_s, u"Number of articles to generate (default 10000)."_s, u"N"_s, u"10000"_s});
    parser.addOption({u"dir"_s, u"Work folder (default: a temporary one, removed after)."_s, u"DIR"_s});
    parser.addOption({u"rounds"_s, u"Repetitions of each search query (default 5)."_s, u"N"_s, u"5"_s});
    parser.addOption({u"import-rounds"_s,
                      u"Imports with and without entity recognition, each this many times, alternating which goes "
                      "first; the import rows give the medians (default 1)."_s,
                      u"N"_s, u"1"_s});
    parser.addOption({u"generate-mixed"_s,
                      u"Only write a corpus of --articles articles in mixed formats and encodings, with a few "
                      "unreadable files, into FOLDER (to import in the window or with the CLI), then stop."_s,
                      u"FOLDER"_s});
    parser.addOption({u"corpus"_s,
                      u"Only time searches, the timeline and opening over this existing corpus file (no import)."_s,
                      u"FILE"_s});
    parser.addOption({u"searches-only"_s,
                      u"With --corpus: only time the searches, each query's latency on its own line too."_s});
    parser.addOption({u"one-file"_s,
                      u"Only write the --articles articles as one JSON Lines file, import it, and print its size, "
                      "the time and the peak memory (of this process: generating and importing), then stop."_s});
    parser.addOption({u"app"_s, u"The parallax binary whose window is timed (default: the one built beside this)."_s,
                      u"PATH"_s});
    parser.process(app);
    const int n = parser.value(u"articles"_s).toInt();
    const int rounds = std::max(1, parser.value(u"rounds"_s).toInt());
    QTextStream out(stdout);
    if (n <= 0) {
        out << "--articles must be a positive number\n";
        return 2;
    }
    if (parser.isSet(u"generate-mixed"_s)) {
        const bench::MixedCorpus mixed = bench::writeMixedCorpus(parser.value(u"generate-mixed"_s), n);
        out << mixed.corpus.articles << " articles (" << mixed.corpus.japanese << " Japanese, " << mixed.corpus.russian
            << " Russian) and " << mixed.badFiles.size() << " unreadable files written to "
            << parser.value(u"generate-mixed"_s) << '\n';
        return mixed.corpus.articles == n ? 0 : 1;
    }
    if (parser.isSet(u"corpus"_s) && parser.isSet(u"searches-only"_s))
        return measureSearches(parser.value(u"corpus"_s), rounds, out);
    if (parser.isSet(u"corpus"_s))
        return measureCorpus(parser.value(u"corpus"_s), rounds, parser.value(u"app"_s), out);
    QTemporaryDir temp;
    const QString work = parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) : temp.path();
    QDir().mkpath(work);
    const QString corpusDir = QDir(work).filePath(u"corpus"_s);
    QDir(corpusDir).removeRecursively();
    QFile::remove(QDir(work).filePath(u"bench.parallax"_s));
    QFile::remove(QDir(work).filePath(u"floor.sqlite"_s));

    const bench::GeneratedCorpus corpus = bench::generateCorpus(corpusDir, n);
    const double mb = double(corpus.bytes) / 1e6;
    if (parser.isSet(u"one-file"_s))
        return importOneFile(corpus, QDir(work).filePath(u"one.jsonl"_s), QDir(work).filePath(u"bench.parallax"_s), out);

    const double floorCpu0 = cpuSeconds();
    const double floorS = floorSeconds(corpus.files, QDir(work).filePath(u"floor.sqlite"_s));
    const double floorCpu = cpuSeconds() - floorCpu0;

    // The import with everything on, and the same without entity recognition into a corpus of
    // its own: what recognition (finding the names and storing their mentions) adds. Alternated
    // over rounds, so that neither always runs first on a warmer or cooler machine.
    struct Imported
    {
        QList<double> wall;
        QList<double> cpu;
    };
    Imported with, without;
    import::ImportReport report;
    const int importRounds = std::max(1, parser.value(u"import-rounds"_s).toInt());
    auto importOnce = [&](bool entities) -> bool {
        const QString path = QDir(work).filePath(entities ? u"bench.parallax"_s : u"bench-no-entities.parallax"_s);
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
        store::Store corpusStore;
        if (!corpusStore.open(path)) {
            out << "cannot open the corpus: " << corpusStore.lastError() << '\n';
            return false;
        }
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds();
        import::Importer importer(corpusStore);
        if (qEnvironmentVariableIsSet("PARALLAX_BENCH_BATCH"))
            importer.setBatchSize(qEnvironmentVariableIntValue("PARALLAX_BENCH_BATCH"));
        if (!entities)
            importer.setAnalysers(analysis::allAnalysers & ~analysis::Analysers(analysis::Analyser::Entities));
        const import::ImportReport r = importer.run({corpusDir});
        Imported &into = entities ? with : without;
        into.wall << double(t.nsecsElapsed()) / 1e9;
        into.cpu << cpuSeconds() - cpu0;
        if (r.articlesImported + r.duplicates != n || (entities && r.failedFiles() > 0)) {
            out << (entities ? "import incomplete: " : "import without entities incomplete: ") << r.summary() << '\n';
            return false;
        }
        if (entities)
            report = r;
        return true;
    };
    for (int round = 0; round < importRounds; ++round) {
        const bool entitiesFirst = round % 2 == 0;
        if (!importOnce(entitiesFirst) || !importOnce(!entitiesFirst))
            return 1;
    }
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
    };
    const double importS = median(with.wall), importCpu = median(with.cpu);
    const double plainS = median(without.wall), plainCpu = median(without.cpu);

    const WindowWrites windowWrites = timeWindowWritesDuringImport(corpusDir, QDir(work).filePath(u"edited.parallax"_s));

    store::Store s;
    if (!s.open(QDir(work).filePath(u"bench.parallax"_s))) {
        out << "cannot open the corpus: " << s.lastError() << '\n';
        return 1;
    }

    const SearchTimes searches = timeSearches(s, rounds);

    const QList<double> timeline = timeTimeline(s);
    const MentionDensity mentioned = timeMentionDensity(s);
    s.close();

    QElapsedTimer open;
    open.start();
    store::Store again;
    again.open(QDir(work).filePath(u"bench.parallax"_s));
    const int count = again.articleCount();
    const auto page = again.articles(store::ArticleFilter{}, store::SortKey::Published, Qt::DescendingOrder, 0, 200);
    const double openMs = double(open.nsecsElapsed()) / 1e6;

    const Percentiles tl = percentiles(timeline);
    out << "## parallax-bench: " << n << " articles (" << corpus.japanese << " Japanese, " << corpus.russian
        << " Russian), " << QString::number(mb, 'f', 1) << " MB of JSON Lines\n\n";
    out << "| Measure | Value | Target |\n|---|---|---|\n";
    out << "| Bare FTS5 floor (read, parse, insert) | " << QString::number(mb / floorS, 'f', 2) << " MB/s, "
        << qRound(n / floorS) << " articles/s (wall " << QString::number(floorS, 'f', 1) << " s, CPU "
        << QString::number(floorCpu, 'f', 1) << " s) | |\n";
    out << "| Import, all analysis on | " << QString::number(mb / importS, 'f', 2) << " MB/s, "
        << qRound(n / importS) << " articles/s (wall " << QString::number(importS, 'f', 1) << " s, CPU "
        << QString::number(importCpu, 'f', 1) << " s on 2 threads) | |\n";
    out << "| Import without entity recognition | " << qRound(n / plainS) << " articles/s (wall "
        << QString::number(plainS, 'f', 1) << " s, CPU " << QString::number(plainCpu, 'f', 1) << " s) | |\n";
    out << "| Entity recognition adds to import time | " << QString::number(100.0 * (importS / plainS - 1), 'f', 0)
        << "% wall, " << QString::number(100.0 * (importCpu / plainCpu - 1), 'f', 0) << "% CPU";
    if (importRounds > 1) {
        out << " (medians of " << importRounds << " alternating rounds; each round's wall, CPU:";
        for (int i = 0; i < importRounds; ++i)
            out << ' ' << QString::number(100.0 * (with.wall.at(i) / without.wall.at(i) - 1), 'f', 0) << "%, "
                << QString::number(100.0 * (with.cpu.at(i) / without.cpu.at(i) - 1), 'f', 0) << '%' << (i + 1 < importRounds ? ";" : "");
        out << ')';
    }
    out << " | ≤ 20% |\n";
    out << "| Import ÷ floor | " << QString::number(floorS / importS, 'f', 2) << "× wall, "
        << QString::number(floorCpu / importCpu, 'f', 2) << "× CPU | ≥ 0.7× |\n";
    out << "| An edit in the window while the window imports (" << windowWrites.writes
        << " writes, one every 25 ms): waited for the lock | p50 " << QString::number(windowWrites.wait.p50, 'f', 1)
        << " ms, p95 " << QString::number(windowWrites.wait.p95, 'f', 1) << " ms, longest "
        << QString::number(windowWrites.longest, 'f', 0) << " ms; " << windowWrites.failed << " failed; the import meanwhile "
        << qRound(windowWrites.articles / std::max(windowWrites.importSeconds, 0.001)) << " articles/s | ≤ 100 ms |\n";
    printQueryRows(out, searches, tl, mentioned, count, openMs, page ? page->size() : 0,
                   QDir(work).filePath(u"bench.parallax"_s), parser.value(u"app"_s));
    out << "| Near-duplicates linked | " << report.nearDuplicates << " | |\n";

    // The round trip of an import of the wrong file: its articles removed, then imported again.
    const QStringList files = QDir(corpusDir).entryList({u"*.jsonl"_s}, QDir::Files, QDir::Name);
    store::Store back;
    if (files.isEmpty() || !back.open(QDir(work).filePath(u"bench.parallax"_s))) {
        out << "cannot open the corpus to remove from\n";
        return 1;
    }
    const QString file = QDir(corpusDir).filePath(files.first());
    store::RemovalStore removal(back);
    const QList<qint64> ids = removal.fromSource(file);
    QElapsedTimer removing;
    removing.start();
    if (ids.isEmpty() || !removal.remove(ids)) {
        out << "cannot remove the articles of " << file << ": " << removal.lastError() << '\n';
        return 1;
    }
    const double removeS = double(removing.nsecsElapsed()) / 1e9;
    const int left = back.articleCount();
    QElapsedTimer reimporting;
    reimporting.start();
    const import::ImportReport again2 = import::Importer(back).run({file});
    const double reimportS = double(reimporting.nsecsElapsed()) / 1e9;
    const int restored = back.articleCount();
    out << "| Remove one file's " << ids.size() << " articles, then import the file again | removed in "
        << QString::number(removeS, 'f', 2) << " s (" << left << " left), imported again in "
        << QString::number(reimportS, 'f', 1) << " s (" << restored << " articles) | |\n";
    out << "| Peak memory (RSS) | " << peakMemoryKb() / 1024 << " MB | < 500 MB |\n";
    out.flush();
    return count == n && left == n - ids.size() && again2.articlesImported == ids.size() && restored == n ? 0 : 1;
}
