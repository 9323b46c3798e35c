#include <tessera/sdk/marks.h>

namespace tessera::sdk {

Marks::Marks() = default;
Marks::~Marks() = default;

} // namespace tessera::sdk
