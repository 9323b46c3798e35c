#include "modulesignature.h"
#include "sodiumready.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <optional>

#include <sodium.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>

namespace tessera::trust {

using sdk::ErrorCode;
using sdk::makeError;

namespace {

constexpr auto kSignatureFormat = "tessera-module-signature";
constexpr auto kKeyFormat = "tessera-module-signing-key";
constexpr int kFormatVersion = 1;
constexpr qint64 kMaxSmallFile = 64 * 1024; // plugin.sig, key files, plugin.json's id and version
constexpr qint64 kMaxHashedFile = 512ll * 1024 * 1024; // far above any module library

QString native(const QString& path) { return QDir::toNativeSeparators(path); }

QString hex(const unsigned char* data, std::size_t size)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)).toHex());
}

// Whether `s` is `min` to `max` characters, each in `allowed` (ASCII) or, with
// `alnum`, a letter or digit. (No shared QRegularExpression: modules are
// verified on several threads at once.)
bool consistsOf(const QString& s, qsizetype min, qsizetype max, const char* allowed, bool alnum = false)
{
    if (s.size() < min || s.size() > max)
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool isAlnum = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
        if (!(alnum && isAlnum) && !(u < 128 && std::strchr(allowed, char(u)) && u != 0))
            return false;
    }
    return true;
}

bool isHexDigest(const QString& s) { return consistsOf(s, 64, 64, "0123456789abcdef"); }
bool isModuleId(const QString& s)
{
    return consistsOf(s, 1, 100, "abcdefghijklmnopqrstuvwxyz0123456789.-") && s.at(0) != QLatin1Char('.') && s.at(0) != QLatin1Char('-');
}
bool isVersionText(const QString& s) { return consistsOf(s, 1, 64, ".+-", true); }

// Strict base64 of exactly `size` bytes, or nothing.
std::optional<QByteArray> base64Of(const QString& text, qsizetype size)
{
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != size || text.trimmed() != text || text.contains(QLatin1Char('\n')))
        return std::nullopt;
    return decoded.decoded;
}

// A short, safe picture of text someone typed, for error messages.
QString shown(const QString& s)
{
    QString cut = s.left(12);
    for (QChar& c : cut) {
        if (!c.isPrint())
            c = QLatin1Char('?');
    }
    return QStringLiteral("\"%1%2\"").arg(cut, s.size() > 12 ? QStringLiteral("…") : QString());
}

sdk::Result<QByteArray> readSmallFile(const QString& path, const QString& what)
{
    // As fileSha256(): a FIFO or device in place of the file is refused, never waited on.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("%1: cannot read the %2: %3").arg(native(path), what, QString::fromLocal8Bit(strerror(errno))));
    struct stat st {};
    QFile f;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || !f.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return makeError(ErrorCode::Validation, QStringLiteral("%1: the %2 is not a regular file").arg(native(path), what));
    }
    const QByteArray bytes = f.read(kMaxSmallFile + 1);
    if (bytes.size() > kMaxSmallFile)
        return makeError(ErrorCode::Validation, QStringLiteral("%1: is too large for a %2 (over %3 KB)").arg(native(path), what).arg(kMaxSmallFile / 1024));
    return bytes;
}

// The text that is signed. Every field comes from plugin.sig (checked to
// hold no line breaks), so verifying rebuilds exactly what was signed.
QByteArray statement(const QString& id, const QString& version, const QString& libraryFile, const QString& libraryHash,
                     const QString& manifestHash, const QString& keyId)
{
    return QStringLiteral("tessera module signature %1\nmodule: %2\nversion: %3\nlibrary: %4 blake2b-256 %5\n"
                          "manifest: plugin.json blake2b-256 %6\nkey: %7\n")
        .arg(kFormatVersion).arg(id, version, libraryFile, libraryHash, manifestHash, keyId)
        .toUtf8();
}

struct SignatureFile {
    QString id;
    QString version;
    QString libraryHash;  // BLAKE2b-256, hex
    QString manifestHash;
    QString keyId;
    QByteArray signature;
};

