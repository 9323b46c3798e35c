// The goals module: SMART goals, milestones, check-ins, evidence.
#pragma once

#include "goalsbackend.h"

#include <tessera/sdk/moduleplugin.h>
#include <tessera/sdk/report.h>

namespace tessera::goals {

/// Kinds: "goal" (a SMART goal with milestones and an optional evidence
/// rule) and "checkin" (progress towards one goal, linked to it).
class GoalsPlugin final : public sdk::ModulePlugin<GoalsBackend>, public sdk::ReportSource {
public:
    GoalsPlugin();

    [[nodiscard]] QList<sdk::EntryDraft> sampleEntries(const sdk::SampleRequest& request) const override;
    [[nodiscard]] sdk::ReportSection reportSection(const sdk::ReportRequest& request) const override;
};

} // namespace tessera::goals
