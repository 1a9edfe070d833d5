// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupprobe.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace parallax::app {

namespace {
constexpr int tickMs = 10;
constexpr qint64 stallMs = 100; // what the user notices as a frozen window
}

StartupProbe::StartupProbe(const QElapsedTimer &sinceStart, int watchMs, QObject *parent)
    : QObject(parent)
    , m_sinceStart(sinceStart)
    , m_watchMs(watchMs)
{
    m_ticker.setInterval(tickMs);
    m_ticker.setTimerType(Qt::PreciseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &StartupProbe::tick);
    // The first zero timer runs once the events queued by show() have been processed.
    QTimer::singleShot(0, this, [this] {
        m_shownMs = m_sinceStart.elapsed();
        m_lastTickMs = m_shownMs;
        m_responsiveFromMs = m_shownMs;
        m_ticker.start();
    });
}

void StartupProbe::tick()
{
    const qint64 now = m_sinceStart.elapsed();
    const qint64 gap = now - m_lastTickMs - tickMs;
    m_longestStallMs = std::max(m_longestStallMs, gap);
    if (gap > stallMs)
        m_responsiveFromMs = now;
    m_lastTickMs = now;
    if (now - m_shownMs >= m_watchMs)
        finish();
}

void StartupProbe::finish()
{
    m_ticker.stop();
    const QJsonObject o{{u"window_shown_ms"_s, m_shownMs},
                        {u"responsive_from_ms"_s, m_responsiveFromMs},
                        {u"longest_stall_ms"_s, std::max<qint64>(m_longestStallMs, 0)},
                        {u"watched_ms"_s, m_watchMs}};
    std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    QApplication::closeAllWindows(); // as the user would: the window stops its background work
}

} // namespace parallax::app
