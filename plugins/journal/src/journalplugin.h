// The journal check-in module: the emotional-support module.
#pragma once

#include <tessera/sdk/plugin.h>

#include <memory>

namespace tessera::journal {

class JournalBackend;

/// Kinds: "checkin" (mood 0-10 on the entry, feeling words, optional note)
/// and "entry" (free writing, optionally answering a prompt).
class JournalPlugin final : public tessera::sdk::Plugin {
public:
    JournalPlugin();
    ~JournalPlugin() override;

    tessera::sdk::Status initialize(tessera::sdk::PluginContext& context) override;
    void shutdown() override;
    QObject* backend() override;
    [[nodiscard]] tessera::sdk::Status validatePayload(const QString& kind, int schemaVersion,
                                                       const QJsonObject& payload) const override;
    [[nodiscard]] QList<tessera::sdk::EntryDraft> sampleEntries(const tessera::sdk::SampleRequest& request) const override;

    /// Payload checks, shared with the backend before it saves.
    static tessera::sdk::Status validate(const QString& kind, const QJsonObject& payload);

private:
    std::unique_ptr<JournalBackend> m_backend;
};

} // namespace tessera::journal