// Reads plugin.sig; the error names the file and the field.
sdk::Result<SignatureFile> readSignatureFile(const QString& path)
{
    auto bytes = readSmallFile(path, QStringLiteral("module signature"));
    if (!bytes.ok())
        return bytes.error();
    const QString file = native(path);
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.value(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::Validation, QStringLiteral("%1: is not a signature file (not a JSON object)").arg(file));
    const QJsonObject o = doc.object();
    auto field = [&](const char* key) { return o.value(QLatin1String(key)); };
    auto bad = [&](const QString& key, const QString& why) {
        return makeError(ErrorCode::Validation, QStringLiteral("%1: \"%2\" %3").arg(file, key, why), key);
    };
    if (field("format").toString() != QLatin1String(kSignatureFormat))
        return bad(QStringLiteral("format"), QStringLiteral("must be \"%1\"").arg(QLatin1String(kSignatureFormat)));
    if (!field("formatVersion").isDouble() || field("formatVersion").toInt() != kFormatVersion)
        return bad(QStringLiteral("formatVersion"), QStringLiteral("must be %1 (a newer Tessera may have written it)").arg(kFormatVersion));
    if (field("algorithm").toString() != QLatin1String("ed25519"))
        return bad(QStringLiteral("algorithm"), QStringLiteral("must be \"ed25519\""));
    SignatureFile s;
    s.id = field("module").toString();
    if (!isModuleId(s.id))
        return bad(QStringLiteral("module"), QStringLiteral("must be a module id"));
    s.version = field("version").toString();
    if (!isVersionText(s.version))
        return bad(QStringLiteral("version"), QStringLiteral("must be a version such as \"1.2.0\""));
    if (field("hash").toString() != QLatin1String("blake2b-256"))
        return bad(QStringLiteral("hash"), QStringLiteral("must be \"blake2b-256\""));
    s.libraryHash = field("libraryHash").toString();
    if (!isHexDigest(s.libraryHash))
        return bad(QStringLiteral("libraryHash"), QStringLiteral("must be 64 hex digits"));
    s.manifestHash = field("manifestHash").toString();
    if (!isHexDigest(s.manifestHash))
        return bad(QStringLiteral("manifestHash"), QStringLiteral("must be 64 hex digits"));
    s.keyId = field("keyId").toString();
    if (!consistsOf(s.keyId, 16, 16, "0123456789abcdef"))
        return bad(QStringLiteral("keyId"), QStringLiteral("must be 16 hex digits"));
    auto signature = base64Of(field("signature").toString(), crypto_sign_BYTES);
    if (!signature)
        return bad(QStringLiteral("signature"), QStringLiteral("must be an Ed25519 signature (base64 of %1 bytes)").arg(crypto_sign_BYTES));
    s.signature = *signature;
    return s;
}

} // namespace

// ---- keys ----

QString PublicKey::keyId() const
{
    (void)sodiumReady();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.constData()), std::size_t(bytes.size()));
    return hex(digest, 8);
}

QString PublicKey::base64() const { return QString::fromLatin1(bytes.toBase64()); }

SecretKey::~SecretKey()
{
    if (!secret.isEmpty())
        sodium_memzero(secret.data(), std::size_t(secret.size()));
}

PublicKey SecretKey::publicKey() const
{
    PublicKey pk;
    pk.name = name;
    if (secret.size() == crypto_sign_SECRETKEYBYTES) {
        pk.bytes.resize(crypto_sign_PUBLICKEYBYTES);
        crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char*>(pk.bytes.data()),
                                     reinterpret_cast<const unsigned char*>(secret.constData()));
    }
    return pk;
}

sdk::Result<QByteArray> parsePublicKey(const QString& text)
{
    auto key = base64Of(text, crypto_sign_PUBLICKEYBYTES);
    if (!key)
        return makeError(ErrorCode::Validation,
                         QStringLiteral("%1 is not an Ed25519 public key (44 characters of base64, as tessera-cli plugins "
                                        "keygen prints)").arg(shown(text)));
    return *key;
}

sdk::Result<SecretKey> generateKey(const QString& name)
{
    if (!sodiumReady())
        return makeError(ErrorCode::Internal, QStringLiteral("libsodium could not be initialised"));
    SecretKey key;
    key.name = name;
    key.secret.resize(crypto_sign_SECRETKEYBYTES);
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(pk.data()), reinterpret_cast<unsigned char*>(key.secret.data()));
    return key;
}

