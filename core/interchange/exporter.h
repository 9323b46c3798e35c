// Exporting the journal (JSON, CSV) and importing a JSON export.
#pragma once

#include "store/journalstore.h"

#include <tessera/sdk/entry.h>
#include <tessera/sdk/result.h>

#include <QIODevice>

namespace tessera::core {

enum class ExportFormat { Json, Csv };

/// Writes every entry matching `filter` (cursor and limit ignored), oldest
/// first, page by page so memory stays flat. JSON is
/// {"format": "tessera-journal", "formatVersion": 1, "exportedAt", "entries": [...]},
/// one Entry::toJson() per entry. CSV has one row per entry, the payload as
/// a JSON cell; cells that a spreadsheet would run as a formula are quoted
/// with a leading apostrophe. Returns how many entries were written.
sdk::Result<qint64> exportEntries(const JournalStore& store, const sdk::EntryQuery& filter, ExportFormat format,
                                  QIODevice& out);

/// Parses a JSON export. Errors name the file and the entry (index and field).
/// A value that could not be kept exactly as written is refused (see
/// sdk::Entry::fromJson), and so is an id given to two entries (both named).
sdk::Result<QList<sdk::Entry>> parseJsonExport(const QByteArray& data, const QString& path);

/// Imports the JSON export `data` (read from `path`) into `store`: parsed
/// (parseJsonExport()), then stored by JournalStore::importEntries(), which
/// checks every entry (with its module, when the store has a payload policy)
/// before it stores any. All or nothing: a refusal names the file, and an
/// entry by its number and kind, then the field ("in.json: entry 2
/// (journal/entry): payload.text: ...; nothing was imported"). Returns how
/// many entries the file holds; `report` says what became of each.
sdk::Result<qsizetype> importJsonExport(JournalStore& store, const QByteArray& data, const QString& path,
                                        JournalStore::ImportReport* report = nullptr);

/// One CSV cell, quoted as RFC 4180 asks, formula-like text defused.
QString csvCell(const QString& value);

} // namespace tessera::core
