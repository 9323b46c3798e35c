// Encrypted exports (issue 21): a JSON or CSV export sealed with a passphrase.
//
// File format, version 1 (all integers little endian):
//   [0, 18)   magic "TESSERA-EXPORT-ENC"
//   [18]      format version: 1
//   [19]      key derivation: 1 = Argon2id (crypto_pwhash_ALG_ARGON2ID13)
//   [20, 28)  Argon2id opslimit (u64)
//   [28, 36)  Argon2id memlimit in bytes (u64)
//   [36, 52)  salt (crypto_pwhash_SALTBYTES = 16)
//   [52, 76)  the secretstream header (crypto_secretstream_xchacha20poly1305_HEADERBYTES = 24)
//   then chunks: a u32 length n (1 to 65,536 + 17), then n bytes, one
//   crypto_secretstream_xchacha20poly1305 message of at most 65,536 bytes of
//   the export; the associated data of every chunk is bytes [0, 52) (so the
//   version and limits cannot be changed); the last chunk has TAG_FINAL and
//   nothing may follow it.
// The key is Argon2id(passphrase, salt, opslimit, memlimit), 32 bytes. New
// files use OPSLIMIT_MODERATE / MEMLIMIT_MODERATE (256 MiB), or the smallest
// limits under TESSERA_TEST_FAST_KDF=1 (tests only; JournalKey::fastKdfForTests()).
// A file asking for more than 4x OPSLIMIT_SENSITIVE or 2x MEMLIMIT_SENSITIVE is
// refused as damaged, so a hostile file cannot exhaust the machine.
#pragma once

#include <tessera/sdk/result.h>

#include <QByteArray>
#include <QString>

namespace tessera::core {

/// The magic at the start of an encrypted export.
inline constexpr char kEncryptedExportMagic[] = "TESSERA-EXPORT-ENC";

/// Whether `head` (at least the file's first 18 bytes) starts like an encrypted export.
bool isEncryptedExport(const QByteArray& head);

/// `plain` sealed under `passphrase` (not empty). Internal error only when
/// libsodium cannot run or memory runs out.
sdk::Result<QByteArray> encryptExport(const QByteArray& plain, const QByteArray& passphrase);

/// The export sealed in `sealed` (read from `path`, named in errors). A wrong
/// passphrase and a damaged, cut short or changed file are refused
/// (PermissionDenied for a passphrase that does not open it, InvalidArgument
/// for a damaged file, as for any malformed import); nothing of the content
/// is returned then.
sdk::Result<QByteArray> decryptExport(const QByteArray& sealed, const QByteArray& passphrase, const QString& path);

} // namespace tessera::core
