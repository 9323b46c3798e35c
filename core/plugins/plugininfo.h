// Reading what a module's library says about itself (tessera_plugin_info()).
#pragma once

#include <tessera/sdk/plugin.h>

#include <QString>

namespace tessera::core {

class ElfImage;

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
/// This runs module code: only for a library that is already loaded.
PluginBinaryInfo readPluginInfo(sdk::PluginInfoFunction* info);

/// The same facts read from the library's file, without loading or running
/// it: the TesseraPluginInfo that tessera_plugin_info() returns is static
/// data, found through the symbol table (the function's local `info`) or, in
/// a stripped library, through the one instruction that loads its address
/// (x86-64 and AArch64). `problem` says when neither way finds it.
PluginBinaryInfo readPluginInfo(const ElfImage& library);

/// Why a library built with SDK `info.sdkMajor.sdkMinor` cannot run as the
/// module whose manifest names `manifestMajor.manifestMinor` on a host with
/// SDK `hostMajor.hostMinor`; "" when it can. The manifest names the oldest
/// SDK the module needs; the library may be built with a newer minor (a
/// "2.0" module rebuilt against SDK 2.1), never an older one (the two
/// drifted apart), another major, or a minor newer than the host's (it may
/// call functions the host does not have).
QString builtSdkProblem(const PluginBinaryInfo& info, int manifestMajor, int manifestMinor, int hostMajor, int hostMinor);

} // namespace tessera::core
