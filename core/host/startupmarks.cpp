#include "startupmarks.h"

#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace tessera::core::startup {

namespace {
using Clock = std::chrono::steady_clock;
// Set when the program's static objects are made, just before main().
const Clock::time_point g_began = Clock::now();
std::vector<std::pair<std::string, double>>& marks()
{
    static std::vector<std::pair<std::string, double>> m;
    return m;
}
} // namespace

void mark(const char* stage)
{
    marks().emplace_back(stage, std::chrono::duration<double, std::milli>(Clock::now() - g_began).count());
}

QByteArray json()
{
    QByteArray out("[");
    for (const auto& [stage, ms] : marks()) {
        if (out.size() > 1)
            out += ", ";
        out += "[\"" + QByteArray::fromStdString(stage) + "\", " + QByteArray::number(ms, 'f', 1) + ']';
    }
    return out + ']';
}

} // namespace tessera::core::startup
