// The sleep diary module.
#pragma once

#include <tessera/sdk/plugin.h>

#include <memory>

namespace sleepdiary {

class SleepBackend;

/// One kind, "night": bedtime, wakeTime (ISO 8601), minutesToFallAsleep,
/// minutesAwake, quality 0-10, optional note.
class SleepDiaryPlugin final : public tessera::sdk::Plugin {
public:
    SleepDiaryPlugin();
    ~SleepDiaryPlugin() override;

    tessera::sdk::Status initialize(tessera::sdk::PluginContext& context) override;
    void shutdown() override;
    QObject* backend() override;
    [[nodiscard]] tessera::sdk::Status validatePayload(const QString& kind, int schemaVersion,
                                                       const QJsonObject& payload) const override;
    [[nodiscard]] QList<tessera::sdk::EntryDraft> sampleEntries(const tessera::sdk::SampleRequest& request) const override;

private:
    std::unique_ptr<SleepBackend> m_backend;
};

} // namespace sleepdiary
