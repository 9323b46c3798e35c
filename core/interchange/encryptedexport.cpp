#include "encryptedexport.h"

#include "store/journalkey.h"

#include <QDir>
#include <QtEndian>

#include <sodium.h>

#include <algorithm>
#include <cstring>

namespace tessera::core {

using sdk::ErrorCode;
using sdk::makeError;

namespace {

constexpr int kMagic = sizeof(kEncryptedExportMagic) - 1; // 18
constexpr quint8 kVersion = 1;
constexpr quint8 kKdfArgon2id = 1;
constexpr int kSalt = crypto_pwhash_SALTBYTES;
constexpr int kAdBytes = kMagic + 2 + 8 + 8 + kSalt; // 52: what every chunk authenticates
constexpr int kStreamHeader = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr int kHeader = kAdBytes + kStreamHeader; // 76
constexpr int kKey = crypto_secretstream_xchacha20poly1305_KEYBYTES;
constexpr qsizetype kChunk = 64 * 1024;
constexpr qsizetype kSealedChunkMax = kChunk + crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr unsigned long long kMaxOps = 4ULL * crypto_pwhash_OPSLIMIT_SENSITIVE;
constexpr unsigned long long kMaxMem = 2ULL * crypto_pwhash_MEMLIMIT_SENSITIVE;

static_assert(kSalt == 16 && kStreamHeader == 24 && kKey == 32, "the documented layout");

// The derived key, in locked memory wiped when freed.
class Key {
public:
    Key() : m_p(static_cast<unsigned char*>(sodium_malloc(kKey))) {}
    ~Key() { sodium_free(m_p); }
    Key(const Key&) = delete;
    Key& operator=(const Key&) = delete;
    unsigned char* data() const { return m_p; }
    explicit operator bool() const { return m_p != nullptr; }

private:
    unsigned char* m_p;
};

bool derive(Key& key, const QByteArray& passphrase, const unsigned char* salt, unsigned long long ops, unsigned long long mem)
{
    return crypto_pwhash(key.data(), kKey, passphrase.constData(), static_cast<unsigned long long>(passphrase.size()), salt,
                         ops, static_cast<size_t>(mem), crypto_pwhash_ALG_ARGON2ID13)
        == 0;
}

const unsigned char* u(const char* p) { return reinterpret_cast<const unsigned char*>(p); }
unsigned char* u(char* p) { return reinterpret_cast<unsigned char*>(p); }

} // namespace

bool isEncryptedExport(const QByteArray& head) { return head.startsWith(QByteArrayView(kEncryptedExportMagic, kMagic)); }

sdk::Result<QByteArray> encryptExport(const QByteArray& plain, const QByteArray& passphrase)
{
    if (passphrase.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the export's passphrase is empty"));
    if (sodium_init() < 0)
        return makeError(ErrorCode::Internal, QStringLiteral("libsodium could not start"));
    unsigned long long ops = crypto_pwhash_OPSLIMIT_MODERATE;
    unsigned long long mem = crypto_pwhash_MEMLIMIT_MODERATE;
    if (JournalKey::fastKdfForTests()) {
        ops = crypto_pwhash_OPSLIMIT_MIN;
        mem = crypto_pwhash_MEMLIMIT_MIN;
    }
    QByteArray out;
    out.reserve(kHeader + plain.size() + (plain.size() / kChunk + 1) * (4 + crypto_secretstream_xchacha20poly1305_ABYTES));
    out.append(kEncryptedExportMagic, kMagic);
    out.append(static_cast<char>(kVersion));
    out.append(static_cast<char>(kKdfArgon2id));
    char le[8];
    qToLittleEndian<quint64>(ops, le);
    out.append(le, 8);
    qToLittleEndian<quint64>(mem, le);
    out.append(le, 8);
    QByteArray salt(kSalt, Qt::Uninitialized);
    randombytes_buf(salt.data(), kSalt);
    out.append(salt);
    Key key;
    if (!key || !derive(key, passphrase, u(salt.constData()), ops, mem))
        return makeError(ErrorCode::Internal, QStringLiteral("not enough memory to derive the export's key"));
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char header[kStreamHeader];
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, key.data());
    out.append(reinterpret_cast<const char*>(header), kStreamHeader);
    const QByteArray ad = out.left(kAdBytes);
    qsizetype at = 0;
    do {
        const qsizetype n = std::min(kChunk, plain.size() - at);
        const bool last = at + n >= plain.size();
        QByteArray sealed(n + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
        unsigned long long sealedLen = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, u(sealed.data()), &sealedLen, u(plain.constData() + at),
                                                   static_cast<unsigned long long>(n), u(ad.constData()),
                                                   static_cast<unsigned long long>(ad.size()),
                                                   last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        char len[4];
        qToLittleEndian<quint32>(static_cast<quint32>(sealedLen), len);
        out.append(len, 4);
        out.append(sealed.constData(), static_cast<qsizetype>(sealedLen));
        at += n;
    } while (at < plain.size());
    sodium_memzero(&state, sizeof state);
    return out;
}

sdk::Result<QByteArray> decryptExport(const QByteArray& sealed, const QByteArray& passphrase, const QString& path)
{
    const QString name = QDir::toNativeSeparators(path);
    const auto damaged = [&name](const QString& why) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1: the encrypted export is damaged (%2); nothing was read from it").arg(name, why));
    };
    if (!isEncryptedExport(sealed))
        return damaged(QStringLiteral("it does not start with TESSERA-EXPORT-ENC"));
    if (sealed.size() < kHeader)
        return damaged(QStringLiteral("it is cut short"));
    if (static_cast<quint8>(sealed.at(kMagic)) != kVersion)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1: the encrypted export is format version %2; this Tessera reads "
                                                            "version %3 — update Tessera")
                                                 .arg(name).arg(static_cast<quint8>(sealed.at(kMagic))).arg(kVersion));
    if (static_cast<quint8>(sealed.at(kMagic + 1)) != kKdfArgon2id)
        return damaged(QStringLiteral("unknown key derivation"));
    const quint64 ops = qFromLittleEndian<quint64>(sealed.constData() + kMagic + 2);
    const quint64 mem = qFromLittleEndian<quint64>(sealed.constData() + kMagic + 10);
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > kMaxOps || mem < crypto_pwhash_MEMLIMIT_MIN || mem > kMaxMem)
        return damaged(QStringLiteral("its key derivation limits are out of range"));
    if (passphrase.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1: the export's passphrase is empty").arg(name));
    if (sodium_init() < 0)
        return makeError(ErrorCode::Internal, QStringLiteral("libsodium could not start"));
    Key key;
    if (!key || !derive(key, passphrase, u(sealed.constData() + kMagic + 18), ops, mem))
        return makeError(ErrorCode::Internal, QStringLiteral("%1: not enough memory to derive the export's key").arg(name));
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, u(sealed.constData() + kAdBytes), key.data()) != 0)
        return damaged(QStringLiteral("its header is not valid"));
    const QByteArray ad = sealed.left(kAdBytes);
    QByteArray plain;
    qsizetype at = kHeader;
    bool final = false;
    bool first = true;
    while (!final) {
        if (sealed.size() - at < 4)
            return damaged(QStringLiteral("it is cut short"));
        const quint32 n = qFromLittleEndian<quint32>(sealed.constData() + at);
        at += 4;
        if (n < crypto_secretstream_xchacha20poly1305_ABYTES || n > kSealedChunkMax || sealed.size() - at < static_cast<qsizetype>(n))
            return damaged(QStringLiteral("it is cut short or a chunk's length is wrong"));
        QByteArray chunk(n - crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
        unsigned long long len = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, u(chunk.data()), &len, &tag, u(sealed.constData() + at), n,
                                                       u(ad.constData()), static_cast<unsigned long long>(ad.size()))
            != 0) {
            sodium_memzero(plain.data(), static_cast<size_t>(plain.size()));
            // The first chunk failing is what a wrong passphrase gives (or a change in the first chunk).
            if (first)
                return makeError(ErrorCode::PermissionDenied,
                                 QStringLiteral("%1: the passphrase does not open this encrypted export (or the file was "
                                                "changed); nothing was read from it").arg(name));
            return damaged(QStringLiteral("a part of it was changed"));
        }
        first = false;
        at += n;
        plain.append(chunk.constData(), static_cast<qsizetype>(len));
        sodium_memzero(chunk.data(), static_cast<size_t>(chunk.size()));
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
    sodium_memzero(&state, sizeof state);
    if (at != sealed.size()) {
        sodium_memzero(plain.data(), static_cast<size_t>(plain.size()));
        return damaged(QStringLiteral("something follows its end"));
    }
    return plain;
}

} // namespace tessera::core
