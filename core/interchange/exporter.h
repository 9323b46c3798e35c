// Exporting the journal as JSON and importing a JSON export.
#pragma once

#include "shareselection.h"
#include "store/journalstore.h"

#include <tessera/sdk/entry.h>
#include <tessera/sdk/result.h>

#include <QIODevice>

namespace tessera::core {

/// Writes the entries of `selection` (read through forEachSelected(), so a
/// private entry only when selection.includePrivate), oldest first, page by
/// page so memory stays flat, as JSON:
/// {"format": "tessera-journal", "formatVersion": 1, "exportedAt", "entries": [...]},
/// one Entry::toJson() per entry (an included private entry carries
/// "private": true, which import keeps). `privateLeftOut`, when given, is
/// set to how many private entries were left out. Returns how many entries
/// were written. (CSV: csvexport.h, one file per kind.)
sdk::Result<qint64> exportEntries(const JournalStore& store, const ShareSelection& selection, QIODevice& out,
                                  qint64* privateLeftOut = nullptr);

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
