// The key file of an encrypted journal (see journalkey.h). libsodium does
// all the cryptography: Argon2id (crypto_pwhash), the AEAD that wraps the
// data key, the random salt, nonces and keys, and locked memory.
#include "journalkey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

#include <array>
#include <cstring>

namespace tessera::core {

using sdk::ErrorCode;
using sdk::makeError;
using sdk::Result;
using sdk::Status;

namespace {

constexpr int kVersion = 1;
constexpr char kFormat[] = "tessera-journal-key";
constexpr char kCipher[] = "xchacha20poly1305-ietf";
constexpr char kKdf[] = "argon2id13";
constexpr int kKey = DataKey::kBytes;
constexpr int kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kWrappedBytes = kKey + crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr int kSalt = crypto_pwhash_SALTBYTES;
// The most a key file may ask of Argon2id (a damaged or hostile file must not
// make unlocking take minutes or all memory): 4x the strongest preset.
constexpr unsigned long long kMaxOps = 4ULL * crypto_pwhash_OPSLIMIT_SENSITIVE;
constexpr size_t kMaxMem = 2ULL * crypto_pwhash_MEMLIMIT_SENSITIVE;
const char kBase32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

QString fileName(const QString& path) { return QDir::toNativeSeparators(path); }

sdk::Error keyFileError(const QString& path, const QString& what, const QString& field = {})
{
    return makeError(ErrorCode::Storage, QStringLiteral("%1: %2").arg(fileName(path), what), field);
}

// A block of locked memory, wiped when freed.
class Secret {
public:
    explicit Secret(size_t n) : m_n(n), m_p(static_cast<unsigned char*>(sodium_malloc(n))) {}
    ~Secret() { sodium_free(m_p); }
    Secret(const Secret&) = delete;
    Secret& operator=(const Secret&) = delete;
    unsigned char* data() const { return m_p; }
    size_t size() const { return m_n; }
    explicit operator bool() const { return m_p != nullptr; }

private:
    size_t m_n;
    unsigned char* m_p;
};

QByteArray associatedData(const char* slot)
{
    return QByteArray(kFormat) + '/' + QByteArray::number(kVersion) + '/' + slot;
}

QString b64(const QByteArray& bytes) { return QString::fromLatin1(bytes.toBase64()); }

struct Limits {
    unsigned long long ops = crypto_pwhash_OPSLIMIT_MODERATE;
    size_t mem = crypto_pwhash_MEMLIMIT_MODERATE;
};

Limits newLimits()
{
    if (JournalKey::fastKdfForTests())
        return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    return {};
}

// The Argon2id key of a passphrase into `out` (kKey bytes).
bool deriveKey(const QByteArray& passphrase, const unsigned char* salt, const Limits& limits, Secret& out)
{
    return crypto_pwhash(out.data(), kKey, passphrase.constData(), static_cast<unsigned long long>(passphrase.size()),
                         salt, limits.ops, limits.mem, crypto_pwhash_ALG_ARGON2ID13)
        == 0;
}

QJsonObject wrap(const unsigned char* dataKey, const unsigned char* wrappingKey, const char* slot)
{
    QByteArray nonce(kNonce, Qt::Uninitialized);
    randombytes_buf(nonce.data(), kNonce);
    QByteArray wrapped(kWrappedBytes, Qt::Uninitialized);
    const QByteArray ad = associatedData(slot);
    unsigned long long len = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(wrapped.data()), &len, dataKey, kKey,
                                               reinterpret_cast<const unsigned char*>(ad.constData()),
                                               static_cast<unsigned long long>(ad.size()), nullptr,
                                               reinterpret_cast<const unsigned char*>(nonce.constData()), wrappingKey);
    return {{QStringLiteral("nonce"), b64(nonce)}, {QStringLiteral("wrapped"), b64(wrapped)}};
}

// The bytes of a base64 field of `o`, exactly `size` long; empty, with *error, otherwise.
QByteArray bytesField(const QString& path, const QJsonObject& o, const QString& slot, const QString& name, int size,
                      sdk::Error* error)
{
    const QString field = slot + QLatin1Char('.') + name;
    const QJsonValue v = o.value(name);
    if (!v.isString()) {
        *error = keyFileError(path, QStringLiteral("%1 is missing; the key file is damaged").arg(field), field);
        return {};
    }
    auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != size) {
        *error = keyFileError(path, QStringLiteral("%1 is not %2 bytes of base64; the key file is damaged").arg(field).arg(size),
                              field);
        return {};
    }
    return decoded.decoded;
}

