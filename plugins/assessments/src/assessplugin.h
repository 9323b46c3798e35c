// The assessments module: PHQ-9, GAD-7 and AUDIT-C over time.
#pragma once

#include "assessbackend.h"

#include <tessera/sdk/dueitems.h>
#include <tessera/sdk/fhir.h>
#include <tessera/sdk/moduleplugin.h>
#include <tessera/sdk/report.h>

namespace tessera::assessments {

/// Kinds "phq9", "gad7", "audit-c" (one entry per completed questionnaire;
/// the payload is the data contract in the module's README) and "draft" (a
/// questionnaire not finished yet). Has things due (SDK 2.1): each measure
/// the clinic profile schedules.
class AssessPlugin final : public tessera::sdk::ModulePlugin<AssessBackend>, public tessera::sdk::DueItemSource,
                          public tessera::sdk::FhirSource, public tessera::sdk::ReportSource {
public:
    AssessPlugin();

    void shutdown() override;
    [[nodiscard]] QList<tessera::sdk::EntryDraft> sampleEntries(const tessera::sdk::SampleRequest& request) const override;
    [[nodiscard]] QList<tessera::sdk::DueItem> dueItems(const QDate& day) const override;
    /// Its results as FHIR R4 (SDK 2.2; src/fhir.cpp).
    [[nodiscard]] QList<QJsonObject> fhirResources(const tessera::sdk::Entry& entry) const override;
    [[nodiscard]] tessera::sdk::ReportSection reportSection(const tessera::sdk::ReportRequest& request) const override;

protected:
    std::unique_ptr<AssessBackend> makeBackend(tessera::sdk::PluginContext& context) override;

private:
    AssessBackend* m_assess = nullptr;
};

} // namespace tessera::assessments
