// Whether a clinic profile lets a module run: its signature or its hashes,
// checked before its library is opened (PluginStage::Signature).
#pragma once

#include "manifest.h"
#include "profile/profile.h"
#include "trust/modulesignature.h"

namespace tessera::core {

/// The keys `policy` trusts: its trustedKeys, and the bundled modules' key
/// when it says trustBundled.
QList<trust::PublicKey> trustedKeys(const ModuleTrustPolicy& policy);

/// The module's two files, as its manifest names them.
trust::ModuleFiles moduleFiles(const Manifest& manifest);

struct TrustDecision {
    bool allowed = false;
    /// Allowed: "signed by \"Riverside IT\" (key 0a1b2c3d4e5f6a7b)" or
    /// "allowed by its hashes in the profile". Refused: why, as the end of a
    /// sentence ("it is not signed (there is no plugin.sig)").
    QString why;
    trust::Verification verification;
};

/// Decides whether `policy` lets the module run: reads its files, never its
/// code. Call only when policy.active().
TrustDecision decideTrust(const Manifest& manifest, const ModuleTrustPolicy& policy);
/// The same for several modules, on up to four threads (hashing the
/// libraries is most of a signing profile's cost at start); in order.
QList<TrustDecision> decideTrust(const QList<const Manifest*>& manifests, const ModuleTrustPolicy& policy);

} // namespace tessera::core
