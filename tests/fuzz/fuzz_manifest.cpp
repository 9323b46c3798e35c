// libFuzzer target: the plugin manifest parser (plugin.json), which reads
// files any plugin author, or any damaged disk, can put in a plugin folder.
#include "host/displaytext.h"
#include "plugins/manifest.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto m = tessera::core::parseManifest(json, QStringLiteral("fuzz/plugin.json"));
    if (!m.ok()) {
        // Every refusal names the file, and quotes nothing raw that could
        // forge a log line or drive a terminal (issue 20).
        if (!m.error().message.contains(QStringLiteral("plugin.json")))
            __builtin_trap();
        if (tessera::core::hasControlCharacters(m.error().message))
            __builtin_trap();
    }
    return 0;
}
