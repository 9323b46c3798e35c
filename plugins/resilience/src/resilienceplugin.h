// The resilience module: problem solving, a stress log with its patterns,
// relaxation practices and a coping toolbox.
#pragma once

#include "resiliencebackend.h"

#include <tessera/sdk/moduleplugin.h>
#include <tessera/sdk/safety.h>

namespace tessera::resilience {

/// Kinds "problem", "stress", "relaxation" and "toolbox" (see
/// ResilienceBackend). Its toolbox offers lines for the safety plan (SDK 2.5).
class ResiliencePlugin final : public sdk::ModulePlugin<ResilienceBackend>, public sdk::SafetyPlanSource {
public:
    ResiliencePlugin();

    void shutdown() override;
    [[nodiscard]] QStringList safetyPlanSuggestions(const QString& step) const override;
    [[nodiscard]] QList<sdk::EntryDraft> sampleEntries(const sdk::SampleRequest& request) const override;

protected:
    std::unique_ptr<ResilienceBackend> makeBackend(sdk::PluginContext& context) override;

private:
    ResilienceBackend* m_backend = nullptr;
};

} // namespace tessera::resilience
