// The mindfulness (MBCT) module: practices, the course, the staying-well plan.
#pragma once

#include "mbctbackend.h"

#include <tessera/sdk/moduleplugin.h>
#include <tessera/sdk/report.h>

namespace tessera::mbct {

/// Kinds: "practice" (one timed practice and what was noticed), "week" (a
/// week of the eight-week course marked done, with a reflection), "plan"
/// (the relapse signature and the green / amber / red action plan, one entry
/// revised over time) and "activities" (nourishing and depleting activities).
class MbctPlugin final : public sdk::ModulePlugin<MbctBackend>, public sdk::ReportSource {
public:
    MbctPlugin();

    [[nodiscard]] QList<sdk::EntryDraft> sampleEntries(const sdk::SampleRequest& request) const override;
    [[nodiscard]] sdk::ReportSection reportSection(const sdk::ReportRequest& request) const override;
};

} // namespace tessera::mbct
