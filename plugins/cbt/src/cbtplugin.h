// The CBT module: thought records, distortions, coping cards, insights.
#pragma once

#include "cbtbackend.h"
#include "distortions.h"

#include <tessera/sdk/moduleplugin.h>
#include <tessera/sdk/report.h>

#include <memory>

namespace tessera::cbt {

/// Kinds: "thought-record" (the seven steps; status "draft" or "complete")
/// and "coping-card" (a balanced thought kept for review).
class CbtPlugin final : public sdk::ModulePlugin<CbtBackend>, public sdk::ReportSource {
public:
    CbtPlugin();
    ~CbtPlugin() override;

    [[nodiscard]] QList<sdk::EntryDraft> sampleEntries(const sdk::SampleRequest& request) const override;
    [[nodiscard]] sdk::ReportSection reportSection(const sdk::ReportRequest& request) const override;

protected:
    /// Reads the clinic's distortions (profile settings and the registry in
    /// the module's data folder) before the backend that shows them is made.
    std::unique_ptr<CbtBackend> makeBackend(sdk::PluginContext& context) override;

private:
    /// Which distortion ids a thought record may name; built-in ones only
    /// until the module has started.
    std::unique_ptr<DistortionCatalogue> m_catalogue;
};

} // namespace tessera::cbt
