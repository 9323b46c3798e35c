// The public key of the modules built with this Tessera (the bundled ones).
#pragma once

#include "modulesignature.h"

namespace tessera::trust {

/// The key the build made and signed the bundled modules with (see
/// tessera-module-sign); a profile trusts it with "trustBundled": true.
/// Its secret half stays in the build tree. Empty bytes in a build that
/// signs nothing.
PublicKey bundledModulesKey();

} // namespace tessera::trust
