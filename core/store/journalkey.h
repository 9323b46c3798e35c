// The key file of an encrypted journal: the journal's data key, wrapped by a
// key made from the client's passphrase and again by a recovery key.
#pragma once

#include "cryptovfs.h"

#include <tessera/sdk/result.h>

#include <QByteArray>
#include <QString>

#include <memory>

namespace tessera::core {

/// The key file beside an encrypted journal, <journal>.key (JSON, 0600):
///
///     { "format": "tessera-journal-key", "version": 1,
///       "cipher": "xchacha20poly1305-ietf",
///       "passphrase": { "kdf": "argon2id13", "opslimit": n, "memlimit": n,
///                       "salt": base64, "nonce": base64, "wrapped": base64 },
///       "recovery":   { "nonce": base64, "wrapped": base64 } }
///
/// "wrapped" is the 32-byte data key sealed with XChaCha20-Poly1305 (libsodium,
/// crypto_aead_xchacha20poly1305_ietf_encrypt) under, for "passphrase", the
/// Argon2id hash of the passphrase (crypto_pwhash, with the salt and limits
/// given) and, for "recovery", the 256-bit recovery key itself; the associated
/// data names the format and the slot, so the two cannot be swapped. The data
/// key never changes: a new passphrase re-wraps it (a new salt and nonce), and
/// the journal is not rewritten.
///
/// Argon2id limits: crypto_pwhash_OPSLIMIT_MODERATE / MEMLIMIT_MODERATE (256 MiB).
/// TEST ONLY: with the environment variable TESSERA_TEST_FAST_KDF=1, new key
/// files use the smallest limits (OPSLIMIT_MIN / MEMLIMIT_MIN) so tests run
/// fast; the limits are stored in the file, so unlocking follows the file.
/// Never set it outside the test suite.
class JournalKey {
public:
    /// <journal>.key
    static QString pathFor(const QString& journal);

    struct Created {
        std::shared_ptr<const DataKey> key;
        /// The recovery key as the client writes it down: 52 base32
        /// characters in groups of four ("ABCD-EFGH-..."). Shown once, never stored.
        QString recoveryKey;
    };
    /// Makes a new data key and writes the key file at `keyFile` (refused if
    /// one is there). The passphrase must not be empty.
    static sdk::Result<Created> create(const QString& keyFile, const QByteArray& passphrase);
    /// The data key, with the passphrase. A wrong passphrase is refused
    /// (ErrorCode::PermissionDenied) and nothing changes.
    static sdk::Result<std::shared_ptr<const DataKey>> unlock(const QString& keyFile, const QByteArray& passphrase);
    /// The data key, with the recovery key (spaces, dashes and case ignored).
    static sdk::Result<std::shared_ptr<const DataKey>> unlockWithRecoveryKey(const QString& keyFile,
                                                                            const QString& recoveryKey);
    /// Re-wraps the data key under `newPassphrase`, after unlocking with
    /// `oldPassphrase`. The old passphrase stops working; the journal is untouched.
    static sdk::Status changePassphrase(const QString& keyFile, const QByteArray& oldPassphrase,
                                        const QByteArray& newPassphrase);
    /// The same, for a client who forgot the passphrase: unlocked with the recovery key.
    static sdk::Status resetPassphrase(const QString& keyFile, const QString& recoveryKey,
                                       const QByteArray& newPassphrase);

    /// Whether TESSERA_TEST_FAST_KDF=1 (see the class comment).
    static bool fastKdfForTests();
};

} // namespace tessera::core
