// The journal check-in module: the emotional-support module.
#pragma once

#include "journalbackend.h"

#include <tessera/sdk/dueitems.h>
#include <tessera/sdk/fhir.h>
#include <tessera/sdk/moduleplugin.h>
#include <tessera/sdk/report.h>

namespace tessera::journal {

/// Kinds: "checkin" (mood 0-10 on the entry, feeling words, optional note)
/// and "entry" (free writing, optionally answering a prompt). Has a thing
/// due (SDK 2.3): a daily check-in until there is one that day, and a daily
/// reminder when the clinic profile sets settings.checkinReminder ("20:00").
class JournalPlugin final : public tessera::sdk::ModulePlugin<JournalBackend>, public tessera::sdk::DueItemSource,
                                  public tessera::sdk::FhirSource, public tessera::sdk::ReportSource {
public:
    JournalPlugin();

    tessera::sdk::Status initialize(tessera::sdk::PluginContext& context) override;
    void shutdown() override;
    [[nodiscard]] QList<tessera::sdk::DueItem> dueItems(const QDate& day) const override;

    [[nodiscard]] QList<tessera::sdk::EntryDraft> sampleEntries(const tessera::sdk::SampleRequest& request) const override;
    /// Check-ins as FHIR R4 Observations (SDK 2.2; src/fhir.cpp).
    [[nodiscard]] QList<QJsonObject> fhirResources(const tessera::sdk::Entry& entry) const override;
    [[nodiscard]] tessera::sdk::ReportSection reportSection(const tessera::sdk::ReportRequest& request) const override;

private:
    JournalBackend* m_journal = nullptr; ///< the backend, from initialize() to shutdown()
};

} // namespace tessera::journal
