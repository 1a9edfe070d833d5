// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <memory>

#include "ui/compare/bandwidget.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QStackedWidget;

namespace parallax {
class SelectionHub;
namespace query {
class ComparisonDocument;
}
namespace store {
class Store;
}
} // namespace parallax

namespace parallax::ui {

class BodyView;

/**
 * The comparison pane: two articles side by side with their metadata; aligned sentences are
 * joined by coloured bands and scroll together; sentences only one side reports are marked as
 * its additions; shared numbers are marked and differing ones flagged; framing terms are
 * coloured by side. Selecting a sentence highlights its partner; the user can link and unlink
 * sentences (undoably) and confirm or reject the pair.
 */
class ComparePane final : public QWidget
{
    Q_OBJECT
public:
    ComparePane(store::Store &store, SelectionHub &hub, QWidget *parent = nullptr);
    ~ComparePane() override;

    /** An entry of the pair list. */
    struct PairItem
    {
        QString label;
        qint64 left = 0;
        qint64 right = 0;
    };

    /**
     * Finds the event pairs again (after an import): in the background, over a light query of
     * the corpus, with a busy indicator; pairsListed() tells when the list is filled. (A corpus
     * in memory is listed at once: no other thread can read it.)
     */
    void reloadPairs();
    bool isFindingPairs() const;
    QProgressBar *busyIndicator() const { return m_busy; }
    void showPair(qint64 left, qint64 right);
    /** Reads the stored framing hits again (after the corpus was tagged again). */
    void reloadFraming();

    query::ComparisonDocument &document() const { return *m_doc; }
    BodyView *leftView() const { return m_left; }
    BodyView *rightView() const { return m_right; }
    BandWidget *bands() const { return m_bands; }
    QComboBox *pairList() const { return m_pairs; }
    int selectedLeft() const { return m_selLeft; }
    int selectedRight() const { return m_selRight; }
    /** Selects a sentence of one side (and its partner, if any), as a click would. */
    void selectSentence(bool leftSide, int index);

    static QColor sideColor(const QString &side);
    /**
     * The tint (with its alpha) of sentences only one side reports: Okabe–Ito yellow, a hue
     * apart from every framing side colour and every band in light and dark palettes; lighter
     * on a dark base, so that framing terms stay legible on it.
     */
    static QColor additionColor(const QPalette &palette);

Q_SIGNALS:
    void pairsListed();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override; ///< framing colours are fitted to the palette

private:
    void buildActions();
    void refresh();
    void updateLayers();
    void updateBands();
    void updateActions();
    void syncScroll(bool fromLeft);
    void decide(bool confirm);
    void showPairs(const QList<PairItem> &items);
    void selectShownPair();

    store::Store &m_store;
    SelectionHub &m_hub;
    query::ComparisonDocument *m_doc = nullptr;
    QComboBox *m_pairs = nullptr;
    QProgressBar *m_busy = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_leftHead = nullptr;
    QLabel *m_rightHead = nullptr;
    QLabel *m_status = nullptr;
    BodyView *m_left = nullptr;
    BodyView *m_right = nullptr;
    BandWidget *m_bands = nullptr;
    QAction *m_link = nullptr;
    QAction *m_unlink = nullptr;
    QAction *m_confirm = nullptr;
    QAction *m_reject = nullptr;
    int m_selLeft = -1;
    int m_selRight = -1;
    bool m_syncing = false;
    bool m_loading = false;
    bool m_pairsLoaded = false;
    bool m_openBest = false;
    int m_pairsGeneration = 0;
    std::shared_ptr<std::atomic<bool>> m_pairsCancel; ///< stops the listing under way
    qint64 m_shownLeft = 0;
    qint64 m_shownRight = 0;
};

} // namespace parallax::ui
