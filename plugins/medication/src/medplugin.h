// The medication log module.
#pragma once

#include "medbackend.h"

#include <tessera/sdk/fhir.h>
#include <tessera/sdk/moduleplugin.h>
#include <tessera/sdk/report.h>

namespace tessera::medication {

/// Kinds: "medicine" (the regimen; dose changes are revisions),
/// "dose" (taken, late, missed or skipped), "side-effect", "effectiveness",
/// "question" (for the prescriber, open or asked).
class MedicationPlugin final : public sdk::ModulePlugin<MedBackend>, public sdk::FhirSource, public sdk::ReportSource {
public:
    MedicationPlugin();

    [[nodiscard]] QList<sdk::EntryDraft> sampleEntries(const sdk::SampleRequest& request) const override;
    /// Medicines and doses as FHIR R4 MedicationStatements (SDK 2.2; src/fhir.cpp).
    [[nodiscard]] QList<QJsonObject> fhirResources(const sdk::Entry& entry) const override;
    [[nodiscard]] sdk::ReportSection reportSection(const sdk::ReportRequest& request) const override;
};

} // namespace tessera::medication
