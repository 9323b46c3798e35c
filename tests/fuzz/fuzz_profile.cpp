// libFuzzer target: the clinic profile parser, which reads a file a clinic
// or an administrator writes by hand.
#include "profile/profile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto p = tessera::core::parseProfile(json, QStringLiteral("fuzz/profile.json"));
    if (!p.ok() && !p.error().message.contains(QStringLiteral("profile.json")))
        __builtin_trap();
    return 0;
}
