// libsodium, started once for the whole program.
#pragma once

namespace tessera::trust {

/// Whether libsodium started (sodium_init(), asked once, on first use). Without
/// it there is no safe source of random numbers: nothing may make a key or sign.
bool sodiumReady();

} // namespace tessera::trust
