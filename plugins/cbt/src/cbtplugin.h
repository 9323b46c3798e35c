// The CBT module: thought records, distortions, coping cards, insights.
#pragma once

#include "distortions.h"

#include <tessera/sdk/plugin.h>

#include <memory>

namespace tessera::cbt {

class CbtBackend;

/// Kinds: "thought-record" (the seven steps; status "draft" or "complete")
/// and "coping-card" (a balanced thought kept for review).
class CbtPlugin final : public sdk::Plugin {
public:
    CbtPlugin();
    ~CbtPlugin() override;

    sdk::Status initialize(sdk::PluginContext& context) override;
    void shutdown() override;
    QObject* backend() override;
    [[nodiscard]] sdk::Status validatePayload(const QString& kind, int schemaVersion,
                                              const QJsonObject& payload) const override;
    [[nodiscard]] QList<sdk::EntryDraft> sampleEntries(const sdk::SampleRequest& request) const override;

    /// The checks, usable without a running module (the catalogue decides
    /// which distortion ids are known; nullptr accepts built-in ids only).
    static sdk::Status validate(const QString& kind, const QJsonObject& payload, const DistortionCatalogue* catalogue);

private:
    std::unique_ptr<DistortionCatalogue> m_catalogue;
    std::unique_ptr<CbtBackend> m_backend;
};

} // namespace tessera::cbt
