// The relationships module: interpersonal therapy (IPT).
#pragma once

#include <tessera/sdk/plugin.h>

#include <memory>

namespace tessera::ipt {

class IptBackend;

/// Kinds: "focus" (the problem area chosen, revised in place), "person" (one
/// card of the interpersonal inventory), "transition" and "dispute" (the role
/// worksheets, revised in place so their history is kept), "communication"
/// (one conversation looked at closely) and "event" (an interpersonal event
/// with the mood it went with).
class IptPlugin final : public sdk::Plugin {
public:
    IptPlugin();
    ~IptPlugin() override;

    sdk::Status initialize(sdk::PluginContext& context) override;
    void shutdown() override;
    QObject* backend() override;
    [[nodiscard]] sdk::Status validatePayload(const QString& kind, int schemaVersion,
                                              const QJsonObject& payload) const override;
    [[nodiscard]] QList<sdk::EntryDraft> sampleEntries(const sdk::SampleRequest& request) const override;

    static sdk::Status validate(const QString& kind, const QJsonObject& payload);

private:
    std::unique_ptr<IptBackend> m_backend;
};

} // namespace tessera::ipt