sdk::Status writeSecretKeyFile(const SecretKey& key, const QString& path)
{
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::Conflict, QStringLiteral("%1: already exists; a key is never overwritten (choose another "
                                                             "file name, or remove the old key first if it is no longer needed)").arg(native(path)));
    const PublicKey pk = key.publicKey();
    QByteArray secret = key.secret.toBase64();
    const QJsonObject o{{QStringLiteral("format"), QLatin1String(kKeyFormat)},
                        {QStringLiteral("formatVersion"), kFormatVersion},
                        {QStringLiteral("name"), key.name},
                        {QStringLiteral("keyId"), pk.keyId()},
                        {QStringLiteral("publicKey"), pk.base64()},
                        {QStringLiteral("secretKey"), QString::fromLatin1(secret)}};
    sodium_memzero(secret.data(), std::size_t(secret.size()));
    QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Indented);
    // Created 0600 from the start (umask may only take rights away), so the
    // key is never readable by others, not even for a moment.
    const QByteArray local = QFile::encodeName(path);
    const int fd = ::open(local.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        sodium_memzero(text.data(), std::size_t(text.size()));
        return makeError(ErrorCode::Storage, QStringLiteral("%1: cannot create the key file: %2").arg(native(path), QString::fromLocal8Bit(strerror(errno))));
    }
    bool ok = true;
    for (qsizetype written = 0; ok && written < text.size();) {
        const ssize_t n = ::write(fd, text.constData() + written, size_t(text.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        written += n > 0 ? n : 0;
    }
    ok = ::fsync(fd) == 0 && ok;
    ok = ::close(fd) == 0 && ok;
    sodium_memzero(text.data(), std::size_t(text.size()));
    if (!ok) {
        QFile::remove(path);
        return makeError(ErrorCode::Storage, QStringLiteral("%1: cannot write the key file").arg(native(path)));
    }
    return {};
}

sdk::Result<SecretKey> readSecretKeyFile(const QString& path)
{
    const QString file = native(path);
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 && (st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return makeError(ErrorCode::PermissionDenied,
                         QStringLiteral("%1: other users can read this secret key; make it private first (chmod 600 %1)").arg(file));
    auto bytes = readSmallFile(path, QStringLiteral("signing key"));
    if (!bytes.ok())
        return bytes.error();
    QJsonParseError pe{};
    const QJsonObject o = QJsonDocument::fromJson(bytes.value(), &pe).object();
    sodium_memzero(bytes.value().data(), std::size_t(bytes.value().size()));
    if (pe.error != QJsonParseError::NoError || o.value(QStringLiteral("format")).toString() != QLatin1String(kKeyFormat))
        return makeError(ErrorCode::Validation, QStringLiteral("%1: is not a Tessera signing key (make one with tessera-cli plugins keygen)").arg(file));
    SecretKey key;
    key.name = o.value(QStringLiteral("name")).toString();
    QString secretText = o.value(QStringLiteral("secretKey")).toString();
    auto secret = base64Of(secretText, crypto_sign_SECRETKEYBYTES);
    secretText.fill(QLatin1Char('\0'));
    if (!secret)
        return makeError(ErrorCode::Validation, QStringLiteral("%1: \"secretKey\" is damaged (not base64 of %2 bytes)").arg(file).arg(crypto_sign_SECRETKEYBYTES), QStringLiteral("secretKey"));
    key.secret = *secret;
    sodium_memzero(secret->data(), std::size_t(secret->size()));
    auto pk = parsePublicKey(o.value(QStringLiteral("publicKey")).toString());
    if (!pk.ok() || pk.value() != key.publicKey().bytes)
        return makeError(ErrorCode::Validation, QStringLiteral("%1: \"publicKey\" does not belong to its secret key; the file is damaged").arg(file), QStringLiteral("publicKey"));
    return key;
}

// ---- files ----

sdk::Result<QString> fileDigest(const QString& path, Digest digestKind)
{
    // Opened without blocking and checked to be a regular file first: a FIFO
    // or a device named like a module's file must not hang the host.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("%1: cannot be read: %2").arg(native(path), QString::fromLocal8Bit(strerror(errno))));
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return makeError(ErrorCode::Validation, QStringLiteral("%1: is not a regular file").arg(native(path)));
    }
    if (st.st_size > kMaxHashedFile) {
        ::close(fd);
        return makeError(ErrorCode::Validation, QStringLiteral("%1: is %2 MB, larger than any module file could be")
                                                    .arg(native(path)).arg(qint64(st.st_size) / (1024 * 1024)));
    }
    QFile f;
    if (!f.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return makeError(ErrorCode::NotFound, QStringLiteral("%1: cannot be read: %2").arg(native(path), f.errorString()));
    }
    if (!sodiumReady())
        return makeError(ErrorCode::Internal, QStringLiteral("libsodium could not be initialised"));
    crypto_hash_sha256_state sha{};
    crypto_generichash_state blake{};
    const bool isSha = digestKind == Digest::Sha256;
    if (isSha)
        crypto_hash_sha256_init(&sha);
    else
        crypto_generichash_init(&blake, nullptr, 0, 32);
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n < 0)
            return makeError(ErrorCode::Storage, QStringLiteral("%1: cannot be read: %2").arg(native(path), f.errorString()));
        if (n == 0)
            break;
        const auto* bytes = reinterpret_cast<const unsigned char*>(buffer.constData());
        if (isSha)
            crypto_hash_sha256_update(&sha, bytes, std::size_t(n));
        else
            crypto_generichash_update(&blake, bytes, std::size_t(n));
    }
    unsigned char digest[32];
    if (isSha)
        crypto_hash_sha256_final(&sha, digest);
    else
        crypto_generichash_final(&blake, digest, sizeof digest);
    return hex(digest, sizeof digest);
}

