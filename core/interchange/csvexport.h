// CSV a spreadsheet can use (issue 23): one file per kind in a folder.
#pragma once

#include "shareselection.h"
#include "store/journalstore.h"

#include <tessera/sdk/result.h>

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace tessera::core {

struct CsvOptions {
    /// Starts each file with a UTF-8 byte-order mark (EF BB BF), which Excel
    /// needs to read the text as UTF-8; other programs do not.
    bool byteOrderMark = false;
};

/// One file of a CSV export.
struct CsvFile {
    QString kind;      ///< full kind name, "journal/checkin"
    QString fileName;  ///< in the folder, "journal-checkin.csv"
    qint64 rows = 0;   ///< entries written (the header not counted)
    QStringList columns;
};

/// Writes the entries of `selection` (read through forEachSelected(), so a
/// private entry only when selection.includePrivate) as CSV files into
/// `folder`, one per kind, oldest entry first, and an index.csv listing them.
///
/// The folder: created (0700) when missing; one that exists must be empty,
/// otherwise the export is refused and nothing is written. The files (0600)
/// are written into a hidden folder beside it (".NAME.partial-XXXXXX") and
/// that folder is renamed to `folder` in one step once every file is whole
/// and synced, so `folder` either holds the whole set or does not exist (or
/// stays empty): an export that is killed leaves no half-written set that
/// looks complete, only the hidden folder, which can be deleted.
///
/// Each file: a header row, then one row per entry. RFC 4180: cells with a
/// comma, quote, CR or LF are quoted ("" inside), lines end in CRLF; cells
/// starting with = + - @ TAB or CR get a leading apostrophe (csvCell()), so a
/// spreadsheet shows them as text and never runs them. The columns:
///   id, occurred_at (ISO 8601 local time with the entry's own offset,
///   2026-03-01T08:30:00+01:00), module, kind, title, summary, mood (0-10 or
///   empty), tags (joined with "; "), private (true/false),
/// then the payload flattened (flattenPayload()) over every entry of the
/// kind in the export, in csvColumnOrder(). An entry without a field leaves
/// its cell empty.
///
/// index.csv: file, kind, module, rows, columns (the count), one row per file.
///
/// Two passes over the store (the columns, then the rows, one kind at a
/// time), each page by page: memory holds the column names, not the entries.
/// `privateLeftOut`, when given, is set to how many private entries the
/// selection left out (0 when it includes them). Returns the files written,
/// in file-name order; an empty selection writes only index.csv.
sdk::Result<QList<CsvFile>> exportCsvFolder(const JournalStore& store, const ShareSelection& selection,
                                            const CsvOptions& options, const QString& folder,
                                            qint64* privateLeftOut = nullptr);

/// A payload as named cells:
///  - a string, number or bool is one cell named by its key (true/false;
///    numbers in the shortest form that reads back the same; null: empty);
///  - an object's fields become "field.sub" (and "field.sub.deeper");
///  - an array of plain values is one cell, joined with "; ";
///  - an array holding objects (or arrays) numbers its items from 1:
///    "answers.1.value", "answers.2.value", ... (a plain item is "field.N");
///  - an empty array or object gives no cell.
/// A payload field named like one of the fixed columns (id, title, mood, ...)
/// is named "payload.<name>", so it never hides the entry's own.
QMap<QString, QString> flattenPayload(const QJsonObject& payload);

/// The payload columns' order: by name, compared part by part between the
/// dots, parts that are whole numbers by their value ("answers.2" before
/// "answers.10"). The same for every export, whatever the entries' order.
bool csvColumnLess(const QString& a, const QString& b);

/// The fixed columns before the payload's, in order.
const QStringList& csvFixedColumns();

/// The file name for a kind: "journal/checkin" -> "journal-checkin.csv".
QString csvFileNameFor(const QString& kind);

} // namespace tessera::core
