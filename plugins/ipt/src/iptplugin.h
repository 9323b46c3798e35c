// The relationships module: interpersonal therapy (IPT).
#pragma once

#include "iptbackend.h"

#include <tessera/sdk/moduleplugin.h>
#include <tessera/sdk/report.h>

namespace tessera::ipt {

/// Kinds: "focus" (the problem area chosen, revised in place), "person" (one
/// card of the interpersonal inventory), "transition" and "dispute" (the role
/// worksheets, revised in place so their history is kept), "communication"
/// (one conversation looked at closely) and "event" (an interpersonal event
/// with the mood it went with).
class IptPlugin final : public sdk::ModulePlugin<IptBackend>, public sdk::ReportSource {
public:
    IptPlugin();

    [[nodiscard]] QList<sdk::EntryDraft> sampleEntries(const sdk::SampleRequest& request) const override;
    [[nodiscard]] sdk::ReportSection reportSection(const sdk::ReportRequest& request) const override;
};

} // namespace tessera::ipt