sdk::Result<QString> fileSha256(const QString& path) { return fileDigest(path, Digest::Sha256); }

sdk::Result<ModuleFiles> ModuleFiles::inFolder(const QString& folder)
{
    const QString manifest = QDir(folder).filePath(QStringLiteral("plugin.json"));
    auto bytes = readSmallFile(manifest, QStringLiteral("manifest"));
    if (!bytes.ok())
        return bytes.error();
    const QJsonObject o = QJsonDocument::fromJson(bytes.value()).object();
    ModuleFiles m;
    m.id = o.value(QStringLiteral("id")).toString();
    m.version = o.value(QStringLiteral("version")).toString();
    if (!isModuleId(m.id))
        return makeError(ErrorCode::Validation, QStringLiteral("%1: \"id\" is missing or not a module id").arg(native(manifest)), QStringLiteral("id"));
    m.manifestPath = manifest;
    m.libraryPath = QDir(folder).filePath(QStringLiteral("lib%1.so").arg(m.id));
    return m;
}

QString signaturePath(const ModuleFiles& module)
{
    return QFileInfo(module.manifestPath).dir().filePath(QStringLiteral("plugin.sig"));
}

sdk::Status signModule(const ModuleFiles& module, const SecretKey& key)
{
    if (!sodiumReady())
        return makeError(ErrorCode::Internal, QStringLiteral("libsodium could not be initialised"));
    if (!isVersionText(module.version))
        return makeError(ErrorCode::Validation, QStringLiteral("%1: \"version\" must be a version such as \"1.2.0\"").arg(native(module.manifestPath)));
    if (key.secret.size() != crypto_sign_SECRETKEYBYTES)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the signing key is damaged"));
    auto library = fileDigest(module.libraryPath, Digest::Blake2b256);
    if (!library.ok())
        return library.error();
    auto manifest = fileDigest(module.manifestPath, Digest::Blake2b256);
    if (!manifest.ok())
        return manifest.error();
    const PublicKey pk = key.publicKey();
    const QString libraryFile = QFileInfo(module.libraryPath).fileName();
    const QByteArray text = statement(module.id, module.version, libraryFile, library.value(), manifest.value(), pk.keyId());
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(text.constData()), std::size_t(text.size()),
                         reinterpret_cast<const unsigned char*>(key.secret.constData()));
    const QJsonObject o{{QStringLiteral("format"), QLatin1String(kSignatureFormat)},
                        {QStringLiteral("formatVersion"), kFormatVersion},
                        {QStringLiteral("algorithm"), QStringLiteral("ed25519")},
                        {QStringLiteral("module"), module.id},
                        {QStringLiteral("version"), module.version},
                        {QStringLiteral("hash"), QStringLiteral("blake2b-256")},
                        {QStringLiteral("libraryHash"), library.value()},
                        {QStringLiteral("manifestHash"), manifest.value()},
                        {QStringLiteral("keyId"), pk.keyId()},
                        {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}};
    const QString path = signaturePath(module);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson(QJsonDocument::Indented)) < 0 || !f.commit())
        return makeError(ErrorCode::Storage, QStringLiteral("%1: cannot write the signature: %2").arg(native(path), f.errorString()));
    return {};
}

// ---- verifying ----

