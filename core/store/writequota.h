// How many writes one module may make in a minute and in a day.
#pragma once

#include <QtGlobal>

#include <functional>
#include <vector>

namespace tessera::core {

/// A module's write limits; 0 means no limit (both 0: nothing is counted).
struct WriteLimits {
    int perMinute = 600;
    int perDay = 20000;
};

/// Counts one module's writes over a sliding minute (60 one-second buckets)
/// and a sliding day (144 ten-minute buckets), in this process. Checking and
/// counting cost a clock read and a few integer operations, never a query:
/// a save is not slowed by it (docs/performance.md has the figure).
class WriteQuota {
public:
    /// Milliseconds on a monotonic clock; tests give their own.
    using Clock = std::function<qint64()>;
    enum class Full { No, Minute, Day };

    explicit WriteQuota(WriteLimits limits = {}, Clock clock = {});

    [[nodiscard]] WriteLimits limits() const { return m_limits; }
    /// Whether one more write would go over a limit (the minute first).
    [[nodiscard]] Full check();
    /// Counts one write that was made.
    void record();
    [[nodiscard]] int inLastMinute();
    [[nodiscard]] int inLastDay();

private:
    class Window {
    public:
        Window(int buckets, qint64 bucketMs) : m_counts(size_t(buckets), 0), m_bucketMs(bucketMs) {}
        int total(qint64 nowMs);
        void add(qint64 nowMs);

    private:
        void advance(qint64 nowMs);
        std::vector<int> m_counts;
        qint64 m_bucketMs;
        qint64 m_last = -1; ///< bucket number (time / bucketMs) last advanced to
        int m_total = 0;
    };

    WriteLimits m_limits;
    Clock m_clock;
    Window m_minute{60, 1000};
    Window m_day{144, 10 * 60 * 1000};
};

} // namespace tessera::core
