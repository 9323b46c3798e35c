// The goals module: SMART goals, milestones, check-ins, evidence.
#pragma once

#include <tessera/sdk/plugin.h>

#include <memory>

namespace tessera::goals {

class GoalsBackend;

/// Kinds: "goal" (a SMART goal with milestones and an optional evidence
/// rule) and "checkin" (progress towards one goal, linked to it).
class GoalsPlugin final : public sdk::Plugin {
public:
    GoalsPlugin();
    ~GoalsPlugin() override;

    sdk::Status initialize(sdk::PluginContext& context) override;
    void shutdown() override;
    QObject* backend() override;
    [[nodiscard]] sdk::Status validatePayload(const QString& kind, int schemaVersion,
                                              const QJsonObject& payload) const override;
    [[nodiscard]] QList<sdk::EntryDraft> sampleEntries(const sdk::SampleRequest& request) const override;

    static sdk::Status validate(const QString& kind, const QJsonObject& payload);

private:
    std::unique_ptr<GoalsBackend> m_backend;
};

} // namespace tessera::goals