namespace {

// plugin.sig for `module`, or nothing with v's verdict saying why not
// (Unsigned, Unreadable, WrongModule).
std::optional<SignatureFile> signatureFor(const ModuleFiles& module, Verification& v)
{
    const QString sigPath = signaturePath(module);
    if (!QFileInfo::exists(sigPath) && !QFileInfo(sigPath).isSymLink()) {
        v.verdict = Verdict::Unsigned;
        return std::nullopt;
    }
    auto sig = readSignatureFile(sigPath);
    if (!sig.ok()) {
        v.verdict = Verdict::Unreadable;
        v.detail = sig.error().message;
        return std::nullopt;
    }
    v.keyId = sig->keyId;
    if (sig->id != module.id) {
        v.verdict = Verdict::WrongModule;
        v.detail = QStringLiteral("plugin.sig is the signature of the module \"%1\", not \"%2\"").arg(sig->id, module.id);
        return std::nullopt;
    }
    return std::move(sig).value();
}

// The files against the hashes plugin.sig names: Valid when both are those signed.
void compareFiles(const ModuleFiles& module, const SignatureFile& s, Verification& v)
{
    auto library = fileDigest(module.libraryPath, Digest::Blake2b256);
    auto manifest = fileDigest(module.manifestPath, Digest::Blake2b256);
    if (!library.ok() || !manifest.ok()) {
        v.verdict = Verdict::FileError;
        v.detail = (library.ok() ? manifest : library).error().message;
        return;
    }
    const bool libraryChanged = s.libraryHash != library.value();
    const bool manifestChanged = s.manifestHash != manifest.value();
    v.verdict = libraryChanged && manifestChanged ? Verdict::BothChanged
              : libraryChanged                    ? Verdict::LibraryChanged
              : manifestChanged                   ? Verdict::ManifestChanged
                                                  : Verdict::Valid;
}

} // namespace

Verification verifyModule(const ModuleFiles& module, const QList<PublicKey>& trusted)
{
    // The cheap checks first; the files are hashed only for a signature by a
    // trusted key that verifies.
    Verification v;
    const auto sig = signatureFor(module, v);
    if (!sig)
        return v;
    const SignatureFile& s = *sig;
    const PublicKey* key = nullptr;
    for (const PublicKey& k : trusted) {
        if (k.bytes.size() == crypto_sign_PUBLICKEYBYTES && k.keyId() == s.keyId) {
            key = &k;
            break;
        }
    }
    if (!key) {
        v.verdict = Verdict::UnknownKey;
        return v;
    }
    if (!sodiumReady()) {
        v.verdict = Verdict::FileError;
        v.detail = QStringLiteral("libsodium could not be initialised");
        return v;
    }
    const QByteArray text = statement(s.id, s.version, QFileInfo(module.libraryPath).fileName(), s.libraryHash, s.manifestHash, s.keyId);
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(s.signature.constData()),
                                    reinterpret_cast<const unsigned char*>(text.constData()), std::size_t(text.size()),
                                    reinterpret_cast<const unsigned char*>(key->bytes.constData())) != 0) {
        v.verdict = Verdict::BadSignature;
        return v;
    }
    compareFiles(module, s, v);
    if (v.verdict == Verdict::Valid)
        v.signer = key->name;
    return v;
}

Verification compareWithSignature(const ModuleFiles& module)
{
    Verification v;
    if (const auto sig = signatureFor(module, v))
        compareFiles(module, *sig, v);
    return v;
}

QString Verification::describe(const ModuleFiles& module) const
{
    const QString library = QFileInfo(module.libraryPath).fileName();
    switch (verdict) {
    case Verdict::Valid:
        return QStringLiteral("it is signed by \"%1\" (key %2)").arg(signer, keyId);
    case Verdict::Unsigned:
        return QStringLiteral("it is not signed (there is no plugin.sig beside its plugin.json)");
    case Verdict::Unreadable:
        return QStringLiteral("its signature cannot be read: %1").arg(detail);
    case Verdict::WrongModule:
        return QStringLiteral("its signature is for another module: %1").arg(detail);
    case Verdict::UnknownKey:
        return QStringLiteral("it is signed by a key that is not trusted here (key %1)").arg(keyId);
    case Verdict::BadSignature:
        return QStringLiteral("its signature does not match its key (key %1): plugin.sig was altered after signing").arg(keyId);
    case Verdict::LibraryChanged:
        return QStringLiteral("its library %1 changed after it was signed").arg(library);
    case Verdict::ManifestChanged:
        return QStringLiteral("its plugin.json changed after it was signed");
    case Verdict::BothChanged:
        return QStringLiteral("its library %1 and its plugin.json both changed after it was signed").arg(library);
    case Verdict::FileError:
        return QStringLiteral("its files cannot be read: %1").arg(detail);
    }
    return {};
}

} // namespace tessera::trust
