#include "startupmarks.h"

#include <chrono>
#include <ctime>
#include <string>
#include <utility>
#include <vector>

namespace tessera::core::startup {

namespace {
using Clock = std::chrono::steady_clock;
// Set when the program's static objects are made, just before main().
const Clock::time_point g_began = Clock::now();
struct Mark {
    std::string stage;
    double ms;
    double threadCpuMs;
};
std::vector<Mark>& marks()
{
    static std::vector<Mark> m;
    return m;
}
} // namespace

void mark(const char* stage)
{
    timespec cpu{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
    marks().push_back({stage, std::chrono::duration<double, std::milli>(Clock::now() - g_began).count(),
                       cpu.tv_sec * 1e3 + cpu.tv_nsec / 1e6});
}

QByteArray json()
{
    QByteArray out("[");
    for (const auto& [stage, ms, cpuMs] : marks()) {
        if (out.size() > 1)
            out += ", ";
        out += "[\"" + QByteArray::fromStdString(stage) + "\", " + QByteArray::number(ms, 'f', 1) + ", " + QByteArray::number(cpuMs, 'f', 1) + ']';
    }
    return out + ']';
}

} // namespace tessera::core::startup
