// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "query/timeline.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTimer;

namespace parallax {
class SelectionHub;
namespace itemmodels {
class TimelineModel;
}
namespace store {
class Store;
}
} // namespace parallax

namespace parallax::ui {

class TimelineChart;
class TimelineView;

/**
 * The Timeline dock: when each country's outlets reported, and the dates the articles mention,
 * on one date axis. Follows the hub (the selected article is joined to its mentions; an entity
 * filters the articles) and sets it (a click selects an article; a chosen range filters the library).
 */
class TimelinePanel final : public QWidget
{
    Q_OBJECT
public:
    enum class Preset { All, Decade, Year, Month };

    TimelinePanel(store::Store &store, SelectionHub &hub, QWidget *parent = nullptr);

    TimelineView *view() const { return m_view; }
    TimelineChart *chart() const { return m_chart; }
    itemmodels::TimelineModel &model() const { return *m_model; }
    /** Shows a preset span around the selected article's date (or the middle of the view). */
    void showPreset(Preset preset);
    /** Everything, and no date range filter. */
    void reset();
    /** Re-reads the corpus (after an import), keeping the days in view. */
    void reload();
    /** While an import runs, an empty timeline says the import is running. */
    void setImporting(bool importing);
    /** Whether the corpus, as last read, has anything to draw in the current filter. */
    bool hasData() const { return m_hasData; }
    /** More mentioned dates in view than this are drawn as counts per bucket (default 5,000). */
    void setMentionLimit(int limit);
    int mentionLimit() const { return m_mentionLimit; }

Q_SIGNALS:
    /** A mentioned date was clicked: open its article at the sentence. */
    void sentenceRequested(qint64 articleId, int offset);

protected:
    bool event(QEvent *event) override;

private:
    /** Asks the model for the view's series; corpusChanged when an import may have added lanes. */
    void requestData(bool corpusChanged = false);
    /** What the library and the entity sidebar select: the entity's articles and the search's. */
    store::ArticleFilter filter() const;
    void followEntity(const QString &key);
    void followSearch(const QString &query);
    void followSources(const QString &country, const QString &outlet);
    /** "naming “X” and matching “q”", or empty. */
    QString filterCondition() const;
    /** The chart's caption for that: "articles naming …", or empty. */
    QString filterCaption() const;
    void openRow(int row);
    void updateState();
    /** A new series: fits the view to it when "All" was asked for in the background. */
    void seriesArrived();

    store::Store &m_store;
    SelectionHub &m_hub;
    itemmodels::TimelineModel *m_model = nullptr;
    TimelineChart *m_chart = nullptr;
    TimelineView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_reload = nullptr;
    std::optional<QList<qint64>> m_entityIds;
    QString m_country;
    QString m_outlet;
    std::optional<QList<qint64>> m_outletIds; ///< the outlet's articles, sorted
    QString m_search; ///< the library's full-text search
    bool m_hasData = false;
    bool m_fitPending = false; ///< "All" asked for in the background: the view fits the series when it comes
    bool m_importing = false;
    int m_mentionLimit = query::TimelineRequest().mentionLimit;
};

} // namespace parallax::ui
