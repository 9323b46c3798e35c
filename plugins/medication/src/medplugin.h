// The medication log module.
#pragma once

#include <tessera/sdk/plugin.h>

#include <memory>

namespace tessera::medication {

class MedBackend;

/// Kinds: "medicine" (the regimen; dose changes are revisions),
/// "dose" (taken, late, missed or skipped), "side-effect", "effectiveness",
/// "question" (for the prescriber, open or asked).
class MedicationPlugin final : public sdk::Plugin {
public:
    MedicationPlugin();
    ~MedicationPlugin() override;

    sdk::Status initialize(sdk::PluginContext& context) override;
    void shutdown() override;
    QObject* backend() override;
    [[nodiscard]] sdk::Status validatePayload(const QString& kind, int schemaVersion,
                                              const QJsonObject& payload) const override;
    [[nodiscard]] QList<sdk::EntryDraft> sampleEntries(const sdk::SampleRequest& request) const override;

    static sdk::Status validate(const QString& kind, const QJsonObject& payload);

private:
    std::unique_ptr<MedBackend> m_backend;
};

} // namespace tessera::medication
