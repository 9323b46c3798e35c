// The journal's SQLite schema and its versioned migrations.
#pragma once

#include <tessera/sdk/result.h>

#include <QString>

namespace tessera::core {

class Database;

/// Schema versions, stored in PRAGMA user_version.
///  1: entries and revisions (the first layout).
///  2: adds links between entries, full-text search and the meta table.
///  3: adds entries.private (0 or 1), the client's private mark (issue 23).
///  4: adds reminders, the modules' reminders and their firing state (issue 24).
inline constexpr int kJournalSchemaVersion = 7;

/// Creates the current schema in an empty database.
sdk::Status createSchema(Database& db);

/// Brings a database at `fromVersion` (1 .. current-1) to the current
/// version, one step at a time, all in one transaction: on any failure the
/// file is left exactly as it was. The caller makes a backup first.
sdk::Status migrateSchema(Database& db, int fromVersion);

} // namespace tessera::core
