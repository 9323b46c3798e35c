// A therapy journal is private: what Tessera writes is for the person's account only.
#pragma once

#include <QString>
#include <QStringList>

namespace tessera::core {

/// Sets the process's file-creation mask to 077, so every folder Tessera (or
/// a module) creates from then on is 0700 and every file 0600: the journal
/// and its write-ahead log, backups, logs, exports, settings. Called first
/// thing by Host::prepare(), in the app and in tessera-cli.
void usePrivateFileMode();

/// Tightens what an earlier Tessera left readable by others: takes the
/// group's and others' access away (and nothing else: what the person made
/// read-only stays so) from the data folder and its own folders (logs,
/// backups, state, plugins and each module's folder), the files directly in
/// them (a module's subfolders are its own business, and private once its
/// folder is), and the journal with its -wal, -shm and -journal files (also
/// when the journal lives elsewhere). Only those: a data folder pointed at a place that holds other things
/// is not walked. Symbolic links are not followed. Returns the paths it
/// could not change (not ours, read-only file system), for the log.
QStringList tightenDataFolder(const QString& dataDir, const QString& journalPath);

} // namespace tessera::core
