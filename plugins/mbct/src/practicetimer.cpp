#include "practicetimer.h"

#include <QElapsedTimer>

#include <algorithm>
#include <numeric>

namespace tessera::mbct {

namespace {
qint64 monotonicMs()
{
    static QElapsedTimer since;
    if (!since.isValid())
        since.start();
    return since.elapsed();
}
} // namespace

PracticeTimer::PracticeTimer(Clock clock) : m_clock(clock ? std::move(clock) : Clock(monotonicMs)) {}

void PracticeTimer::start(const QString& practice, const QList<qint64>& phaseMs)
{
    m_practice = practice;
    m_phases = phaseMs;
    m_planned = std::accumulate(phaseMs.cbegin(), phaseMs.cend(), qint64{0});
    m_startedAt = m_clock();
    m_banked = 0;
    m_active = m_planned > 0;
    m_paused = false;
    m_ended = false;
    m_endedElapsed = 0;
}

qint64 PracticeTimer::rawElapsed() const
{
    if (!m_active)
        return 0;
    if (m_ended)
        return m_endedElapsed;
    return m_banked + (m_paused ? 0 : m_clock() - m_startedAt);
}

qint64 PracticeTimer::elapsedMs() const { return std::min(rawElapsed(), m_planned); }

void PracticeTimer::pause()
{
    if (state() != State::Running)
        return;
    m_banked = elapsedMs();
    m_paused = true;
}

void PracticeTimer::resume()
{
    if (state() != State::Paused)
        return;
    m_startedAt = m_clock();
    m_paused = false;
}

void PracticeTimer::finish()
{
    if (!m_active || m_ended)
        return;
    m_endedElapsed = elapsedMs();
    m_ended = true;
}

void PracticeTimer::reset() { *this = PracticeTimer(m_clock); }

PracticeTimer::State PracticeTimer::state() const
{
    if (!m_active)
        return State::Idle;
    if (m_ended || rawElapsed() >= m_planned)
        return State::Finished;
    return m_paused ? State::Paused : State::Running;
}

int PracticeTimer::phaseIndex() const
{
    qint64 left = elapsedMs();
    for (int i = 0; i < m_phases.size(); ++i) {
        if (left < m_phases.at(i))
            return i;
        left -= m_phases.at(i);
    }
    return std::max(0, static_cast<int>(m_phases.size()) - 1);
}

qint64 PracticeTimer::phaseRemainingMs() const
{
    qint64 end = 0;
    const int index = phaseIndex();
    for (int i = 0; i <= index && i < m_phases.size(); ++i)
        end += m_phases.at(i);
    return std::max<qint64>(0, end - elapsedMs());
}

} // namespace tessera::mbct
