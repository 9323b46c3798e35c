// The reflective journal: relationship episodes, reflections with gentle
// prompts, and the patterns and themes in the client's own words.
#pragma once

#include "reflectivebackend.h"

#include <tessera/sdk/moduleplugin.h>

namespace tessera::reflective {

/// Kinds "episode" and "reflection" (see ReflectiveBackend).
class ReflectivePlugin final : public sdk::ModulePlugin<ReflectiveBackend> {
public:
    ReflectivePlugin();

    [[nodiscard]] QList<sdk::EntryDraft> sampleEntries(const sdk::SampleRequest& request) const override;

protected:
    std::unique_ptr<ReflectiveBackend> makeBackend(sdk::PluginContext& context) override;
};

} // namespace tessera::reflective
