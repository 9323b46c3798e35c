// Tokens and device signatures for the clinic service (issue 31).
//
// A paired device holds an Ed25519 key; the service keeps its public half.
// To get a token the device signs tokenMessage(clinic, device, issuedAt,
// nonce); the service checks the signature, that issuedAt is within five
// minutes of its clock, and that the nonce is new (SyncStore::spendNonce),
// then answers with a token: the caller (clinic, device, subject, role) and
// an expiry five minutes on, MACed (HMAC-SHA-256) with a key every copy of
// the service reads from the same file. The service keeps no session: any
// copy checks any token.
#pragma once

#include "syncstore.h"

#include <array>
#include <optional>
#include <string>

namespace tessera::server {

inline constexpr int kTokenSeconds = 300;

/// What a device signs to ask for a token.
std::string tokenMessage(const std::string& clinicId, const std::string& deviceId, long long issuedAt, const std::string& nonce);

/// Whether `signatureB64` is the Ed25519 signature of `message` by `publicKeyB64` (base64, standard alphabet).
bool verifySignature(const std::string& publicKeyB64, const std::string& message, const std::string& signatureB64);

using TokenKey = std::array<unsigned char, 32>;

/// Reads the 32-byte key from `path` (created with 32 random bytes, 0600, when missing and `create`).
TokenKey readTokenKey(const std::string& path, bool create);

/// A token for `caller`, valid until `expiresAt` (Unix seconds).
std::string makeToken(const Caller& caller, long long expiresAt, const TokenKey& key);
/// The caller a token names, if its MAC is right and it has not expired at `now`.
std::optional<Caller> verifyToken(const std::string& token, const TokenKey& key, long long now);

/// Base64 (standard alphabet, padded), as the client sends keys and signatures.
std::string toBase64(const unsigned char* data, size_t size);
std::optional<std::string> fromBase64(const std::string& text);

} // namespace tessera::server
