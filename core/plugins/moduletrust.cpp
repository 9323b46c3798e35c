#include "moduletrust.h"

#include "trust/bundledkey.h"

#include <QFileInfo>

namespace tessera::core {

QList<trust::PublicKey> trustedKeys(const ModuleTrustPolicy& policy)
{
    QList<trust::PublicKey> keys;
    for (const TrustedModuleKey& k : policy.trustedKeys)
        keys << trust::PublicKey{k.name, k.publicKey};
    if (policy.trustBundled) {
        const trust::PublicKey bundled = trust::bundledModulesKey();
        if (!bundled.bytes.isEmpty())
            keys << bundled;
    }
    return keys;
}

trust::ModuleFiles moduleFiles(const Manifest& manifest)
{
    return trust::ModuleFiles{manifest.id, manifest.version.toString(), manifest.manifestPath, manifest.libraryPath};
}

TrustDecision decideTrust(const Manifest& manifest, const ModuleTrustPolicy& policy)
{
    TrustDecision d;
    const trust::ModuleFiles files = moduleFiles(manifest);
    d.verification = trust::verifyModule(files, trustedKeys(policy));
    if (d.verification.valid()) {
        d.allowed = true;
        d.why = d.verification.describe(files);
        return d;
    }
    // Not (validly) signed: the profile may still list the module's hashes.
    const QString library = QFileInfo(files.libraryPath).fileName();
    QString mismatch;
    for (const AllowedModuleHashes& a : policy.allowedHashes) {
        if (a.id != manifest.id)
            continue;
        const bool libraryMatches = a.librarySha256 == d.verification.librarySha256;
        const bool manifestMatches = a.manifestSha256 == d.verification.manifestSha256;
        if (libraryMatches && manifestMatches) {
            d.allowed = true;
            d.why = QStringLiteral("allowed by its hashes in the profile");
            return d;
        }
        mismatch = !libraryMatches && !manifestMatches
            ? QStringLiteral("neither its library %1 nor its plugin.json matches the hashes").arg(library)
            : !libraryMatches ? QStringLiteral("its library %1 does not match the hash").arg(library)
                              : QStringLiteral("its plugin.json does not match the hash");
    }
    d.why = d.verification.describe(files);
    if (!mismatch.isEmpty())
        d.why = QStringLiteral("%1 the profile allows for \"%2\" (the file changed, or is another build), and %3")
                    .arg(mismatch, manifest.id, d.why);
    return d;
}

} // namespace tessera::core