// Unwraps the slot into a new DataKey; a failed check is a wrong passphrase or recovery key.
Result<std::shared_ptr<const DataKey>> unwrap(const QString& path, const QJsonObject& slotObject, const char* slot,
                                              const unsigned char* wrappingKey, const QString& wrongMessage)
{
    sdk::Error error;
    const QByteArray nonce = bytesField(path, slotObject, QString::fromLatin1(slot), QStringLiteral("nonce"), kNonce, &error);
    if (nonce.isEmpty())
        return error;
    const QByteArray wrapped =
        bytesField(path, slotObject, QString::fromLatin1(slot), QStringLiteral("wrapped"), kWrappedBytes, &error);
    if (wrapped.isEmpty())
        return error;
    Secret dataKey(kKey);
    if (!dataKey)
        return makeError(ErrorCode::Internal, QStringLiteral("no locked memory for the journal's key"));
    const QByteArray ad = associatedData(slot);
    unsigned long long len = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(dataKey.data(), &len, nullptr,
                                                   reinterpret_cast<const unsigned char*>(wrapped.constData()),
                                                   kWrappedBytes, reinterpret_cast<const unsigned char*>(ad.constData()),
                                                   static_cast<unsigned long long>(ad.size()),
                                                   reinterpret_cast<const unsigned char*>(nonce.constData()), wrappingKey)
            != 0
        || len != kKey)
        return makeError(ErrorCode::PermissionDenied, QStringLiteral("%1: %2").arg(fileName(path), wrongMessage));
    auto key = DataKey::fromBytes(dataKey.data());
    if (!key)
        return makeError(ErrorCode::Internal, QStringLiteral("no locked memory for the journal's key"));
    return key;
}

// The key file's JSON, checked for format and version.
Result<QJsonObject> readKeyFile(const QString& path)
{
    QFile f(path);
    if (!f.exists())
        return makeError(ErrorCode::NotFound, QStringLiteral("%1: no key file there (an encrypted journal cannot be "
                                                             "opened without it)").arg(fileName(path)));
    if (f.size() > 64 * 1024)
        return keyFileError(path, QStringLiteral("is too large to be a key file"));
    if (!f.open(QIODevice::ReadOnly))
        return keyFileError(path, QStringLiteral("cannot be read (permission denied?)"));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return keyFileError(path, QStringLiteral("is not a key file (not JSON: %1)").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return keyFileError(path, QStringLiteral("format is not \"%1\"; not a Tessera key file").arg(QLatin1String(kFormat)),
                            QStringLiteral("format"));
    if (o.value(QStringLiteral("version")).toInt(-1) != kVersion)
        return keyFileError(path, QStringLiteral("version %1 is not one this Tessera reads (it reads %2)")
                                      .arg(o.value(QStringLiteral("version")).toVariant().toString())
                                      .arg(kVersion),
                            QStringLiteral("version"));
    if (o.value(QStringLiteral("cipher")).toString() != QLatin1String(kCipher))
        return keyFileError(path, QStringLiteral("cipher is not \"%1\"").arg(QLatin1String(kCipher)), QStringLiteral("cipher"));
    for (const char* slot : {"passphrase", "recovery"}) {
        if (!o.value(QLatin1String(slot)).isObject())
            return keyFileError(path, QStringLiteral("%1 is missing; the key file is damaged").arg(QLatin1String(slot)),
                                QLatin1String(slot));
    }
    return o;
}

// The passphrase slot's salt and limits.
Status passphraseParameters(const QString& path, const QJsonObject& slot, QByteArray* salt, Limits* limits)
{
    if (slot.value(QStringLiteral("kdf")).toString() != QLatin1String(kKdf))
        return keyFileError(path, QStringLiteral("passphrase.kdf is not \"%1\"").arg(QLatin1String(kKdf)),
                            QStringLiteral("passphrase.kdf"));
    const double ops = slot.value(QStringLiteral("opslimit")).toDouble(-1);
    const double mem = slot.value(QStringLiteral("memlimit")).toDouble(-1);
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > static_cast<double>(kMaxOps) || ops != static_cast<double>(static_cast<qint64>(ops)))
        return keyFileError(path, QStringLiteral("passphrase.opslimit is missing or out of range"),
                            QStringLiteral("passphrase.opslimit"));
    if (mem < crypto_pwhash_MEMLIMIT_MIN || mem > static_cast<double>(kMaxMem) || mem != static_cast<double>(static_cast<qint64>(mem)))
        return keyFileError(path, QStringLiteral("passphrase.memlimit is missing or out of range"),
                            QStringLiteral("passphrase.memlimit"));
    limits->ops = static_cast<unsigned long long>(ops);
    limits->mem = static_cast<size_t>(mem);
    sdk::Error error;
    *salt = bytesField(path, slot, QStringLiteral("passphrase"), QStringLiteral("salt"), kSalt, &error);
    if (salt->isEmpty())
        return error;
    return {};
}

