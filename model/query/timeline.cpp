// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline.h"

#include "store/entitystore.h"

using namespace Qt::StringLiterals;

namespace parallax::query {

using store::TimeBucket;

TimeBucket bucketFor(QDate from, QDate to)
{
    const qint64 days = from.isValid() && to.isValid() ? from.daysTo(to) : 0;
    if (days <= 183)
        return TimeBucket::Day;
    if (days <= 3 * 366)
        return TimeBucket::Week;
    if (days <= 40 * 366)
        return TimeBucket::Month;
    return TimeBucket::Year;
}

QDate bucketEnd(QDate start, TimeBucket bucket)
{
    switch (bucket) {
    case TimeBucket::Day: return start;
    case TimeBucket::Week: return start.addDays(6);
    case TimeBucket::Month: return start.addMonths(1).addDays(-1);
    case TimeBucket::Year: return start.addYears(1).addDays(-1);
    }
    return start;
}

QString bucketName(TimeBucket bucket)
{
    switch (bucket) {
    case TimeBucket::Day: return u"day"_s;
    case TimeBucket::Week: return u"week"_s;
    case TimeBucket::Month: return u"month"_s;
    case TimeBucket::Year: return u"year"_s;
    }
    return {};
}

std::pair<QDate, QDate> narrowByMod(QDate first, QDate last, const QString &mod)
{
    const qint64 days = first.daysTo(last) + 1;
    if (days < 3)
        return {first, last};
    const qint64 third = days / 3;
    if (mod == u"START"_s)
        return {first, first.addDays(third - 1)};
    if (mod == u"MID"_s)
        return {first.addDays(third), last.addDays(-third)};
    if (mod == u"END"_s)
        return {last.addDays(1 - third), last};
    return {first, last};
}

std::pair<QDate, QDate> timelineExtent(const store::Store &store, const store::ArticleFilter &filter)
{
    store::TimelineStore timeline(store.database());
    timeline.reuseSelections();
    return timelineExtent(timeline, filter);
}

std::pair<QDate, QDate> timelineExtent(const store::TimelineStore &timeline, const store::ArticleFilter &filter)
{
    store::ArticleFilter f = filter;
    f.from = f.to = QDate();
    auto [first, last] = timeline.publishedExtent(f);
    const auto [mFirst, mLast] = timeline.mentionExtent(f);
    if (mFirst.isValid() && (!first.isValid() || mFirst < first))
        first = mFirst;
    if (mLast.isValid() && (!last.isValid() || mLast > last))
        last = mLast;
    return {first, last};
}

std::pair<QDate, QDate> daysNamed(const QString &text)
{
    if (const QDate d = QDate::fromString(text, Qt::ISODate); d.isValid())
        return {d, d};
    if (const QDate m = QDate::fromString(text + u"-01"_s, Qt::ISODate); m.isValid() && text.size() == 7)
        return {m, m.addMonths(1).addDays(-1)};
    bool ok = false;
    const int year = text.toInt(&ok);
    if (ok && text.size() == 4)
        return {QDate(year, 1, 1), QDate(year, 12, 31)};
    return {};
}

std::pair<QDate, QDate> withMargin(QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid())
        return {first, last};
    const qint64 pad = std::max<qint64>(first.daysTo(last) / 40, 3);
    return {first.addDays(-pad), last.addDays(pad)};
}

QList<qint64> articlesNaming(store::Store &store, const QString &name)
{
    if (const auto entity = store::EntityStore(store.database()).entityByKey(name))
        return entity->articles;
    QString phrase = name;
    phrase.replace(u"\""_s, u"\"\""_s);
    return store.matchingIds(u'"' + phrase + u'"').value_or(QList<qint64>{});
}

QString entityCaption(const store::Store &store, const QString &key)
{
    const QString name = store::EntityStore(store.database()).nameOfKey(key);
    return name.isEmpty() ? key : name;
}

TimelineData loadTimeline(const store::Store &store, const TimelineRequest &request)
{
    TimelineData data;
    data.from = request.from;
    data.to = request.to;
    // Every part below selects the filter's articles: once.
    store::TimelineStore timeline(store.database());
    timeline.reuseSelections();
    // The countries first: the walk that finds them also holds the extent of publication.
    data.countries = request.countries ? *request.countries : timeline.countries(request.filter);
    if (!data.from.isValid() || !data.to.isValid()) {
        const auto [first, last] = timelineExtent(timeline, request.filter);
        data.from = data.from.isValid() ? data.from : first;
        data.to = data.to.isValid() ? data.to : last;
    }
    if (!data.from.isValid() || !data.to.isValid())
        return data; // nothing dated
    data.bucket = bucketFor(data.from, data.to);

    store::ArticleFilter reportedFilter = request.filter;
    reportedFilter.from = store::bucketStart(data.from, data.bucket); // whole buckets at the edges
    reportedFilter.to = data.to;
    if (auto counts = timeline.reported(reportedFilter, data.bucket))
        data.reported = *counts;
    else
        data.error = timeline.lastError();

    data.mentionsStored = timeline.hasMentions();
    store::ArticleFilter mentionFilter = request.filter;
    mentionFilter.from = mentionFilter.to = QDate();
    const auto total = timeline.mentionCount(mentionFilter, data.from, data.to);
    if (!total) {
        if (data.error.isEmpty())
            data.error = timeline.lastError();
        return data;
    }
    data.mentionTotal = *total;
    // Too many marks to draw one by one: counts per bucket, like the reported lane.
    data.mentionsAsDensity = data.mentionTotal > request.mentionLimit;
    if (data.mentionsAsDensity) {
        if (auto counts = timeline.mentionedCounts(mentionFilter, data.from, data.to, data.bucket))
            data.mentionDensity = *counts;
        else if (data.error.isEmpty())
            data.error = timeline.lastError();
    } else if (auto mentions = timeline.mentioned(mentionFilter, data.from, data.to, request.mentionLimit)) {
        data.mentioned = *mentions;
        for (store::MentionedDate &m : data.mentioned)
            std::tie(m.firstDay, m.lastDay) = narrowByMod(m.firstDay, m.lastDay, m.mod);
    } else if (data.error.isEmpty()) {
        data.error = timeline.lastError();
    }
    return data;
}

} // namespace parallax::query
