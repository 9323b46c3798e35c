#include "sodiumready.h"

#include <sodium.h>

namespace tessera::trust {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace tessera::trust
