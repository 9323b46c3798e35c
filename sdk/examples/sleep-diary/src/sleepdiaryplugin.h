// The sleep diary module.
#pragma once

#include "sleepbackend.h"

#include <tessera/sdk/moduleplugin.h>

namespace sleepdiary {

/// One kind, "night": bedtime, wakeTime (ISO 8601), minutesToFallAsleep,
/// minutesAwake, quality 0-10, optional note.
///
/// ModulePlugin does the usual plugin work: it makes the SleepBackend in
/// initialize(), hands it to the page, destroys it in shutdown(), and checks
/// each payload with the check given to addKind() (refusing kinds and
/// schema versions it has no check for). What is left here is what only
/// this module knows.
class SleepDiaryPlugin final : public tessera::sdk::ModulePlugin<SleepBackend> {
public:
    /// Names the kind and how its payload is checked.
    SleepDiaryPlugin();

    /// ModulePlugin's start (the backend), then a line in the log.
    tessera::sdk::Status initialize(tessera::sdk::PluginContext& context) override;
    /// Two months of nights for `tessera --demo`.
    [[nodiscard]] QList<tessera::sdk::EntryDraft> sampleEntries(const tessera::sdk::SampleRequest& request) const override;
};

} // namespace sleepdiary
