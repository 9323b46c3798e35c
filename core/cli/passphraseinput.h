// Passphrases for tessera-cli: from a file, or typed at a terminal with no echo.
// Never from an argument (it would be in the shell's history and in `ps`).
#pragma once

#include <tessera/sdk/result.h>

#include <QByteArray>
#include <QString>

namespace tessera::cli {

/// The passphrase in `path`: its first line, without the line ending. Refused
/// when the file cannot be read or the passphrase is empty (the message names
/// the file, never its content).
sdk::Result<QByteArray> readPassphraseFile(const QString& path);

/// Asks on the terminal (/dev/tty) with echo off; with `confirm`, asks twice
/// and refuses when the two differ. Unavailable when there is no terminal.
sdk::Result<QByteArray> promptPassphrase(const QString& prompt, bool confirm = false);

/// Where tessera-cli takes a passphrase from, in order: `file` (an option's
/// value, may be empty), then $TESSERA_PASSPHRASE_FILE when `useEnvironment`,
/// then the terminal. The error says how to give one when none of these is there.
sdk::Result<QByteArray> obtainPassphrase(const QString& file, const QString& prompt, bool confirm = false,
                                         bool useEnvironment = true);

} // namespace tessera::cli
