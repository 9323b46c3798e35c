#include "writequota.h"

#include <algorithm>
#include <chrono>

namespace tessera::core {

namespace {
qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
} // namespace

WriteQuota::WriteQuota(WriteLimits limits, Clock clock) : m_limits(limits), m_clock(clock ? std::move(clock) : Clock(steadyMs)) {}

void WriteQuota::Window::advance(qint64 nowMs)
{
    const qint64 bucket = nowMs / m_bucketMs;
    const auto n = qint64(m_counts.size());
    if (m_last < 0 || bucket - m_last >= n) {
        std::fill(m_counts.begin(), m_counts.end(), 0);
        m_total = 0;
    } else {
        for (qint64 b = m_last + 1; b <= bucket; ++b) {
            int& slot = m_counts[size_t(b % n)];
            m_total -= slot;
            slot = 0;
        }
    }
    if (bucket > m_last)
        m_last = bucket;
}

int WriteQuota::Window::total(qint64 nowMs)
{
    advance(nowMs);
    return m_total;
}

void WriteQuota::Window::add(qint64 nowMs)
{
    advance(nowMs);
    ++m_counts[size_t(m_last % qint64(m_counts.size()))];
    ++m_total;
}

WriteQuota::Full WriteQuota::check()
{
    if (m_limits.perMinute <= 0 && m_limits.perDay <= 0)
        return Full::No; // no limits: nothing is counted
    const qint64 now = m_clock();
    if (m_limits.perMinute > 0 && m_minute.total(now) >= m_limits.perMinute)
        return Full::Minute;
    if (m_limits.perDay > 0 && m_day.total(now) >= m_limits.perDay)
        return Full::Day;
    return Full::No;
}

void WriteQuota::record()
{
    if (m_limits.perMinute <= 0 && m_limits.perDay <= 0)
        return;
    const qint64 now = m_clock();
    m_minute.add(now);
    m_day.add(now);
}

int WriteQuota::inLastMinute() { return m_minute.total(m_clock()); }
int WriteQuota::inLastDay() { return m_day.total(m_clock()); }

} // namespace tessera::core
