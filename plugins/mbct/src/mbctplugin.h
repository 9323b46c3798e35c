// The mindfulness (MBCT) module: practices, the course, the staying-well plan.
#pragma once

#include <tessera/sdk/plugin.h>

#include <memory>

namespace tessera::mbct {

class MbctBackend;

/// Kinds: "practice" (one timed practice and what was noticed), "week" (a
/// week of the eight-week course marked done, with a reflection), "plan"
/// (the relapse signature and the green / amber / red action plan, one entry
/// revised over time) and "activities" (nourishing and depleting activities).
class MbctPlugin final : public sdk::Plugin {
public:
    MbctPlugin();
    ~MbctPlugin() override;

    sdk::Status initialize(sdk::PluginContext& context) override;
    void shutdown() override;
    QObject* backend() override;
    [[nodiscard]] sdk::Status validatePayload(const QString& kind, int schemaVersion,
                                              const QJsonObject& payload) const override;
    [[nodiscard]] QList<sdk::EntryDraft> sampleEntries(const sdk::SampleRequest& request) const override;

    static sdk::Status validate(const QString& kind, const QJsonObject& payload);

private:
    std::unique_ptr<MbctBackend> m_backend;
};

} // namespace tessera::mbct
