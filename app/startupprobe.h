// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace parallax::app {

/**
 * Measures how soon the window is up and usable (`parallax --measure-startup`, used by the
 * benchmark): the time from the start of the process until the event loop first runs after the
 * window was shown, then a 10 ms timer for `watchMs` that records every stall of the event loop.
 * Prints one JSON line to standard output and quits.
 */
class StartupProbe final : public QObject
{
public:
    StartupProbe(const QElapsedTimer &sinceStart, int watchMs, QObject *parent = nullptr);

private:
    void tick();
    void finish();

    QElapsedTimer m_sinceStart;
    QTimer m_ticker;
    int m_watchMs = 0;
    qint64 m_shownMs = -1;
    qint64 m_lastTickMs = 0;
    qint64 m_longestStallMs = 0;
    qint64 m_responsiveFromMs = 0; ///< the end of the last stall over 100 ms
};

} // namespace parallax::app
