// The behavioural activation module.
#pragma once

#include "babackend.h"

#include <tessera/sdk/dueitems.h>
#include <tessera/sdk/moduleplugin.h>
#include <tessera/sdk/report.h>

namespace tessera::ba {

/// Kinds: "activity" (what was done, life area, mastery, pleasure, mood
/// before and after), "value" (what matters in a life area and activities
/// that serve it, easy to hard), "plan" (an activity planned for a time;
/// planned, done or not done, with what got in the way). Ratings and moods
/// are each optional: only what the client rated is stored. Has things due
/// (SDK 2.3): today's plans, done or skipped in one step as the week page
/// would, and a reminder at each planned time for the coming 14 days.
class BaPlugin final : public sdk::ModulePlugin<BaBackend>, public sdk::DueItemSource, public sdk::DueItemActions,
                       public sdk::ReportSource {
public:
    BaPlugin();

    sdk::Status initialize(sdk::PluginContext& context) override;
    void shutdown() override;
    [[nodiscard]] QList<sdk::DueItem> dueItems(const QDate& day) const override;
    sdk::Status actOnDueItem(const QDate& day, const QString& itemId, Action action) override;

    [[nodiscard]] QList<sdk::EntryDraft> sampleEntries(const sdk::SampleRequest& request) const override;
    [[nodiscard]] sdk::ReportSection reportSection(const sdk::ReportRequest& request) const override;

private:
    BaBackend* m_ba = nullptr; ///< the backend, from initialize() to shutdown()
};

} // namespace tessera::ba
