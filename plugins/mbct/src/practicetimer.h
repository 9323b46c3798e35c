// The practice timer: phases, pauses and the real duration, from a clock.
#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace tessera::mbct {

/// Time is read from a monotonic clock on every question, never counted in
/// ticks, so the timer stays right when the window is hidden or its ticks
/// are throttled, and the duration it reports is the time really spent
/// (pauses left out, never more than was planned).
class PracticeTimer {
public:
    using Clock = std::function<qint64()>; ///< milliseconds, monotonic
    enum class State { Idle, Running, Paused, Finished };

    explicit PracticeTimer(Clock clock = {});

    /// Starts `practice` with phases of the given lengths (their sum is the planned time).
    void start(const QString& practice, const QList<qint64>& phaseMs);
    void pause();
    void resume();
    /// Ends now (before the planned time, or after it passed unnoticed).
    void finish();
    void reset();

    /// Idle, Running, Paused or Finished; a running timer whose time is up reports Finished.
    [[nodiscard]] State state() const;
    [[nodiscard]] QString practice() const { return m_practice; }
    [[nodiscard]] qint64 plannedMs() const { return m_planned; }
    /// Practice time so far: pauses left out, capped at the planned time.
    [[nodiscard]] qint64 elapsedMs() const;
    [[nodiscard]] qint64 remainingMs() const { return m_planned - elapsedMs(); }
    /// The phase the elapsed time falls in (the last one once finished).
    [[nodiscard]] int phaseIndex() const;
    [[nodiscard]] qint64 phaseRemainingMs() const;
    [[nodiscard]] int phaseCount() const { return static_cast<int>(m_phases.size()); }

private:
    [[nodiscard]] qint64 rawElapsed() const;

    Clock m_clock;
    QString m_practice;
    QList<qint64> m_phases;
    qint64 m_planned = 0;
    qint64 m_startedAt = 0;   ///< clock time of the last start or resume
    qint64 m_banked = 0;      ///< practice time before the last pause
    bool m_active = false;    ///< started and not reset
    bool m_paused = false;
    bool m_ended = false;     ///< finish() was called
    qint64 m_endedElapsed = 0;
};

} // namespace tessera::mbct
