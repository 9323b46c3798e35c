#include "auth.h"

#include <sodium.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <stdexcept>
#include <vector>

namespace tessera::server {

namespace {

std::string encode(const unsigned char* data, size_t size, int variant)
{
    std::string out(sodium_base64_encoded_len(size, variant), '\0');
    sodium_bin2base64(out.data(), out.size(), data, size, variant);
    out.resize(std::strlen(out.c_str()));
    return out;
}

std::optional<std::string> decode(const std::string& text, int variant)
{
    std::string out(text.size(), '\0');
    size_t len = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr, &len,
                          nullptr, variant)
        != 0)
        return std::nullopt;
    out.resize(len);
    return out;
}

std::string mac(const std::string& payload, const TokenKey& key)
{
    unsigned char out[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256(out, reinterpret_cast<const unsigned char*>(payload.data()), payload.size(), key.data());
    return encode(out, sizeof out, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

} // namespace

std::string tokenMessage(const std::string& clinicId, const std::string& deviceId, long long issuedAt, const std::string& nonce)
{
    return "tessera-token-v1\n" + clinicId + "\n" + deviceId + "\n" + std::to_string(issuedAt) + "\n" + nonce;
}

std::string toBase64(const unsigned char* data, size_t size) { return encode(data, size, sodium_base64_VARIANT_ORIGINAL); }
std::optional<std::string> fromBase64(const std::string& text) { return decode(text, sodium_base64_VARIANT_ORIGINAL); }

bool verifySignature(const std::string& publicKeyB64, const std::string& message, const std::string& signatureB64)
{
    const auto key = fromBase64(publicKeyB64);
    const auto sig = fromBase64(signatureB64);
    if (!key || !sig || key->size() != crypto_sign_PUBLICKEYBYTES || sig->size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(sig->data()),
                                       reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                                       reinterpret_cast<const unsigned char*>(key->data()))
        == 0;
}

TokenKey readTokenKey(const std::string& path, bool create)
{
    TokenKey key{};
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 && create) {
        fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0)
            throw std::runtime_error(path + ": cannot create the token key");
        randombytes_buf(key.data(), key.size());
        const bool ok = ::write(fd, key.data(), key.size()) == static_cast<ssize_t>(key.size()) && ::fsync(fd) == 0;
        ::close(fd);
        if (!ok)
            throw std::runtime_error(path + ": cannot write the token key");
        return key;
    }
    if (fd < 0)
        throw std::runtime_error(path + ": cannot read the token key");
    struct stat st {};
    const bool ok = ::fstat(fd, &st) == 0 && st.st_size == static_cast<off_t>(key.size())
        && ::read(fd, key.data(), key.size()) == static_cast<ssize_t>(key.size());
    ::close(fd);
    if (!ok)
        throw std::runtime_error(path + ": the token key must be exactly 32 bytes");
    return key;
}

std::string makeToken(const Caller& caller, long long expiresAt, const TokenKey& key)
{
    // clinic|device|subject|role|expiry: UUIDs and a word, no '|' in any.
    const std::string fields = caller.clinicId + "|" + caller.deviceId + "|" + caller.subjectId + "|" + caller.role + "|"
        + std::to_string(expiresAt);
    const std::string payload = encode(reinterpret_cast<const unsigned char*>(fields.data()), fields.size(),
                                       sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    return payload + "." + mac(payload, key);
}

std::optional<Caller> verifyToken(const std::string& token, const TokenKey& key, long long now)
{
    const auto dot = token.find('.');
    if (dot == std::string::npos)
        return std::nullopt;
    const std::string payload = token.substr(0, dot);
    const std::string expected = mac(payload, key);
    const std::string given = token.substr(dot + 1);
    if (given.size() != expected.size() || sodium_memcmp(given.data(), expected.data(), given.size()) != 0)
        return std::nullopt;
    const auto fields = decode(payload, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    if (!fields)
        return std::nullopt;
    std::vector<std::string> parts;
    size_t start = 0;
    for (size_t bar; (bar = fields->find('|', start)) != std::string::npos; start = bar + 1)
        parts.push_back(fields->substr(start, bar - start));
    parts.push_back(fields->substr(start));
    if (parts.size() != 5)
        return std::nullopt;
    long long expiresAt = 0;
    try {
        expiresAt = std::stoll(parts[4]);
    } catch (...) {
        return std::nullopt;
    }
    if (now >= expiresAt)
        return std::nullopt;
    return Caller{parts[0], parts[1], parts[2], parts[3]};
}

} // namespace tessera::server
