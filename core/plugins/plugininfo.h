// Reading what a module's library says about itself (tessera_plugin_info()).
#pragma once

#include <tessera/sdk/plugin.h>

#include <QString>

namespace tessera::core {

/// TesseraPluginInfo as read from a library, checked field by field.
struct PluginBinaryInfo {
    bool valid = false;   ///< False: `problem` says why (no field below is set).
    QString problem;      ///< "returned nothing", "is 8 bytes, too small for …"
    unsigned sdkMajor = 0;
    unsigned sdkMinor = 0;
    QString pluginId;     ///< The manifest id the library was built for.
};

/// Calls `info` (the library's tessera_plugin_info) and reads only the
/// fields its `size` covers (the struct is versioned by size); never throws.
PluginBinaryInfo readPluginInfo(sdk::PluginInfoFunction* info);

} // namespace tessera::core
