// Module signatures: Ed25519 (libsodium) over a module's library and manifest.
//
// A signature is a small JSON file, plugin.sig, beside plugin.json. It signs
// a short statement naming the module, its version, the BLAKE2b-256 of its
// library and of its plugin.json, and the key's id. Verifying rebuilds the
// statement from plugin.sig, checks the signature with a trusted public key,
// then compares both hashes with the files as they are now, so it can say
// exactly what is wrong: unsigned, signed by a key nobody trusts, a damaged
// or altered plugin.sig, or which file changed since signing.
//
// Nothing here loads or runs a module's library: the files are only read.
#pragma once

#include <tessera/sdk/result.h>

#include <QByteArray>
#include <QList>
#include <QString>

namespace tessera::trust {

/// An Ed25519 public key someone trusts, with the name they know it by.
struct PublicKey {
    QString name;     ///< "Riverside clinic IT"; shown when a module is signed by it.
    QByteArray bytes; ///< 32 bytes.
    /// 16 hex digits: the start of the key's SHA-256. Names the key in plugin.sig.
    [[nodiscard]] QString keyId() const;
    [[nodiscard]] QString base64() const;
};

/// An Ed25519 secret key (with its public half), as kept in a key file.
/// The bytes are wiped when the object goes away.
class SecretKey {
public:
    SecretKey() = default;
    SecretKey(const SecretKey&) = default;
    SecretKey& operator=(const SecretKey&) = default;
    ~SecretKey();
    QString name;
    QByteArray secret; ///< libsodium's 64-byte secret key (seed and public key).
    [[nodiscard]] PublicKey publicKey() const;
};

/// Reads a public key given as text: 44 characters of base64 (32 bytes).
/// The error says what is wrong with it, never echoing more than a few characters.
sdk::Result<QByteArray> parsePublicKey(const QString& text);

/// A new random key pair.
sdk::Result<SecretKey> generateKey(const QString& name);
/// Writes a secret key file, readable by its owner only (0600). Refuses to
/// overwrite an existing file.
sdk::Status writeSecretKeyFile(const SecretKey& key, const QString& path);
/// Reads a secret key file; refuses one that other users can read.
sdk::Result<SecretKey> readSecretKeyFile(const QString& path);

/// The digests used: BLAKE2b-256 in signatures (faster: a signing profile
/// hashes every module at start), SHA-256 for allowed hashes (what sha256sum prints).
enum class Digest { Sha256, Blake2b256 };
/// A regular file's digest, 64 lowercase hex digits; a FIFO, device or a
/// file over 512 MB is refused, never waited on.
sdk::Result<QString> fileDigest(const QString& path, Digest digest);
/// fileDigest(path, Digest::Sha256).
sdk::Result<QString> fileSha256(const QString& path);

/// The two files of a module, and what its manifest says it is.
struct ModuleFiles {
    QString id;           ///< From plugin.json.
    QString version;      ///< From plugin.json.
    QString manifestPath; ///< .../<folder>/plugin.json
    QString libraryPath;  ///< .../<folder>/lib<id>.so
    /// The module's files as its folder holds them (id and version read from
    /// plugin.json with no further checks: see readManifest() for those).
    static sdk::Result<ModuleFiles> inFolder(const QString& folder);
};

/// Where a module's signature is kept: plugin.sig beside plugin.json.
QString signaturePath(const ModuleFiles& module);

/// Signs the module's files as they are now and writes plugin.sig.
sdk::Status signModule(const ModuleFiles& module, const SecretKey& key);

/// What verifying a module found.
enum class Verdict {
    Valid,           ///< Signed by a trusted key; neither file changed since.
    Unsigned,        ///< No plugin.sig.
    Unreadable,      ///< plugin.sig is not a signature file (detail says why).
    WrongModule,     ///< plugin.sig is for another module id.
    UnknownKey,      ///< Signed by a key that is not among the trusted ones.
    BadSignature,    ///< The signature does not match: plugin.sig was altered, or forged.
    LibraryChanged,  ///< The library is not the one that was signed.
    ManifestChanged, ///< plugin.json is not the one that was signed.
    BothChanged,     ///< Neither file is the one that was signed.
    FileError,       ///< A file could not be read (detail says why).
};

struct Verification {
    Verdict verdict = Verdict::Unsigned;
    QString keyId;          ///< The key plugin.sig names, when it could be read.
    QString signer;         ///< The trusted key's name, when Valid.
    QString detail;         ///< For Unreadable, WrongModule and FileError.
    [[nodiscard]] bool valid() const { return verdict == Verdict::Valid; }
    /// Plain words, as the end of a sentence: "it is signed by \"Riverside
    /// IT\" (key 0a1b…)", "it is not signed (…)", "its library libx.so
    /// changed after it was signed", ...
    [[nodiscard]] QString describe(const ModuleFiles& module) const;
};

/// Verifies the module's signature against `trusted` keys.
Verification verifyModule(const ModuleFiles& module, const QList<PublicKey>& trusted);

/// Whether the files are still those plugin.sig names (its hashes; whose key
/// signed it is verifyModule()'s question): Valid when they are, Unsigned
/// without a plugin.sig, else why not (Unreadable, WrongModule,
/// LibraryChanged, ManifestChanged, BothChanged, FileError). For `plugins
/// check`, which said "passed every check" beside a stale signature.
Verification compareWithSignature(const ModuleFiles& module);

} // namespace tessera::trust
