#include <tessera/sdk/dueitems.h>

namespace tessera::sdk {

DueItemSource::DueItemSource() = default;
DueItemSource::~DueItemSource() = default;

} // namespace tessera::sdk
