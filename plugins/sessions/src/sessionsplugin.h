// The sessions module: the list for the next session, notes after each one
// with homework, and a page for the people close to the client.
#pragma once

#include "sessionsbackend.h"

#include <tessera/sdk/dueitems.h>
#include <tessera/sdk/moduleplugin.h>

namespace tessera::sessions {

/// Kinds "session", "prep" and "supporters" (see SessionsBackend). Has one
/// thing due (SDK 2.3): a session on its day, with a reminder before it.
class SessionsPlugin final : public sdk::ModulePlugin<SessionsBackend>, public sdk::DueItemSource {
public:
    SessionsPlugin();

    void shutdown() override;
    [[nodiscard]] QList<sdk::DueItem> dueItems(const QDate& day) const override;
    [[nodiscard]] QList<sdk::EntryDraft> sampleEntries(const sdk::SampleRequest& request) const override;

protected:
    std::unique_ptr<SessionsBackend> makeBackend(sdk::PluginContext& context) override;

private:
    SessionsBackend* m_sessions = nullptr;
};

} // namespace tessera::sessions
