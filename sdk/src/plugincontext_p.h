// Tessera SDK, inside the library only: what a PluginContext holds.
#pragma once

#include <tessera/sdk/plugincontext.h>
#include <tessera/sdk/private/hostsetup.h>

namespace tessera::sdk {

struct PluginContext::Private {
    Setup setup;
};

} // namespace tessera::sdk
