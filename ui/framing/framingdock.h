// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/framing/framingtable.h"
#include "query/comparison.h"
#include "store/backgroundread.h"
#include "store/store.h"

#include <QFuture>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;

namespace parallax {
class SelectionHub;
namespace framing {
class LexiconDocument;
struct FramingTable;
} // namespace framing
namespace itemmodels {
class FramingTableModel;
class KeynessModel;
} // namespace itemmodels
namespace store {
class Store;
}
} // namespace parallax

namespace parallax::ui {

class FramingChartView;
class KeynessChartView;
class LexiconEditor;
class ScopeBar;

/**
 * The Framing dock: the framing table and chart (which terms each outlet country uses, per
 * 1,000 words) and keyness between two groups of articles, from which terms can be added to
 * the user's lexicon. The corpus is tagged afresh with the user's lexicon after every edit.
 */
class FramingPanel final : public QWidget
{
    Q_OBJECT
public:
    FramingPanel(store::Store &store, framing::LexiconDocument &lexicon, QWidget *parent = nullptr);
    /** Stops the work under way on other threads (a retag, a keyness count). */
    ~FramingPanel() override;

    itemmodels::FramingTableModel &framingModel() const { return *m_framing; }
    itemmodels::KeynessModel &keynessModel() const { return *m_keyness; }
    FramingChartView *framingChart() const { return m_framingChart; }
    KeynessChartView *keynessChart() const { return m_keynessChart; }
    QTableView *keynessTable() const { return m_keynessTable; }
    QTabWidget *tabs() const { return m_tabs; }
    LexiconEditor *lexiconEditor() const { return m_editor; }

    /** Re-reads the corpus (after an import): framing and keyness. */
    void reload();
    /**
     * Counts framing and keyness within the articles the hub narrows the library to (its search,
     * dates and outlet; not its country, as both compare countries) while "Only articles in
     * view" is ticked.
     */
    void followSelection(SelectionHub &hub);
    /** Counts within the articles a filter selects (an empty one: the whole corpus); reloads. */
    void setScope(const store::ArticleFilter &scope);
    const store::ArticleFilter &scope() const { return m_scope; }
    QCheckBox *scopeBox() const;
    QLabel *scopeLabel() const;
    /**
     * Tags the corpus again with the user's lexicon (after an edit) and replaces its stored
     * framing hits, so the CLI, the charts and the comparison read the same hits: in the
     * background when the corpus has at least this many articles (a moment's work below that).
     */
    void retag();
    void setBackgroundThreshold(int articles) { m_backgroundFrom = articles; }
    /** Whether a background tagging is under way. */
    bool isTagging() const { return m_tagging; }
    /**
     * Whether the keyness count waits for its page to be shown: in a large corpus it reads
     * every article's words, seconds of a core that the window's first moments need more.
     */
    bool isKeynessWaiting() const { return m_keynessWaiting; }
    /** Adds a keyness row's term to the lexicon; an empty string when done, else why not. */
    QString addToLexicon(int keynessRow, const QString &conceptName, const QString &side);

Q_SIGNALS:
    /** The stored framing hits changed (the corpus was tagged again). */
    void framingHitsChanged();

private:
    void reloadKeyness();
    void showTable(const framing::FramingTable &table);
    /** Shows a counted table and fills the keyness groups from its countries. */
    void applyTable(const framing::FramingTable &table);
    /** Whether the corpus is large enough (and on disk) for counting on threads of their own. */
    bool inBackground() const;
    QString groupA() const; ///< the keyness groups' keys (country codes, outlets, language codes)
    QString groupB() const;
    query::KeynessGrouping grouping() const;
    /** Fills the group boxes with the groups a keyness count found, its two chosen. */
    void showGroups(const query::KeynessReport &report);
    void askAddToLexicon();
    bool eventFilter(QObject *watched, QEvent *event) override;
    /** Says what the counts are of: the whole corpus, or how many articles in view. */
    void describeScope(const framing::FramingTable *table);
    /** The table of the scope, or of the whole corpus and why not (in *error). */
    static framing::FramingTable tableIn(store::Store &store, const store::ArticleFilter &scope, QString *error);

    store::Store &m_store;
    store::ArticleFilter m_scope;
    QString m_scopeError;
    ScopeBar *m_scopeBar = nullptr;
    framing::LexiconDocument &m_lexicon;
    itemmodels::FramingTableModel *m_framing = nullptr;
    itemmodels::KeynessModel *m_keyness = nullptr;
    itemmodels::KeynessModel *m_keynessTop = nullptr;
    FramingChartView *m_framingChart = nullptr;
    KeynessChartView *m_keynessChart = nullptr;
    QTableView *m_keynessTable = nullptr;
    QWidget *m_keynessPage = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_keynessStatus = nullptr;
    QComboBox *m_grouping = nullptr; ///< keyness between countries, outlets or languages
    QComboBox *m_groupA = nullptr;
    QComboBox *m_groupB = nullptr;
    QComboBox *m_ngram = nullptr;
    QCheckBox *m_joinForms = nullptr;
    QPushButton *m_add = nullptr;
    LexiconEditor *m_editor = nullptr;
    int m_backgroundFrom = 500;
    int m_generation = 0;
    int m_keynessGeneration = 0; ///< the newest keyness request; older results are dropped
    bool m_tagging = false;
    bool m_keynessWaiting = false;
    QFuture<framing::FramingTable> m_retagRun;
    std::shared_ptr<std::atomic<bool>> m_keynessCancel; ///< stops the keyness count under way
    store::Interruptible m_tableRead; ///< the framing table's count, stopped by a newer one
    std::shared_ptr<std::atomic<int>> m_latestRetag = std::make_shared<std::atomic<int>>(0);
};

} // namespace parallax::ui
