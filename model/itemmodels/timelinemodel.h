// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "query/timeline.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

namespace parallax::store {
class Store;
}

namespace parallax::itemmodels {

/**
 * What the timeline plots, one row per mark: first the "reported" lane (articles per outlet
 * country per bucket), then the "mentioned" lane: each date an article mentions, as the span
 * of days it covers, or, when more than the request's limit are in view, their counts per
 * span, country and bucket (a density lane). The chart draws these rows and the CSV export
 * writes them.
 */
class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LaneColumn, CountryColumn, StartColumn, EndColumn, ArticlesColumn, MentionsColumn,
                  ArticleColumn, ValueColumn, ModColumn, TextColumn, ColumnCount };
    enum Role {
        StartDateRole = Qt::UserRole + 1, ///< QDate, first day of the mark
        EndDateRole,                      ///< QDate, last day of the mark
        ArticleIdRole,                    ///< qint64, the article a click opens
        SentenceStartRole,                ///< int, UTF-16 offset of the mention's sentence (mentioned lane)
        MentionedRole,                    ///< bool, true in the mentioned lane
        MentionSpanRole,                  ///< int, store::MentionSpan of a mentioned row (its row in the lane)
        DensityRole,                      ///< bool, a count of mentioned dates per bucket
    };

    explicit TimelineModel(const store::Store &store, QObject *parent = nullptr);

    /**
     * Reads the series for a request (and resets the model). A zoom or a pan of the same
     * articles keeps the lanes; after the corpus changed (an import) they are read again.
     */
    void setRequest(const query::TimelineRequest &request, bool corpusChanged = false);
    const query::TimelineRequest &request() const { return m_request; }
    /** Re-reads the current request (after an import). */
    void reload();
    /**
     * Corpora stored in a file with at least this many articles are read on a thread of its own
     * (its own connection): the model keeps the previous series until the new one arrives, and a
     * newer request supersedes an older one still running. 0: always; negative (the default):
     * never, every read done before setRequest() returns (what a headless export needs).
     */
    void setBackgroundFrom(int articles) { m_backgroundFrom = articles; }
    /** Whether the next request is read in the background (see setBackgroundFrom()). */
    bool loadsInBackground() const;
    /** True while a series is being read in the background. */
    bool isLoading() const { return m_loading; }
    const query::TimelineData &series() const { return m_data; }

    int reportedRows() const { return int(m_data.reported.size()); }
    int mentionedRows() const
    {
        return int(m_data.mentionsAsDensity ? m_data.mentionDensity.size() : m_data.mentioned.size());
    }
    /** The row of the mentioned lane an index's mark belongs in (by MentionSpanRole). */
    static store::MentionSpan mentionSpanOf(const QModelIndex &index)
    {
        return store::MentionSpan(index.data(MentionSpanRole).toInt());
    }
    /** True when the mentioned lane holds counts per bucket rather than single dates. */
    bool mentionsAsDensity() const { return m_data.mentionsAsDensity; }
    /** The countries of the reported lane, in order: every country the filter selects, in view or not. */
    QStringList countries() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /** A background read started (true) or its series arrived (false). */
    void loadingChanged(bool loading);

private:
    void load();
    QVariant reportedData(const store::ReportedCount &r, int column, int role) const;
    QVariant mentionedData(const store::MentionedDate &m, int column, int role) const;
    QVariant densityData(const store::MentionedCount &m, int column, int role) const;

    const store::Store &m_store;
    query::TimelineRequest m_request;
    query::TimelineData m_data;
    QFutureWatcher<query::TimelineData> *m_watcher = nullptr;
    int m_generation = 0; ///< of the latest request; an older series that arrives is dropped
    int m_backgroundFrom = -1;
    bool m_loading = false;
};

} // namespace parallax::itemmodels
