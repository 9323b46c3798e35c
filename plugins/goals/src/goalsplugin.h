// The goals module: SMART goals, milestones, check-ins, evidence.
#pragma once

#include "goalsbackend.h"

#include <tessera/sdk/dueitems.h>
#include <tessera/sdk/fhir.h>
#include <tessera/sdk/moduleplugin.h>
#include <tessera/sdk/report.h>

namespace tessera::goals {

/// Kinds: "goal" (a SMART goal with milestones and an optional evidence
/// rule) and "checkin" (progress towards one goal, linked to it).
/// Has things due (SDK 2.3): goal check-ins and look-back dates, with
/// reminders for them (GoalsBackend::dueItems(), wantedReminders()).
class GoalsPlugin final : public sdk::ModulePlugin<GoalsBackend>, public sdk::FhirSource, public sdk::ReportSource,
                          public sdk::DueItemSource {
public:
    GoalsPlugin();

    void shutdown() override;
    [[nodiscard]] QList<sdk::DueItem> dueItems(const QDate& day) const override;

    [[nodiscard]] QList<sdk::EntryDraft> sampleEntries(const sdk::SampleRequest& request) const override;
    /// Goals as FHIR R4 Goals, check-ins as Observations (SDK 2.2; src/fhir.cpp).
    [[nodiscard]] QList<QJsonObject> fhirResources(const sdk::Entry& entry) const override;
    [[nodiscard]] sdk::ReportSection reportSection(const sdk::ReportRequest& request) const override;

protected:
    std::unique_ptr<GoalsBackend> makeBackend(sdk::PluginContext& context) override;

private:
    GoalsBackend* m_goals = nullptr;
};

} // namespace tessera::goals
