#include <tessera/sdk/reminders.h>

namespace tessera::sdk {

Reminders::Reminders() = default;
Reminders::~Reminders() = default;

} // namespace tessera::sdk
