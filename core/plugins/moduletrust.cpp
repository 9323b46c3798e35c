#include "moduletrust.h"

#include "trust/bundledkey.h"

#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

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
    // Not (validly) signed: the profile may still list the module's hashes
    // (SHA-256, computed only for a module it lists).
    const QString library = QFileInfo(files.libraryPath).fileName();
    QString mismatch;
    QString librarySha256, manifestSha256;
    for (const AllowedModuleHashes& a : policy.allowedHashes) {
        if (a.id != manifest.id)
            continue;
        if (librarySha256.isEmpty()) {
            auto l = trust::fileSha256(files.libraryPath);
            auto m = trust::fileSha256(files.manifestPath);
            if (!l.ok() || !m.ok()) {
                mismatch = QStringLiteral("its files cannot be read to compare them with the hashes the profile allows for "
                                          "\"%1\" (%2)").arg(manifest.id, (l.ok() ? m : l).error().message);
                break;
            }
            librarySha256 = l.value();
            manifestSha256 = m.value();
        }
        const bool libraryMatches = a.librarySha256 == librarySha256;
        const bool manifestMatches = a.manifestSha256 == manifestSha256;
        if (libraryMatches && manifestMatches) {
            d.allowed = true;
            d.why = QStringLiteral("allowed by its hashes in the profile");
            return d;
        }
        mismatch = (!libraryMatches && !manifestMatches
                         ? QStringLiteral("neither its library %1 nor its plugin.json matches the hashes").arg(library)
                     : !libraryMatches ? QStringLiteral("its library %1 does not match the hash").arg(library)
                                       : QStringLiteral("its plugin.json does not match the hash"))
            + QStringLiteral(" the profile allows for \"%1\" (the file changed, or is another build)").arg(manifest.id);
    }
    d.why = d.verification.describe(files);
    if (!mismatch.isEmpty())
        d.why = QStringLiteral("%1, and %2").arg(mismatch, d.why);
    return d;
}

QList<TrustDecision> decideTrust(const QList<const Manifest*>& manifests, const ModuleTrustPolicy& policy)
{
    std::vector<TrustDecision> decisions(std::size_t(manifests.size()));
    std::atomic<qsizetype> next{0};
    auto work = [&] {
        for (qsizetype i = next++; i < manifests.size(); i = next++)
            decisions[std::size_t(i)] = decideTrust(*manifests.at(i), policy);
    };
    const qsizetype threads = std::min<qsizetype>({qsizetype(std::max(1u, std::thread::hardware_concurrency())), 4, manifests.size()});
    std::vector<std::thread> helpers;
    for (qsizetype t = 1; t < threads; ++t)
        helpers.emplace_back(work);
    work();
    for (std::thread& h : helpers)
        h.join();
    return QList<TrustDecision>(decisions.begin(), decisions.end());
}

} // namespace tessera::core
