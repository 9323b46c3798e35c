// The medication log module.
#pragma once

#include "medbackend.h"

#include <tessera/sdk/dueitems.h>
#include <tessera/sdk/fhir.h>
#include <tessera/sdk/moduleplugin.h>
#include <tessera/sdk/report.h>

namespace tessera::medication {

/// Kinds: "medicine" (the regimen; dose changes are revisions),
/// "dose" (taken, late, missed or skipped), "side-effect", "effectiveness",
/// "question" (for the prescriber, open or asked). Has things due (SDK
/// 2.3): today's scheduled doses, each marked taken or skipped in one step
/// as the Today page would, and a daily reminder per medicine and time.
class MedicationPlugin final : public sdk::ModulePlugin<MedBackend>, public sdk::DueItemSource, public sdk::DueItemActions,
                               public sdk::FhirSource, public sdk::ReportSource {
public:
    MedicationPlugin();

    sdk::Status initialize(sdk::PluginContext& context) override;
    void shutdown() override;
    /// One per scheduled dose on `day` (MedBackend::dueItems()).
    [[nodiscard]] QList<sdk::DueItem> dueItems(const QDate& day) const override;
    /// Taken or skipped, through MedBackend::logDose() as the Today page.
    sdk::Status actOnDueItem(const QDate& day, const QString& itemId, Action action) override;

    [[nodiscard]] QList<sdk::EntryDraft> sampleEntries(const sdk::SampleRequest& request) const override;
    /// Medicines and doses as FHIR R4 MedicationStatements (SDK 2.2; src/fhir.cpp).
    [[nodiscard]] QList<QJsonObject> fhirResources(const sdk::Entry& entry) const override;
    [[nodiscard]] sdk::ReportSection reportSection(const sdk::ReportRequest& request) const override;

private:
    MedBackend* m_med = nullptr; ///< the backend, from initialize() to shutdown()
};

} // namespace tessera::medication
