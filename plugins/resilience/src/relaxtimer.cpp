#include "relaxtimer.h"

#include <QElapsedTimer>

#include <algorithm>

namespace tessera::resilience {

namespace {
qint64 steadyMs()
{
    static QElapsedTimer since;
    if (!since.isValid())
        since.start();
    return since.elapsed();
}
} // namespace

RelaxTimer::RelaxTimer(Clock clock) : m_clock(clock ? std::move(clock) : Clock(steadyMs)) {}

void RelaxTimer::start(qint64 plannedMs)
{
    m_planned = std::max<qint64>(0, plannedMs);
    m_before = 0;
    m_since = m_clock();
    m_state = State::Running;
}

qint64 RelaxTimer::elapsedMs() const
{
    qint64 spent = m_before;
    if (m_state == State::Running)
        spent += m_clock() - m_since;
    return m_planned > 0 ? std::min(spent, m_planned) : spent;
}

qint64 RelaxTimer::remainingMs() const { return m_planned > 0 ? m_planned - elapsedMs() : 0; }

RelaxTimer::State RelaxTimer::state() const
{
    if (m_state == State::Running && m_planned > 0 && elapsedMs() >= m_planned)
        return State::Finished;
    return m_state;
}

void RelaxTimer::pause()
{
    if (state() != State::Running)
        return;
    m_before = elapsedMs();
    m_state = State::Paused;
}

void RelaxTimer::resume()
{
    if (m_state != State::Paused)
        return;
    m_since = m_clock();
    m_state = State::Running;
}

void RelaxTimer::finish()
{
    if (m_state == State::Idle || m_state == State::Finished)
        return;
    m_before = elapsedMs();
    m_state = State::Finished;
}

void RelaxTimer::advance(qint64 ms)
{
    if (ms <= 0 || (m_state != State::Running && m_state != State::Paused))
        return;
    m_before += ms;
    if (m_planned > 0)
        m_before = std::min(m_before, m_planned - (m_state == State::Running ? m_clock() - m_since : 0));
}

void RelaxTimer::reset()
{
    m_planned = m_before = 0;
    m_state = State::Idle;
}

bool Rhythm::valid() const
{
    const auto ok = [](int s, int lo) { return s >= lo && s <= 12; };
    return ok(in, 2) && ok(out, 2) && ok(holdIn, 0) && ok(holdOut, 0);
}

BreathCue breathCue(qint64 elapsedMs, const Rhythm& rhythm)
{
    BreathCue cue;
    const qint64 cycle = rhythm.cycleMs();
    if (cycle <= 0)
        return cue;
    const qint64 t = std::max<qint64>(0, elapsedMs);
    cue.breaths = static_cast<int>(t / cycle);
    qint64 at = t % cycle;
    const qint64 lengths[] = {1000LL * rhythm.in, 1000LL * rhythm.holdIn, 1000LL * rhythm.out, 1000LL * rhythm.holdOut};
    int phase = 0;
    while (phase < 3 && at >= lengths[phase]) {
        at -= lengths[phase];
        ++phase;
    }
    cue.phase = static_cast<BreathCue::Phase>(phase);
    cue.phaseLeftMs = lengths[phase] - at;
    const double through = lengths[phase] > 0 ? double(at) / double(lengths[phase]) : 1.0;
    switch (cue.phase) {
    case BreathCue::Phase::In: cue.size = through; break;
    case BreathCue::Phase::HoldIn: cue.size = 1.0; break;
    case BreathCue::Phase::Out: cue.size = 1.0 - through; break;
    case BreathCue::Phase::HoldOut: cue.size = 0.0; break;
    }
    return cue;
}

MuscleCue muscleCue(qint64 elapsedMs, int groups)
{
    MuscleCue cue;
    constexpr qint64 each = MuscleCue::kTenseMs + MuscleCue::kReleaseMs;
    const qint64 t = std::max<qint64>(0, elapsedMs);
    if (groups <= 0)
        return cue;
    if (t >= each * groups) {
        cue.group = groups - 1;
        cue.tense = false;
        return cue;
    }
    cue.group = static_cast<int>(t / each);
    const qint64 at = t % each;
    cue.tense = at < MuscleCue::kTenseMs;
    cue.phaseLeftMs = cue.tense ? MuscleCue::kTenseMs - at : each - at;
    return cue;
}

} // namespace tessera::resilience
