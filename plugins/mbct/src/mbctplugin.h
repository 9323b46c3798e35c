// The mindfulness (MBCT) module: practices, the course, the staying-well plan.
#pragma once

#include "mbctbackend.h"

#include <tessera/sdk/dueitems.h>
#include <tessera/sdk/moduleplugin.h>
#include <tessera/sdk/report.h>

namespace tessera::mbct {

/// Kinds: "practice" (one timed practice and what was noticed), "week" (a
/// week of the eight-week course marked done, with a reflection), "plan"
/// (the relapse signature and the green / amber / red action plan, one entry
/// revised over time) and "activities" (nourishing and depleting activities).
/// Has things due (SDK 2.3): the day's practice and the plan's review date,
/// with reminders for both (MbctBackend::dueItems(), wantedReminders()).
class MbctPlugin final : public sdk::ModulePlugin<MbctBackend>, public sdk::ReportSource, public sdk::DueItemSource {
public:
    MbctPlugin();

    void shutdown() override;
    [[nodiscard]] QList<sdk::DueItem> dueItems(const QDate& day) const override;

    [[nodiscard]] QList<sdk::EntryDraft> sampleEntries(const sdk::SampleRequest& request) const override;
    [[nodiscard]] sdk::ReportSection reportSection(const sdk::ReportRequest& request) const override;

protected:
    std::unique_ptr<MbctBackend> makeBackend(sdk::PluginContext& context) override;

private:
    MbctBackend* m_mbct = nullptr;
};

} // namespace tessera::mbct
