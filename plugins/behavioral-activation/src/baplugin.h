// The behavioural activation module.
#pragma once

#include "babackend.h"

#include <tessera/sdk/moduleplugin.h>
#include <tessera/sdk/report.h>

namespace tessera::ba {

/// Kinds: "activity" (what was done, life area, mastery, pleasure, mood
/// before and after), "value" (what matters in a life area and activities
/// that serve it, easy to hard), "plan" (an activity planned for a time;
/// planned, done or not done, with what got in the way). Ratings and moods
/// are each optional: only what the client rated is stored.
class BaPlugin final : public sdk::ModulePlugin<BaBackend>, public sdk::ReportSource {
public:
    BaPlugin();

    [[nodiscard]] QList<sdk::EntryDraft> sampleEntries(const sdk::SampleRequest& request) const override;
    [[nodiscard]] sdk::ReportSection reportSection(const sdk::ReportRequest& request) const override;
};

} // namespace tessera::ba
