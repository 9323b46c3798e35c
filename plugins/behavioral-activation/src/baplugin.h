// The behavioural activation module.
#pragma once

#include <tessera/sdk/plugin.h>

#include <memory>

namespace tessera::ba {

class BaBackend;

/// Kinds: "activity" (what was done, life area, mastery, pleasure, mood
/// before and after), "value" (what matters in a life area and activities
/// that serve it, easy to hard), "plan" (an activity planned for a time;
/// planned, done or not done, with what got in the way). Ratings and moods
/// are each optional: only what the client rated is stored.
class BaPlugin final : public sdk::Plugin {
public:
    BaPlugin();
    ~BaPlugin() override;
    sdk::Status initialize(sdk::PluginContext& context) override;
    void shutdown() override;
    QObject* backend() override;
    [[nodiscard]] sdk::Status validatePayload(const QString& kind, int schemaVersion,
                                              const QJsonObject& payload) const override;
    [[nodiscard]] QList<sdk::EntryDraft> sampleEntries(const sdk::SampleRequest& request) const override;

private:
    std::unique_ptr<BaBackend> m_backend;
};

} // namespace tessera::ba
