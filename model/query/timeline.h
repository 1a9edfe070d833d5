// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"
#include "store/timelinestore.h"

#include <QDate>
#include <QList>

namespace parallax::query {

/** What the timeline shows: which articles, and the range of days in view. */
struct TimelineRequest
{
    store::ArticleFilter filter; ///< country, ids (e.g. an entity's articles), search; its from/to are ignored
    QDate from;                  ///< first day in view (invalid: the data's extent)
    QDate to;                    ///< last day in view
    int mentionLimit = 5000;     ///< more mentioned dates in view than this are drawn as densities
    std::optional<QStringList> countries; ///< the filter's countries when already known (they do not change with the range)
};

/** The timeline series for one view: counts per bucket and the dates mentioned. */
struct TimelineData
{
    QDate from;
    QDate to;
    store::TimeBucket bucket = store::TimeBucket::Day;
    QStringList countries;                 ///< of all the articles the filter selects, not only those in view
    QList<store::ReportedCount> reported;
    QList<store::MentionedDate> mentioned; ///< first/last days narrowed by the mod; empty for densities
    QList<store::MentionedCount> mentionDensity; ///< per bucket instead, when more than the limit are in view
    bool mentionsAsDensity = false;
    int mentionTotal = 0;                  ///< mentioned dates in view
    bool mentionsStored = false;           ///< false until the dates analysis has run on the corpus
    QString error;
};

/** The bucket that keeps a range of days readable: day up to half a year, week, month, year past 40 years. */
store::TimeBucket bucketFor(QDate from, QDate to);
/** The last day of the bucket that starts on `start`. */
QDate bucketEnd(QDate start, store::TimeBucket bucket);
QString bucketName(store::TimeBucket bucket);

/**
 * The part of [first, last] a TIMEX3 mod points at: START the first third ("early 2016"), MID
 * the middle third, END the last third; other mods and single days are returned unchanged.
 */
std::pair<QDate, QDate> narrowByMod(QDate first, QDate last, const QString &mod);

/** The first and last days with something to show: publication dates and mentioned dates. */
std::pair<QDate, QDate> timelineExtent(const store::Store &store, const store::ArticleFilter &filter);
std::pair<QDate, QDate> timelineExtent(const store::TimelineStore &timeline, const store::ArticleFilter &filter);

/** The days "2019-12-19", "2019-12" or "2019" name, first and last; invalid for anything else. */
std::pair<QDate, QDate> daysNamed(const QString &text);

/** A range with a margin of a fortieth (at least three days) on each side, so marks at its ends show whole. */
std::pair<QDate, QDate> withMargin(QDate first, QDate last);

/**
 * The articles that name an entity, for the entity filter: for an entity the recogniser stored
 * (by the key the selection hub carries) its articles, for any other name the articles whose
 * text contains it as a phrase.
 */
QList<qint64> articlesNaming(store::Store &store, const QString &name);
/** How to call an entity key in a caption: the stored entity's name, else the key itself. */
QString entityCaption(const store::Store &store, const QString &key);

/** Reads the series for a request; problems are reported in TimelineData::error. */
TimelineData loadTimeline(const store::Store &store, const TimelineRequest &request);

} // namespace parallax::query
