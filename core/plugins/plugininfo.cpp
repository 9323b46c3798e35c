#include "plugininfo.h"

#include <cstddef>
#include <cstring>

namespace tessera::core {

PluginBinaryInfo readPluginInfo(sdk::PluginInfoFunction* info)
{
    PluginBinaryInfo out;
    const TesseraPluginInfo* raw = nullptr;
    try {
        raw = info ? info() : nullptr;
    } catch (...) {
        out.problem = QStringLiteral("threw an exception");
        return out;
    }
    if (!raw) {
        out.problem = QStringLiteral("returned nothing");
        return out;
    }
    // The 2.0 fields end with pluginId; later SDKs only append.
    constexpr std::size_t needed = offsetof(TesseraPluginInfo, pluginId) + sizeof(const char*);
    if (raw->size < needed) {
        out.problem = QStringLiteral("says it is %1 bytes, too small for the SDK 2.0 fields (%2 bytes)")
                          .arg(raw->size).arg(needed);
        return out;
    }
    if (!raw->pluginId || std::strlen(raw->pluginId) == 0) {
        out.problem = QStringLiteral("has no module id; build the module with tessera_add_plugin()");
        return out;
    }
    out.sdkMajor = raw->sdkMajor;
    out.sdkMinor = raw->sdkMinor;
    out.pluginId = QString::fromUtf8(raw->pluginId);
    out.valid = true;
    return out;
}

} // namespace tessera::core