// A new passphrase slot wrapping `dataKey`.
Result<QJsonObject> passphraseSlot(const unsigned char* dataKey, const QByteArray& passphrase)
{
    if (passphrase.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the passphrase is empty"), QStringLiteral("passphrase"));
    const Limits limits = newLimits();
    QByteArray salt(kSalt, Qt::Uninitialized);
    randombytes_buf(salt.data(), kSalt);
    Secret wrappingKey(kKey);
    if (!wrappingKey || !deriveKey(passphrase, reinterpret_cast<const unsigned char*>(salt.constData()), limits, wrappingKey))
        return makeError(ErrorCode::Internal, QStringLiteral("not enough memory to derive a key from the passphrase"));
    QJsonObject slot = wrap(dataKey, wrappingKey.data(), "passphrase");
    slot.insert(QStringLiteral("kdf"), QLatin1String(kKdf));
    slot.insert(QStringLiteral("opslimit"), static_cast<qint64>(limits.ops));
    slot.insert(QStringLiteral("memlimit"), static_cast<qint64>(limits.mem));
    slot.insert(QStringLiteral("salt"), b64(salt));
    return slot;
}

Status writeKeyFile(const QString& path, const QJsonObject& o)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return keyFileError(path, QStringLiteral("cannot be written (is the folder writable?)"));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return keyFileError(path, QStringLiteral("could not be saved (disk full?)"));
    return {};
}

QString toBase32(const unsigned char* bytes, int n)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (int i = 0; i < n; ++i) {
        buffer = (buffer << 8) | bytes[i];
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kBase32[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(kBase32[(buffer << (5 - bits)) & 31]);
    QString grouped;
    for (int i = 0; i < out.size(); i += 4)
        grouped += (i ? QStringLiteral("-") : QString()) + out.mid(i, 4);
    return grouped;
}

// The recovery key's bytes into `out` (kKey); false if the text is not one.
bool fromBase32(const QString& text, Secret& out)
{
    quint32 buffer = 0;
    int bits = 0;
    size_t n = 0;
    int symbols = 0;
    for (QChar c : text) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        const char* at = std::strchr(kBase32, c.toUpper().toLatin1());
        if (!at || !*at)
            return false;
        ++symbols;
        buffer = (buffer << 5) | static_cast<quint32>(at - kBase32);
        bits += 5;
        if (bits >= 8) {
            if (n >= out.size())
                return false;
            out.data()[n++] = static_cast<unsigned char>(buffer >> (bits - 8));
            bits -= 8;
        }
    }
    return n == out.size() && symbols == (kKey * 8 + 4) / 5;
}

Status rewrap(const QString& keyFile, QJsonObject o, const unsigned char* dataKey, const QByteArray& newPassphrase)
{
    auto slot = passphraseSlot(dataKey, newPassphrase);
    if (!slot.ok())
        return slot.error();
    o.insert(QStringLiteral("passphrase"), slot.value());
    return writeKeyFile(keyFile, o);
}

} // namespace

QString JournalKey::pathFor(const QString& journal) { return journal + QStringLiteral(".key"); }

bool JournalKey::fastKdfForTests() { return qEnvironmentVariable("TESSERA_TEST_FAST_KDF") == QLatin1String("1"); }

