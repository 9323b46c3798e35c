// The relaxation timer and its cues, worked out from a clock.
#pragma once

#include <QString>

#include <functional>

namespace tessera::resilience {

/// Time is read from a monotonic clock whenever it is asked for, never
/// counted in ticks, so the guide stays in step when the window is hidden or
/// its ticks are throttled, and the time it logs is the time really spent
/// (pauses left out). A planned length of 0 counts up until finish()
/// (grounding, which moves on when the client does).
class RelaxTimer {
public:
    using Clock = std::function<qint64()>; ///< milliseconds, monotonic
    enum class State { Idle, Running, Paused, Finished };

    explicit RelaxTimer(Clock clock = {});

    void start(qint64 plannedMs);
    void pause();
    void resume();
    void finish();
    void reset();
    /// Counts `ms` more practice time at once (a step left out: the next muscle
    /// group), at most to the planned time. Only while running or paused.
    void advance(qint64 ms);

    /// A running timer whose planned time is up reports Finished.
    [[nodiscard]] State state() const;
    [[nodiscard]] qint64 plannedMs() const { return m_planned; }
    /// Practice time so far: pauses left out, at most the planned time (when there is one).
    [[nodiscard]] qint64 elapsedMs() const;
    /// Time left; 0 for a timer with no planned length.
    [[nodiscard]] qint64 remainingMs() const;

private:
    Clock m_clock;
    qint64 m_planned = 0;
    qint64 m_since = 0;  ///< clock at the last start or resume
    qint64 m_before = 0; ///< practice time before that
    State m_state = State::Idle;
};

/// A breathing rhythm in seconds: in, hold, out, hold (the holds may be 0).
struct Rhythm {
    int in = 4;
    int holdIn = 0;
    int out = 6;
    int holdOut = 0;
    [[nodiscard]] qint64 cycleMs() const { return 1000LL * (in + holdIn + out + holdOut); }
    [[nodiscard]] bool valid() const;
};

/// Where the breath is `elapsedMs` into paced breathing.
struct BreathCue {
    enum class Phase { In, HoldIn, Out, HoldOut };
    Phase phase = Phase::In;
    double size = 0;          ///< the guide's size, 0 (empty) to 1 (full): grows breathing in, shrinks breathing out
    qint64 phaseLeftMs = 0;   ///< until the next phase
    int breaths = 0;          ///< whole cycles done
};
[[nodiscard]] BreathCue breathCue(qint64 elapsedMs, const Rhythm& rhythm);

/// Progressive muscle relaxation: each group tensed for kTenseMs, then let go for kReleaseMs.
struct MuscleCue {
    static constexpr qint64 kTenseMs = 5000;
    static constexpr qint64 kReleaseMs = 15000;
    int group = 0;            ///< which group, from 0 (the last once past the end)
    bool tense = true;        ///< tensing (true) or letting go (false)
    qint64 phaseLeftMs = 0;
};
[[nodiscard]] MuscleCue muscleCue(qint64 elapsedMs, int groups);

} // namespace tessera::resilience
