// What the store needs from the plugin layer: payload validation and upgrades.
#pragma once

#include <tessera/sdk/entry.h>
#include <tessera/sdk/result.h>

#include <optional>

namespace tessera::core {

/// Validates payloads by their owning module and upgrades old ones. The
/// plugin manager implements it; tests may provide their own.
class PayloadPolicy {
public:
    virtual ~PayloadPolicy() = default;
    /// Ok when the owning module accepts the draft (kind is a full name).
    /// Unavailable when no loaded module owns the kind.
    [[nodiscard]] virtual sdk::Status validate(const sdk::EntryDraft& draft) const = 0;
    /// Brings an entry's payload to the owning module's current schema
    /// version, in memory. Leaves the entry unchanged when it cannot.
    virtual void upgrade(sdk::Entry& entry) const = 0;
    /// What the owning module's manifest says about a kind (full name);
    /// nullopt when no installed module declares it.
    [[nodiscard]] virtual std::optional<sdk::KindInfo> kindInfo(const QString& fullKind) const
    {
        Q_UNUSED(fullKind);
        return std::nullopt;
    }
};

} // namespace tessera::core