Result<JournalKey::Created> JournalKey::create(const QString& keyFile, const QByteArray& passphrase)
{
    QString why;
    if (!cryptovfs::ensureRegistered(&why))
        return makeError(ErrorCode::Internal, why);
    if (QFileInfo::exists(keyFile))
        return makeError(ErrorCode::Conflict, QStringLiteral("%1: a key file is there already; it was left as it is")
                                                  .arg(fileName(keyFile)));
    auto key = DataKey::random();
    Secret recovery(kKey);
    if (!key || !recovery)
        return makeError(ErrorCode::Internal, QStringLiteral("no locked memory for the journal's key"));
    randombytes_buf(recovery.data(), kKey);
    auto slot = passphraseSlot(key->bytes(), passphrase);
    if (!slot.ok())
        return slot.error();
    QJsonObject o{{QStringLiteral("format"), QLatin1String(kFormat)},
                  {QStringLiteral("version"), kVersion},
                  {QStringLiteral("cipher"), QLatin1String(kCipher)},
                  {QStringLiteral("passphrase"), slot.value()},
                  {QStringLiteral("recovery"), wrap(key->bytes(), recovery.data(), "recovery")}};
    if (Status s = writeKeyFile(keyFile, o); !s.ok())
        return s.error();
    return Created{key, toBase32(recovery.data(), kKey)};
}

Result<std::shared_ptr<const DataKey>> JournalKey::unlock(const QString& keyFile, const QByteArray& passphrase)
{
    QString why;
    if (!cryptovfs::ensureRegistered(&why))
        return makeError(ErrorCode::Internal, why);
    auto o = readKeyFile(keyFile);
    if (!o.ok())
        return o.error();
    const QJsonObject slot = o.value().value(QStringLiteral("passphrase")).toObject();
    QByteArray salt;
    Limits limits;
    if (Status s = passphraseParameters(keyFile, slot, &salt, &limits); !s.ok())
        return s.error();
    Secret wrappingKey(kKey);
    if (!wrappingKey || !deriveKey(passphrase, reinterpret_cast<const unsigned char*>(salt.constData()), limits, wrappingKey))
        return makeError(ErrorCode::Internal, QStringLiteral("not enough memory to derive a key from the passphrase"));
    return unwrap(keyFile, slot, "passphrase", wrappingKey.data(),
                  QStringLiteral("the passphrase is not right; nothing was opened or changed"));
}

Result<std::shared_ptr<const DataKey>> JournalKey::unlockWithRecoveryKey(const QString& keyFile, const QString& recoveryKey)
{
    QString why;
    if (!cryptovfs::ensureRegistered(&why))
        return makeError(ErrorCode::Internal, why);
    auto o = readKeyFile(keyFile);
    if (!o.ok())
        return o.error();
    Secret recovery(kKey);
    if (!recovery)
        return makeError(ErrorCode::Internal, QStringLiteral("no locked memory for the recovery key"));
    if (!fromBase32(recoveryKey, recovery))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("that is not a recovery key (52 letters and digits "
                                                                    "2-7, in groups of four)"));
    return unwrap(keyFile, o.value().value(QStringLiteral("recovery")).toObject(), "recovery", recovery.data(),
                  QStringLiteral("the recovery key is not this journal's; nothing was opened or changed"));
}

namespace {

// The data key, once unlocked one way or the other, wrapped again for a new passphrase.
template <typename Unlocked>
Status rewrapUnlocked(const QString& keyFile, const Unlocked& key, const QByteArray& newPassphrase)
{
    if (!key.ok())
        return key.error();
    auto o = readKeyFile(keyFile);
    if (!o.ok())
        return o.error();
    return rewrap(keyFile, o.value(), key.value()->bytes(), newPassphrase);
}

} // namespace

Status JournalKey::changePassphrase(const QString& keyFile, const QByteArray& oldPassphrase, const QByteArray& newPassphrase)
{
    if (newPassphrase.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the new passphrase is empty"), QStringLiteral("passphrase"));
    return rewrapUnlocked(keyFile, unlock(keyFile, oldPassphrase), newPassphrase);
}

Status JournalKey::resetPassphrase(const QString& keyFile, const QString& recoveryKey, const QByteArray& newPassphrase)
{
    if (newPassphrase.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the new passphrase is empty"), QStringLiteral("passphrase"));
    return rewrapUnlocked(keyFile, unlockWithRecoveryKey(keyFile, recoveryKey), newPassphrase);
}

} // namespace tessera::core
